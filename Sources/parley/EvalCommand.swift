import ArgumentParser
import Foundation
import ParleyEval
import ParleyGraph

struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Score a built graph against a gold file (EVALUATION.md).",
        discussion: """
        Prints precision, recall and F1 per scored edge type and per document, corpus-wide F1,
        dates correct, merges, splits, negatives hit, and the missed and false edges.

        Examples:
          parley eval --gold corpus/gold.json
          parley eval --graph graphs/graph.json --gold corpus/gold.json --split test --min-f1 0.6
        """
    )

    @OptionGroup var graphOptions: GraphOptions

    @Option(help: "The gold file.")
    var gold: String = "corpus/gold.json"

    @Option(help: "Score only the documents of this split, as listed in splits.json beside the gold file.")
    var split: String?

    @Option(help: "Exit with status 1 when corpus-wide edge F1 is below this.")
    var minF1: Double?

    @Flag(help: "Only the summary, without the lists of missed and false edges.")
    var brief = false

    func run() throws {
        let graph = try graphOptions.load()
        guard let data = FileManager.default.contents(atPath: gold) else { throw CLIError("\(gold): cannot be read") }
        let goldGraph: Gold
        do { goldGraph = try Gold(json: [UInt8](data)) } catch { throw CLIError("\(gold): \(error.description)") }
        var include: (String) -> Bool = { _ in true }
        if let split {
            let path = URL(fileURLWithPath: gold).deletingLastPathComponent().appendingPathComponent("splits.json").path
            guard let splitData = FileManager.default.contents(atPath: path),
                  let root = try? JSONParser.parse([UInt8](splitData)),
                  let docs = root[split]?.arrayValue?.compactMap(\.stringValue) else {
                throw CLIError("\(path): no split named '\(split)'")
            }
            include = { file in docs.contains { Evaluation.docMatches(file, $0) } }
        }
        let evaluation = Evaluation(graph: graph, gold: goldGraph, include: include)
        print(evaluation.report(verbose: !brief), terminator: "")
        if let minF1, evaluation.overall.f1 < minF1 {
            throw CLIError(String(format: "corpus-wide F1 %.3f is below --min-f1 %.3f", evaluation.overall.f1, minF1))
        }
    }
}
