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
        Writes DIR/graph.json (the ONTOLOGY.md format), DIR/graph.dot and DIR/graph.svg, all
        atomically: a failed or interrupted run never replaces an earlier good graph.

        Builds are incremental: DIR/.parley-manifest.json and DIR/.parley-cache/ remember each
        article, so a re-run reads only new and changed files (see docs/building.md).

        A file that cannot be used (binary, empty, too large, unreadable, a link loop) gets a
        one-line warning and is left out; the build goes on. Exit codes: 0 built; 1 failed;
        3 built, but with warnings, under --strict; 64 usage error.

        Examples:
          parley build corpus --out graphs
          parley build ~/news --out out --jobs 2 --lexicon actors.yaml --strict
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

    @Flag(help: "Exit with status 3 when any file was skipped or warned about.")
    var strict = false

    @Flag(name: [.short, .long], help: "Print nothing but warnings and errors: no progress, no summary.")
    var quiet = false

    @Flag(help: "Skip the SVG rendering.")
    var noSVG = false

    @Flag(help: "Extract every article again and keep no manifest or cache.")
    var noCache = false

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
    }

    func run() async throws {
        let started = Date()
        var lex = Lexicon.standard
        var lexiconBytes: [UInt8]?
        if let lexicon {
            do {
                let url = URL(fileURLWithPath: lexicon)
                lex.add(try UserLexicon(contentsOf: url))
                lexiconBytes = try [UInt8](Data(contentsOf: url))
            } catch { throw CLIError("\(error)") }
        }
        let builder = CorpusBuilder(extractor: Extractor(lexicon: lex), jobs: jobs)
        var outputs: [IncrementalBuild.Output] = [.json, .init(name: "graph.dot") { DOTWriter().bytes($0) }]
        if !noSVG {
            outputs.append(.init(name: "graph.svg", render: defaultSVG))
        }
        let outDir = URL(fileURLWithPath: out)
        let build = IncrementalBuild(
            builder: builder, outputDirectory: outDir, outputs: outputs,
            fingerprint: ExtractorFingerprint.make(userLexicon: lexiconBytes, maxFileBytes: builder.maxFileBytes),
            remember: !noCache)
        let progress = quiet ? nil : BuildProgress(isTerminal: BuildProgress.standardErrorIsTerminal) { text in
            FileHandle.standardError.write(Data(text.utf8))
        }
        let report: IncrementalBuild.Report
        do { report = try await build.run(corpus: URL(fileURLWithPath: corpus), progress: progress?.handler) } catch {
            progress?.finish()
            throw CLIError("\(error)")
        }
        progress?.finish()
        for warning in report.counts.warnings { warn("warning: \(corpus)/\(warning)") }
        for (name, reason) in report.failedOutputs { warn("\(outDir.appendingPathComponent(name).path): not written: \(reason)") }
        if !quiet { print(summary(report, seconds: Date().timeIntervalSince(started)), terminator: "") }
        if strict && !report.counts.warnings.isEmpty { throw ExitCode(3) }
    }

    func summary(_ r: IncrementalBuild.Report, seconds: Double) -> String {
        let c = r.counts
        let kinds = NodeKind.allCases.map { "\(r.nodeCounts[$0.rawValue] ?? 0) \($0.rawValue)" }.joined(separator: ", ")
        let types = EdgeType.allCases.compactMap { t in r.edgeCounts[t.rawValue].map { "\($0) \(t.rawValue)" } }.joined(separator: ", ")
        let mb = Double(c.bytes) / 1_048_576
        var text = "parley: \(c.documents) documents, \(c.skipped) skipped, \(c.warnings.count) warnings, "
        text += String(format: "%.2f s\n", seconds)
        if r.upToDate {
            text += "parley: nothing changed since the last build\n"
        } else {
            text += "parley: \(c.extracted) extracted, \(c.reused) unchanged; "
            let perSecond = 1 / max(r.extractionSeconds, 1e-6)
            text += String(format: "%.2f MB, %d words in the graph; extraction %.2f s, %.2f MB/s\n", mb, c.words,
                           r.extractionSeconds, Double(c.extractedBytes) / 1_048_576 * perSecond)
        }
        text += "parley: nodes: \(kinds)\n"
        text += "parley: edges: \(types.isEmpty ? "none" : types)\n"
        for url in r.outputs { text += "parley: \(r.upToDate ? "up to date" : "wrote") \(url.path)\n" }
        return text
    }
}
