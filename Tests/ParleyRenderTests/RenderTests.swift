import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import ParleyGraph
@testable import ParleyRender

@Test func dotIdentifiersAreQuotedWhenNeeded() {
    #expect(DOT.id("abc_1") == "abc_1")
    #expect(DOT.id("1abc") == "\"1abc\"")
    #expect(DOT.id("graph") == "\"graph\"")
    #expect(DOT.id("Node") == "\"Node\"")
    #expect(DOT.id("a-b") == "\"a-b\"")
    #expect(DOT.id("trail\\") == "\"trail\u{2216}\"")
    #expect(!DOT.isRepresentableID("trail\\"))
    #expect(DOT.escString("say \"hi\"\nthen") == "\"say \\\"hi\\\"\\nthen\"")
}

@Test func overlongStringsAreSplitIntoConcatenatedPieces() throws {
    let long = String(repeating: "é\"", count: 12_000)
    let written = DOT.escString(long)
    let pieces = written.split(separator: "\" + \"", omittingEmptySubsequences: false)
    #expect(pieces.count > 1)
    #expect(pieces.allSatisfy { $0.utf8.count <= DOT.maxStringLength + 1 })
    let counts = try GraphvizRenderer.shared.count(dot: "digraph { a [label=\(written)] }")
    #expect(counts.nodes == 1)
}

@Test func writtenDOTIsReadBackByCgraphWithSameCounts() throws {
    let g = hostileGraph()
    let counts = try GraphvizRenderer.shared.count(dot: DOTWriter().write(g))
    #expect(counts.nodes == g.nodeCount)
    #expect(counts.edges == g.edgeCount)
}

@Test func svgIsWellFormedWithEveryLabelEscaped() throws {
    let g = hostileGraph()
    let svg = try GraphvizRenderer.shared.render(dot: DOTWriter().write(g), engine: .dot, format: .svg)
    let text = String(decoding: svg, as: UTF8.self)
    let document = try XMLDocument(data: Data(svg))
    let groups = try document.nodes(forXPath: "//*[local-name()='g'][@class and contains(@class, 'node')]")
    #expect(groups.count == g.nodeCount)
    #expect(!text.contains("<script>"))
    #expect(text.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
    #expect(text.contains("Back\\slash\\"))
}

@Test func pngAndPDFStartWithTheirMagicBytes() throws {
    let dot = DOTWriter().write(hostileGraph())
    let png = try GraphvizRenderer.shared.render(dot: dot, format: .png)
    #expect(Array(png.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
    let pdf = try GraphvizRenderer.shared.render(dot: dot, format: .pdf)
    #expect(Array(pdf.prefix(5)) == Array("%PDF-".utf8))
}

@Test func brokenDOTThrowsGraphvizErrorWithItsMessage() {
    do {
        _ = try GraphvizRenderer.shared.render(dot: "digraph { a -> ; }")
        Issue.record("expected an error")
    } catch {
        #expect(error.stage == .parse)
        #expect(error.message.contains("syntax error"))
    }
    // The gate and context survive the error.
    #expect((try? GraphvizRenderer.shared.render(dot: "digraph { a -> b }")) != nil)
}

@Test func renderingIsDeterministic() throws {
    let dot = DOTWriter().write(hostileGraph())
    let first = try GraphvizRenderer.shared.render(dot: dot)
    let second = try GraphvizRenderer.shared.render(dot: dot)
    #expect(first == second)
}

@Test func layoutPluginsArePresent() {
    let engines = GraphvizRenderer.shared.plugins(kind: "layout")
    #expect(engines.contains { $0.hasPrefix("dot") })
}

@Test func styleMarksStatusAndEvidenceWeight() {
    let style = DiagramStyle.okabeIto
    #expect(style.lineStyle(for: .planned) == "dashed")
    #expect(style.lineStyle(for: .reported) == "dotted")
    #expect(style.penWidth(evidenceCount: 8) > style.penWidth(evidenceCount: 1))
    let dot = DOTWriter().write(hostileGraph())
    #expect(dot.contains("style=dashed"))
    #expect(dot.contains("style=dotted"))
    #expect(dot.contains("dir=none"))
}
