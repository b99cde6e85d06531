import Foundation
import ParleyGraph
import Testing
@testable import ParleyCorpus

@Test func graphIsByteIdenticalForOneAndFourJobs() async throws {
    let one = try await CorpusBuilder(jobs: 1).build(corpus: repositoryCorpus)
    let four = try await CorpusBuilder(jobs: 4).build(corpus: repositoryCorpus)
    #expect(one.counts.documents > 10)
    #expect(one.graph.edgeCount > 0)
    #expect(one.graph.jsonData() == four.graph.jsonData())
}

@Test func incrementalBuildAfterEditsEqualsCleanBuild() async throws {
    let scratch = try Scratch()
    let corpus = try scratch.copyRepositoryCorpus()
    let out = scratch.path("graphs")
    let first = try await incremental(out).run(corpus: corpus)
    #expect(first.counts.reused == 0)
    let total = first.counts.documents

    let names = try FileManager.default.contentsOfDirectory(atPath: corpus.path).filter { $0.hasSuffix(".txt") }.sorted()
    try FileManager.default.removeItem(at: corpus.appendingPathComponent(names[0]))
    let edited = corpus.appendingPathComponent(names[1])
    try (String(contentsOf: edited, encoding: .utf8) + "\nGerman Chancellor Olaf Brandt met French President Paul Moreau in Berlin.\n")
        .write(to: edited, atomically: true, encoding: .utf8)
    try scratch.write("corpus/added/new article.txt", smallCorpus["rome.txt"]!)

    let second = try await incremental(out).run(corpus: corpus)
    #expect(second.counts.extracted == 2)
    #expect(second.counts.reused == total - 2)
    #expect(!second.upToDate)

    let clean = try await incremental(scratch.path("clean"), remember: false).run(corpus: corpus)
    #expect(clean.counts.extracted == total)
    #expect(try scratch.read("graphs/graph.json") == scratch.read("clean/graph.json"))
    #expect(!FileManager.default.fileExists(atPath: scratch.path("clean/\(IncrementalBuild.manifestName)").path))
}

@Test func unchangedCorpusIsUpToDateWithoutReadingAnything() async throws {
    let scratch = try Scratch()
    let corpus = try writeSmallCorpus(scratch)
    let out = scratch.path("graphs")
    let first = try await incremental(out).run(corpus: corpus)
    let written = try scratch.read("graphs/graph.json")
    let again = try await incremental(out).run(corpus: corpus)
    #expect(again.upToDate)
    #expect(again.counts.documents == first.counts.documents)
    #expect(again.nodeCounts == first.nodeCounts && again.edgeCounts == first.edgeCounts)
    #expect(try scratch.read("graphs/graph.json") == written)

    // A new modification time with the same bytes: read and hashed, but not extracted again.
    let talks = corpus.appendingPathComponent("talks.txt")
    try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: 60)], ofItemAtPath: talks.path)
    let touched = try await incremental(out).run(corpus: corpus)
    #expect(!touched.upToDate)
    #expect(touched.counts.extracted == 0)
    #expect(touched.counts.reused == smallCorpus.count)
    #expect(try scratch.read("graphs/graph.json") == written)
}

@Test func removedArticleTakesItsEvidenceEdgesAndNodesAlong() async throws {
    let scratch = try Scratch()
    let corpus = try writeSmallCorpus(scratch)
    let out = scratch.path("graphs")
    _ = try await incremental(out).run(corpus: corpus)
    let before = try Graph(json: scratch.read("graphs/graph.json"))
    #expect(before.edges.contains { $0.evidence.contains { $0.doc == "rome.txt" } })

    try FileManager.default.removeItem(at: corpus.appendingPathComponent("rome.txt"))
    _ = try await incremental(out).run(corpus: corpus)
    let after = try Graph(json: scratch.read("graphs/graph.json"))
    #expect(!after.edges.contains { $0.evidence.contains { $0.doc == "rome.txt" } })
    #expect(after.edges.allSatisfy { !$0.evidence.isEmpty })
    #expect(after.nodes(named: "Marco Bellini").isEmpty)
    #expect(after.nodes.count < before.nodes.count)
    // Its cached extraction is gone too.
    let manifest = try #require(BuildManifest(json: scratch.read("graphs/\(IncrementalBuild.manifestName)")))
    #expect(manifest.documents.map(\.path) == ["doha.html", "talks.txt"])
    let cached = FileManager.default.enumerator(atPath: out.appendingPathComponent(IncrementalBuild.cacheName).path)!
        .compactMap { $0 as? String }.filter { $0.hasSuffix(".graph") }
    #expect(cached.count == 2)
}

@Test func anotherFingerprintRebuildsEverything() async throws {
    let scratch = try Scratch()
    let corpus = try writeSmallCorpus(scratch)
    let out = scratch.path("graphs")
    _ = try await incremental(out, fingerprint: "lexicon-1").run(corpus: corpus)
    let same = try await incremental(out, fingerprint: "lexicon-1").run(corpus: corpus)
    #expect(same.upToDate)
    let changed = try await incremental(out, fingerprint: "lexicon-2").run(corpus: corpus)
    #expect(changed.counts.extracted == smallCorpus.count)
    #expect(changed.counts.reused == 0)
}

@Test func lostCacheFileIsExtractedAgain() async throws {
    let scratch = try Scratch()
    let corpus = try writeSmallCorpus(scratch)
    let out = scratch.path("graphs")
    _ = try await incremental(out).run(corpus: corpus)
    let written = try scratch.read("graphs/graph.json")
    try FileManager.default.removeItem(at: out.appendingPathComponent(IncrementalBuild.cacheName))
    try FileManager.default.removeItem(at: out.appendingPathComponent("graph.json"))
    let again = try await incremental(out).run(corpus: corpus)
    #expect(again.counts.extracted == smallCorpus.count)
    #expect(try scratch.read("graphs/graph.json") == written)
}

@Test func fingerprintFollowsTheUserLexicon() {
    let plain = ExtractorFingerprint.make(maxFileBytes: 1 << 20)
    #expect(plain == ExtractorFingerprint.make(maxFileBytes: 1 << 20))
    #expect(plain != ExtractorFingerprint.make(userLexicon: Array("actors: []".utf8), maxFileBytes: 1 << 20))
    #expect(plain != ExtractorFingerprint.make(maxFileBytes: 2 << 20))
}

@Test func manifestRoundTripsThroughJSON() throws {
    let manifest = BuildManifest(
        fingerprint: "f", documents: [
            .init(path: "a \"b\"\n.txt", stamp: FileStamp(size: 3, modified: 1_795_391_355_162_034_274), hash: "00ff",
                  words: 7, warnings: ["invalid UTF-8"], skipped: nil, cache: "ab/x.json"),
            .init(path: "big.txt", stamp: FileStamp(size: 1 << 30, modified: 1), hash: nil, words: 0, warnings: [], skipped: "too big", cache: nil),
        ],
        outputs: [.init(name: "graph.json", stamp: FileStamp(size: 10, modified: 2))],
        nodeCounts: ["person": 2], edgeCounts: ["met-with": 1])
    #expect(BuildManifest(json: manifest.jsonData()) == manifest)
    #expect(BuildManifest(json: Array("{\"format\": \"parley-manifest\"".utf8)) == nil)
}
