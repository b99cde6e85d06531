import ArgumentParser
import Foundation
import ParleyCorpus
import ParleyRender
import ParleyReport

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write a report of a built graph: one self-contained HTML page, or Markdown with its SVGs beside it.",
        discussion: """
        The report has an overview diagram and counts, the key actors and brokers, a section per
        actor with its diagram and evidence, the agreements, a timeline, and the paths asked for
        with --path. See docs/reports.md.

        Examples:
          parley report --out graphs/report.html
          parley report --actors 5 --path "Aliyev:Pashinyan" --path "Qatar:Chad"
          parley report --format markdown --out graphs/report.md
        """
    )

    enum FileFormat: String, CaseIterable, ExpressibleByArgument {
        case html, markdown
    }

    @OptionGroup var graphOptions: GraphOptions

    @Option(help: "The report file (default: graphs/report.html, or graphs/report.md for Markdown).")
    var out: String?

    @Option(help: "html or markdown (default: markdown when --out ends in .md, else html).")
    var format: FileFormat?

    @Option(help: "How many actors get a section, most counterparts first; 0 for every actor.")
    var actors = 20

    @Option(name: .customLong("path"), help: ArgumentHelp("A path to explain, as \"A:B\" (names, aliases or ids); repeatable.", valueName: "A:B"))
    var paths: [String] = []

    @Option(help: "How many edges away from the actor an actor's diagram reaches.")
    var hops = 1

    @Option(help: "The report's title.")
    var title = "Parley report"

    func validate() throws {
        if actors < 0 { throw ValidationError("--actors must be 0 or more") }
        if hops < 0 { throw ValidationError("--hops must be 0 or more") }
    }

    var resolvedFormat: FileFormat { format ?? (out?.lowercased().hasSuffix(".md") == true ? .markdown : .html) }

    func run() throws {
        do {
            try GraphvizRenderer.shared.checkPlugins(engines: [.dot, .sfdp], formats: [.svg])
        } catch { throw CLIError(error.description) }
        let graph = try graphOptions.load()
        let options = ReportOptions(title: title, actorLimit: actors == 0 ? nil : actors, paths: paths, hops: hops)
        let report: Report
        do { report = try ReportBuilder(options: options).build(graph) } catch { throw CLIError(error.description) }
        let format = resolvedFormat
        let path = out ?? (format == .html ? "graphs/report.html" : "graphs/report.md")
        let url = URL(fileURLWithPath: path)
        switch format {
        case .html:
            try AtomicFile.write(Array(HTMLReportWriter().write(report).utf8), to: url)
        case .markdown:
            let markdown = MarkdownReportWriter(filePrefix: url.deletingPathExtension().lastPathComponent).write(report)
            let folder = url.deletingLastPathComponent()
            for file in markdown.files {
                try AtomicFile.write(Array(file.svg.utf8), to: folder.appendingPathComponent(file.name))
            }
            try AtomicFile.write(Array(markdown.text.utf8), to: url)
        }
        warn("wrote \(path) (\(report.actors.count) actors, \(report.agreements.count) agreements, \(report.timeline.count) events, \(report.paths.count) paths)")
    }
}
