import ParleyGraph

/// An answer as a graph to draw, with what to emphasise; the CLI hands it to ParleyRender.
public struct AnswerDiagram: Sendable {
    public var graph: Graph
    public var highlightNodes: Set<String>
    public var highlightEdges: Set<Edge.Key>
    public var title: String

    init(nodes: [Node], edges: [Edge], highlightNodes: [Node], highlightEdges: [Edge], title: String) {
        graph = Graph(nodes: nodes, edges: edges)
        self.highlightNodes = Set(highlightNodes.map(\.id))
        self.highlightEdges = Set(highlightEdges.map(\.key))
        self.title = title
    }
}

extension PathAnswer {
    /// Every path found; all of them highlighted.
    public var diagram: AnswerDiagram {
        let nodes = [from, to] + paths.flatMap(\.nodes), edges = paths.flatMap(\.edges)
        return AnswerDiagram(nodes: nodes, edges: edges, highlightNodes: nodes, highlightEdges: edges,
                             title: "path \(from.label) – \(to.label)")
    }
}

extension NeighborhoodAnswer {
    /// The ego network; the centre and its own edges highlighted.
    public var diagram: AnswerDiagram {
        AnswerDiagram(nodes: members.map(\.node), edges: edges, highlightNodes: [center],
                      highlightEdges: edges.filter { $0.source == center.id || $0.target == center.id },
                      title: "neighbors of \(center.label)")
    }
}

extension BetweenAnswer {
    /// Both actors, the actors between them and every edge listed; A, B and direct edges highlighted.
    public var diagram: AnswerDiagram {
        let links = common + mediators
        return AnswerDiagram(nodes: [a, b] + links.map(\.node), edges: direct + links.flatMap(\.edges),
                             highlightNodes: [a, b], highlightEdges: direct,
                             title: "between \(a.label) and \(b.label)")
    }
}

extension ActorCard {
    /// The actor, its counterparts and its edges; the actor highlighted.
    public var diagram: AnswerDiagram {
        AnswerDiagram(nodes: [node] + Array(counterparts.values), edges: edges.flatMap(\.edges),
                      highlightNodes: [node], highlightEdges: [], title: node.label)
    }
}

extension Ranking {
    /// The ranked actors alone, the first highlighted.
    public var diagram: AnswerDiagram {
        AnswerDiagram(nodes: entries.map(\.node), edges: [], highlightNodes: entries.prefix(1).map(\.node),
                      highlightEdges: [], title: "top by \(measure.rawValue)")
    }
}

/// What every answer offers its outputs.
public protocol QueryAnswer: Sendable {
    /// One line of JSON, newline included.
    func jsonData() -> [UInt8]
    /// Readable text, newline-terminated lines.
    func text() -> String
    /// The answer as a graph to draw.
    var diagram: AnswerDiagram { get }
}

extension PathAnswer: QueryAnswer {}
extension NeighborhoodAnswer: QueryAnswer {}
extension BetweenAnswer: QueryAnswer {}
extension ActorCard: QueryAnswer {}
extension Ranking: QueryAnswer {}
