import ArgumentParser
import Foundation
import ParleyCorpus
import ParleyGraph
import ParleyQuery

/// Writes a seeded synthetic graph and question files for bench/bench-query.sh.
struct SynthCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "synth",
        abstract: "Write a seeded synthetic graph and benchmark questions (for bench/bench-query.sh).",
        shouldDisplay: false
    )

    @Option(help: "Nodes in the graph.") var nodes = 100_000
    @Option(help: "Edges in the graph.") var edges = 1_000_000
    @Option(help: "Questions of each kind.") var questions = 1_000
    @Option(help: "Nodes in the betweenness sample.") var sampleNodes = 10_000
    @Option(help: "Random seed.") var seed: UInt64 = 42
    @Option(help: "Output folder.") var out: String

    func run() throws {
        var rng = SplitMix64(seed: seed)
        // Kinds in roughly news proportions: 0.2 % states, 0.8 % organizations, 9 % agreements.
        let states = max(nodes / 500, 2), organizations = max(nodes / 125, 2), agreements = max(nodes * 9 / 100, 2)
        let persons = nodes - states - organizations - agreements
        var graph = Graph()
        var ids: [String] = []
        func pool(_ kind: NodeKind, _ count: Int) -> Range<Int> {
            let start = ids.count
            for i in 0..<count {
                let label = "\(kind.rawValue.capitalized) \(i)"
                let id = Node.makeID(kind: kind, label: label)
                graph.add(Node(id: id, kind: kind, label: label, aliases: [label], mentions: 1 + Int(rng.next() % 20)))
                ids.append(id)
            }
            return start..<ids.count
        }
        let person = pool(.person, persons), state = pool(.state, states)
        let organization = pool(.organization, organizations), agreement = pool(.agreement, agreements)
        func pick(_ range: Range<Int>) -> String { ids[range.lowerBound + Int(rng.next() % UInt64(range.count))] }
        func chance(_ percent: UInt64) -> Bool { rng.next() % 100 < percent }
        let statuses: [EdgeStatus] = [.occurred, .occurred, .occurred, .occurred, .occurred, .occurred, .occurred, .occurred, .planned, .reported]
        var sentence = 0
        while graph.edgeCount < edges {
            let roll = rng.next() % 100
            let (source, type, target): (String, EdgeType, String)
            switch roll {
            case 0..<55: (source, type, target) = (pick(person), .metWith, pick(person))
            case 55..<65: (source, type, target) = (chance(80) ? pick(person) : pick(state), .mediated, pick(person))
            case 65..<80: (source, type, target) = (chance(80) ? pick(person) : pick(state), .agreedTo, pick(agreement))
            case 80..<90: (source, type, target) = (pick(person), .represents, chance(90) ? pick(state) : pick(organization))
            case 90..<95: (source, type, target) = (pick(person), .visited, pick(state))
            default: (source, type, target) = (pick(state), .memberOf, pick(organization))
            }
            guard source != target else { continue }
            var date: String?
            if type != .represents && type != .memberOf && chance(90) {
                date = String(format: "%04d-%02d-%02d", 2015 + Int(rng.next() % 11), 1 + Int(rng.next() % 12), 1 + Int(rng.next() % 28))
            }
            let evidence = (0..<(chance(80) ? 1 : 2)).map { _ -> Evidence in
                sentence += 1
                let start = Int(rng.next() % 50_000)
                return Evidence(doc: "doc-\(sentence % 20_000).txt", text: "Synthetic sentence \(sentence) states that \(source) \(type.rawValue) \(target).",
                                start: start, end: start + 80)
            }
            graph.add(Edge(source: source, target: target, type: type, status: statuses[Int(rng.next() % 10)], date: date,
                           place: chance(50) ? "City \(rng.next() % 500)" : nil, evidence: evidence))
        }
        let folder = URL(fileURLWithPath: out)
        try AtomicFile.write(graph.jsonData(), to: folder.appendingPathComponent("graph.json"))

        var sampleIDs = ids
        sampleIDs.shuffle(using: &rng)
        let sample = Set(sampleIDs.prefix(sampleNodes))
        let induced = Graph(nodes: graph.nodes.filter { sample.contains($0.id) },
                            edges: graph.edges.filter { sample.contains($0.source) && sample.contains($0.target) })
        try AtomicFile.write(induced.jsonData(), to: folder.appendingPathComponent("sample.json"))

        let paths = (0..<questions).map { _ in "path \(ids[Int(rng.next() % UInt64(ids.count))]) \(ids[Int(rng.next() % UInt64(ids.count))])\n" }
        let egos = (0..<questions).map { _ in "neighbors \(ids[Int(rng.next() % UInt64(ids.count))]) --hops 2\n" }
        try AtomicFile.write(paths.joined(), to: folder.appendingPathComponent("paths.txt"))
        try AtomicFile.write(egos.joined(), to: folder.appendingPathComponent("ego.txt"))
        print("synth: \(graph.nodeCount) nodes, \(graph.edgeCount) edges; sample \(induced.nodeCount) nodes, \(induced.edgeCount) edges")
    }
}
