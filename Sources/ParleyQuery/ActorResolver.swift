import ParleyGraph

/// Finds the node a user means by a name: its id, label or any alias, folded for case and
/// diacritics, or a person's surname alone.
///
/// Tried in order, first hit wins: exact id; folded label; folded alias; surname. Several
/// nodes at the first hit make the name ambiguous; no hit at all brings suggestions by edit
/// distance. A hit costs O(1); a miss O(N·L²) over the N distinct folded names and surnames of length L.
public struct ActorResolver: Sendable {
    public let index: GraphIndex

    public init(index: GraphIndex) { self.index = index }

    /// The integer id of the node `name` means.
    public func resolve(_ name: String) throws(QueryError) -> Int32 {
        if let v = index.indexByID[name] { return v }
        let key = Fold.key(name)
        let tables = [index.aliases.labels, index.aliases.names, index.aliases.surnames]
        for table in tables {
            guard let hits = table[key] else { continue }
            if hits.count == 1 { return hits[0] }
            throw .ambiguousActor(name: name, candidates: hits.map(candidate))
        }
        throw .unknownActor(name: name, suggestions: suggestions(for: key))
    }

    /// The node with integer id `v` as shown in errors: label, kind, affiliations.
    public func candidate(_ v: Int32) -> ActorCandidate {
        let node = index.nodes[Int(v)]
        return ActorCandidate(id: node.id, label: node.label, kind: node.kind,
                              affiliations: index.represented(by: v).map { index.nodes[Int($0)].label })
    }

    /// Up to three nodes whose folded names are nearest to `key`, if near enough to be a typo.
    func suggestions(for key: String) -> [ActorCandidate] {
        guard !key.isEmpty else { return [] }
        let target = Array(key.utf8)
        let limit = max(2, target.count / 3)
        var best = limit + 1
        var nodes: [Int32] = []
        for table in [index.aliases.names, index.aliases.surnames] {
            for (name, hits) in table {
                let d = EditDistance.between(target, Array(name.utf8), atMost: best)
                if d < best {
                    best = d
                    nodes = hits
                } else if d == best {
                    nodes += hits
                }
            }
        }
        return Array(Set(nodes)).sorted().prefix(3).map(candidate)
    }
}

/// Levenshtein distance over bytes.
enum EditDistance {
    /// The edit distance of `a` and `b`, or any value above `bound` once it must exceed it.
    /// O(|a|·|b|) time, O(|b|) memory.
    static func between(_ a: [UInt8], _ b: [UInt8], atMost bound: Int) -> Int {
        if abs(a.count - b.count) > bound { return bound + 1 }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...max(a.count, 1) where !a.isEmpty {
            current[0] = i
            var rowMin = i
            for j in 1...max(b.count, 1) where !b.isEmpty {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                rowMin = min(rowMin, current[j])
            }
            if rowMin > bound { return bound + 1 }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
