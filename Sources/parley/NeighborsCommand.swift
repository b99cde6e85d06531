import ArgumentParser
import ParleyQuery

struct NeighborsCommand: QuestionCommand {
    static let configuration = CommandConfiguration(
        commandName: "neighbors",
        abstract: "Whom has A dealt with? The actors within K hops and the edges among them.",
        discussion: """
        Examples:
          parley neighbors Varga
          parley neighbors Varga --hops 2 --types met-with --since 2023-01-01
          parley neighbors Moldova --as-states --json
        """
    )

    @Argument(help: "The actor at the centre: an id, name, alias or surname.")
    var actor: String

    @Option(help: "How many hops out.")
    var hops = 1

    @OptionGroup var options: QuestionOptions

    func answer(in session: QuerySession, filter: EdgeFilter) throws -> any QueryAnswer {
        try Query(session, filter: filter).neighborhood(of: actor, hops: hops)
    }
}
