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
        func insert(_ v: Int32, _ key: String, into table: inout [String: [Int32]]) {
            guard !key.isEmpty else { return }
            if table[key, default: []].last != v { table[key, default: []].append(v) }
        }
        for (i, node) in nodes.enumerated() {
            let v = Int32(i)
            let labelKey = Fold.key(node.label)
            insert(v, labelKey, into: &labels)
            for alias in node.aliases {
                let key = alias == node.label ? labelKey : Fold.key(alias)
                insert(v, key, into: &names)
                if node.kind == .person, let last = key.split(separator: " ").last, last.count > 1 {
                    insert(v, String(last), into: &surnames)
                }
            }
        }
        self.labels = labels
        self.names = names
        self.surnames = surnames
    }
}
