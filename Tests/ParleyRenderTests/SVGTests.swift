import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import ParleyGraph
@testable import ParleyRender

private func svg(_ graph: Graph, options: DiagramOptions = DiagramOptions(), layout: LayoutChoice = .engine(.dot),
                 embed: Bool = false) throws -> (bytes: [UInt8], document: XMLDocument, diagram: Diagram) {
    let diagram = DOTWriter(options: options).diagram(graph)
    let bytes = try GraphvizRenderer.shared.render(diagram, layout: layout, format: .svg, embed: embed)
    return (bytes, try xml(bytes), diagram)
}

/// The lines of text a node group draws (Graphviz draws no empty line).
private func drawnText(_ group: XMLElement) throws -> [String] {
    try group.nodes(forXPath: ".//*[local-name()='text']").map { $0.stringValue ?? "" }
}

/// The lines a label should be drawn as.
private func lines(_ label: String) -> [String] {
    shown(label).split(separator: "\n").map(String.init)
}

@Test func svgHasOneGroupAndTitlePerNodeAndEdgeWithTheirTooltips() throws {
    let graph = hostileGraph()
    let (_, document, diagram) = try svg(graph)
    let nodes = try elements(document, "//*[local-name()='g'][contains(concat(' ', @class, ' '), ' node ')]")
    let edges = try elements(document, "//*[local-name()='g'][contains(concat(' ', @class, ' '), ' edge ')]")
    #expect(nodes.count == graph.nodeCount)
    #expect(edges.count == graph.edgeCount)
    for group in nodes + edges {
        let id = attribute(group, "id") ?? ""
        let titles = try group.nodes(forXPath: "./*[local-name()='title']")
        #expect(titles.count == 1, "\(id)")
        #expect(titles.first?.stringValue == shown(diagram.tooltips[id] ?? "missing"), "\(id)")
    }
    for node in graph.nodes {
        let group = nodes.first { attribute($0, "id") == ElementID.node(node.id) }
        #expect(try group.map(drawnText) == lines(node.label), "\(node.id)")
        #expect(attribute(group, "class") == "node node-\(node.kind.rawValue)")
    }
}

@Test func markupInLabelsStaysText() throws {
    let (bytes, document, _) = try svg(hostileGraph(), options: DiagramOptions(edgeLabels: .both, legend: true))
    let text = String(decoding: bytes, as: UTF8.self)
    #expect(!text.contains("<script"))
    #expect(try elements(document, "//*[local-name()='script']").isEmpty)
    #expect(text.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
}

@Test func randomLabelsGiveWellFormedSVGShowingEveryLabel() throws {
    var rng = SeededGenerator(seed: 4)
    for _ in 0..<12 {
        let graph = randomGraph(&rng, nodes: 5)
        let (_, document, _) = try svg(graph, options: DiagramOptions(edgeLabels: .both, legend: true))
        for node in graph.nodes {
            let group = try elements(document, "//*[local-name()='g'][@id='\(ElementID.node(node.id))']").first
            #expect(try group.map(drawnText) == lines(node.label), "\(node.label.debugDescription)")
        }
    }
}

@Test func embeddedSVGHasNoPrologScriptOrReferenceAndKeepsItsViewBox() throws {
    let (bytes, document, _) = try svg(hostileGraph(), options: DiagramOptions(legend: true), embed: true)
    let text = String(decoding: bytes, as: UTF8.self)
    #expect(text.hasPrefix("<svg "))
    for banned in ["<?xml", "<!DOCTYPE", "<!--", "<script", "href", "<image", "url("] {
        #expect(!text.contains(banned), "\(banned)")
    }
    #expect(attribute(document.rootElement(), "viewBox") != nil)
}

@Test func idPrefixSeparatesDiagramsOnOnePage() throws {
    let (_, document, _) = try svg(hostileGraph(), options: DiagramOptions(idPrefix: "fig2-"))
    let ids = try elements(document, "//*[local-name()='g'][@class]").compactMap { attribute($0, "id") }
    #expect(!ids.isEmpty && ids.allSatisfy { $0.hasPrefix("fig2-") })
}

@Test func everyEngineButFdpIsDeterministicWithItsSeed() throws {
    let diagram = DOTWriter().diagram(SyntheticGraph.make(nodes: 30, seed: 3))
    // Graphviz 2.43's fdp varies between renders in one process (a fresh process repeats
    // itself); docs/rendering.md says so.
    for engine in LayoutEngine.allCases where engine != .fdp {
        let first = try GraphvizRenderer.shared.render(diagram, layout: .engine(engine))
        let second = try GraphvizRenderer.shared.render(diagram, layout: .engine(engine))
        #expect(first == second, "\(engine)")
    }
}

@Test func laidOutDOTAndJSONCarryPositions() throws {
    let diagram = DOTWriter().diagram(hostileGraph())
    let dot = String(decoding: try GraphvizRenderer.shared.render(diagram, format: .dot), as: UTF8.self)
    #expect(dot.contains("pos="))
    let json = try GraphvizRenderer.shared.render(diagram, format: .json)
    #expect(try JSONSerialization.jsonObject(with: Data(json)) is [String: Any])
}
