import ParleyGraph

/// How the report words an edge type, seen from one end.
enum RelationWording {
    /// The heading of an actor's relations of `type`: "Met with", or "Mediated for" from the
    /// mediator and "Mediation by" from the party.
    static func heading(_ type: EdgeType, outgoing: Bool) -> String {
        switch type {
        case .metWith: return "Met with"
        case .mediated: return outgoing ? "Mediated for" : "Mediation by"
        case .agreedTo: return outgoing ? "Agreed to" : "Parties"
        case .represents: return outgoing ? "Represents" : "Represented by"
        case .visited: return outgoing ? "Visited" : "Visited by"
        case .hosted: return outgoing ? "Hosted" : "Hosted by"
        case .accused: return outgoing ? "Accused" : "Accused by"
        case .supports: return outgoing ? "Supports" : "Supported by"
        case .proposed: return outgoing ? "Proposed" : "Proposed by"
        case .memberOf: return outgoing ? "Member of" : "Members"
        }
    }

    /// The verb of a timeline sentence: "A met B", "A mediated for B", "A agreed to B".
    static func verb(_ type: EdgeType) -> String {
        switch type {
        case .metWith: return "met"
        case .mediated: return "mediated for"
        case .agreedTo: return "agreed to"
        default: return heading(type, outgoing: true).lowercased()
        }
    }

    /// Labels joined as prose: "A", "A and B", "A, B and C".
    static func list(_ labels: [String]) -> String {
        guard labels.count > 1 else { return labels.first ?? "" }
        return labels.dropLast().joined(separator: ", ") + " and " + labels.last!
    }
}
