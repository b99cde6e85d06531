import Foundation
import ParleyGraph
import Testing
@testable import ParleyCorpus

@Test func failedStagingReplacesNoFileAndLeavesNoTemporaries() throws {
    let scratch = try Scratch()
    try scratch.write("out/graph.json", "old json")
    try scratch.write("out/blocker", "a file where a folder is needed")
    var batch = AtomicFile.Batch()
    try batch.stage(Array("new json".utf8), to: scratch.path("out/graph.json"))
    #expect(throws: (any Error).self) { try batch.stage(Array("x".utf8), to: scratch.path("out/blocker/graph.dot")) }
    try batch.commit()
    #expect(try scratch.read("out/graph.json") == Array("old json".utf8))
    #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.path("out").path).sorted() == ["blocker", "graph.json"])
}

@Test func failingBuildLeavesThePreviousGraphByteIdentical() async throws {
    let scratch = try Scratch()
    let corpus = try writeSmallCorpus(scratch)
    let out = scratch.path("graphs")
    _ = try await incremental(out).run(corpus: corpus)
    let names = ["graph.json", IncrementalBuild.manifestName]
    let before = try names.map { try scratch.read("graphs/\($0)") }

    // The corpus goes away: the run fails before writing anything.
    try FileManager.default.moveItem(at: corpus, to: scratch.path("elsewhere"))
    await #expect(throws: CorpusReader.Failure.self) { try await incremental(out).run(corpus: corpus) }
    #expect(try names.map { try scratch.read("graphs/\($0)") } == before)

    // An output that cannot be staged: nothing is replaced, the manifest included.
    try FileManager.default.moveItem(at: scratch.path("elsewhere"), to: corpus)
    try scratch.write("corpus/more.txt", smallCorpus["rome.txt"]!.replacingOccurrences(of: "Rome", with: "Athens"))
    var blocked = incremental(out)
    try scratch.write("graphs/sub", "a file, not a folder")
    blocked.outputs.append(.init(name: "sub/graph.dot") { _ in Array("dot".utf8) })
    await #expect(throws: WriteError.self) { try await blocked.run(corpus: corpus) }
    #expect(try names.map { try scratch.read("graphs/\($0)") } == before)
}

@Test func outputThatFailsToRenderIsReportedAndTheOthersWritten() async throws {
    struct RenderFailure: Error {}
    let scratch = try Scratch()
    let corpus = try writeSmallCorpus(scratch)
    var build = incremental(scratch.path("graphs"))
    build.outputs.append(.init(name: "graph.svg") { _ in throw RenderFailure() })
    let report = try await build.run(corpus: corpus)
    #expect(report.failedOutputs.map(\.name) == ["graph.svg"])
    #expect(report.outputs.map(\.lastPathComponent) == ["graph.json"])
    #expect(FileManager.default.fileExists(atPath: scratch.path("graphs/graph.json").path))
}

@Test func temporariesOfAKilledBuildAreRemovedByTheNext() async throws {
    let scratch = try Scratch()
    let corpus = try writeSmallCorpus(scratch)
    let out = scratch.path("graphs")
    // Left by a build killed before its rename (a pid no process has), and by a running one (ours).
    let gone: Int32 = 4_194_304 + 7  // above Linux's largest pid
    try scratch.write("graphs/.graph.json.tmp-\(gone)-12345", "partial")
    try scratch.write("graphs/.graph.dot.tmp-\(getpid())-678", "being written")
    try scratch.write("graphs/.notes.tmp-file", "not ours")
    _ = try await incremental(out).run(corpus: corpus)
    let names = try FileManager.default.contentsOfDirectory(atPath: out.path)
    #expect(!names.contains(".graph.json.tmp-\(gone)-12345"))
    #expect(names.contains(".graph.dot.tmp-\(getpid())-678"))
    #expect(names.contains(".notes.tmp-file"))
    #expect(names.contains("graph.json"))
}
