import ParleyGraph

/// "Who are the key actors and brokers?": ranking by degree or betweenness.
extension Query {
    /// Graphs up to this many nodes get exact betweenness unless told otherwise.
    public static let exactBetweennessLimit = 5_000
    /// Source nodes sampled for betweenness on larger graphs unless told otherwise.
    public static let defaultSamples = 500

    /// The `limit` highest-scoring actors of the given kinds (all when nil).
    ///
    /// Degree costs O(n + m). Betweenness costs O(k·(n + m)) for k sources: every node when
    /// `samples` is nil and the graph is small, else `samples` (or `defaultSamples`) drawn
    /// with `seed`, rescaled as networkx does.
    public func ranking(by measure: Ranking.Measure, kinds: Set<NodeKind>? = nil, limit: Int = 10,
                       samples: Int? = nil, seed: UInt64 = 1) throws(QueryError) -> Ranking {
        try filter.validate()
        guard limit >= 0 else { throw .invalidArgument("--limit must be 0 or more") }
        let index = session.index
        let traversal = session.traversal(filter, pinning: [])
        let scores: [Double]
        var used: Int?
        switch measure {
        case .degree:
            scores = (0..<Int32(index.nodeCount)).map { v in
                var count = 0, last: Int32 = -1
                for s in traversal.row(v) where traversal.allows(s) && index.slotNeighbor[s] != v && index.slotNeighbor[s] != last {
                    last = index.slotNeighbor[s]
                    count += 1
                }
                return Double(count)
            }
        case .betweenness:
            let eligible = (0..<Int32(index.nodeCount)).filter(traversal.allowsNode)
            var k = samples ?? (eligible.count <= Self.exactBetweennessLimit ? eligible.count : Self.defaultSamples)
            guard k > 0 || eligible.isEmpty else { throw .invalidArgument("--samples must be 1 or more") }
            k = min(k, eligible.count)
            var sources = eligible
            if k < eligible.count {
                var rng = SplitMix64(seed: seed)
                sources.shuffle(using: &rng)
                sources = Array(sources.prefix(k)).sorted()
                used = k
            }
            scores = Brandes(traversal: traversal).betweenness(sources: sources, nodeCount: eligible.count)
        }
        var ranked = (0..<index.nodeCount).filter { traversal.allowsNode(Int32($0)) && kinds?.contains(index.nodes[$0].kind) != false }
        ranked.sort { scores[$0] != scores[$1] ? scores[$0] > scores[$1] : $0 < $1 }
        return Ranking(measure: measure,
                       entries: ranked.prefix(limit).map { .init(node: index.nodes[$0], score: scores[$0]) },
                       samples: used)
    }
}

/// Brandes' betweenness over distinct neighbours (parallel edges count once, self-loops not).
struct Brandes {
    let traversal: Traversal

    /// Betweenness of every node from the given sources, normalised like networkx's
    /// `betweenness_centrality` (with `k` when sampled).
    func betweenness(sources: [Int32], nodeCount n: Int) -> [Double] {
        let index = traversal.index
        let size = index.nodeCount
        var score = [Double](repeating: 0, count: size)
        var sigma = [Double](repeating: 0, count: size)
        var delta = [Double](repeating: 0, count: size)
        var distance = [Int32](repeating: -1, count: size)
        var order: [Int32] = []
        order.reserveCapacity(size)
        for s in sources {
            order.removeAll(keepingCapacity: true)
            distance[Int(s)] = 0
            sigma[Int(s)] = 1
            order.append(s)
            var head = 0
            while head < order.count {
                let v = order[head]
                head += 1
                let next = distance[Int(v)] + 1
                var last: Int32 = -1
                for slot in traversal.row(v) where traversal.allows(slot) {
                    let w = index.slotNeighbor[slot]
                    if w == last { continue }
                    last = w
                    if distance[Int(w)] < 0 {
                        distance[Int(w)] = next
                        order.append(w)
                    }
                    if distance[Int(w)] == next { sigma[Int(w)] += sigma[Int(v)] }
                }
            }
            for w in order.reversed() {
                let before = distance[Int(w)] - 1
                let share = (1 + delta[Int(w)]) / sigma[Int(w)]
                var last: Int32 = -1
                for slot in traversal.row(w) where traversal.allows(slot, outward: false) {
                    let v = index.slotNeighbor[slot]
                    if v == last { continue }
                    last = v
                    if distance[Int(v)] == before { delta[Int(v)] += sigma[Int(v)] * share }
                }
                if w != s { score[Int(w)] += delta[Int(w)] }
            }
            for v in order {
                distance[Int(v)] = -1
                sigma[Int(v)] = 0
                delta[Int(v)] = 0
            }
        }
        // As networkx 3.6 rescales: exact, 1/((n−1)(n−2)); from k sampled sources, a source
        // has k−1 sources that can count it, the others k, over n−2 possible targets.
        guard n > 2 else { return score }
        guard sources.count < n else { return score.map { $0 / (Double(n - 1) * Double(n - 2)) } }
        let k = Double(sources.count)
        let sampled = Set(sources)
        return score.indices.map { v in
            sampled.contains(Int32(v)) ? (k > 1 ? score[v] / ((k - 1) * Double(n - 2)) : .nan) : score[v] / (k * Double(n - 2))
        }
    }
}

/// A small seeded random number generator (SplitMix64), so samples repeat across runs.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64
    public init(seed: UInt64) { state = seed }
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE5_E9B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
