import ParleyGraph

/// A corpus report: what a graph says, ready to be written as HTML (`HTMLReportWriter`) or
/// Markdown (`MarkdownReportWriter`). Every list is in a fixed order, so the same graph gives the
/// same report, and the writers the same bytes.
public struct Report: Sendable {
    public var title: String
    public var counts: Counts
    public var overview: Figure
    /// The actors with a section, highest degree first.
    public var keyActors: [KeyActor]
    /// One per key actor, in the same order.
    public var actors: [ActorSection]
    public var agreements: [AgreementSection]
    /// Dated `met-with`, `mediated` and `agreed-to` events, oldest first.
    public var timeline: [TimelineEvent]
    /// The timeline drawn; nil when no event is dated.
    public var timelineChart: Figure?
    /// One per `--path`, in the order asked.
    public var paths: [PathSection]

    /// Where a node is described in the report: its section's anchor, or nil when it has none.
    public func anchor(of id: String) -> String? { anchors[id] }

    var anchors: [String: String] = [:]
}

/// An SVG diagram for the page, without XML prolog, ready to be pasted into HTML or saved.
public struct Figure: Sendable, Equatable {
    /// A short file-name-safe name, unique in the report: `overview`, `actor-3`, `path-1`, `timeline`.
    public var name: String
    public var caption: String
    public var svg: String
}

/// The size of the graph.
public struct Counts: Sendable, Equatable {
    /// Distinct documents cited by evidence.
    public var documents: Int
    public var nodes: Int
    public var edges: Int
    /// Every kind, in ONTOLOGY.md order, with its count (zero included).
    public var nodesByKind: [(kind: NodeKind, count: Int)]
    /// The scored types and every optional type that occurs, in ONTOLOGY.md order.
    public var edgesByType: [(type: EdgeType, count: Int)]
    /// Earliest and latest edge date, as written in the graph; nil when no edge is dated.
    public var firstDate: String?
    public var lastDate: String?

    public static func == (lhs: Counts, rhs: Counts) -> Bool {
        lhs.documents == rhs.documents && lhs.nodes == rhs.nodes && lhs.edges == rhs.edges
            && lhs.nodesByKind.map(\.kind) == rhs.nodesByKind.map(\.kind) && lhs.nodesByKind.map(\.count) == rhs.nodesByKind.map(\.count)
            && lhs.edgesByType.map(\.type) == rhs.edgesByType.map(\.type) && lhs.edgesByType.map(\.count) == rhs.edgesByType.map(\.count)
            && lhs.firstDate == rhs.firstDate && lhs.lastDate == rhs.lastDate
    }
}

/// A row of the key actors table.
public struct KeyActor: Sendable, Equatable {
    public var node: Node
    /// Distinct neighbours.
    public var degree: Int
    /// Normalised betweenness, as `parley top --by betweenness` gives it.
    public var betweenness: Double
    /// 1 for the actor with the highest betweenness in the whole graph.
    public var brokerRank: Int
    public var represents: [Node]
}

/// One edge seen from one of its ends.
public struct Relation: Sendable, Equatable {
    public var edge: Edge
    /// The end the relation is about.
    public var from: Node
    /// The other end.
    public var to: Node
}

/// An actor's relations of one type and direction: "Met with", "Mediation by".
public struct RelationGroup: Sendable, Equatable {
    public var type: EdgeType
    /// Whether the actor is the edge's source (always true for symmetric types).
    public var outgoing: Bool
    public var heading: String
    /// By date (undated last), then edge key.
    public var relations: [Relation]
}

/// What the report says about one actor.
public struct ActorSection: Sendable, Equatable {
    public var node: Node
    public var anchor: String
    public var represents: [Node]
    public var representedBy: [Node]
    public var diagram: Figure
    public var groups: [RelationGroup]
}

/// An agreement, who agreed to it and who brokered it.
public struct AgreementSection: Sendable, Equatable {
    public var node: Node
    public var anchor: String
    /// Actors with an `agreed-to` edge to it, by id.
    public var parties: [Node]
    /// Actors who mediated for at least two of its parties (its only party, when it has one)
    /// in a document that states the agreement, by id.
    public var mediators: [Node]
    /// Distinct dates of its `agreed-to` edges, oldest first.
    public var dates: [String]
    /// Its `agreed-to` and `proposed` edges, by date then key.
    public var relations: [Relation]
}

/// A dated event of the timeline: one edge, or several of one actor on one date
/// ("Qatar mediated for Chad and FACT").
public struct TimelineEvent: Sendable, Equatable {
    public var date: String
    public var type: EdgeType
    public var status: EdgeStatus
    public var subjects: [Node]
    public var objects: [Node]
    public var places: [String]
    public var edges: [Edge]
    /// Documents cited by the edges' evidence, sorted.
    public var documents: [String]
}

/// The answer to one `--path "A:B"`.
public struct PathSection: Sendable, Equatable {
    /// The text the user gave.
    public var request: String
    public var from: Node
    public var to: Node
    /// Each hop as the edge it follows, read from the path's start.
    public var hops: [Relation]
    /// The path's actors, the edges among them, the path highlighted; nil when there is no path.
    public var diagram: Figure?
}
