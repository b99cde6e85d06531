import ParleyGraph

/// A node offered to the user when a name is ambiguous or unknown.
public struct ActorCandidate: Sendable, Equatable, CustomStringConvertible {
    public var id: String
    public var label: String
    public var kind: NodeKind
    /// Labels of the states and organizations the actor `represents`.
    public var affiliations: [String]

    /// "Recep Tayyip Erdoğan (person, Türkiye)".
    public var description: String {
        let details = ([kind.rawValue] + affiliations).joined(separator: ", ")
        return "\(label) (\(details))"
    }
}

/// Why a question could not be answered, worded for the person who asked it.
public enum QueryError: Error, Sendable, Equatable, CustomStringConvertible {
    /// No node has this name; `suggestions` are the nearest names by edit distance.
    case unknownActor(name: String, suggestions: [ActorCandidate])
    /// Several nodes have this name.
    case ambiguousActor(name: String, candidates: [ActorCandidate])
    /// An option value that cannot be used.
    case invalidArgument(String)

    public var description: String {
        switch self {
        case let .unknownActor(name, suggestions):
            guard !suggestions.isEmpty else { return "unknown actor '\(name)'" }
            let list = suggestions.map(\.description)
            let spoken = list.count == 1 ? list[0] : list.dropLast().joined(separator: ", ") + " or " + list.last!
            return "unknown actor '\(name)' — did you mean \(spoken)?"
        case let .ambiguousActor(name, candidates):
            let list = candidates.map { "\($0.description) [\($0.id)]" }.joined(separator: "; ")
            return "ambiguous actor '\(name)' could be: \(list) — give a fuller name or the id"
        case let .invalidArgument(reason):
            return reason
        }
    }
}
