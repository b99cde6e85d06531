import Foundation
import Testing
import ParleyGraph
@testable import ParleyRender

private func delegation() -> Graph {
    var g = Graph()
    for (id, kind, label) in [("person:ilves", NodeKind.person, "Tomas Ilves"), ("person:varga", .person, "Lena Varga"),
                              ("person:noone", .person, "No State"), ("state:estonia", .state, "Estonia"),
                              ("state:moldova", .state, "Moldova"), ("organization:osce", .organization, "OSCE"),
                              ("agreement:roadmap", .agreement, "Roadmap")] {
        g.add(Node(id: id, kind: kind, label: label))
    }
    g.add(Edge(source: "person:ilves", target: "state:estonia", type: .represents, evidence: [evidence("a")]))
    g.add(Edge(source: "person:varga", target: "state:moldova", type: .represents, evidence: [evidence("b")]))
    g.add(Edge(source: "person:ilves", target: "person:varga", type: .metWith, date: "2024-03-03", evidence: [evidence("c")]))
    g.add(Edge(source: "organization:osce", target: "person:varga", type: .mediated, evidence: [evidence("d")]))
    g.add(Edge(source: "person:varga", target: "agreement:roadmap", type: .agreedTo, status: .planned, evidence: [evidence("e")]))
    g.add(Edge(source: "person:noone", target: "organization:osce", type: .represents, evidence: [evidence("f")]))
    return g
}

@Test func groupByStateDrawsEachPersonInsideItsStatesCluster() throws {
    let dot = DOTWriter(options: DiagramOptions(edgeLabels: .both, groupBy: .state)).write(delegation())
    let parsed = try GraphvizRenderer.shared.parse(dot: dot)
    let clusters = parsed.subgraphs.filter { $0.key.hasPrefix("cluster") }
    #expect(clusters.count == 2)
    let members = Set(clusters.values.map(\.nodes))
    #expect(members == [["person:ilves", "state:estonia"], ["person:varga", "state:moldova"]])
    #expect(clusters.values.allSatisfy { $0.attributes["class"] == "cluster-state" })
    // Renders with dot despite labelled edges among clusters (which crash Graphviz 2.43 as `label`).
    let svg = try GraphvizRenderer.shared.render(DOTWriter(options: DiagramOptions(edgeLabels: .both, groupBy: .state)).diagram(delegation()))
    let document = try xml(svg)
    #expect(try elements(document, "//*[local-name()='g'][contains(@class, 'cluster-state')]").count == 2)
}

@Test func edgeLabelsSayTypeDateOrBoth() throws {
    func labels(_ choice: DiagramOptions.EdgeLabels) throws -> Set<String> {
        let parsed = try GraphvizRenderer.shared.parse(dot: DOTWriter(options: DiagramOptions(edgeLabels: choice)).write(delegation()))
        return Set(parsed.edges.compactMap { $0.attributes["label"] })
    }
    #expect(try labels(.none).isEmpty)
    #expect(try labels(.date) == ["2024-03-03"])
    #expect(try labels(.type).contains("mediated"))
    #expect(try labels(.both).contains("met-with 2024-03-03"))
}

@Test func legendNamesTheKindsTypesAndStatusesInUse() throws {
    let dot = DOTWriter(options: DiagramOptions(legend: true)).write(delegation())
    for phrase in ["person (ellipse)", "state (rounded box)", "agreement (note)", "met-with (no arrowhead)",
                   "mediated (diamond)", "planned"] {
        #expect(dot.contains(phrase), "\(phrase)")
    }
    #expect(!dot.contains("reported"))
    #expect(!dot.contains("accused"))
    let parsed = try GraphvizRenderer.shared.parse(dot: dot)
    #expect(parsed.nodes["_legend"]?["class"] == "legend")
}

@Test func egoNetworkFollowsEdgesBothWays() {
    let g = delegation()
    let one = g.subgraph(around: "person:varga", hops: 1)
    #expect(Set(one.nodesByID.keys) == ["person:varga", "person:ilves", "state:moldova", "organization:osce", "agreement:roadmap"])
    #expect(one.edgeCount == 4)
    let two = g.subgraph(around: "person:varga", hops: 2)
    #expect(two.nodeCount == 7)
    #expect(g.subgraph(around: "person:varga", hops: 0).nodeCount == 1)
    #expect(g.subgraph(around: "person:nobody", hops: 3).nodeCount == 0)
    #expect(g.subgraph(nodes: ["person:ilves", "person:varga", "state:none"]).edgeCount == 1)
}

@Test func egoDiagramsWriteOneFilePerActor() throws {
    let g = delegation()
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("parley-ego-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: dir) }
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    var centres: [String] = []
    try EgoDiagrams(hops: 1).forEach(in: g) { item in
        centres.append(item.actor.id)
        #expect(item.diagram.dot.contains("class=\"node-\(item.actor.kind.rawValue) highlighted\""))
        let svg = try GraphvizRenderer.shared.render(item.diagram, layout: .auto, format: .svg)
        try Data(svg).write(to: dir.appendingPathComponent("\(item.fileStem).svg"))
    }
    let files = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
    #expect(centres == ["organization:osce", "person:ilves", "person:noone", "person:varga", "state:estonia", "state:moldova"])
    #expect(files == ["organization-osce.svg", "person-ilves.svg", "person-noone.svg", "person-varga.svg",
                      "state-estonia.svg", "state-moldova.svg"])
}

@Test func fileStemsStayUniqueForAnyID() {
    var taken = Set<String>()
    #expect(EgoDiagrams.fileStem(for: "person:a-b", taken: &taken) == "person-a-b")
    #expect(EgoDiagrams.fileStem(for: "person-a:b", taken: &taken) == "person-a-b-2")
    #expect(EgoDiagrams.fileStem(for: "../etc/passwd", taken: &taken) == "_2E_2E_2Fetc_2Fpasswd")
}

@Test func autoPicksDotForSmallGraphsAndSfdpForLarge() {
    #expect(LayoutChoice.auto.engine(nodes: 50, edges: 100) == .dot)
    #expect(LayoutChoice.auto.engine(nodes: 5_000, edges: 12_000) == .sfdp)
    #expect(LayoutChoice.auto.engine(nodes: 100, edges: 5_000) == .sfdp)
    #expect(LayoutChoice(name: "neato") == .engine(.neato))
    #expect(LayoutChoice(name: "nope") == nil)
}

@Test func unknownEngineAndBrokenGraphThrowTypedErrors() {
    #expect(throws: GraphvizError.self) { try GraphvizRenderer.shared.render(dot: "digraph { a -> }", engine: .neato) }
    do {
        _ = try GraphvizRenderer.shared.render(dot: "graph { a -> b }")
        Issue.record("expected an error")
    } catch {
        #expect(!error.message.isEmpty)
    }
    #expect(throws: Never.self) { try GraphvizRenderer.shared.checkPlugins() }
}
