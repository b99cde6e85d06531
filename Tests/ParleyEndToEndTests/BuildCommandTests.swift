import Foundation
import Testing

/// `parley build` as a user runs it: warnings, exit codes, quiet mode, re-runs.
struct BuildCommandTests {
    @Test func brokenFilesAreWarnedOnOneLineEachAndStrictExitsThree() throws {
        let dir = try EndToEndTests.makeCorpus()
        defer { try? FileManager.default.removeItem(at: dir) }
        let corpus = dir.appendingPathComponent("corpus")
        try Data([0x00, 0x01, 0x02]).write(to: corpus.appendingPathComponent("image.txt"))
        try Data().write(to: corpus.appendingPathComponent("empty file.txt"))
        let out = dir.appendingPathComponent("graphs").path

        let lenient = try EndToEndTests.run(["build", corpus.path, "--out", out, "--no-svg"])
        #expect(lenient.status == 0)
        let warnings = lenient.err.split(separator: "\n").filter { $0.contains("warning:") }
        #expect(warnings.count == 2)
        #expect(warnings.contains { $0.contains("image.txt: looks like a binary file") })
        #expect(warnings.contains { $0.contains("empty file.txt: is empty, skipped") })
        #expect(lenient.out.contains("2 documents, 2 skipped, 2 warnings"))
        #expect(lenient.out.contains("nodes: "))
        #expect(lenient.out.contains("wrote \(out)/graph.json"))
        // Off a terminal: no bar, no carriage returns.
        #expect(!lenient.err.contains("\r"))

        let strict = try EndToEndTests.run(["build", corpus.path, "--out", out, "--no-svg", "--strict"])
        #expect(strict.status == 3)
        #expect(strict.out.contains("nothing changed since the last build"))
        #expect(strict.err.split(separator: "\n").filter { $0.contains("warning:") }.count == 2)
    }

    @Test func quietPrintsNothingOnSuccess() throws {
        let dir = try EndToEndTests.makeCorpus()
        defer { try? FileManager.default.removeItem(at: dir) }
        let result = try EndToEndTests.run(["build", dir.appendingPathComponent("corpus").path,
                                            "--out", dir.appendingPathComponent("graphs").path, "--quiet", "--no-svg"])
        #expect(result.status == 0)
        #expect(result.out.isEmpty && result.err.isEmpty)
    }

    @Test func zeroJobsIsAUsageError() throws {
        let result = try EndToEndTests.run(["build", "corpus", "--jobs", "0"])
        #expect(result.status == 64)
        #expect(result.err.contains("--jobs"))
    }
}
