import Foundation
import ParleyGraph

/// Per-article extraction results kept between builds (`.parley-cache/` beside the graph), each
/// a graph in `GraphCacheCoding`'s binary form, named by the article's path and content hash,
/// in 256 subfolders.
///
/// A file is written before the manifest that names it and never changed after, so a crash
/// leaves at worst an unreferenced file; one that cannot be read back counts as a miss.
public struct ExtractionCache: Sendable {
    public var directory: URL

    public init(directory: URL) {
        self.directory = directory
    }

    /// The cache file name for an article with this path and content.
    static func name(path: String, hash: String) -> String {
        let key = ContentHash.hex(path)
        return "\(key.prefix(2))/\(key)-\(hash).graph"
    }

    /// Stores an article's graph; returns its name, or nil when it could not be written
    /// (the build goes on, uncached).
    func store(_ graph: Graph, path: String, hash: String) -> String? {
        let name = Self.name(path: path, hash: hash)
        let url = directory.appendingPathComponent(name)
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(GraphCacheCoding.encode(graph)).write(to: url)
            return name
        } catch {
            return nil
        }
    }

    func load(_ name: String) -> Graph? {
        guard let data = FileManager.default.contents(atPath: directory.appendingPathComponent(name).path) else { return nil }
        return GraphCacheCoding.decode([UInt8](data))
    }

    func remove(_ names: some Sequence<String>) {
        for name in names { try? FileManager.default.removeItem(at: directory.appendingPathComponent(name)) }
    }

    func removeAll() {
        try? FileManager.default.removeItem(at: directory)
    }
}
