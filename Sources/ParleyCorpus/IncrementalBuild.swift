import Foundation
import ParleyGraph

/// Builds a corpus into an output folder, re-reading only what changed since the last build.
///
/// Beside the outputs it keeps `.parley-manifest.json` (each file's size, modification time,
/// content hash and outcome) and `.parley-cache/` (each article's extracted graph). A file whose
/// size and modification time are as recorded is not read; one whose bytes hash as recorded is
/// not extracted again; a removed file's evidence goes with it, and so does any edge or node
/// left without evidence, because the graph is merged anew from the per-article results. The
/// outputs are byte-identical to a clean build's. When nothing changed and the outputs are as
/// written, no graph is loaded at all.
public struct IncrementalBuild: Sendable {
    /// One file the build writes from the graph ("graph.json").
    public struct Output: Sendable {
        public var name: String
        public var render: @Sendable (Graph) throws -> [UInt8]

        public init(name: String, render: @escaping @Sendable (Graph) throws -> [UInt8]) {
            self.name = name
            self.render = render
        }

        public static let json = Output(name: "graph.json") { $0.jsonData() }
    }

    public static let manifestName = ".parley-manifest.json"
    public static let cacheName = ".parley-cache"

    public var builder: CorpusBuilder
    public var outputDirectory: URL
    public var outputs: [Output]
    /// See `ExtractorFingerprint`; a manifest with another is ignored and the cache cleared.
    public var fingerprint: String
    /// False builds everything and remembers nothing (`--no-cache`).
    public var remember: Bool

    public init(builder: CorpusBuilder, outputDirectory: URL, outputs: [Output] = [.json], fingerprint: String, remember: Bool = true) {
        self.builder = builder
        self.outputDirectory = outputDirectory
        self.outputs = outputs
        self.fingerprint = fingerprint
        self.remember = remember
    }

    public struct Report: Sendable {
        public var counts: BuildCounts
        /// Wall time of reading, extracting and merging the documents.
        public var extractionSeconds: Double
        /// Node counts by kind and edge counts by type, as in the graph written.
        public var nodeCounts: [String: Int]
        public var edgeCounts: [String: Int]
        /// Every output file, whether written now or found up to date.
        public var outputs: [URL]
        /// Outputs that could not be rendered, with the reason; the others were written.
        public var failedOutputs: [(name: String, reason: String)]
        /// Nothing changed: no graph was loaded and no output rewritten.
        public var upToDate: Bool
    }

    var manifestURL: URL { outputDirectory.appendingPathComponent(Self.manifestName) }
    var cacheDirectory: URL { outputDirectory.appendingPathComponent(Self.cacheName) }

    public func run(corpus root: URL, progress: BuildProgress.Handler? = nil) async throws -> Report {
        let listing = try CorpusReader.list(root)
        AtomicFile.removeStaleTemporaries(in: outputDirectory)
        var previous: BuildManifest?
        if remember, let data = FileManager.default.contents(atPath: manifestURL.path) {
            previous = BuildManifest(json: [UInt8](data))
        }
        if let stale = previous, stale.fingerprint != fingerprint {
            previous = nil
            ExtractionCache(directory: cacheDirectory).removeAll()
        }
        let previousEntries = (previous?.documents ?? []).compactMap(\.cache)
        let cache = ExtractionCache(directory: cacheDirectory, live: previousEntries)
        if let previous, let report = upToDate(previous, listing: listing, root: root) { return report }

        let known = Dictionary((previous?.documents ?? []).map { ($0.path, $0) }, uniquingKeysWith: { a, _ in a })
        let started = Date()
        let result = await builder.build(listing, root: root, previous: known, cache: remember ? cache : nil, progress: progress)
        let seconds = Date().timeIntervalSince(started)

        var batch = AtomicFile.Batch()
        var written: [URL] = [], failed: [(String, String)] = []
        for output in outputs {
            let url = outputDirectory.appendingPathComponent(output.name)
            do { try batch.stage(try output.render(result.graph), to: url) } catch let error as WriteError {
                throw error
            } catch {
                failed.append((output.name, "\(error)"))
                continue
            }
            written.append(url)
        }
        try batch.commit()

        // Counted from the unsorted storage: `nodes` and `edges` sort on every call.
        let nodeCounts = Dictionary(result.graph.nodesByID.values.map { ($0.kind.rawValue, 1) }, uniquingKeysWith: +)
        let edgeCounts = Dictionary(result.graph.edgesByKey.values.map { ($0.type.rawValue, 1) }, uniquingKeysWith: +)
        if remember {
            let stamps = written.compactMap { url in FileStamp.of(url.path).map { BuildManifest.Output(name: url.lastPathComponent, stamp: $0) } }
            let manifest = BuildManifest(fingerprint: fingerprint, documents: result.records, outputs: stamps,
                                         nodeCounts: nodeCounts, edgeCounts: edgeCounts)
            cache.sync()
            try AtomicFile.write(manifest.jsonData(), to: manifestURL)
            cache.collect(live: result.records.compactMap(\.cache), previous: previousEntries)
        }
        return Report(counts: result.counts, extractionSeconds: seconds, nodeCounts: nodeCounts, edgeCounts: edgeCounts, outputs: written, failedOutputs: failed, upToDate: false)
    }

    /// The report of the last build when no input changed and every output is as written; nil otherwise.
    private func upToDate(_ manifest: BuildManifest, listing: CorpusReader.Listing, root: URL) -> Report? {
        guard manifest.outputs.map(\.name) == outputs.map(\.name),
              manifest.documents.count == listing.files.count else { return nil }
        for output in manifest.outputs {
            guard FileStamp.of(outputDirectory.appendingPathComponent(output.name).path) == output.stamp else { return nil }
        }
        var report = Report(counts: BuildCounts(warnings: listing.warnings), extractionSeconds: 0, nodeCounts: manifest.nodeCounts, edgeCounts: manifest.edgeCounts,
                            outputs: outputs.map { outputDirectory.appendingPathComponent($0.name) }, failedOutputs: [], upToDate: true)
        for (doc, file) in zip(manifest.documents, listing.files) {
            guard doc.path == file, FileStamp.of(root.appendingPathComponent(file).path) == doc.stamp else { return nil }
            if let reason = doc.skipped {
                report.counts.warnings.append(InputWarning(file: file, reason: reason, skipped: true))
            } else {
                report.counts.documents += 1
                report.counts.bytes += doc.stamp.size
                report.counts.words += doc.words
            }
            report.counts.warnings.append(contentsOf: doc.warnings.map { InputWarning(file: file, reason: $0, skipped: false) })
            report.counts.reused += 1
        }
        return report
    }
}
