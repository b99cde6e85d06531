import ParleyGraph

/// One diagram per actor (person, state, organization): the actor's ego network within `hops`
/// edges, the actor highlighted and named in the title. Meant to be rendered in one process
/// through the shared `GraphvizRenderer`, so the whole batch uses one Graphviz context.
public struct EgoDiagrams: Sendable {
    /// One actor's diagram and the file name (without extension) it is written under.
    public struct Item: Sendable {
        public var actor: Node
        public var fileStem: String
        public var diagram: Diagram
    }

    public var hops: Int
    public var writer: DOTWriter

    public init(hops: Int = 1, writer: DOTWriter = DOTWriter()) {
        self.hops = hops
        self.writer = writer
    }

    /// The actors of `graph` in id order: every node that is not an agreement.
    public static func actors(in graph: Graph) -> [Node] {
        graph.nodes.filter { $0.kind != .agreement }
    }

    /// Calls `body` with each actor's diagram in id order, building one at a time.
    /// Cost per actor: O((n + m) log(n + m)) for the ego walk and the DOT text.
    public func forEach(in graph: Graph, _ body: (Item) throws -> Void) rethrows {
        var taken = Set<String>()
        for actor in Self.actors(in: graph) {
            var writer = self.writer
            writer.options.highlightNodes.insert(actor.id)
            writer.options.title = actor.label
            let stem = Self.fileStem(for: actor.id, taken: &taken)
            try body(Item(actor: actor, fileStem: stem, diagram: writer.diagram(graph.subgraph(around: actor.id, hops: hops))))
        }
    }

    /// A file name for a node id, unique within `taken`: `person:lena-varga` → `person-lena-varga`
    /// for ids in the ONTOLOGY.md form, the `ElementID` encoding for any other id.
    static func fileStem(for id: String, taken: inout Set<String>) -> String {
        let parts = id.split(separator: ":", omittingEmptySubsequences: false)
        let plain = parts.count == 2 && parts.allSatisfy { part in
            !part.isEmpty && part.utf8.allSatisfy { DOT.isLetterOrDigit($0) || $0 == 0x2D }
        }
        let base = plain ? parts.joined(separator: "-") : ElementID.encoded(id)
        var stem = base
        var n = 1
        while !taken.insert(stem).inserted {
            n += 1
            stem = "\(base)-\(n)"
        }
        return stem
    }
}
