import Foundation
import ParleyQuery
import Testing
@testable import parley

/// The example graph of docs/queries.md, which these tests also keep honest.
private let exampleGraph = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("../../docs/examples/graph.json").standardized.path

private func lines(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }

/// Command parsing goes through swift-argument-parser's shared state, which crashed once when
/// these tests parsed in parallel; they run one after another.
@Suite(.serialized) struct CommandTests {
    @Test func batchLinesAreParsedByTheCommandsThemselves() throws {
        let batch = try QueryCommand.parse(["--batch", "-", "--graph", exampleGraph])
        var sessions: [String: QuerySession] = [:]
        let path = lines(batch.answer("path Varga Ilves --json", line: 1, sessions: &sessions))
        #expect(path.hasPrefix("{\"paths\": [{\"nodes\": [\"person:lena-varga\", \"person:tomas-ilves\"]"))
        let quoted = lines(batch.answer("neighbors \"Lena Varga\" --hops 1 --types met-with", line: 2, sessions: &sessions))
        #expect(quoted.hasPrefix("{\"center\": \"person:lena-varga\", \"hops\": 1"))
        #expect(sessions.count == 1)  // one load for both
        let unknown = lines(batch.answer("show Nobody", line: 3, sessions: &sessions))
        #expect(unknown == "{\"error\": \"unknown actor 'Nobody'\", \"line\": 3}\n")
        let notAQuestion = lines(batch.answer("build corpus", line: 4, sessions: &sessions))
        #expect(notAQuestion.contains("only path, neighbors, between, show and top"))
        let badOption = lines(batch.answer("top --by fame", line: 5, sessions: &sessions))
        #expect(badOption.hasPrefix("{\"error\": ") && badOption.hasSuffix("\"line\": 5}\n"))
    }

    @Test func shellWordsSplitLikeAShell() throws {
        #expect(try shellWords(#"path "Lena Varga" 'Tomas Ilves' --k 2"#) == ["path", "Lena Varga", "Tomas Ilves", "--k", "2"])
        #expect(try shellWords(#"show O\'Neil "say \"hi\"""#) == ["show", "O'Neil", "say \"hi\""])
        #expect(try shellWords("  neighbors\tX  ") == ["neighbors", "X"])
        #expect(throws: CLIError.self) { try shellWords("show \"open") }
    }

    @Test func pathCommandChoosesOneMode() throws {
        #expect(throws: (any Error).self) { try PathCommand.parse(["A", "B", "--all", "--k", "2"]) }
        let command = try PathCommand.parse(["Varga", "Estonia", "--k", "2", "--graph", exampleGraph])
        let answer = try command.ask(try command.options.graph.session())
        #expect((answer as? PathAnswer)?.paths.count == 2)
    }

    @Test func renderedAnswersAreSVGAndDOT() throws {
        let command = try PathCommand.parse(["Varga", "Estonia", "--graph", exampleGraph])
        let answer = try command.ask(try command.options.graph.session())
        let svg = lines(try command.options.output.draw(answer, as: .svg))
        #expect(svg.contains("<svg") && svg.contains("Lena Varga"))
        let dot = lines(try command.options.output.draw(answer, as: .dot))
        #expect(dot.hasPrefix("digraph") && dot.contains("penwidth=3.5"))
    }

    @Test func unknownFilterValuesAreNamed() {
        #expect {
            try FilterOptions.parse(["--types", "met-with,hugged"]).filter()
        } throws: { error in
            (error as? CLIError)?.description.contains("unknown value 'hugged'") == true
        }
    }

    @Test func docsShowWhatTheCommandsPrint() throws {
        let docs = URL(fileURLWithPath: exampleGraph).deletingLastPathComponent().appendingPathComponent("../queries.md").standardized
        let text = try String(contentsOf: docs, encoding: .utf8)
        var checked = 0
        for block in text.components(separatedBy: "```console\n").dropFirst() {
            let body = block.components(separatedBy: "\n```")[0].split(separator: "\n", omittingEmptySubsequences: false)
            guard let first = body.first, first.hasPrefix("$ parley "), !first.hasPrefix("$ parley query") else { continue }
            let words = try shellWords(String(first.dropFirst("$ parley ".count)))
                .map { $0 == "docs/examples/graph.json" ? exampleGraph : $0 }
            let command = try #require(try Parley.parseAsRoot(words) as? QuestionCommand)
            var printed: String
            do {
                let answer = try command.ask(try command.options.graph.session())
                printed = command.options.output.json ? lines(answer.jsonData()) : answer.text()
            } catch {
                printed = "Error: \(error)\n"
            }
            #expect(printed == body.dropFirst().joined(separator: "\n") + "\n", "\(first)")
            checked += 1
        }
        #expect(checked >= 15)
    }
}
