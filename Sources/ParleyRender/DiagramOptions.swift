import ParleyGraph

/// What a diagram shows beyond the graph itself.
public struct DiagramOptions: Sendable {
    /// Nodes drawn emphasised (a path's actors, an ego's centre).
    public var highlightNodes: Set<String>
    /// Edges drawn emphasised.
    public var highlightEdges: Set<Edge.Key>
    public var title: String

    public init(highlightNodes: Set<String> = [], highlightEdges: Set<Edge.Key> = [], title: String = "parley") {
        self.highlightNodes = highlightNodes
        self.highlightEdges = highlightEdges
        self.title = title
    }
}
