import Testing
import ParleyGraph
@testable import ParleyRender

/// Checks that cgraph reads `graph`'s DOT back with the same nodes, edges and attributes, and
/// that every text attribute, as Graphviz will interpret it, is exactly the text we meant.
private func expectRoundTrip(_ graph: Graph, options: DiagramOptions = DiagramOptions(),
                             sourceLocation: SourceLocation = #_sourceLocation) throws {
    let writer = DOTWriter(options: options)
    let diagram = writer.diagram(graph)
    let parsed = try GraphvizRenderer.shared.parse(dot: diagram.dot)
    let nodesByElementID = Dictionary(uniqueKeysWithValues: parsed.nodes.compactMap { name, attributes in
        attributes["id"].map { ($0, (name, attributes)) }
    })
    #expect(parsed.nodes.count == diagram.nodeCount, sourceLocation: sourceLocation)
    #expect(parsed.edges.count == graph.edgeCount, sourceLocation: sourceLocation)
    var nameOf: [String: String] = [:]
    for node in graph.nodes {
        guard let (name, attributes) = nodesByElementID[ElementID.node(node.id)] else {
            Issue.record("node \(node.id) not read back", sourceLocation: sourceLocation)
            continue
        }
        nameOf[node.id] = name
        if DOT.isRepresentableID(node.id) { #expect(name == node.id, sourceLocation: sourceLocation) }
        #expect(interpretedEscString(attributes["label"] ?? "") == shown(node.label), sourceLocation: sourceLocation)
        #expect(interpretedEscString(attributes["tooltip"] ?? "") == shown(diagram.tooltips[ElementID.node(node.id)]!),
                sourceLocation: sourceLocation)
        #expect(attributes["class"]?.hasPrefix("node-\(node.kind.rawValue)") == true, sourceLocation: sourceLocation)
        #expect(attributes["shape"] == DiagramStyle.okabeIto.look(for: node.kind).shape, sourceLocation: sourceLocation)
    }
    let edgesByElementID = Dictionary(uniqueKeysWithValues: parsed.edges.map { ($0.attributes["id"] ?? "", $0) })
    for edge in graph.edges {
        let id = ElementID.edge(edge.key)
        guard let read = edgesByElementID[id] else {
            Issue.record("edge \(id) not read back", sourceLocation: sourceLocation)
            continue
        }
        #expect(read.tail == nameOf[edge.source] && read.head == nameOf[edge.target], sourceLocation: sourceLocation)
        #expect(read.attributes["class"] == "edge-\(edge.type.rawValue) status-\(edge.status.rawValue)", sourceLocation: sourceLocation)
        #expect(read.attributes["style"] == DiagramStyle.okabeIto.lineStyle(for: edge.status), sourceLocation: sourceLocation)
        #expect(interpretedEscString(read.attributes["tooltip"] ?? "") == shown(diagram.tooltips[id]!), sourceLocation: sourceLocation)
    }
}

@Test func hostileGraphRoundTripsThroughCgraph() throws {
    try expectRoundTrip(hostileGraph())
    try expectRoundTrip(hostileGraph(), options: DiagramOptions(edgeLabels: .both, groupBy: .state, legend: true))
}

@Test func randomLabelsRoundTripThroughCgraph() throws {
    var rng = SeededGenerator(seed: 20261122)
    for _ in 0..<60 {
        try expectRoundTrip(randomGraph(&rng))
    }
}

@Test func stringsOverGraphvizsLimitRoundTripWhole() throws {
    var g = Graph()
    let long = String(repeating: "Ж\"\\&", count: 6_000)  // 36,000 bytes before escaping
    g.add(Node(id: "person:" + String(repeating: "x", count: 20_000), kind: .person, label: long))
    try expectRoundTrip(g)
}

@Test func identifiersThatNeedQuotingKeepTheirNames() throws {
    let parsed = try GraphvizRenderer.shared.parse(dot: DOTWriter().write(hostileGraph()))
    for name in ["1digit", "graph", "person:a", "agreement:node"] {
        #expect(parsed.nodes[name] != nil, "\(name)")
    }
    // No DOT spelling ends in one backslash: that node gets a generated name and keeps its id.
    #expect(parsed.nodes.values.contains { $0["id"] == ElementID.node("trail\\") })
}

@Test func htmlTextEscapesMarkup() {
    #expect(DOT.htmlText("\"><script>alert(1)</script>") == "&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;")
    #expect(DOT.htmlText("a < b & c\nd") == "a &lt; b &amp; c<BR/>d")
}

@Test func elementIDsAreInjectiveAndCSSSafe() {
    #expect(ElementID.node("person:lena-varga") == "node-person_3Alena-varga")
    #expect(ElementID.node("a_3A") != ElementID.node("a:"))
    let id = ElementID.edge(Edge(source: "person:b", target: "person:a", type: .metWith, status: .planned, date: "2024-03").key)
    #expect(id == "edge-person_3Aa.met-with.person_3Ab.2024-03.planned")
    #expect(id.utf8.allSatisfy { DOT.isLetterOrDigit($0) || "-_.".utf8.contains($0) })
}
