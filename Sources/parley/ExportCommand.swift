import ArgumentParser
import ParleyRender

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write a built graph as JSON, DOT or SVG.",
        discussion: """
        Examples:
          parley export --format json
          parley export --graph graphs/graph.json --format svg -o graph.svg
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case json, dot, svg }

    @OptionGroup var graphOptions: GraphOptions

    @Option(help: "Output format: json, dot or svg.")
    var format: Format = .json

    @Option(name: [.short, .customLong("output")], help: "Output file (default: standard output).")
    var output: String?

    func run() throws {
        let graph = try graphOptions.load()
        switch format {
        case .json: try emit(graph.jsonData(), to: output)
        case .dot: try emit(DOTWriter().bytes(graph), to: output)
        case .svg: try emit(try defaultSVG(graph), to: output)
        }
    }
}
