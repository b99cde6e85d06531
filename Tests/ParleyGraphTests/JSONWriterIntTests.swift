import Testing
@testable import ParleyGraph

@Test func jsonWriterWritesIntegersInDecimal() {
    for value in [0, 7, 10, 1_234_567_890, -42, Int.max, Int.min] {
        var w = JSONWriter()
        w.int(value)
        #expect(String(decoding: w.bytes, as: UTF8.self) == String(value))
    }
}

@Test func edgesComeInKeyOrder() {
    let evidence = [Evidence(doc: "a.txt", text: "s", start: 0, end: 1)]
    var g = Graph()
    for edge in [
        Edge(source: "a", target: "b", type: .metWith, date: "2024-01-02", evidence: evidence),
        Edge(source: "a", target: "b", type: .metWith, evidence: evidence),
        Edge(source: "a", target: "b", type: .metWith, status: .planned, evidence: evidence),
        Edge(source: "a", target: "c", type: .mediated, evidence: evidence),
        Edge(source: "a", target: "b", type: .mediated, evidence: evidence),
        Edge(source: "b", target: "a", type: .represents, evidence: evidence),
        Edge(source: "a", target: "b", type: .metWith, date: "2023-12", evidence: evidence),
    ] { g.add(edge) }
    // The order ONTOLOGY.md output has always had: source, type, target, date, status.
    let expected = g.edgesByKey.values.sorted {
        ($0.source, $0.type, $0.target, $0.date ?? "", $0.status) < ($1.source, $1.type, $1.target, $1.date ?? "", $1.status)
    }
    #expect(g.edges.map(\.key) == expected.map(\.key))
    #expect(g.edges.map(\.key) == g.edges.map(\.key).sorted())
}

@Test func sortedListsFollowChangesAndStayWithCopies() async {
    var g = Graph()
    g.add(Node(kind: .person, label: "Bea Berg"))
    g.add(Node(kind: .person, label: "Ana Alva"))
    let evidence = [Evidence(doc: "a.txt", text: "s", start: 0, end: 1)]
    g.add(Edge(source: "person:bea-berg", target: "person:ana-alva", type: .metWith, evidence: evidence))
    #expect(g.nodes.map(\.id) == ["person:ana-alva", "person:bea-berg"])
    let copy = g
    g.add(Node(kind: .person, label: "Abe Aho"))
    g.add(Edge(source: "person:abe-aho", target: "person:ana-alva", type: .metWith, evidence: evidence))
    #expect(g.nodes.map(\.id) == ["person:abe-aho", "person:ana-alva", "person:bea-berg"])
    #expect(g.edges.map(\.source) == ["person:abe-aho", "person:ana-alva"])
    #expect(copy.nodes.map(\.id) == ["person:ana-alva", "person:bea-berg"])
    #expect(copy.edges.count == 1)
    // Many readers of one graph at once agree.
    let shared = g
    let counts = await withTaskGroup(of: Int.self) { group in
        for _ in 0..<8 { group.addTask { shared.nodes.count * 10 + shared.edges.count } }
        return await group.reduce(into: [Int]()) { $0.append($1) }
    }
    #expect(counts == Array(repeating: 32, count: 8))
}
