import ParleyGraph

/// What a diagram shows beyond the graph itself. Engine-independent: every option means the same
/// whichever layout engine draws the diagram (clusters are the one thing only `dot`, `fdp` and
/// `osage` draw; the others place the nodes without the box).
public struct DiagramOptions: Sendable {
    /// What an edge's label says.
    public enum EdgeLabels: String, CaseIterable, Sendable {
        case none, type, date, both
    }

    /// Clusters the nodes are drawn in.
    public enum Grouping: String, CaseIterable, Sendable {
        /// Each person inside a box of the state it represents, with the state's node.
        case state
    }

    /// Nodes drawn emphasised (a path's actors, an ego's centre).
    public var highlightNodes: Set<String>
    /// Edges drawn emphasised.
    public var highlightEdges: Set<Edge.Key>
    public var title: String
    public var edgeLabels: EdgeLabels
    public var groupBy: Grouping?
    /// A key to the shapes, colours and line styles used in this diagram.
    public var legend: Bool
    /// Put before every element id, so that several diagrams can share one HTML page.
    public var idPrefix: String
    /// Seed of the random start of `neato`, `fdp` and `sfdp`, which makes their output repeatable.
    public var seed: Int

    public init(highlightNodes: Set<String> = [], highlightEdges: Set<Edge.Key> = [], title: String = "parley",
                edgeLabels: EdgeLabels = .none, groupBy: Grouping? = nil, legend: Bool = false,
                idPrefix: String = "", seed: Int = 1) {
        self.highlightNodes = highlightNodes
        self.highlightEdges = highlightEdges
        self.title = title
        self.edgeLabels = edgeLabels
        self.groupBy = groupBy
        self.legend = legend
        self.idPrefix = idPrefix
        self.seed = seed
    }
}
