import ParleyGraph

/// Folded names → nodes: every label and alias under `Fold.key`, and persons' surnames.
///
/// Built in O(total alias length); a lookup costs one fold and one hash.
struct AliasTable: Sendable {
    /// Folded label → nodes whose label folds to it.
    let labels: [String: [Int32]]
    /// Folded alias (labels included) → nodes.
    let names: [String: [Int32]]
    /// Folded last word of a person's label or alias → persons.
    let surnames: [String: [Int32]]

    init(nodes: [Node]) {
        var labels: [String: [Int32]] = [:]
        var names: [String: [Int32]] = [:]
        var surnames: [String: [Int32]] = [:]
        labels.reserveCapacity(nodes.count)
        names.reserveCapacity(nodes.count)
        func insert(_ v: Int32, _ key: some StringProtocol, into table: inout [String: [Int32]]) {
            guard !key.isEmpty else { return }
            // One lookup: the list changes in place, or is made for a new key.
            table[String(key), default: []].appendUnlessLast(v)
        }
        for (i, node) in nodes.enumerated() {
            let v = Int32(i)
            let labelKey = Fold.key(node.label)
            insert(v, labelKey, into: &labels)
            for alias in node.aliases {
                let key = alias == node.label ? labelKey : Fold.key(alias)
                insert(v, key, into: &names)
                guard node.kind == .person else { continue }
                // The last word: a key's words are joined by single spaces (see `Fold.key`).
                let last = key.lastIndex(of: " ").map { key[key.index(after: $0)...] } ?? key[...]
                if last.count > 1 { insert(v, last, into: &surnames) }
            }
        }
        self.labels = labels
        self.names = names
        self.surnames = surnames
    }
}

private extension Array where Element == Int32 {
    /// Appends `v` unless it is the last element already (nodes come in order, so no repeats).
    mutating func appendUnlessLast(_ v: Int32) {
        if last != v { append(v) }
    }
}
