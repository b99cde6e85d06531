import ArgumentParser

@main
struct Parley: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parley",
        abstract: "Turn diplomatic news into a knowledge graph of who met, mediated, agreed and represents.",
        discussion: """
        Examples:
          parley build corpus --out graphs
          parley export --graph graphs/graph.json --format dot -o graph.dot
          parley export --format svg -o graph.svg

        Exit codes: 0 success; 1 failure (bad input, failed render, unreadable graph);
        64 usage error; 3 build finished but skipped files under --strict.
        """,
        version: "0.1.0",
        subcommands: [
            BuildCommand.self, ExportCommand.self, RenderCommand.self, EvalCommand.self, PathCommand.self,
            NeighborsCommand.self, BetweenCommand.self, ShowCommand.self, TopCommand.self, QueryCommand.self,
            ReportCommand.self, SynthCommand.self, BenchQueryCommand.self,
        ]
    )
}
