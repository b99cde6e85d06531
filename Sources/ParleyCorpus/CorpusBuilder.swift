import Foundation
import ParleyExtraction
import ParleyGraph

/// Builds one graph from a corpus folder: lists the articles, extracts each (in parallel, in
/// bounded batches), and merges the per-article graphs in path order, so the result is the
/// same whatever the number of workers.
public struct CorpusBuilder: Sendable {
    public var extractor: Extractor
    public var jobs: Int
    /// Articles larger than this are skipped with a warning: no news article is this long.
    public var maxFileBytes: Int

    public struct Result: Sendable {
        public var graph: Graph
        public var documents: Int
        public var warnings: [InputWarning]
        public var bytes: Int
        public var words: Int
        public var skipped: Int { warnings.filter(\.skipped).count }
    }

    public init(extractor: Extractor = Extractor(), jobs: Int = ProcessInfo.processInfo.activeProcessorCount, maxFileBytes: Int = 16 << 20) {
        self.extractor = extractor
        self.jobs = max(1, jobs)
        self.maxFileBytes = maxFileBytes
    }

    /// Per-article outcome.
    enum Outcome: Sendable {
        case extracted(DocumentExtraction, bytes: Int)
        case skipped(InputWarning)
    }

    public func build(corpus root: URL, progress: (@Sendable (Int, Int, Int) -> Void)? = nil) async throws -> Result {
        let listing = try CorpusReader.list(root)
        var warnings = listing.warnings
        var graph = Graph()
        var bytes = 0, words = 0, documents = 0
        let files = listing.files
        var done = 0
        // Batches bound memory: at most `batch` articles are held at once.
        let batch = max(jobs * 16, 64)
        var start = 0
        while start < files.count {
            let slice = Array(files[start..<min(files.count, start + batch)])
            let outcomes = await withTaskGroup(of: (Int, Outcome).self) { group in
                var results = [Outcome?](repeating: nil, count: slice.count)
                var next = 0
                func launch(_ group: inout TaskGroup<(Int, Outcome)>) {
                    let index = next
                    let file = slice[index]
                    group.addTask { (index, self.process(file, root: root)) }
                    next += 1
                }
                while next < min(jobs, slice.count) { launch(&group) }
                for await (index, outcome) in group {
                    results[index] = outcome
                    if next < slice.count { launch(&group) }
                }
                return results.map { $0! }
            }
            for outcome in outcomes {
                switch outcome {
                case let .extracted(extraction, size):
                    graph.merge(extraction.graph)
                    documents += 1
                    bytes += size
                    words += extraction.words
                case let .skipped(warning):
                    warnings.append(warning)
                }
                done += 1
            }
            for (file, outcome) in zip(slice, outcomes) {
                if case let .extracted(extraction, _) = outcome {
                    warnings.append(contentsOf: extraction.warnings.map { InputWarning(file: file, reason: $0, skipped: false) })
                }
            }
            progress?(done, files.count, bytes)
            start += batch
        }
        graph = PersonUnifier.unify(graph)
        graph.pruneIsolatedNodes()
        return Result(graph: graph, documents: documents, warnings: warnings, bytes: bytes, words: words)
    }

    func process(_ file: String, root: URL) -> Outcome {
        let url = root.appendingPathComponent(file)
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: url.path) else {
            return .skipped(InputWarning(file: file, reason: "cannot be read, skipped", skipped: true))
        }
        let size = (attributes[.size] as? NSNumber)?.intValue ?? 0
        guard size <= maxFileBytes else {
            return .skipped(InputWarning(file: file, reason: "is \(size / 1_048_576) MB, over the \(maxFileBytes / 1_048_576) MB limit for one article, skipped", skipped: true))
        }
        guard let handle = FileHandle(forReadingAtPath: url.path) else {
            return .skipped(InputWarning(file: file, reason: "permission denied or unreadable, skipped", skipped: true))
        }
        defer { try? handle.close() }
        let data: Data
        do { data = try handle.readToEnd() ?? Data() } catch {
            return .skipped(InputWarning(file: file, reason: "read failed (\(error.localizedDescription)), skipped", skipped: true))
        }
        let bytes = [UInt8](data)
        do {
            let extraction = try extractor.extract(Document(name: file, bytes: bytes))
            return .extracted(extraction, bytes: bytes.count)
        } catch {
            return .skipped(InputWarning(file: file, reason: error.description, skipped: true))
        }
    }
}
