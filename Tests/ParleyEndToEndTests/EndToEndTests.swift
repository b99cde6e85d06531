import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import ParleyGraph
import ParleyRender
import Testing

/// Runs the built `parley` executable on a small corpus written for the test and checks the
/// three outputs against the contract.
struct EndToEndTests {
    static let articles: [String: String] = [
        "talks.txt": """
        Moldova and Estonia deepen ties

        CHISINAU, March 3, 2024 — Moldovan Prime Minister Lena Varga met Estonian President Tomas Ilves in Chisinau on Sunday.
        The two leaders signed the Chisinau Memorandum on energy links.
        """,
        "mediation.html": """
        <html><body><nav>Home | World</nav>
        <p>DOHA, May 2, 2024 &mdash; Qatar mediated talks between Foreign Minister Ana Rojas of Chile and Foreign Minister Park Jin of South Korea.</p>
        <p>Rojas and Park agreed to the Doha Roadmap.</p></body></html>
        """,
    ]

    static func parley() throws -> URL {
        // The test bundle sits in the build products folder next to the executable.
        var dir = Bundle.main.bundleURL
        for _ in 0..<3 {
            let candidate = dir.appendingPathComponent("parley")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            dir.deleteLastPathComponent()
        }
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let debug = root.appendingPathComponent(".build/debug/parley")
        try #require(FileManager.default.isExecutableFile(atPath: debug.path), "build the parley executable first")
        return debug
    }

    static func run(_ arguments: [String]) throws -> (status: Int32, out: String, err: String) {
        let process = Process()
        process.executableURL = try parley()
        process.arguments = arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: o, as: UTF8.self), String(decoding: e, as: UTF8.self))
    }

    static func makeCorpus() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("parley-e2e-\(UUID().uuidString)")
        let corpus = dir.appendingPathComponent("corpus")
        try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
        for (name, text) in articles { try text.write(to: corpus.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        return dir
    }

    @Test func buildWritesJSONDOTAndSVGThatAgree() throws {
        let dir = try Self.makeCorpus()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("graphs")
        let result = try Self.run(["build", dir.appendingPathComponent("corpus").path, "--out", out.path])
        #expect(result.status == 0, "\(result.err)")

        // JSON: the contract.
        let jsonBytes = try [UInt8](Data(contentsOf: out.appendingPathComponent("graph.json")))
        let root = try JSONParser.parse(jsonBytes)
        #expect(root["format"]?.stringValue == "kg-graph")
        #expect(root["version"]?.intValue == 1)
        let graph = try Graph(json: jsonBytes)
        #expect(graph.nodes.contains { $0.kind == .person })
        #expect(graph.nodes.contains { $0.kind == .state })
        #expect(graph.nodes.contains { $0.kind == .agreement })
        for edge in graph.edges {
            #expect(!edge.evidence.isEmpty)
            if edge.type.isSymmetric { #expect(edge.source < edge.target) }
            for item in edge.evidence {
                let file = try [UInt8](Data(contentsOf: dir.appendingPathComponent("corpus").appendingPathComponent(item.doc)))
                #expect(item.start >= 0 && item.end <= file.count && item.start < item.end)
            }
        }
        #expect(graph.edges.contains { $0.type == .metWith })
        #expect(graph.edges.contains { $0.type == .represents })

        // DOT: read back by cgraph (through the renderer's gate) with the same counts.
        let dot = try String(contentsOf: out.appendingPathComponent("graph.dot"), encoding: .utf8)
        let counts = try GraphvizRenderer.shared.count(dot: dot)
        #expect(counts.nodes == graph.nodeCount)
        #expect(counts.edges == graph.edgeCount)

        // SVG: well-formed, one node group per node, every label present.
        let svgData = try Data(contentsOf: out.appendingPathComponent("graph.svg"))
        let svg = try XMLDocument(data: svgData)
        let groups = try svg.nodes(forXPath: "//*[local-name()='g'][contains(@class, 'node')]")
        #expect(groups.count == graph.nodeCount)
        let texts = try svg.nodes(forXPath: "//*[local-name()='text']").compactMap(\.stringValue).joined(separator: " ")
        for node in graph.nodes {
            for word in node.label.split(separator: " ") { #expect(texts.contains(word), "label \(node.label) missing") }
        }

        // Same input, same bytes.
        let again = dir.appendingPathComponent("again")
        _ = try Self.run(["build", dir.appendingPathComponent("corpus").path, "--out", again.path, "--jobs", "1"])
        for name in ["graph.json", "graph.dot", "graph.svg"] {
            #expect(try Data(contentsOf: out.appendingPathComponent(name)) == Data(contentsOf: again.appendingPathComponent(name)), "\(name) differs")
        }
    }

    @Test func exportWritesEachFormatAndRejectsAMalformedGraph() throws {
        let dir = try Self.makeCorpus()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("graphs")
        _ = try Self.run(["build", dir.appendingPathComponent("corpus").path, "--out", out.path, "--quiet"])
        let graphPath = out.appendingPathComponent("graph.json").path
        let dot = try Self.run(["export", "--graph", graphPath, "--format", "dot"])
        #expect(dot.status == 0 && dot.out.hasPrefix("digraph"))
        let svgFile = dir.appendingPathComponent("x.svg").path
        let svg = try Self.run(["export", "--graph", graphPath, "--format", "svg", "-o", svgFile])
        #expect(svg.status == 0)
        #expect(try String(contentsOfFile: svgFile, encoding: .utf8).contains("<svg"))

        let broken = dir.appendingPathComponent("broken.json")
        try "{\n  \"nodes\": [,\n".write(to: broken, atomically: true, encoding: .utf8)
        let bad = try Self.run(["export", "--graph", broken.path, "--format", "json"])
        #expect(bad.status == 1)
        #expect(bad.err.contains("broken.json"))
        #expect(bad.err.contains("line 2, column 13"))
        #expect(bad.err.split(separator: "\n").count == 1)
    }

    @Test func missingCorpusIsAOneLineError() throws {
        let result = try Self.run(["build", "/nonexistent/corpus", "--out", "/tmp/parley-never"])
        #expect(result.status == 1)
        #expect(result.err.contains("/nonexistent/corpus"))
        #expect(!FileManager.default.fileExists(atPath: "/tmp/parley-never/graph.json"))
    }
}
