import ArgumentParser
import Foundation
import ParleyCorpus
import ParleyExtraction
import ParleyGraph
import ParleyRender

struct BuildCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Extract a graph from a folder of articles (.txt, .html) and write JSON, DOT and SVG.",
        discussion: """
        Writes DIR/graph.json (the ONTOLOGY.md format), DIR/graph.dot and DIR/graph.svg, each
        atomically: a failed run never replaces an earlier good graph.

        Examples:
          parley build corpus --out graphs
          parley build ~/news --out out --jobs 2 --lexicon actors.yaml
        """
    )

    @Argument(help: "The corpus folder.")
    var corpus: String

    @Option(help: "Output folder.")
    var out: String = "graphs"

    @Option(help: "Worker threads for extraction (default: all cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "A YAML file of your own actors (see README).")
    var lexicon: String?

    @Flag(help: "Fail (exit 3) when any file was skipped or warned about.")
    var strict = false

    @Flag(help: "Print nothing but errors.")
    var quiet = false

    @Flag(help: "Skip the SVG rendering.")
    var noSVG = false

    func run() async throws {
        var lex = Lexicon.standard
        if let lexicon {
            do { lex.add(try UserLexicon(contentsOf: URL(fileURLWithPath: lexicon))) } catch { throw CLIError("\(error)") }
        }
        let builder = CorpusBuilder(extractor: Extractor(lexicon: lex), jobs: jobs)
        let started = Date()
        let result: CorpusBuilder.Result
        do { result = try await builder.build(corpus: URL(fileURLWithPath: corpus)) } catch {
            throw CLIError("\(error)")
        }
        for warning in result.warnings { warn(warning.description) }
        let outDir = URL(fileURLWithPath: out)
        let dot = DOTWriter().write(result.graph)
        try AtomicFile.write(result.graph.jsonData(), to: outDir.appendingPathComponent("graph.json"))
        try AtomicFile.write(dot, to: outDir.appendingPathComponent("graph.dot"))
        var outputs = ["graph.json", "graph.dot"]
        if !noSVG {
            do {
                let svg = try GraphvizRenderer.shared.render(dot: dot, engine: .dot, format: .svg)
                try AtomicFile.write(svg, to: outDir.appendingPathComponent("graph.svg"))
                outputs.append("graph.svg")
            } catch let error as GraphvizError {
                warn("\(outDir.appendingPathComponent("graph.svg").path): not written: \(error.description)")
            }
        }
        if !quiet {
            let g = result.graph
            let kinds = NodeKind.allCases.map { k in "\(g.nodes.filter { $0.kind == k }.count) \(k.rawValue)" }.joined(separator: ", ")
            let types = EdgeType.allCases.compactMap { t -> String? in
                let n = g.edges.filter { $0.type == t }.count
                return n > 0 ? "\(n) \(t.rawValue)" : nil
            }.joined(separator: ", ")
            let seconds = Date().timeIntervalSince(started)
            print("parley: \(result.documents) documents, \(result.skipped) skipped, \(result.warnings.count) warnings, \(String(format: "%.2f", seconds)) s")
            print("parley: nodes: \(kinds)")
            print("parley: edges: \(types.isEmpty ? "none" : types)")
            for name in outputs { print("parley: wrote \(outDir.appendingPathComponent(name).path)") }
        }
        if strict && !result.warnings.isEmpty { throw ExitCode(3) }
    }
}
