import ArgumentParser
import ParleyQuery

struct PathCommand: QuestionCommand {
    static let configuration = CommandConfiguration(
        commandName: "path",
        abstract: "How is A connected to B? Shortest path(s), each hop with its evidence.",
        discussion: """
        Examples:
          parley path "Lena Varga" Ilves
          parley path Varga Ilves --all
          parley path Varga Ilves --k 3 --types met-with,mediated --since 2023
          parley path Varga Ilves --max-length 3 --json
          parley path Varga Ilves --render svg -o path.svg
        """
    )

    @Argument(help: "Where the path starts: an id, name, alias or surname.")
    var from: String

    @Argument(help: "Where the path ends.")
    var to: String

    @Flag(help: "Every shortest path (up to --limit).")
    var all = false

    @Option(help: "The N shortest simple paths.")
    var k: Int?

    @Option(help: "Every simple path of at most L hops (up to --limit).")
    var maxLength: Int?

    @Option(help: "Most paths listed by --all and --max-length.")
    var limit = 100

    @OptionGroup var options: QuestionOptions

    func validate() throws {
        if [all, k != nil, maxLength != nil].filter({ $0 }).count > 1 {
            throw ValidationError("choose one of --all, --k and --max-length")
        }
        if let k, k < 1 { throw ValidationError("--k must be 1 or more") }
        if let maxLength, maxLength < 0 { throw ValidationError("--max-length must be 0 or more") }
        if limit < 1 { throw ValidationError("--limit must be 1 or more") }
    }

    func answer(in session: QuerySession, filter: EdgeFilter) throws -> any QueryAnswer {
        let mode: Query.PathMode
        if all {
            mode = .allShortest(limit: limit)
        } else if let k {
            mode = .kShortest(k)
        } else if let maxLength {
            mode = .upTo(hops: maxLength, limit: limit)
        } else {
            mode = .shortest
        }
        return try Query(session, filter: filter).paths(from: from, to: to, mode: mode)
    }
}
