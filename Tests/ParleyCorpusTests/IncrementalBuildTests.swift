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
    // The manifest forgets it; the other two stay cached.
    let manifest = try #require(BuildManifest(json: scratch.read("graphs/\(IncrementalBuild.manifestName)")))
    #expect(manifest.documents.map(\.path) == ["doha.html", "talks.txt"])
    let cache = ExtractionCache(directory: out.appendingPathComponent(IncrementalBuild.cacheName))
    #expect(manifest.documents.allSatisfy { doc in doc.cache.flatMap(cache.load) != nil })
}

/// Pack files of the cache in the output folder `out`.
private func packs(_ out: URL) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: out.appendingPathComponent(IncrementalBuild.cacheName).path)
        .filter { $0.hasSuffix(".pack") }
}

@Test func cachePacksAreCompactedWhenMostlyDead() async throws {
    let scratch = try Scratch()
    let corpus = try writeSmallCorpus(scratch)
    let out = scratch.path("graphs")
    _ = try await incremental(out).run(corpus: corpus)
    let first = try packs(out)
    #expect(first.count == 1)

    // Two of three articles removed: the pack is mostly dead but still read from.
    try FileManager.default.removeItem(at: corpus.appendingPathComponent("rome.txt"))
    try FileManager.default.removeItem(at: corpus.appendingPathComponent("doha.html"))
    _ = try await incremental(out).run(corpus: corpus)
    #expect(try packs(out) == first)

    // The next build that reuses the survivor copies it into a new pack and drops the old one.
    let talks = corpus.appendingPathComponent("talks.txt")
    try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: 60)], ofItemAtPath: talks.path)
    let third = try await incremental(out).run(corpus: corpus)
    #expect(third.counts.reused == 1)
    let after = try packs(out)
    #expect(after.count == 1 && after != first)
    let manifest = try #require(BuildManifest(json: scratch.read("graphs/\(IncrementalBuild.manifestName)")))
    let cache = ExtractionCache(directory: out.appendingPathComponent(IncrementalBuild.cacheName))
    let entry = try #require(manifest.documents.first?.cache)
    #expect(entry.hasPrefix(after[0]))
    #expect(cache.load(entry) != nil)
}

@Test func unreferencedPacksAreDeleted() async throws {
    let scratch = try Scratch()
    let corpus = try writeSmallCorpus(scratch)
    let out = scratch.path("graphs")
    _ = try await incremental(out).run(corpus: corpus)
    // A pack left by a build that crashed before writing its manifest.
    try scratch.write("graphs/\(IncrementalBuild.cacheName)/1-2-3.pack", "leftover")
    try (smallCorpus["talks.txt"]! + "\nThe talks ended.\n").write(to: corpus.appendingPathComponent("talks.txt"), atomically: true, encoding: .utf8)
    _ = try await incremental(out).run(corpus: corpus)
    #expect(try !packs(out).contains("1-2-3.pack"))
    #expect(try packs(out).count == 2)
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
