import ArgumentParser
import Foundation
import ParleyCorpus
import ParleyGraph
import ParleyRender

struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Draw a built graph as SVG, PNG or PDF, or lay it out as DOT or JSON, with Graphviz in-process.",
        discussion: """
        Nodes are styled by kind and edges by type (docs/rendering.md has the palette and the CSS classes).
        Files are written atomically: a failed render leaves no file behind.

        Examples:
          parley render -o graph.svg
          parley render --format pdf --group-by state --edge-labels both -o graph.pdf
          parley render --embed --id-prefix fig1- -o fig1.svg
          parley render --ego-all --hops 1 --out graphs/actors/
        """
    )

    @OptionGroup var graphOptions: GraphOptions

    @Option(help: "Output format: svg, png, pdf, dot (laid out, with positions) or json (Graphviz's JSON).")
    var format: OutputFormat = .svg

    @Option(name: [.short, .customLong("output")], help: "Output file (default: standard output).")
    var output: String?

    @Option(help: "Layout engine: dot, neato, fdp, sfdp, circo, twopi, osage, or auto (dot for small graphs, sfdp for large).")
    var engine: LayoutChoice = .auto

    @Option(help: "What edge labels say: none, type, date or both.")
    var edgeLabels: DiagramOptions.EdgeLabels = .none

    @Option(help: "Draw each person inside a box of the state it represents: state.")
    var groupBy: DiagramOptions.Grouping?

    @Flag(inversion: .prefixedNo, help: "Draw a key to the shapes, colours and lines.")
    var legend = true

    @Flag(help: "SVG for pasting into HTML: no XML prolog, DOCTYPE or comments.")
    var embed = false

    @Option(help: "Put before every element id (for several diagrams on one page).")
    var idPrefix = ""

    @Option(help: "Diagram title (the SVG's top-level <title>).")
    var title = "parley"

    @Flag(help: "Write one diagram per actor (person, state, organization) into --out.")
    var egoAll = false

    @Option(help: "With --ego-all: how many edges away from the actor a diagram reaches.")
    var hops = 1

    @Option(help: "With --ego-all: the output folder.")
    var out: String?

    func validate() throws {
        if egoAll {
            guard out != nil else { throw ValidationError("--ego-all needs --out DIR") }
            guard output == nil else { throw ValidationError("--ego-all writes into --out DIR, not -o FILE") }
            guard hops >= 0 else { throw ValidationError("--hops must be 0 or more") }
        } else if out != nil {
            throw ValidationError("--out is for --ego-all; use -o FILE for one diagram")
        }
        if embed && format != .svg { throw ValidationError("--embed applies to --format svg only") }
    }

    func run() throws {
        do {
            let engines: [LayoutEngine] = engine == .auto ? [.dot, .sfdp] : [engine.engine(nodes: 0, edges: 0)]
            try GraphvizRenderer.shared.checkPlugins(engines: engines, formats: [format])
        } catch { throw CLIError(error.description) }
        let graph = try graphOptions.load()
        let options = DiagramOptions(title: title, edgeLabels: edgeLabels, groupBy: groupBy, legend: legend, idPrefix: idPrefix)
        let writer = DOTWriter(options: options)
        guard egoAll, let out else {
            try emit(render(writer.diagram(graph)), to: output)
            return
        }
        var failures = 0
        var written = 0
        try EgoDiagrams(hops: hops, writer: writer).forEach(in: graph) { item in
            let url = URL(fileURLWithPath: out).appendingPathComponent("\(item.fileStem).\(format.rawValue)")
            do {
                try AtomicFile.write(render(item.diagram), to: url)
                written += 1
            } catch let error as CLIError {
                warn("\(url.path): not written: \(error.description)")
                failures += 1
            }
        }
        FileHandle.standardError.write(Data("parley: wrote \(written) diagrams to \(out)\n".utf8))
        if failures > 0 { throw CLIError("\(failures) of \(failures + written) diagrams failed") }
    }

    private func render(_ diagram: Diagram) throws -> [UInt8] {
        do {
            return try GraphvizRenderer.shared.render(diagram, layout: engine, format: format, embed: embed)
        } catch {
            throw CLIError(error.description)
        }
    }
}

extension OutputFormat: ExpressibleByArgument {}
extension DiagramOptions.EdgeLabels: ExpressibleByArgument {}
extension DiagramOptions.Grouping: ExpressibleByArgument {}

extension LayoutChoice: ExpressibleByArgument {
    public init?(argument: String) { self.init(name: argument) }
    public static var allValueStrings: [String] { LayoutEngine.allCases.map(\.rawValue) + ["auto"] }
    public var defaultValueDescription: String { name }
}
