import Testing
@testable import ParleyGraph

@Test func jsonWriterWritesIntegersInDecimal() {
    for value in [0, 7, 10, 1_234_567_890, -42, Int.max, Int.min] {
        var w = JSONWriter()
        w.int(value)
        #expect(String(decoding: w.bytes, as: UTF8.self) == String(value))
    }
}

@Test func edgeOrderWithoutKeysMatchesKeyOrder() {
    let edges = [
        Edge(source: "a", target: "b", type: .metWith, date: "2024-01-02"),
        Edge(source: "a", target: "b", type: .metWith),
        Edge(source: "a", target: "b", type: .metWith, status: .planned),
        Edge(source: "a", target: "c", type: .mediated),
        Edge(source: "a", target: "b", type: .mediated),
        Edge(source: "b", target: "a", type: .represents),
    ]
    // The order ONTOLOGY.md output has always had: source, type, target, date, status.
    func expected(_ x: Edge, _ y: Edge) -> Bool {
        (x.source, x.type, x.target, x.date ?? "", x.status) < (y.source, y.type, y.target, y.date ?? "", y.status)
    }
    for x in edges {
        for y in edges {
            #expect(x.precedes(y) == expected(x, y))
            #expect((x.key < y.key) == expected(x, y))
        }
    }
}
