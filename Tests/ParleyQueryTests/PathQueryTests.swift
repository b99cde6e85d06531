import ParleyGraph
import Testing
@testable import ParleyQuery

@Test func shortestPathFollowsTheChain() throws {
    let answer = try Query(chain().session()).paths(from: "person:a", to: "person:d")
    #expect(answer.slugs == [["a", "b", "c", "d"]])
    #expect(answer.paths[0].edges.map(\.date) == ["2023-01-01", "2023-06-01", "2024-01-01"])
}

@Test func disconnectedActorsHaveNoPath() throws {
    let query = Query(chain().session())
    for mode in [Query.PathMode.shortest, .allShortest(limit: 10), .kShortest(3), .upTo(hops: 6, limit: 10)] {
        #expect(try query.paths(from: "person:a", to: "person:e", mode: mode).paths.isEmpty)
    }
}

@Test func aPathToItselfHasNoHops() throws {
    let answer = try Query(chain().session()).paths(from: "A", to: "A")
    #expect(answer.slugs == [["a"]])
    #expect(answer.paths[0].edges.isEmpty)
}

@Test func tiesGiveOneShortestPathOrAllOfThem() throws {
    let query = Query(square().session())
    let one = try query.paths(from: "A", to: "D")
    #expect(one.paths.count == 1 && one.paths[0].edges.count == 2)
    let all = try query.paths(from: "A", to: "D", mode: .allShortest(limit: 10))
    #expect(all.slugs == [["a", "b", "d"], ["a", "c", "d"]])
    let limited = try query.paths(from: "A", to: "D", mode: .allShortest(limit: 1))
    #expect(limited.slugs == [["a", "b", "d"]])
}

@Test func kShortestListsDetoursShortestFirst() throws {
    let answer = try Query(square().session()).paths(from: "A", to: "D", mode: .kShortest(5))
    #expect(answer.slugs.count == 3)
    #expect(Set(answer.slugs.prefix(2)) == [["a", "b", "d"], ["a", "c", "d"]])
    #expect(answer.slugs[2] == ["a", "e", "f", "d"])
}

@Test func boundedSimplePathsStopAtTheLength() throws {
    let query = Query(square().session())
    #expect(try query.paths(from: "A", to: "D", mode: .upTo(hops: 2, limit: 10)).slugs.count == 2)
    let three = try query.paths(from: "A", to: "D", mode: .upTo(hops: 3, limit: 10))
    #expect(three.slugs == [["a", "b", "d"], ["a", "c", "d"], ["a", "e", "f", "d"]])
    #expect(try query.paths(from: "A", to: "D", mode: .upTo(hops: 1, limit: 10)).paths.isEmpty)
}

@Test func selfLoopsAreNeverPartOfAPath() throws {
    var t = chain()
    t.edge("person:b", .hosted, "person:b")
    let answer = try Query(t.session()).paths(from: "A", to: "C", mode: .upTo(hops: 4, limit: 10))
    #expect(answer.slugs == [["a", "b", "c"]])
}

@Test func parallelEdgesOfDifferentTypesAreOneHopChosenByFilter() throws {
    var t = TestGraph()
    t.node(.person, "a")
    t.node(.person, "b")
    t.edge("person:a", .metWith, "person:b", date: "2024-01-01")
    t.edge("person:a", .accused, "person:b", date: "2024-02-01")
    let session = t.session()
    let all = try Query(session).paths(from: "A", to: "B", mode: .allShortest(limit: 10))
    #expect(all.paths.count == 1)
    #expect(all.paths[0].edges.map(\.type) == [.metWith])
    let accused = try Query(session, filter: EdgeFilter(types: [.accused])).paths(from: "A", to: "B")
    #expect(accused.paths[0].edges.map(\.type) == [.accused])
}

@Test func directedTraversalFollowsArrowsButMetWithBothWays() throws {
    var t = TestGraph()
    for s in ["m", "a", "b"] { t.node(.person, s) }
    t.edge("person:m", .mediated, "person:a")
    t.edge("person:b", .metWith, "person:m")
    let session = t.session()
    let directed = EdgeFilter(directed: true)
    #expect(try Query(session, filter: directed).paths(from: "B", to: "A").slugs == [["b", "m", "a"]])
    #expect(try Query(session, filter: directed).paths(from: "A", to: "B").paths.isEmpty)
    #expect(try Query(session).paths(from: "A", to: "B").slugs == [["a", "m", "b"]])
}
