import Foundation
import ParleyGraph
import Testing
@testable import ParleyCorpus

/// Builds `corpus` and returns the result with its warnings by file.
private func build(_ corpus: URL, maxFileBytes: Int = 16 << 20) async throws -> (CorpusBuilder.Result, [String: InputWarning]) {
    let result = try await CorpusBuilder(jobs: 2, maxFileBytes: maxFileBytes).build(corpus: corpus)
    return (result, Dictionary(result.counts.warnings.map { ($0.file, $0) }, uniquingKeysWith: { a, _ in a }))
}

@Test func eachBrokenFileGetsOneWarningAndTheBuildGoesOn() async throws {
    let scratch = try Scratch()
    let corpus = try writeSmallCorpus(scratch)
    try scratch.write("corpus/binary.txt", bytes: [0x7F, 0x45, 0x4C, 0x46, 0, 0, 1, 2, 0, 0xFF])
    try scratch.write("corpus/empty.txt", "")
    try scratch.write("corpus/blank.txt", " \n\t\n")
    try scratch.write("corpus/latin1.txt", bytes: Array("Turkish President Recep Tayyip Erdo".utf8) + [0xF0, 0x61] + Array("an met Greek Prime Minister Kyriakos Mitsotakis.".utf8))
    let utf16 = "Russian President Vladimir Putin met Turkish President Recep Tayyip Erdogan in Sochi."
    try scratch.write("corpus/utf16.txt", bytes: [0xFF, 0xFE] + utf16.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
    try scratch.write("corpus/too long.txt", String(repeating: "word ", count: 400))

    let (result, warnings) = try await build(corpus, maxFileBytes: 1000)
    #expect(warnings["binary.txt"]?.skipped == true)
    #expect(warnings["binary.txt"]?.reason.contains("binary") == true)
    #expect(warnings["empty.txt"]?.reason.contains("empty") == true)
    #expect(warnings["blank.txt"]?.reason.contains("empty") == true)
    #expect(warnings["latin1.txt"]?.skipped == false)
    #expect(warnings["latin1.txt"]?.reason.contains("invalid UTF-8") == true)
    #expect(warnings["utf16.txt"]?.reason.contains("UTF-16LE") == true)
    #expect(warnings["too long.txt"]?.reason.contains("limit") == true)
    #expect(result.counts.skipped == 4)
    #expect(result.counts.documents == smallCorpus.count + 2)
    #expect(result.graph.nodes(named: "Vladimir Putin").count == 1)
    for warning in result.counts.warnings { #expect(!warning.description.contains("\n")) }
}

@Test func hugeFileIsSkippedUnread() async throws {
    let scratch = try Scratch()
    let corpus = try writeSmallCorpus(scratch)
    // 200 MB without a newline; sparse, so the test costs no disk.
    let huge = try scratch.write("corpus/huge.txt", "x")
    let handle = try FileHandle(forWritingTo: huge)
    try handle.truncate(atOffset: 200 << 20)
    try handle.close()
    let (result, warnings) = try await build(corpus)
    #expect(warnings["huge.txt"]?.reason == "is 200 MB, over the 16 MB limit for one article, skipped")
    #expect(result.counts.documents == smallCorpus.count)
}

@Test func longLineWithoutNewlineUnderTheLimitIsExtracted() async throws {
    let scratch = try Scratch()
    let corpus = scratch.path("corpus")
    let sentence = "Moldovan Prime Minister Lena Varga met Estonian President Tomas Ilves in Chisinau. "
    try scratch.write("corpus/one-line.txt", String(repeating: sentence, count: 2_000))
    let (result, _) = try await build(corpus)
    #expect(result.counts.documents == 1)
    #expect(result.graph.edges.contains { $0.type == .metWith })
}

@Test func deeplyNestedAndBrokenHTMLIsExtracted() async throws {
    let scratch = try Scratch()
    let corpus = scratch.path("corpus")
    let text = "Moldovan Prime Minister Lena Varga met Estonian President Tomas Ilves in Chisinau."
    try scratch.write("corpus/nested.html", String(repeating: "<div><span>", count: 50_000) + "<p>\(text)</p>" + String(repeating: "</span></div>", count: 50_000))
    try scratch.write("corpus/broken.html", "<html><body><p class=\"x>\(text)<p>Rome <b>talks <<<>> <!-- never closed <script>var x = '</p>")
    try scratch.write("corpus/unclosed.html", "<p>\(text)</p>" + String(repeating: "<a href='x ", count: 20_000))
    let (result, warnings) = try await build(corpus)
    #expect(warnings.isEmpty)
    #expect(result.counts.documents == 3)
    #expect(result.graph.edges.contains { $0.type == .metWith && $0.evidence.contains { $0.doc == "nested.html" } })
}

@Test func namesWithSpacesAndNonASCIIAreEvidenceNames() async throws {
    let scratch = try Scratch()
    let corpus = scratch.path("corpus")
    try scratch.write("corpus/Türkiye talks/İstanbul görüşme 1.txt", smallCorpus["talks.txt"]!)
    let (result, warnings) = try await build(corpus)
    #expect(warnings.isEmpty)
    let docs = Set(result.graph.edges.flatMap { $0.evidence.map(\.doc) })
    #expect(docs == ["Türkiye talks/İstanbul görüşme 1.txt"])
}

@Test func symbolicLinkLoopsAreWarnedNotFollowed() async throws {
    let scratch = try Scratch()
    let corpus = try writeSmallCorpus(scratch)
    let fm = FileManager.default
    try fm.createSymbolicLink(atPath: corpus.appendingPathComponent("a.txt").path, withDestinationPath: "b.txt")
    try fm.createSymbolicLink(atPath: corpus.appendingPathComponent("b.txt").path, withDestinationPath: "a.txt")
    try fm.createDirectory(at: corpus.appendingPathComponent("sub"), withIntermediateDirectories: true)
    try fm.createSymbolicLink(atPath: corpus.appendingPathComponent("sub/up").path, withDestinationPath: "..")
    let (result, warnings) = try await build(corpus)
    #expect(warnings["a.txt"]?.reason == "symbolic link loop, skipped")
    #expect(warnings["b.txt"]?.reason == "symbolic link loop, skipped")
    #expect(warnings["sub/up"]?.reason.contains("loop") == true)
    #expect(result.counts.documents == smallCorpus.count)
}

#if os(Linux)
/// Root reads files whatever their mode, so `chmod 000` proves nothing here; `/proc/self/mem`
/// is a regular file that fails every read at offset 0 with EIO, for root too.
@Test func unreadableFileIsWarnedAndSkipped() async throws {
    let scratch = try Scratch()
    let corpus = try writeSmallCorpus(scratch)
    try FileManager.default.createSymbolicLink(atPath: corpus.appendingPathComponent("mem.txt").path, withDestinationPath: "/proc/self/mem")
    let (result, warnings) = try await build(corpus)
    #expect(warnings["mem.txt"]?.reason == "cannot be read (input/output error), skipped")
    #expect(result.counts.documents == smallCorpus.count)
}
#endif

@Test func fifoIsSkippedWithoutBlocking() async throws {
    let scratch = try Scratch()
    let corpus = try writeSmallCorpus(scratch)
    #expect(mkfifo(corpus.appendingPathComponent("pipe.txt").path, 0o644) == 0)
    let (_, warnings) = try await build(corpus)
    #expect(warnings["pipe.txt"]?.reason.contains("not a regular file") == true)
}

@Test func missingCorpusFolderIsAnError() async throws {
    let scratch = try Scratch()
    await #expect(throws: CorpusReader.Failure.notFound(scratch.path("nope").path)) {
        try await CorpusBuilder().build(corpus: scratch.path("nope"))
    }
}

@Test func controlCharactersInFileNamesStayOnOneLine() {
    let warning = InputWarning(file: "a\nb\u{1B}[2J.txt", reason: "is empty, skipped", skipped: true)
    #expect(warning.description == "a\\u{a}b\\u{1b}[2J.txt: is empty, skipped")
}
