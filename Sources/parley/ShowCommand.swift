import ArgumentParser
import ParleyQuery

struct ShowCommand: QuestionCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Who is A? Label, kind, aliases, affiliations and edges by type with evidence.",
        discussion: """
        Examples:
          parley show Varga
          parley show "state:moldova" --types met-with --since 2024 --json
        """
    )

    @Argument(help: "The actor: an id, name, alias or surname.")
    var actor: String

    @OptionGroup var options: QuestionOptions

    func answer(in session: QuerySession, filter: EdgeFilter) throws -> any QueryAnswer {
        try Query(session, filter: filter).card(for: actor)
    }
}
