import ParleyGraph

/// A small, fast, seeded random number generator (SplitMix64): the same seed gives the same
/// sequence on every machine, for repeatable generated graphs and property tests.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Generated graphs shaped like a news corpus, for benchmarks and tests of large layouts: about
/// 15 % states, 5 % organizations, 10 % agreements and the rest persons; each person represents
/// a state, meets two others (mostly of nearby states), and some mediate and sign agreements.
/// About 2.4 edges per node. Deterministic for a seed.
public enum SyntheticGraph {
    public static func make(nodes count: Int, seed: UInt64 = 1) -> Graph {
        var rng = SeededGenerator(seed: seed)
        let states = max(1, count * 15 / 100), organizations = count * 5 / 100, agreements = count * 10 / 100
        let persons = max(0, count - states - organizations - agreements)
        func ids(_ kind: NodeKind, _ n: Int) -> [String] { (0..<n).map { "\(kind.rawValue):\(kind.rawValue)-\($0)" } }
        let stateIDs = ids(.state, states), orgIDs = ids(.organization, organizations)
        let agreementIDs = ids(.agreement, agreements), personIDs = ids(.person, persons)
        var graph = Graph()
        for (kind, list) in [(NodeKind.state, stateIDs), (.organization, orgIDs), (.agreement, agreementIDs), (.person, personIDs)] {
            for id in list {
                graph.add(Node(id: id, kind: kind, label: String(id.split(separator: ":")[1]).replacingHyphens(), mentions: Int(rng.next() % 20) + 1))
            }
        }
        func evidence(_ i: Int) -> [Evidence] {
            (0...Int(rng.next() % 3)).map { Evidence(doc: "doc-\(i % 97).txt", text: "Sentence \(i)-\($0).", start: $0 * 10, end: $0 * 10 + 9) }
        }
        let statuses: [EdgeStatus] = [.occurred, .occurred, .occurred, .occurred, .planned, .reported]
        for (i, person) in personIDs.enumerated() {
            let home = i % states
            graph.add(Edge(source: person, target: stateIDs[home], type: .represents, evidence: evidence(i)))
            for _ in 0..<2 where persons > 1 {
                // Mostly persons of states close in number, so the graph has local structure.
                let other = personIDs[(i + 1 + Int(rng.next() % UInt64(min(persons - 1, 40)))) % persons]
                guard other != person else { continue }
                graph.add(Edge(source: person, target: other, type: .metWith, status: statuses[Int(rng.next() % 6)],
                               date: "2024-0\(rng.next() % 9 + 1)", evidence: evidence(i)))
            }
            if !agreementIDs.isEmpty && rng.next() % 4 == 0 {
                graph.add(Edge(source: person, target: agreementIDs[(i / 4) % agreements], type: .agreedTo, evidence: evidence(i)))
            }
            if !orgIDs.isEmpty && rng.next() % 10 == 0 {
                graph.add(Edge(source: orgIDs[i % organizations], target: person, type: .mediated, evidence: evidence(i)))
            }
        }
        return graph
    }
}

private extension String {
    /// "person-12" → "Person 12".
    func replacingHyphens() -> String {
        let words = split(separator: "-")
        return words.map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
    }
}
