import Foundation
import ParleyGraph
import Synchronization

/// Per-article extraction results kept between builds (`.parley-cache/` beside the graph), each
/// a graph in `GraphCacheCoding`'s binary form.
///
/// A build appends the graphs it extracts to one new pack file (`NAME.pack`); an entry is named
/// `NAME.pack@OFFSET+LENGTH` in the manifest. One file per build instead of one per article:
/// creating a hundred thousand small files cost a clean build more than extracting them.
/// Packs are written before the manifest that names them and never changed after, so a crash
/// leaves at worst an unreferenced pack, which the next build deletes; an entry that cannot be
/// read back counts as a miss. A pack whose live entries take less than half of it is
/// compacted: its live entries are copied into the new pack as they are reused.
public struct ExtractionCache: Sendable {
    public var directory: URL
    private let packs: Packs
    /// Packs to empty into the new one (see `keep(_:)`).
    private let compacting: Set<String>

    /// A cache in `directory`; `live` names the entries the last manifest refers to, which
    /// decide what gets compacted.
    public init(directory: URL, live: [String] = []) {
        self.directory = directory
        self.packs = Packs(directory: directory)
        var liveBytes: [String: Int] = [:]
        for name in live {
            guard let entry = Entry(name) else { continue }
            liveBytes[entry.pack, default: 0] += entry.length
        }
        compacting = Set(liveBytes.filter { pack, bytes in
            let size = FileStamp.of(directory.appendingPathComponent(pack).path)?.size ?? 0
            return bytes * 2 < size
        }.keys)
    }

    /// An entry's place: pack file, offset and length.
    struct Entry {
        var pack: String
        var offset: Int
        var length: Int

        init?(_ name: String) {
            guard let at = name.lastIndex(of: "@"), let plus = name[at...].firstIndex(of: "+"),
                  let offset = Int(name[name.index(after: at)..<plus]), let length = Int(name[name.index(after: plus)...]),
                  offset >= 0, length >= 0 else { return nil }
            pack = String(name[..<at])
            guard pack.hasSuffix(".pack"), !pack.contains("/") else { return nil }
            self.offset = offset
            self.length = length
        }

        var name: String { "\(pack)@\(offset)+\(length)" }
    }

    /// Stores an article's graph; returns its entry name, or nil when it could not be written
    /// (the build goes on, uncached).
    func store(_ graph: Graph) -> String? {
        packs.append(GraphCacheCoding.encode(graph))
    }

    func load(_ name: String) -> Graph? {
        if Entry(name) == nil {
            // An entry of the one-file-per-article layout of earlier versions.
            guard let data = FileManager.default.contents(atPath: directory.appendingPathComponent(name).path) else { return nil }
            return GraphCacheCoding.decode([UInt8](data))
        }
        return packs.read(name).flatMap(GraphCacheCoding.decode)
    }

    /// The name under which a reused entry lives on: the same, unless its pack is being
    /// compacted, in which case it is copied into this build's pack.
    func keep(_ name: String) -> String {
        guard let entry = Entry(name), compacting.contains(entry.pack), let bytes = packs.read(name) else { return name }
        return packs.append(bytes) ?? name
    }

    /// Deletes what no entry in `live` refers to: packs, and files of the earlier layout.
    func collect(live: [String], previous: [String]) {
        packs.closeAll()
        let livePacks = Set(live.compactMap { Entry($0)?.pack })
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        for name in names where name.hasSuffix(".pack") && !livePacks.contains(name) {
            unlink(directory.appendingPathComponent(name).path)
        }
        let kept = Set(live)
        for name in previous where Entry(name) == nil && !kept.contains(name) {
            try? FileManager.default.removeItem(at: directory.appendingPathComponent(name))
        }
    }

    /// Flushes this build's pack to disk; call before writing the manifest that names its entries.
    func sync() {
        packs.sync()
    }

    func removeAll() {
        packs.closeAll()
        try? FileManager.default.removeItem(at: directory)
    }

    /// Open pack files: the one this build appends to, and those entries are read from.
    private final class Packs: Sendable {
        struct State {
            var writer: (name: String, fd: Int32, size: Int)?
            var failed = false
            var readers: [String: Int32] = [:]
        }

        let directory: URL
        let state = Mutex(State())

        init(directory: URL) {
            self.directory = directory
        }

        deinit { closeAll() }

        /// Appends bytes to this build's pack, creating it on first use; the entry name, or nil.
        func append(_ bytes: [UInt8]) -> String? {
            state.withLock { state in
                if state.writer == nil && !state.failed {
                    try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
                    let name = "\(UInt64(Date().timeIntervalSince1970 * 1000))-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).pack"
                    let fd = open(directory.appendingPathComponent(name).path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
                    if fd >= 0 { state.writer = (name, fd, 0) } else { state.failed = true }
                }
                guard let writer = state.writer else { return nil }
                let written = bytes.withUnsafeBytes { pwrite(writer.fd, $0.baseAddress, $0.count, off_t(writer.size)) }
                guard written == bytes.count else { return nil }
                state.writer!.size += bytes.count
                return Entry(pack: writer.name, offset: writer.size, length: bytes.count).name
            }
        }

        func read(_ name: String) -> [UInt8]? {
            guard let entry = Entry(name) else { return nil }
            let fd: Int32 = state.withLock { state in
                if let fd = state.readers[entry.pack] { return fd }
                let fd = open(directory.appendingPathComponent(entry.pack).path, O_RDONLY | O_CLOEXEC)
                if fd >= 0 { state.readers[entry.pack] = fd }
                return fd
            }
            guard fd >= 0 else { return nil }
            var bytes = [UInt8](repeating: 0, count: entry.length)
            let read = bytes.withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, off_t(entry.offset)) }
            return read == entry.length ? bytes : nil
        }

        func sync() {
            state.withLock { state in
                if let writer = state.writer { _ = fsync(writer.fd) }
            }
        }

        func closeAll() {
            state.withLock { state in
                if let writer = state.writer { close(writer.fd) }
                for fd in state.readers.values { close(fd) }
                state = State()
            }
        }
    }
}

extension ExtractionCache.Entry {
    init(pack: String, offset: Int, length: Int) {
        self.pack = pack
        self.offset = offset
        self.length = length
    }
}
