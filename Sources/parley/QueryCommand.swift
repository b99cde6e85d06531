import ArgumentParser
import Foundation
import ParleyQuery

struct QueryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "query",
        abstract: "Answer many questions for one load: one per line in, one JSON line out.",
        discussion: """
        Each line is a question in the CLI's own words, without `parley`: `path A B --k 3`,
        `neighbors A --hops 2`, `between A B`, `show A`, `top --by degree`. Quote names with
        spaces as in a shell. Every other line gets exactly one line of JSON on standard
        output: the answer as with --json, or {"error": "…", "line": N}. Blank lines and lines
        starting with # are skipped. A line without --graph asks the batch's graph.

        Examples:
          parley query --batch questions.txt
          printf 'path Varga Ilves\\nshow Varga\\n' | parley query --batch -
        """
    )

    @Option(help: "The file of questions, or - for standard input.")
    var batch: String

    @OptionGroup var graphOptions: GraphOptions

    func run() throws {
        let text: String
        if batch == "-" {
            text = String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
        } else {
            guard let data = FileManager.default.contents(atPath: batch) else { throw CLIError("\(batch): cannot be read") }
            text = String(decoding: data, as: UTF8.self)
        }
        var sessions: [String: QuerySession] = [:]
        let out = FileHandle.standardOutput
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            out.write(Data(answer(trimmed, line: number + 1, sessions: &sessions)))
        }
        sessions.values.forEach(keepUntilExit)
    }

    /// The JSON line for one question: its answer or its error.
    func answer(_ line: String, line number: Int, sessions: inout [String: QuerySession]) -> [UInt8] {
        do {
            var words = try shellWords(line)
            if words.first == "parley" { words.removeFirst() }
            let questions: [any QuestionCommand.Type] = [PathCommand.self, NeighborsCommand.self, BetweenCommand.self,
                                                         ShowCommand.self, TopCommand.self]
            guard let name = words.first, questions.contains(where: { $0.configuration.commandName == name }) else {
                throw CLIError("only path, neighbors, between, show and top can be asked in a batch")
            }
            if !words.contains("--graph") && !words.contains(where: { $0.hasPrefix("--graph=") }) {
                words += ["--graph", graphOptions.graph]
            }
            // The subcommand's own parser: the same grammar as `parley NAME …`, without
            // walking the whole command tree for every line.
            let type = questions.first { $0.configuration.commandName == name }!
            let question = try type.parse(Array(words.dropFirst()))
            let path = question.options.graph.graph
            let session = try sessions[path] ?? question.options.graph.session()
            sessions[path] = session
            let answer = try question.ask(session)
            if let drawing = question.options.output.render {
                try emit(try question.options.output.draw(answer, as: drawing), to: question.options.output.output)
            }
            return answer.jsonData()
        } catch {
            let message = (error as? CLIError)?.description ?? Parley.message(for: error)
            return ErrorJSON.line(message.split(separator: "\n").first.map(String.init) ?? message, line: number)
        }
    }
}

/// Splits a line into words as a POSIX shell would for plain words, 'single' and "double"
/// quotes and backslash escapes; no expansion of any kind.
func shellWords(_ line: String) throws -> [String] {
    var words: [String] = []
    var word = ""
    var inWord = false
    var quote: Character?
    var escaped = false
    for c in line {
        if escaped {
            word.append(c)
            escaped = false
        } else if let q = quote {
            if c == q { quote = nil } else if c == "\\" && q == "\"" { escaped = true } else { word.append(c) }
        } else if c == "'" || c == "\"" {
            quote = c
            inWord = true
        } else if c == "\\" {
            escaped = true
            inWord = true
        } else if c == " " || c == "\t" {
            if inWord { words.append(word) }
            word = ""
            inWord = false
        } else {
            word.append(c)
            inWord = true
        }
    }
    if quote != nil || escaped { throw CLIError("unterminated quote or escape") }
    if inWord { words.append(word) }
    return words
}
