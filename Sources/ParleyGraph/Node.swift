/// An actor or agreement in the graph.
public struct Node: Sendable, Hashable {
    /// `kind:` plus a slug of the label; stable across runs for the same input.
    public var id: String
    public var kind: NodeKind
    /// The fullest name seen.
    public var label: String
    /// Every surface form seen, the label included, kept sorted and unique.
    public private(set) var aliases: [String]
    /// How many times the node is mentioned across the corpus.
    public var mentions: Int

    public init(id: String? = nil, kind: NodeKind, label: String, aliases: [String] = [], mentions: Int = 0) {
        self.id = id ?? Node.makeID(kind: kind, label: label)
        self.kind = kind
        self.label = label
        // One array, sized once: a node is made for every actor of every article.
        var forms: [String] = []
        forms.reserveCapacity(aliases.count + 1)
        for form in aliases where !form.isEmpty { forms.append(form) }
        if !label.isEmpty { forms.append(label) }
        forms.sortUnique()
        self.aliases = forms
        self.mentions = mentions
    }

    /// The identifier a node of this kind and label gets: `kind:slug`.
    public static func makeID(kind: NodeKind, label: String) -> String {
        "\(kind.rawValue):\(Slug.make(label))"
    }

    /// Adds surface forms, keeping the list sorted and free of duplicates.
    ///
    /// Each form is placed by binary search, O(log n) comparisons and a shift: a node merged
    /// from every article of a corpus gains a few forms at a time into a long list.
    public mutating func addAliases<S: Sequence>(_ forms: S) where S.Element == String {
        for form in forms where !form.isEmpty { aliases.insertSortedUnique(form) }
    }

    /// Folds another node for the same entity into this one.
    public mutating func merge(_ other: Node) {
        precondition(other.id == id, "merging different nodes")
        // Equal labels (the common case) skip counting characters.
        if other.label != label, other.label.count > label.count || (other.label.count == label.count && other.label < label) {
            label = other.label
        }
        addAliases(other.aliases)
        mentions += other.mentions
    }
}
