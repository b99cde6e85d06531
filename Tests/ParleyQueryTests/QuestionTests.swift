import ParleyGraph
import Testing
@testable import ParleyQuery

@Test func egoNetworkListsRingsAndTheEdgesAmongThem() throws {
    var t = square()
    t.edge("person:b", .metWith, "person:c")
    t.edge("person:b", .hosted, "person:b")
    let answer = try Query(t.session()).neighborhood(of: "A", hops: 1)
    #expect(answer.members.map(\.node.id) == ["person:a", "person:b", "person:c", "person:e"])
    #expect(answer.members.map(\.distance) == [0, 1, 1, 1])
    // a–b, a–c, a–e, the b–c edge between members, and b's self-loop.
    #expect(answer.edges.count == 5)
    let two = try Query(t.session()).neighborhood(of: "A", hops: 2)
    #expect(two.members.count == 6 && two.members.last!.distance == 2)
    let zero = try Query(t.session()).neighborhood(of: "A", hops: 0)
    #expect(zero.members.count == 1 && zero.edges.isEmpty)
}

@Test func betweenFindsDirectEdgesCommonNeighboursAndMediators() throws {
    var t = TestGraph()
    for s in ["a", "b", "c", "m", "x"] { t.node(.person, s) }
    t.edge("person:a", .metWith, "person:b")
    t.edge("person:a", .metWith, "person:c")
    t.edge("person:b", .metWith, "person:c")
    t.edge("person:m", .mediated, "person:a")
    t.edge("person:m", .mediated, "person:b")
    t.edge("person:x", .mediated, "person:a")
    let answer = try Query(t.session()).between("A", "B")
    #expect(answer.direct.count == 1)
    #expect(answer.common.map(\.node.id) == ["person:c", "person:m"])
    #expect(answer.mediators.map(\.node.id) == ["person:m"])
    #expect(answer.mediators[0].edges.count == 2)
    let met = try Query(t.session(), filter: EdgeFilter(types: [.metWith])).between("A", "B")
    #expect(met.common.map(\.node.id) == ["person:c"])
    #expect(met.mediators.map(\.node.id) == ["person:m"])
}

@Test func cardGroupsEdgesByTypeWithUndatedLast() throws {
    var t = TestGraph()
    t.node(.person, "a", "Ana Lopez", aliases: ["Lopez"])
    t.node(.person, "b")
    t.node(.person, "c")
    let s = t.node(.state, "s", "Spain")
    t.edge("person:a", .represents, s)
    t.edge("person:a", .metWith, "person:b")
    t.edge("person:a", .metWith, "person:c", date: "2024-01-01")
    t.edge("person:b", .represents, s)
    let card = try Query(t.session()).card(for: "Lopez")
    #expect(card.node.label == "Ana Lopez")
    #expect(card.represents.map(\.label) == ["Spain"])
    #expect(card.edges.map(\.type) == [.metWith, .represents])
    #expect(card.edges[0].edges.map(\.date) == ["2024-01-01", nil])
    let spain = try Query(t.session()).card(for: "Spain")
    #expect(spain.representedBy.map(\.id) == ["person:a", "person:b"])
}

@Test func degreeCountsDistinctNeighboursAndKindFiltersTheList() throws {
    var t = square()
    t.edge("person:a", .accused, "person:b")
    t.edge("person:a", .hosted, "person:a")
    let s = t.node(.state, "s")
    t.edge("person:d", .visited, s)
    let ranking = try Query(t.session()).ranking(by: .degree, limit: 3)
    // d: b, c, f, s; a: b (met and accused: one neighbour), c, e, and its self-loop not at all.
    #expect(ranking.entries.map(\.node.id) == ["person:d", "person:a", "person:b"])
    #expect(ranking.entries.map(\.score) == [4, 3, 2])
    let states = try Query(t.session()).ranking(by: .degree, kinds: [.state])
    #expect(states.entries.map(\.node.id) == ["state:s"])
}

@Test func betweennessMatchesNetworkxOnAPath() throws {
    // networkx.betweenness_centrality(path_graph(4)) → 0: 0, 1: 2/3, 2: 2/3, 3: 0 (e is isolated: n = 5
    // gives 1/((n-1)(n-2)) · 4 = 1/3 instead).
    var t = chain()
    t.graph = Graph(nodes: t.graph.nodes.filter { $0.id != "person:e" }, edges: t.graph.edges)
    let ranking = try Query(t.session()).ranking(by: .betweenness)
    #expect(ranking.entries.map(\.node.id) == ["person:b", "person:c", "person:a", "person:d"])
    #expect(ranking.entries.map(\.score) == [2.0 / 3, 2.0 / 3, 0, 0])
    #expect(ranking.samples == nil)
    let sampled = try Query(t.session()).ranking(by: .betweenness, samples: 2, seed: 7)
    #expect(sampled.samples == 2)
}

@Test func asStatesRollsPersonsIntoTheirStates() throws {
    var t = TestGraph()
    t.node(.person, "a", "Ana")
    t.node(.person, "b", "Ben")
    t.node(.person, "c", "Cy")
    t.node(.person, "free", "Free Agent")
    let x = t.node(.state, "x", "Xland"), y = t.node(.state, "y", "Yland")
    t.edge("person:a", .represents, x)
    t.edge("person:b", .represents, y)
    t.edge("person:c", .represents, x)
    t.edge("person:a", .metWith, "person:b", date: "2024-01-01")
    t.edge("person:c", .metWith, "person:b", date: "2024-01-01")
    t.edge("person:a", .metWith, "person:c")  // compatriots: no Xland–Xland edge
    t.edge("person:free", .metWith, "person:a")
    let view = t.session().statesView()
    #expect(view.index.nodes.map(\.id) == ["person:free", "state:x", "state:y"])
    let merged = view.index.edges.filter { $0.type == .metWith && $0.target == "state:y" }
    #expect(merged.count == 1 && merged[0].evidence.count == 2)
    #expect(!view.index.edges.contains { $0.source == $0.target })
    let path = try Query(view).paths(from: "Ana", to: "Ben")
    #expect(path.slugs == [["x", "y"]])
    #expect(try Query(view).paths(from: "Free Agent", to: "Yland").slugs == [["free", "x", "y"]])
}
