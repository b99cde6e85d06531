import Testing
@testable import ParleyGraph

/// The direct decoder must read exactly what the general reader reads.
private func bothWays(_ text: String) throws -> (fast: Graph?, general: Graph) {
    let bytes = Array(text.utf8)
    return (GraphDecoder.decode(bytes).map(Graph.init), try Graph(jsonValue: JSONParser.parse(bytes)))
}

@Test func directDecoderReadsWhatTheGeneralReaderReads() throws {
    let text = #"""
    {"version": 1, "extra": {"deep": [1, 2, {"x": null}]}, "format": "kg-graph",
     "nodes": [{"label": "Lena \"V\" Varga\u00e9", "kind": "person", "id": "person:a", "aliases": ["V\\a", 3], "mentions": 2.0},
               {"id": "state:b", "kind": "state", "label": "B", "unknown": true},
               {"id": "person:c", "kind": "person", "label": "C", "aliases": null, "mentions": "x"}],
     "edges": [{"type": "met-with", "target": "person:a", "source": "state:b", "date": 5, "place": "P",
                "evidence": [{"end": 9, "start": 0, "text": "t\n", "doc": "d", "more": []}, {"doc": "d", "text": "t\n", "start": 0, "end": 9}]},
               {"source": "person:a", "target": "person:c", "type": "mediated", "status": 1, "evidence": []}]}
    """#
    let (fast, general) = try bothWays(text)
    #expect(fast != nil)
    #expect(fast == general)
    #expect(fast?.edges.first { $0.type == .metWith }?.evidence.count == 1)
}

@Test func directDecoderLeavesOddFilesToTheGeneralReader() {
    let odd = [
        #"{"edges": [], "nodes": []}"#,  // edges before nodes
        #"{"nodes": [], "nodes": [], "edges": []}"#,  // repeated member
        #"{"nodes": [{"id": "x:a", "kind": "alien", "label": "A"}], "edges": []}"#,
        #"{"nodes": [], "edges": [{"source": "a", "target": "b", "type": "met-with"}]}"#,
        #"{"nodes": [], "edges": []} x"#,
        #"{"format": "other", "nodes": [], "edges": []}"#,
    ]
    for text in odd { #expect(GraphDecoder.decode(Array(text.utf8)) == nil, "\(text)") }
}

@Test func asciiFoldingFollowsTheGeneralRules() {
    // A trailing " é" sends the same ASCII text down the general path.
    for text in ["U.S. Dept. of State", "Côte", "Lena  VARGA-Smith", "O'Neil (envoy) #2", "  --a..b'c__d  "] {
        let ascii = String(text.unicodeScalars.filter(\.isASCII).map(Character.init))
        #expect(Fold.key(ascii + " é") == Fold.key(ascii) + " e", "\(ascii)")
    }
}

@Test func elementsOfAWrittenGraphAreItsNodesAndEdges() throws {
    var graph = Graph()
    graph.add(Node(kind: .person, label: "B"))
    graph.add(Node(kind: .person, label: "A"))
    graph.add(Edge(source: "person:b", target: "person:a", type: .metWith, evidence: [Evidence(doc: "d", text: "t", start: 0, end: 1)]))
    graph.add(Edge(source: "person:b", target: "person:b", type: .hosted, evidence: [Evidence(doc: "d", text: "u", start: 2, end: 3)]))
    let elements = try GraphElements(json: graph.jsonData())
    #expect(elements.nodes == graph.nodes)
    #expect(Set(elements.edges.map(\.key)) == Set(graph.edges.map(\.key)))
    for (e, edge) in elements.edges.enumerated() {
        #expect(elements.nodes[Int(elements.source[e])].id == edge.source)
        #expect(elements.nodes[Int(elements.target[e])].id == edge.target)
    }
}

@Test func elementsMergeWhatAnUnsortedFileRepeats() throws {
    let text = #"""
    {"nodes": [{"id": "person:b", "kind": "person", "label": "B"}, {"id": "person:a", "kind": "person", "label": "A"},
               {"id": "person:a", "kind": "person", "label": "A", "aliases": ["Al"]}],
     "edges": [{"source": "person:b", "target": "person:a", "type": "met-with", "evidence": [{"doc": "d", "text": "t", "start": 0, "end": 1}]},
               {"source": "person:a", "target": "person:b", "type": "met-with", "evidence": [{"doc": "e", "text": "t", "start": 0, "end": 1}]}]}
    """#
    let elements = try GraphElements(json: Array(text.utf8))
    #expect(elements.nodes.map(\.id) == ["person:a", "person:b"])
    #expect(elements.nodes[0].aliases == ["A", "Al"])
    #expect(elements.edges.count == 1 && elements.edges[0].evidence.count == 2)
}

@Test func elementsReportTheGeneralReadersErrors() {
    for text in [#"{"nodes": [], "edges": [{"source": "x", "target": "y", "type": "met-with"}]}"#, "{\n  \"nodes\": [}"] {
        var expected = "", got = ""
        do { _ = try Graph(json: Array(text.utf8)) } catch { expected = error.description }
        do { _ = try GraphElements(json: Array(text.utf8)) } catch { got = error.description }
        #expect(!expected.isEmpty && got == expected)
    }
}
