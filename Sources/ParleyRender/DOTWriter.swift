import ParleyGraph

/// Writes a `Graph` as DOT text, styled by kind and type. Pure Swift, deterministic:
/// nodes and edges come out in the graph's sorted order.
public struct DOTWriter: Sendable {
    public var style: DiagramStyle
    public var options: DiagramOptions

    public init(style: DiagramStyle = .okabeIto, options: DiagramOptions = DiagramOptions()) {
        self.style = style
        self.options = options
    }

    public func write(_ graph: Graph) -> String {
        var out = "digraph \(DOT.id(options.title)) {\n"
        out += "  graph [fontname=\"Helvetica\", rankdir=LR, overlap=false, splines=true, outputorder=edgesfirst, pad=0.2];\n"
        out += "  node [fontname=\"Helvetica\", fontsize=11, penwidth=1.4];\n"
        out += "  edge [fontname=\"Helvetica\", fontsize=9];\n"
        for node in graph.nodes {
            let look = style.look(for: node.kind)
            let tooltip = "\(node.label) (\(node.kind.rawValue))\naliases: \(node.aliases.joined(separator: ", "))\nmentions: \(node.mentions)"
            out += "  \(DOT.id(node.id)) [label=\(DOT.escString(node.label)), shape=\(look.shape), style=\(DOT.value(look.style)), "
            out += "fillcolor=\(DOT.value(look.fill)), color=\(DOT.value(look.stroke)), class=\(DOT.value("node-\(node.kind.rawValue)")), "
            if options.highlightNodes.contains(node.id) { out += "penwidth=3.5, fontname=\"Helvetica-Bold\", " }
            out += "tooltip=\(DOT.escString(tooltip))];\n"
        }
        for edge in graph.edges {
            let look = style.look(for: edge.type)
            var tooltip = edge.type.rawValue
            if let date = edge.date { tooltip += ", \(date)" }
            if let place = edge.place { tooltip += ", \(place)" }
            if let first = edge.evidence.first { tooltip += "\n\(first.text)\n— \(first.doc)" }
            out += "  \(DOT.id(edge.source)) -> \(DOT.id(edge.target)) [color=\(DOT.value(look.color)), arrowhead=\(look.arrowhead), "
            if look.undirected { out += "dir=none, " }
            let width = style.penWidth(evidenceCount: edge.evidence.count) + (options.highlightEdges.contains(edge.key) ? 3 : 0)
            out += "style=\(style.lineStyle(for: edge.status)), penwidth=\(width), "
            out += "class=\(DOT.value("edge-\(edge.type.rawValue) status-\(edge.status.rawValue)")), tooltip=\(DOT.escString(tooltip))];\n"
        }
        out += "}\n"
        return out
    }
}
