import Foundation
import ParleyExtraction
import ParleyGraph
import ParleyRender
import Testing
@testable import ParleyCorpus

/// Seeded random-input tests: the text pipeline, the DOT writer read back by Graphviz, and the
/// graph JSON reader must never crash and must keep their invariants on any input.
///
/// `PARLEY_FUZZ_ITERATIONS` (default 200) and `PARLEY_FUZZ_SEED` (default 1) set the run; `make
/// fuzz` runs many more. A failure prints its seed and iteration, which replay it exactly.
enum Fuzz {
    static var iterations: Int { ProcessInfo.processInfo.environment["PARLEY_FUZZ_ITERATIONS"].flatMap(Int.init) ?? 200 }
    static var seed: UInt64 { ProcessInfo.processInfo.environment["PARLEY_FUZZ_SEED"].flatMap(UInt64.init) ?? 1 }

    /// SplitMix64: small, fast, and the same sequence on every machine.
    struct Random: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    /// Pieces that text, markup and mojibake are made of, hostile ones included.
    static let fragments: [String] = [
        "<p>", "</p>", "<div class=\"a\">", "</div>", "<br>", "<script>", "</script>", "<style>", "<!--", "-->", "<nav>",
        "</nav>", "<a href='", "\"", "'", ">", "<", "&amp;", "&#8212;", "&#x1F600;", "&#99999999;", "&nbsp;", "&bogus;", "&",
        "Prime Minister ", "President ", "Foreign Minister ", "Lena Varga", "Tomas Ilves", "Erdoğan", "Türkiye", "Qatar",
        " met ", " mediated talks between ", " signed the ", "Memorandum", " and ", " in ", "Chisinau", ". ", ".\n", "\n\n",
        "CHISINAU, March 3, 2024 — ", "on Monday", " will meet ", " did not meet ", "(Reuters/John Smith)", "…", "Ã¶", "Ã¼",
        "CÃ´te d'Ivoire", "\u{FEFF}", "\u{0}", "\u{FFFD}", "\t", "\r\n", " ", "U.S.", "Mr.", "“", "”", "e\u{301}", "👍🏽",
    ]

    static func text(_ random: inout Random) -> [UInt8] {
        var bytes: [UInt8] = []
        switch random.next() % 4 {
        case 0:
            for _ in 0..<Int(random.next() % 2000) { bytes.append(UInt8(truncatingIfNeeded: random.next())) }
        case 1:
            for _ in 0..<Int(random.next() % 300) { bytes += Array(fragments.randomElement(using: &random)!.utf8) }
        default:
            for _ in 0..<Int(random.next() % 300) { bytes += Array(fragments.randomElement(using: &random)!.utf8) }
            // Flip, drop and insert bytes: broken UTF-8 in the middle of real text.
            for _ in 0..<Int(random.next() % 20) where !bytes.isEmpty {
                let i = Int(random.next() % UInt64(bytes.count))
                switch random.next() % 3 {
                case 0: bytes[i] = UInt8(truncatingIfNeeded: random.next())
                case 1: bytes.remove(at: i)
                default: bytes.insert(UInt8(truncatingIfNeeded: random.next()), at: i)
                }
            }
        }
        if random.next() % 8 == 0 { bytes = [0xFF, 0xFE] + bytes }
        return bytes
    }

    static func label(_ random: inout Random) -> String {
        let pieces = ["\"", "\\", "\n", "<", ">", "&", "{", "}", "[", "]", ";", "--", "->", "graph", "node", "Côte d'Ivoire",
                      "\u{7}", "\t", "\u{202E}", "日本", "a", "B", " ", "%", "\u{0}", "é", String(repeating: "x", count: 3000)]
        return (0..<Int(random.next() % 6 + 1)).map { _ in pieces.randomElement(using: &random)! }.joined()
    }

    static func graph(_ random: inout Random) -> Graph {
        var g = Graph()
        let count = Int(random.next() % 12) + 1
        var ids: [String] = []
        for k in 0..<count {
            let kind = NodeKind.allCases.randomElement(using: &random)!
            let node = Node(id: "\(kind.rawValue):\(k)-\(label(&random))", kind: kind, label: label(&random),
                            aliases: [label(&random)], mentions: Int(random.next() % 9))
            g.add(node)
            ids.append(node.id)
        }
        for _ in 0..<Int(random.next() % 20) {
            g.add(Edge(source: ids.randomElement(using: &random)!, target: ids.randomElement(using: &random)!,
                       type: EdgeType.allCases.randomElement(using: &random)!,
                       status: [EdgeStatus.occurred, .planned, .reported].randomElement(using: &random)!,
                       date: random.next() % 2 == 0 ? "2024-03-0\(random.next() % 9 + 1)" : nil,
                       place: random.next() % 2 == 0 ? label(&random) : nil,
                       evidence: [Evidence(doc: label(&random), text: label(&random), start: 0, end: Int(random.next() % 100))]))
        }
        return g
    }

    /// Runs `body` for every iteration with its own generator, naming the case on failure.
    static func run(_ name: String, _ body: (inout Random, Comment) throws -> Void) rethrows {
        for iteration in 0..<iterations {
            var random = Random(state: seed &* 1_000_003 &+ UInt64(iteration))
            try body(&random, "\(name): PARLEY_FUZZ_SEED=\(seed) iteration \(iteration)")
        }
    }
}

@Test func textPipelineSurvivesRandomBytesAndMarkup() throws {
    let extractor = Extractor()
    try Fuzz.run("text pipeline") { random, where_ in
        let bytes = Fuzz.text(&random)
        guard let decoded = try? TextDecoder.decode(bytes) else { return }
        for text in [decoded.text, HTMLStripper.strip(decoded.text)] {
            let repaired = MojibakeRepair.repair(text)
            // Every byte keeps a place in the file, in file order.
            var previous = 0
            for index in 0..<repaired.bytes.count {
                let offset = repaired.sourceOffset(index)
                #expect(offset >= previous && offset <= bytes.count, where_)
                previous = offset
            }
            for sentence in Segmenter.sentences(in: repaired) {
                #expect(0 <= sentence.start && sentence.start <= sentence.end && sentence.end <= repaired.bytes.count, where_)
            }
        }
        for name in ["f.txt", "f.html"] {
            guard let extraction = try? extractor.extract(Document(name: name, bytes: bytes)) else { continue }
            for edge in extraction.graph.edges {
                #expect(!edge.evidence.isEmpty, where_)
                for item in edge.evidence { #expect(0 <= item.start && item.start <= item.end && item.end <= bytes.count, where_) }
            }
            let reread = try Graph(json: extraction.graph.jsonData())
            #expect(reread == extraction.graph, where_)
        }
    }
}

@Test func dotWriterOutputIsReadBackByGraphvizWithTheSameCounts() throws {
    try Fuzz.run("DOT writer") { random, where_ in
        let graph = Fuzz.graph(&random)
        let counts = try GraphvizRenderer.shared.count(dot: DOTWriter().write(graph))
        #expect(counts.nodes == graph.nodeCount, where_)
        #expect(counts.edges == graph.edgeCount, where_)
    }
}

@Test func jsonReaderRejectsOrReadsAnyBytesAndRoundTripsGraphs() throws {
    try Fuzz.run("JSON reader") { random, where_ in
        let graph = Fuzz.graph(&random)
        let json = graph.jsonData()
        let reread = try Graph(json: json)
        #expect(reread == graph, where_)
        #expect(reread.jsonData() == json, where_)
        var broken = json
        for _ in 0..<Int(random.next() % 8 + 1) where !broken.isEmpty {
            let i = Int(random.next() % UInt64(broken.count))
            if random.next() % 2 == 0 { broken[i] = UInt8(truncatingIfNeeded: random.next()) } else { broken.removeSubrange(i...) }
        }
        do { _ = try Graph(json: broken) } catch let GraphReadError.syntax(syntax) {
            #expect(syntax.line >= 1 && syntax.column >= 1, where_)
        } catch {}
        _ = try? Graph(json: Fuzz.text(&random))
    }
}

@Test func cacheCodingRoundTripsGraphsAndRejectsDamage() throws {
    Fuzz.run("cache coding") { random, where_ in
        let graph = Fuzz.graph(&random)
        let bytes = GraphCacheCoding.encode(graph)
        #expect(GraphCacheCoding.decode(bytes) == graph, where_)
        let cut = Int(random.next() % UInt64(bytes.count))
        #expect(GraphCacheCoding.decode(Array(bytes[..<cut])) == nil, where_)
        var damaged = bytes
        damaged[Int(random.next() % UInt64(bytes.count))] ^= UInt8(truncatingIfNeeded: random.next() | 1)
        _ = GraphCacheCoding.decode(damaged)
    }
}
