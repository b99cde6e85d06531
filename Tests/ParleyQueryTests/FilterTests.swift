import ParleyGraph
import Testing
@testable import ParleyQuery

@Test func datesLimitEdgesAndLeaveUndatedOnesOut() throws {
    var t = chain()
    t.edge("person:a", .metWith, "person:d")  // undated shortcut
    let session = t.session()
    #expect(try Query(session).paths(from: "A", to: "D").slugs == [["a", "d"]])
    let since = try Query(session, filter: EdgeFilter(since: "2023")).paths(from: "A", to: "D")
    #expect(since.slugs == [["a", "b", "c", "d"]])
    let until = try Query(session, filter: EdgeFilter(until: "2023-12")).paths(from: "A", to: "D")
    #expect(until.paths.isEmpty)
    let window = try Query(session, filter: EdgeFilter(since: "2023-02-01", until: "2023-12-31"))
        .neighborhood(of: "B", hops: 1)
    #expect(window.members.map(\.node.id) == ["person:b", "person:c"])
}

@Test func aMonthMatchesAnyDayInIt() throws {
    var t = TestGraph()
    t.node(.person, "a")
    t.node(.person, "b")
    t.edge("person:a", .metWith, "person:b", date: "2024-03")
    let query = Query(t.session(), filter: EdgeFilter(since: "2024-03-15", until: "2024-03-20"))
    #expect(try query.paths(from: "A", to: "B").paths.count == 1)
}

@Test func badDatesAreReported() {
    #expect(throws: QueryError.self) {
        try Query(chain().session(), filter: EdgeFilter(since: "last week")).paths(from: "A", to: "B")
    }
}

@Test func statusTypeEvidenceAndKindFilters() throws {
    var t = TestGraph()
    for s in ["a", "b", "c"] { t.node(.person, s) }
    let s = t.node(.state, "s")
    t.edge("person:a", .metWith, "person:b", status: .planned)
    t.edge("person:a", .metWith, "person:c", evidence: 3)
    t.edge("person:c", .visited, s)
    t.edge(s, .metWith, "person:b")
    let session = t.session()
    func path(_ filter: EdgeFilter) throws -> [[String]] {
        try Query(session, filter: filter).paths(from: "A", to: "B").slugs
    }
    #expect(try path(EdgeFilter()) == [["a", "b"]])
    #expect(try path(EdgeFilter(statuses: [.occurred])) == [["a", "c", "s", "b"]])
    #expect(try path(EdgeFilter(types: [.metWith], statuses: [.occurred])).isEmpty)
    #expect(try path(EdgeFilter(minEvidence: 2)).isEmpty)
    #expect(try path(EdgeFilter(statuses: [.occurred], kinds: [.person])).isEmpty)
    // The actors named are kept whatever their kind.
    #expect(try Query(session, filter: EdgeFilter(kinds: [.person])).paths(from: "S", to: "C").slugs == [["s", "c"]])
}

@Test func ordinalsArePositionsAmongAllCases() {
    #expect(EdgeType.allCases.map(\.ordinal) == Array(0..<UInt8(EdgeType.allCases.count)))
    #expect(EdgeStatus.allCases.map(\.ordinal) == Array(0..<UInt8(EdgeStatus.allCases.count)))
    #expect(NodeKind.allCases.map(\.ordinal) == Array(0..<UInt8(NodeKind.allCases.count)))
}

@Test func datesParseToKeysAndMalformedOnesToNil() {
    #expect(DateKey.parse("2024-03-03") == 20_240_303)
    #expect(DateKey.parse("2024-03") == 20_240_300)
    #expect(DateKey.parse("2024") == 20_240_000)
    for bad in [nil, "", "24", "2024-3", "2024-13", "2024-01-32", "2024-01-01-01", "20240101", "2024-0a", "99999999999999"] {
        #expect(DateKey.parse(bad) == nil)
    }
}
