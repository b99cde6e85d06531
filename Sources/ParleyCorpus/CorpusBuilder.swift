import Foundation
import ParleyExtraction
import ParleyGraph

/// Builds one graph from a corpus folder: lists the articles, extracts each in parallel, and
/// merges the per-article graphs in path order, so the result is byte-identical whatever the
/// number of workers.
///
/// Memory stays bounded: at most `jobs` articles are being read and extracted, and at most
/// `window` finished ones wait for a slower article ahead of them in path order.
public struct CorpusBuilder: Sendable {
    public var extractor: Extractor
    public var jobs: Int
    /// Articles larger than this are skipped with a warning, unread: no news article is this long.
    public var maxFileBytes: Int

    public struct Result: Sendable {
        public var graph: Graph
        public var counts: BuildCounts
        /// What to remember of each file for the next run, in path order.
        public var records: [BuildManifest.Document]
    }

    public init(extractor: Extractor = Extractor(), jobs: Int = ProcessInfo.processInfo.activeProcessorCount, maxFileBytes: Int = 16 << 20) {
        self.extractor = extractor
        self.jobs = max(1, jobs)
        self.maxFileBytes = maxFileBytes
    }

    /// Builds from scratch, remembering nothing.
    public func build(corpus root: URL, progress: BuildProgress.Handler? = nil) async throws(CorpusReader.Failure) -> Result {
        let listing = try CorpusReader.list(root)
        return await build(listing, root: root, previous: [:], cache: nil, progress: progress)
    }

    /// What became of one file.
    struct Outcome: Sendable {
        /// Nil when the file is left out of the graph.
        var graph: Graph?
        var warnings: [String] = []
        var skipped: String?
        var words = 0
        var size = 0
        /// Nil for a failure worth retrying next time (the file could not be read).
        var record: BuildManifest.Document?
        var fresh = true
    }

    /// Builds from a listing, reusing `previous` results (by path) whose file is unchanged.
    func build(_ listing: CorpusReader.Listing, root: URL, previous: [String: BuildManifest.Document],
               cache: ExtractionCache?, progress: BuildProgress.Handler?) async -> Result {
        let files = listing.files
        var result = Result(graph: Graph(), counts: BuildCounts(warnings: listing.warnings), records: [])
        result.records.reserveCapacity(files.count)
        var doneBytes = 0
        let window = max(jobs * 8, 32)
        // The folder's path once: `URL.path` shows on a profile when asked once a file.
        let rootPath = root.path
        await withTaskGroup(of: (Int, Outcome).self) { group in
            var next = 0, merged = 0, running = 0
            var finished: [Int: Outcome] = [:]
            while true {
                while running < jobs && next < files.count && next - merged < window {
                    let index = next, file = files[index], prior = previous[file]
                    group.addTask { (index, self.process(file, root: rootPath, prior: prior, cache: cache)) }
                    next += 1
                    running += 1
                }
                guard let (index, outcome) = await group.next() else { break }
                running -= 1
                finished[index] = outcome
                while let outcome = finished.removeValue(forKey: merged) {
                    result.add(outcome, file: files[merged])
                    doneBytes += outcome.size
                    merged += 1
                    progress?(BuildProgress.Snapshot(done: merged, total: files.count, bytes: doneBytes))
                }
            }
        }
        result.graph = PersonUnifier.unify(result.graph)
        result.graph.pruneIsolatedNodes()
        return result
    }

    func process(_ file: String, root: String, prior: BuildManifest.Document?, cache: ExtractionCache?) -> Outcome {
        let path = root + "/" + file  // URL.appendingPathComponent is slow enough to show on 100,000 files
        guard let stamp = FileStamp.of(path) else {
            let reason = errno == ELOOP ? "symbolic link loop, skipped" : "cannot be read (\(ArticleFile.describe(errno))), skipped"
            return Outcome(skipped: reason)
        }
        if let prior, prior.stamp == stamp, let reused = reuse(prior, cache: cache) { return reused }
        let bytes: [UInt8]
        switch ArticleFile.read(path, limit: maxFileBytes) {
        case let .success(read): bytes = read
        case let .failure(failure):
            let reason = failure.reason(limit: maxFileBytes)
            guard case .tooLarge = failure else { return Outcome(skipped: reason, size: stamp.size) }
            let record = BuildManifest.Document(path: file, stamp: stamp, hash: nil, words: 0, warnings: [], skipped: reason, cache: nil)
            return Outcome(skipped: reason, size: stamp.size, record: record)
        }
        let hash = ContentHash.hex(bytes)
        if let prior, prior.hash == hash, var reused = reuse(prior, cache: cache) {
            reused.record?.stamp = stamp
            return reused
        }
        var record = BuildManifest.Document(path: file, stamp: stamp, hash: hash, words: 0, warnings: [], skipped: nil, cache: nil)
        do {
            let extraction = try extractor.extract(Document(name: file, bytes: bytes))
            record.words = extraction.words
            record.warnings = extraction.warnings
            record.cache = cache?.store(extraction.graph)
            return Outcome(graph: extraction.graph, warnings: extraction.warnings, words: extraction.words, size: bytes.count, record: record)
        } catch {
            record.skipped = error.description
            return Outcome(skipped: error.description, size: bytes.count, record: record)
        }
    }

    /// The earlier outcome of an unchanged file; nil when its cached graph is gone.
    private func reuse(_ prior: BuildManifest.Document, cache: ExtractionCache?) -> Outcome? {
        if let reason = prior.skipped {
            return Outcome(skipped: reason, size: prior.stamp.size, record: prior, fresh: false)
        }
        guard let name = prior.cache, let cache, let graph = cache.load(name) else { return nil }
        var record = prior
        record.cache = cache.keep(name)
        return Outcome(graph: graph, warnings: prior.warnings, words: prior.words, size: prior.stamp.size, record: record, fresh: false)
    }
}

extension CorpusBuilder.Result {
    /// Takes in one file's outcome; files must come in path order.
    mutating func add(_ outcome: CorpusBuilder.Outcome, file: String) {
        if let graph = outcome.graph {
            self.graph.merge(graph)
            counts.documents += 1
            counts.bytes += outcome.size
            counts.words += outcome.words
        }
        if let reason = outcome.skipped { counts.warnings.append(InputWarning(file: file, reason: reason, skipped: true)) }
        counts.warnings.append(contentsOf: outcome.warnings.map { InputWarning(file: file, reason: $0, skipped: false) })
        if outcome.fresh {
            counts.extracted += outcome.graph == nil ? 0 : 1
            counts.extractedBytes += outcome.graph == nil ? 0 : outcome.size
        } else {
            counts.reused += 1
        }
        if let record = outcome.record { records.append(record) }
    }
}

/// What a build took in: documents, warnings, bytes and words, and how many were extracted
/// anew or reused.
public struct BuildCounts: Sendable {
    /// Documents in the graph.
    public var documents = 0
    public var warnings: [InputWarning] = []
    /// Bytes and words of the documents in the graph.
    public var bytes = 0
    public var words = 0
    /// Documents read and extracted by this run, and their bytes.
    public var extracted = 0
    public var extractedBytes = 0
    /// Files whose earlier result (or earlier reason to skip) was reused unread.
    public var reused = 0
    public var skipped: Int { warnings.filter(\.skipped).count }

    public init(warnings: [InputWarning] = []) {
        self.warnings = warnings
    }
}
