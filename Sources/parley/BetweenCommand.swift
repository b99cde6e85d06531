import ArgumentParser
import ParleyQuery

struct BetweenCommand: QuestionCommand {
    static let configuration = CommandConfiguration(
        commandName: "between",
        abstract: "What lies between A and B? Direct edges, who dealt with both, who mediated between them.",
        discussion: """
        Examples:
          parley between Varga Ilves
          parley between Armenia Azerbaijan --as-states --types met-with
        """
    )

    @Argument(help: "One actor: an id, name, alias or surname.")
    var a: String

    @Argument(help: "The other actor.")
    var b: String

    @OptionGroup var options: QuestionOptions

    func answer(in session: QuerySession, filter: EdgeFilter) throws -> any QueryAnswer {
        try Query(session, filter: filter).between(a, b)
    }
}
