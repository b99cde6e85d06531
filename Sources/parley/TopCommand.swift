import ArgumentParser
import ParleyGraph
import ParleyQuery

struct TopCommand: QuestionCommand {
    static let configuration = CommandConfiguration(
        commandName: "top",
        abstract: "Who are the key actors and brokers? Ranking by degree or betweenness.",
        discussion: """
        Degree counts distinct neighbours. Betweenness is normalised as networkx does; on graphs
        of more than 5,000 nodes it is estimated from 500 sampled sources unless --samples says.

        Examples:
          parley top --by degree --kind person
          parley top --by betweenness --types met-with,mediated --limit 20
        """
    )

    @Option(help: "degree or betweenness.")
    var by: Ranking.Measure = .degree

    @Option(help: "List only these kinds, comma-separated (the whole graph is still used).")
    var kind: String?

    @Option(help: "How many actors to list.")
    var limit = 10

    @Option(help: "Betweenness from this many sampled sources (default: exact up to 5,000 nodes, else 500).")
    var samples: Int?

    @Option(help: "Seed for the betweenness sample.")
    var seed: UInt64 = 1

    @OptionGroup var options: QuestionOptions

    func answer(in session: QuerySession, filter: EdgeFilter) throws -> any QueryAnswer {
        let kinds: Set<NodeKind>? = try names(kind, "--kind")
        return try Query(session, filter: filter)
            .ranking(by: by, kinds: kinds, limit: limit, samples: samples, seed: seed)
    }
}

extension Ranking.Measure: ExpressibleByArgument {}
