import Testing
@testable import ParleyGraph

private func sampleGraph() -> Graph {
    var g = Graph()
    g.add(Node(kind: .person, label: "Lena Varga", aliases: ["Varga"], mentions: 3))
    g.add(Node(kind: .person, label: "Tomas Ilves", mentions: 1))
    g.add(Node(kind: .state, label: "Moldova", aliases: ["Chisinau"], mentions: 2))
    g.add(Edge(source: "person:tomas-ilves", target: "person:lena-varga", type: .metWith, date: "2024-03-03", place: "Chisinau",
               evidence: [Evidence(doc: "a.txt", text: "Varga met \"Ilves\".\n", start: 10, end: 29)]))
    g.add(Edge(source: "person:lena-varga", target: "state:moldova", type: .represents,
               evidence: [Evidence(doc: "a.txt", text: "Foreign Minister Lena Varga", start: 0, end: 9)]))
    return g
}

@Test func symmetricEdgesStoreSourceBeforeTarget() {
    let edge = Edge(source: "person:z", target: "person:a", type: .metWith)
    #expect(edge.source == "person:a" && edge.target == "person:z")
    let directed = Edge(source: "person:z", target: "state:a", type: .represents)
    #expect(directed.source == "person:z")
}

@Test func sameFactTwiceIsOneEdgeWithBothEvidence() {
    var g = sampleGraph()
    g.add(Edge(source: "person:lena-varga", target: "person:tomas-ilves", type: .metWith, date: "2024-03-03",
               evidence: [Evidence(doc: "b.txt", text: "They met.", start: 0, end: 9)]))
    #expect(g.edgeCount == 2)
    let met = g.edges.first { $0.type == .metWith }!
    #expect(met.evidence.map(\.doc) == ["a.txt", "b.txt"])
    #expect(met.place == "Chisinau")
}

@Test func differentDatesAreDifferentEdges() {
    var g = sampleGraph()
    g.add(Edge(source: "person:lena-varga", target: "person:tomas-ilves", type: .metWith, date: "2024-05-01",
               evidence: [Evidence(doc: "c.txt", text: "They met again.", start: 0, end: 15)]))
    #expect(g.edges.filter { $0.type == .metWith }.count == 2)
}

@Test func nodeMergeKeepsFullestLabelAndAllAliases() {
    var g = Graph()
    g.add(Node(id: "person:varga", kind: .person, label: "Varga", mentions: 1))
    g.add(Node(id: "person:varga", kind: .person, label: "Lena Varga", aliases: ["FM Varga"], mentions: 2))
    let node = g.node(id: "person:varga")!
    #expect(node.label == "Lena Varga")
    #expect(node.aliases == ["FM Varga", "Lena Varga", "Varga"])
    #expect(node.mentions == 3)
}

@Test func jsonFollowsTheOntologyShape() throws {
    let text = sampleGraph().jsonString()
    let root = try JSONParser.parse(text)
    #expect(root["format"]?.stringValue == "kg-graph")
    #expect(root["version"]?.intValue == 1)
    let node = root["nodes"]!.arrayValue![0]
    #expect(node["id"]?.stringValue == "person:lena-varga")
    #expect(node["kind"]?.stringValue == "person")
    #expect(node["aliases"]?.arrayValue?.count == 2)
    #expect(node["mentions"]?.intValue == 3)
    let edge = root["edges"]!.arrayValue!.first { $0["type"]?.stringValue == "met-with" }!
    #expect(edge["source"]?.stringValue == "person:lena-varga")
    #expect(edge["status"]?.stringValue == "occurred")
    #expect(edge["date"]?.stringValue == "2024-03-03")
    let evidence = edge["evidence"]!.arrayValue![0]
    #expect(evidence["text"]?.stringValue == "Varga met \"Ilves\".\n")
    #expect(evidence["start"]?.intValue == 10 && evidence["end"]?.intValue == 29)
    // Optional fields are omitted, not null.
    let represents = root["edges"]!.arrayValue!.first { $0["type"]?.stringValue == "represents" }!
    #expect(represents["date"] == nil && represents["place"] == nil)
}

@Test func jsonRoundTripsAndIsByteIdentical() throws {
    let g = sampleGraph()
    let first = g.jsonData()
    let back = try Graph(json: first)
    #expect(back == g)
    #expect(back.jsonData() == first)
    // Insertion order does not change the bytes.
    let reversed = Graph(nodes: g.nodes.reversed(), edges: g.edges.reversed())
    #expect(reversed.jsonData() == first)
}

@Test func malformedJSONReportsLineAndColumn() {
    let text = "{\n  \"format\": \"kg-graph\",\n  \"nodes\": [\n    {\"id\": \"x\" \"kind\": 1}\n"
    do {
        _ = try Graph(json: Array(text.utf8))
        Issue.record("expected a syntax error")
    } catch let error {
        guard case let .syntax(e) = error else { Issue.record("wrong error \(error)"); return }
        #expect(e.line == 4)
        #expect(e.column == 16)
    }
}

@Test func wellFormedButWrongGraphIsAFormatError() {
    #expect(throws: GraphReadError.self) { try Graph(json: Array(#"{"nodes": [], "edges": [{"source": "a"}]}"#.utf8)) }
    do {
        _ = try Graph(json: Array(#"{"nodes": [{"id": "a", "kind": "planet", "label": "A"}], "edges": []}"#.utf8))
    } catch {
        #expect(error.description.contains("unknown kind"))
    }
}

@Test func jsonStringEscapesControlCharacters() throws {
    var g = Graph()
    g.add(Node(kind: .person, label: "A\u{1}B\t\"C\"\\"))
    let back = try Graph(json: g.jsonData())
    #expect(back.nodes[0].label == "A\u{1}B\t\"C\"\\")
}

@Test func slugsFoldDiacriticsAndPunctuation() {
    #expect(Slug.make("Türkiye") == "turkiye")
    #expect(Slug.make("Côte d'Ivoire") == "cote-divoire")
    #expect(Slug.make("Recep Tayyip Erdoğan") == "recep-tayyip-erdogan")
    #expect(Slug.make("  ") == "x")
}

@Test func foldKeysMatchSpellingVariants() {
    #expect(Fold.key("Türkiye") == Fold.key("TURKIYE"))
    #expect(Fold.key("U.S.") == "us")
    #expect(Fold.key("Côte d’Ivoire") == "cote divoire")
    #expect(Fold.key("Chișinău") == "chisinau")
}

@Test func nodesNamedFindsByAnyAliasFolded() {
    let g = sampleGraph()
    #expect(g.nodes(named: "chisinau").map(\.id) == ["state:moldova"])
    #expect(g.nodes(named: "VARGA").map(\.id) == ["person:lena-varga"])
}

@Test func pruneDropsNodesWithoutEdges() {
    var g = sampleGraph()
    g.add(Node(kind: .agreement, label: "Lonely Accord"))
    g.pruneIsolatedNodes()
    #expect(g.node(id: "agreement:lonely-accord") == nil)
    #expect(g.nodeCount == 3)
}
