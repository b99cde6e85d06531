import ParleyGraph

/// A diagram ready for Graphviz: DOT text, and the tooltip of each element by its element id
/// (the renderer puts them into the SVG's `<title>`s).
public struct Diagram: Sendable {
    public var dot: String
    public var nodeCount: Int
    public var edgeCount: Int
    public var tooltips: [String: String]
}

/// Writes a `Graph` as DOT text, styled by kind and type. Pure Swift, deterministic:
/// clusters, nodes and edges come out in sorted order, so equal graphs give equal text.
///
/// Every node and edge gets a stable `id` (see `ElementID`) and a `class` naming its kind, or its
/// type and status, which Graphviz 2.43 writes into the SVG after its own `node`/`edge` class.
public struct DOTWriter: Sendable {
    public var style: DiagramStyle
    public var options: DiagramOptions

    /// Evidence sentences longer than this are cut in tooltips.
    static let tooltipSentenceLength = 300

    public init(style: DiagramStyle = .okabeIto, options: DiagramOptions = DiagramOptions()) {
        self.style = style
        self.options = options
    }

    public func write(_ graph: Graph) -> String { String(decoding: bytes(graph), as: UTF8.self) }

    /// The DOT text alone as UTF-8, for files: no tooltip table is kept and no `String` of the
    /// whole text is made (for a million edges each would cost seconds and hundreds of MB).
    public func bytes(_ graph: Graph) -> [UInt8] { render(graph, keepTooltips: false).text.bytes }

    /// The DOT text and tooltips of `graph`. O((n + m) log(n + m)).
    public func diagram(_ graph: Graph) -> Diagram {
        let (text, tooltips) = render(graph, keepTooltips: true)
        return Diagram(dot: String(decoding: text.bytes, as: UTF8.self), nodeCount: graph.nodeCount + (options.legend ? 1 : 0),
                       edgeCount: graph.edgeCount, tooltips: tooltips ?? [:])
    }

    /// DOT text gathered as UTF-8 bytes.
    struct Text {
        var bytes: [UInt8] = []
        static func += (text: inout Text, piece: String) { text.bytes.append(contentsOf: piece.utf8) }
    }

    private func render(_ graph: Graph, keepTooltips: Bool) -> (text: Text, tooltips: [String: String]?) {
        let prefix = options.idPrefix
        let names = dotNames(graph)
        var tooltips: [String: String]? = keepTooltips ? [:] : nil
        var out = Text()
        out += "digraph \(DOT.id(options.title)) {\n"
        out += "  graph [id=\(DOT.value(prefix + "graph")), class=parley, fontname=\"Helvetica\", rankdir=LR, overlap=false, "
        out += "outputorder=edgesfirst, pad=0.2, start=\(options.seed)"
        out += options.groupBy != nil && options.edgeLabels != .none ? ", forcelabels=true];\n" : "];\n"
        out += "  node [fontname=\"Helvetica\", fontsize=11, penwidth=1.4];\n"
        out += "  edge [fontname=\"Helvetica\", fontsize=9];\n"
        let clusters = options.groupBy == .state ? stateClusters(graph) : []
        var clustered = Set<String>()
        for cluster in clusters {
            let id = ElementID.cluster(cluster.state.id, prefix: prefix)
            let look = style.look(for: .state)
            tooltips?[id] = "\(cluster.state.label): \(cluster.members.count) represent\(cluster.members.count == 1 ? "s" : "") it"
            out += "  subgraph \(DOT.id("cluster_" + ElementID.encoded(cluster.state.id))) {\n"
            out += "    graph [id=\(DOT.value(id)), class=\"cluster-state\", label=\(DOT.escString(cluster.state.label)), "
            out += "style=\"rounded,dashed\", color=\(DOT.value(look.stroke)), fontname=\"Helvetica\", fontsize=10];\n"
            for node in [cluster.state] + cluster.members {
                clustered.insert(node.id)
                out += "    "
                out += nodeStatement(node, name: names[node.id]!, tooltips: &tooltips)
            }
            out += "  }\n"
        }
        for node in graph.nodes where !clustered.contains(node.id) {
            out += "  "
            out += nodeStatement(node, name: names[node.id]!, tooltips: &tooltips)
        }
        for edge in graph.edges {
            guard let source = names[edge.source], let target = names[edge.target] else { continue }
            out += "  \(source) -> \(target) "
            out += edgeAttributes(edge, tooltips: &tooltips)
        }
        if options.legend {
            let legend = Legend(style: style, graph: graph, highlights: !options.highlightNodes.isEmpty || !options.highlightEdges.isEmpty)
            let id = prefix + "legend"
            let tooltip = "Key to the shapes, colours and lines of this diagram"
            tooltips?[id] = tooltip
            out += "  subgraph { rank=sink; _legend [id=\(DOT.value(id)), class=legend, shape=plain, "
            out += "tooltip=\(DOT.escString(tooltip)), label=<\(legend.html)>]; }\n"
        }
        out += "}\n"
        return (out, tooltips)
    }

    /// The DOT name of each node: its id when DOT can spell it exactly, otherwise `_node_N`.
    private func dotNames(_ graph: Graph) -> [String: String] {
        var names: [String: String] = [:]
        var counter = 0
        for node in graph.nodes {
            if DOT.isRepresentableID(node.id) {
                names[node.id] = DOT.id(node.id)
            } else {
                repeat { counter += 1 } while graph.node(id: "_node_\(counter)") != nil
                names[node.id] = "_node_\(counter)"
            }
        }
        return names
    }

    private func nodeStatement(_ node: Node, name: String, tooltips: inout [String: String]?) -> String {
        let look = style.look(for: node.kind)
        let id = ElementID.node(node.id, prefix: options.idPrefix)
        let highlighted = options.highlightNodes.contains(node.id)
        let tooltip = "\(node.label) (\(node.kind.rawValue))\naliases: \(node.aliases.joined(separator: ", "))\nmentions: \(node.mentions)"
        tooltips?[id] = tooltip
        var out = "\(name) [id=\(DOT.value(id)), class=\(DOT.value("node-\(node.kind.rawValue)" + (highlighted ? " highlighted" : ""))), "
        out += "label=\(DOT.escString(node.label)), shape=\(look.shape), style=\(DOT.value(look.style)), "
        out += "fillcolor=\(DOT.value(look.fill)), color=\(DOT.value(look.stroke)), "
        if highlighted { out += "penwidth=3.5, fontname=\"Helvetica-Bold\", " }
        out += "tooltip=\(DOT.escString(tooltip))];\n"
        return out
    }

    private func edgeAttributes(_ edge: Edge, tooltips: inout [String: String]?) -> String {
        let look = style.look(for: edge.type)
        let id = ElementID.edge(edge.key, prefix: options.idPrefix)
        let highlighted = options.highlightEdges.contains(edge.key)
        var tooltip = edge.type.rawValue
        if let date = edge.date { tooltip += ", \(date)" }
        if let place = edge.place { tooltip += ", \(place)" }
        if let first = edge.evidence.first {
            let sentence = first.text.utf8.count > Self.tooltipSentenceLength && first.text.count > Self.tooltipSentenceLength
                ? String(first.text.prefix(Self.tooltipSentenceLength - 1)) + "…" : first.text
            tooltip += "\n\(sentence)\n— \(first.doc)"
        }
        tooltips?[id] = tooltip
        var classes = "edge-\(edge.type.rawValue) status-\(edge.status.rawValue)"
        if highlighted { classes += " highlighted" }
        var out = "[id=\(DOT.value(id)), class=\(DOT.value(classes)), color=\(DOT.value(look.color)), arrowhead=\(look.arrowhead), "
        if look.undirected { out += "dir=none, " }
        let width = style.penWidth(evidenceCount: edge.evidence.count) + (highlighted ? 3 : 0)
        out += "style=\(style.lineStyle(for: edge.status)), penwidth=\(width), "
        if let label = edgeLabel(edge) {
            // Graphviz 2.43's dot fails ("trouble in init_rank", then a double free) on labelled
            // edges among clusters; external labels are placed after layout and avoid that path.
            out += options.groupBy == nil ? "label=" : "xlabel="
            out += "\(DOT.escString(label)), "
        }
        out += "tooltip=\(DOT.escString(tooltip))];\n"
        return out
    }

    private func edgeLabel(_ edge: Edge) -> String? {
        switch options.edgeLabels {
        case .none: return nil
        case .type: return edge.type.rawValue
        case .date: return edge.date
        case .both: return [edge.type.rawValue, edge.date].compactMap { $0 }.joined(separator: " ")
        }
    }

    /// The states that persons represent, each with those persons. A person representing several
    /// states is drawn in the first by id. Sorted by state id.
    private func stateClusters(_ graph: Graph) -> [(state: Node, members: [Node])] {
        var home: [String: String] = [:]
        for edge in graph.edges where edge.type == .represents && home[edge.source] == nil {
            guard graph.node(id: edge.source)?.kind == .person, graph.node(id: edge.target)?.kind == .state else { continue }
            home[edge.source] = edge.target
        }
        var members: [String: [Node]] = [:]
        for (person, state) in home { members[state, default: []].append(graph.node(id: person)!) }
        return members.keys.sorted().map { state in
            (graph.node(id: state)!, members[state]!.sorted { $0.id < $1.id })
        }
    }
}
