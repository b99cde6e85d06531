/// The kind of a graph node, with its wire name as raw value (see ONTOLOGY.md).
public enum NodeKind: String, CaseIterable, Sendable, Hashable, Comparable {
    case person
    case state
    case organization
    case agreement

    public static func < (lhs: NodeKind, rhs: NodeKind) -> Bool { lhs.rawValue < rhs.rawValue }
}
