import ParleyGraph
import ParleyRender
import Testing
@testable import ParleyQuery

private func evidenced() -> TestGraph {
    var t = TestGraph()
    t.node(.person, "a", "Ana \"Q\" Lopez")
    t.node(.person, "b", "Ben")
    t.node(.person, "m", "Mo")
    t.edge("person:a", .metWith, "person:b", date: "2024-03-03", place: "Chisinau", evidence: 2)
    t.edge("person:m", .mediated, "person:a", date: "2024-05")
    return t
}

@Test func pathJSONCarriesEdgesExactlyAsTheGraphFile() throws {
    let t = evidenced()
    let answer = try Query(t.session()).paths(from: "Ben", to: "Mo")
    let json = String(decoding: answer.jsonData(), as: UTF8.self)
    let file = t.graph.jsonString()
    let edgeLines = file.split(separator: "\n").filter { $0.hasPrefix("    {\"source\"") }
        .map { String($0.dropFirst(4).trimmingSuffix(",")) }
    #expect(json.hasPrefix("{\"paths\": [{\"nodes\": [\"person:b\", \"person:a\", \"person:m\"], \"edges\": ["))
    #expect(json.hasSuffix("]}]}\n"))
    for line in edgeLines { #expect(json.contains(line)) }
    let parsed = try JSONParser.parse(json)
    #expect(parsed["paths"]?.arrayValue?.count == 1)
}

@Test func noPathIsAnEmptyList() throws {
    var t = evidenced()
    t.node(.person, "z")
    let answer = try Query(t.session()).paths(from: "Ben", to: "Z")
    #expect(answer.jsonData() == Array("{\"paths\": []}\n".utf8))
    #expect(answer.text() == "No path from Ben to Z.\n")
}

@Test func everyAnswerIsOneLineOfValidJSON() throws {
    let session = evidenced().session()
    let answers: [any QueryAnswer] = [
        try Query(session).neighborhood(of: "Ben", hops: 2),
        try Query(session).between("Ben", "Mo"),
        try Query(session).card(for: "Lopez"),
        try Query(session).ranking(by: .betweenness),
    ]
    for answer in answers {
        let bytes = answer.jsonData()
        #expect(bytes.last == 0x0A && bytes.dropLast().allSatisfy { $0 != 0x0A })
        _ = try JSONParser.parse(bytes)
    }
    let card = try JSONParser.parse(try Query(session).card(for: "Lopez").jsonData())
    #expect(card["node"]?["label"]?.stringValue == "Ana \"Q\" Lopez")
    #expect(card["edges"]?["met-with"]?.arrayValue?.count == 1)
    let error = try JSONParser.parse(ErrorJSON.line("unknown actor 'X'", line: 3))
    #expect(error["error"]?.stringValue == "unknown actor 'X'" && error["line"]?.intValue == 3)
}

@Test func textShowsEachHopWithTypeDatePlaceAndEvidence() throws {
    let answer = try Query(evidenced().session()).paths(from: "Ben", to: "Mo")
    #expect(answer.text() == """
        1 path from Ben to Mo

        Path 1: 2 hops
          Ben → met-with, 2024-03-03, Chisinau → Ana "Q" Lopez
              “person:a met-with person:b #0.” — person:a-person:b.txt (+1 more)
          Ana "Q" Lopez ← mediated, 2024-05 ← Mo
              “person:m mediated person:a #0.” — person:m-person:a.txt

        """)
}

@Test func renderedPathIsHighlightedSVG() throws {
    let answer = try Query(evidenced().session()).paths(from: "Ben", to: "Mo")
    let diagram = answer.diagram
    #expect(diagram.graph.nodeCount == 3 && diagram.graph.edgeCount == 2)
    #expect(diagram.highlightNodes == ["person:a", "person:b", "person:m"])
    let options = DiagramOptions(highlightNodes: diagram.highlightNodes, highlightEdges: diagram.highlightEdges, title: diagram.title)
    let dot = DOTWriter(options: options).write(diagram.graph)
    #expect(dot.split(separator: "\n").filter { $0.contains("penwidth=3.5") }.count == 3)
    let svg = String(decoding: try GraphvizRenderer.shared.render(dot: dot, format: .svg), as: UTF8.self)
    #expect(svg.contains("<svg") && svg.contains("Mo"))
}

private extension Substring {
    func trimmingSuffix(_ suffix: String) -> Substring { hasSuffix(suffix) ? dropLast(suffix.count) : self }
}
