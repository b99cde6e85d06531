import ParleyGraph

/// A path as the nodes it visits and, per hop, the edge it follows.
public struct GraphPath: Sendable, Equatable {
    public var nodes: [Node]
    public var edges: [Edge]
}

/// The answer to `path A B`: zero or more paths from one actor to another.
public struct PathAnswer: Sendable, Equatable {
    public var from: Node
    public var to: Node
    public var paths: [GraphPath]
}

/// The answer to `neighbors A --hops K`: the ego network.
public struct NeighborhoodAnswer: Sendable, Equatable {
    /// A node of the ego network and its distance in hops from the centre.
    public struct Member: Sendable, Equatable {
        public var node: Node
        public var distance: Int
    }
    public var center: Node
    public var hops: Int
    /// Ordered by distance, then id; the centre first.
    public var members: [Member]
    /// Every usable edge among the members, in graph order.
    public var edges: [Edge]
}

/// A third actor and the edges that join it to the two actors of a `between` question.
public struct Link: Sendable, Equatable {
    public var node: Node
    public var edges: [Edge]
}

/// The answer to `between A B`: direct edges, common neighbours and mediators.
public struct BetweenAnswer: Sendable, Equatable {
    public var a: Node
    public var b: Node
    /// Edges joining A and B themselves.
    public var direct: [Edge]
    /// Actors with an edge to both ("who met both"), by id.
    public var common: [Link]
    /// Actors with `mediated` edges to both ("who mediated between them"), by id.
    public var mediators: [Link]
}

/// The answer to `show A`: a card.
public struct ActorCard: Sendable, Equatable {
    public var node: Node
    /// States and organizations the actor `represents`.
    public var represents: [Node]
    /// Persons who `represent` the actor.
    public var representedBy: [Node]
    /// The actor's edges grouped by type (ONTOLOGY.md order), each group by date, then id.
    public var edges: [(type: EdgeType, edges: [Edge])]
    /// The other ends of those edges, by id.
    public var counterparts: [String: Node]

    public static func == (lhs: ActorCard, rhs: ActorCard) -> Bool {
        lhs.node == rhs.node && lhs.represents == rhs.represents && lhs.representedBy == rhs.representedBy
            && lhs.edges.map(\.type) == rhs.edges.map(\.type) && lhs.edges.map(\.edges) == rhs.edges.map(\.edges)
            && lhs.counterparts == rhs.counterparts
    }
}

/// The answer to `top`: actors ranked by a centrality measure.
public struct Ranking: Sendable, Equatable {
    public enum Measure: String, Sendable, CaseIterable {
        /// Distinct neighbours.
        case degree
        /// Normalised betweenness (Brandes), as networkx computes it.
        case betweenness
    }
    public struct Entry: Sendable, Equatable {
        public var node: Node
        public var score: Double
    }
    public var measure: Measure
    /// Highest score first; ties by id.
    public var entries: [Entry]
    /// Source nodes used for betweenness when sampled; nil when exact.
    public var samples: Int?
}
