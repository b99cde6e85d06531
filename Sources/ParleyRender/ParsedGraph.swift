import CGraphviz

/// A graph as cgraph read it from DOT text: every node, edge and subgraph with the attribute
/// values it has (empty values left out). A plain value, detached from Graphviz.
public struct ParsedGraph: Sendable {
    public struct Edge: Sendable {
        public var tail: String
        public var head: String
        public var attributes: [String: String]
    }

    public struct Subgraph: Sendable {
        public var attributes: [String: String]
        /// Names of the nodes inside, sorted.
        public var nodes: [String]
    }

    public var attributes: [String: String]
    /// Attributes by node name.
    public var nodes: [String: [String: String]]
    public var edges: [Edge]
    /// Subgraphs of the root by name (clusters and anonymous ones alike).
    public var subgraphs: [String: Subgraph]

    /// Reads a graph; call only under the renderer's gate.
    init(_ graph: UnsafeMutablePointer<Agraph_t>) {
        func values(_ object: UnsafeMutableRawPointer, kind: Int32) -> [String: String] {
            var result: [String: String] = [:]
            var sym = agnxtattr(graph, kind, nil)
            while let s = sym {
                if let name = s.pointee.name, let value = agxget(object, s), value.pointee != 0 {
                    result[String(cString: name)] = String(cString: value)
                }
                sym = agnxtattr(graph, kind, s)
            }
            return result
        }
        func name(_ object: UnsafeMutableRawPointer) -> String { agnameof(object).map { String(cString: $0) } ?? "" }

        attributes = values(UnsafeMutableRawPointer(graph), kind: AGRAPH)
        nodes = [:]
        edges = []
        subgraphs = [:]
        var node = agfstnode(graph)
        while let n = node {
            nodes[name(n)] = values(n, kind: AGNODE)
            var edge = agfstout(graph, n)
            while let e = edge {
                edges.append(Edge(tail: name(parley_tail(e)), head: name(parley_head(e)), attributes: values(e, kind: AGOUTEDGE)))
                edge = agnxtout(graph, e)
            }
            node = agnxtnode(graph, n)
        }
        var sub = agfstsubg(graph)
        while let g = sub {
            var members: [String] = []
            var member = agfstnode(g)
            while let m = member {
                members.append(name(m))
                member = agnxtnode(g, m)
            }
            subgraphs[name(g)] = Subgraph(attributes: values(g, kind: AGRAPH), nodes: members.sorted())
            sub = agnxtsubg(g)
        }
    }
}
