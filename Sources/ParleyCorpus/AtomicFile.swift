import Foundation

/// Writes files so that readers see the old content or the new, never a part: the bytes go to
/// a temporary file in the same folder, are flushed to disk, and the file is renamed over the
/// target. A crash or Ctrl-C leaves the target as it was (and at worst a hidden `.NAME.tmp-*`).
public enum AtomicFile {
    public static func write(_ bytes: [UInt8], to url: URL) throws {
        var batch = Batch()
        try batch.stage(bytes, to: url)
        try batch.commit()
    }

    public static func write(_ text: String, to url: URL) throws {
        try write(Array(text.utf8), to: url)
    }

    /// Files replaced together: every one is written in full to its temporary file before the
    /// first rename, so a failure while writing replaces none of them.
    public struct Batch {
        private var staged: [(temp: URL, target: URL)] = []

        public init() {}

        /// Writes `bytes` to a temporary file beside `url`; on failure every staged file is discarded.
        public mutating func stage(_ bytes: [UInt8], to url: URL) throws {
            do {
                let dir = url.deletingLastPathComponent()
                try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
                let temp = dir.appendingPathComponent(".\(url.lastPathComponent).tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
                staged.append((temp, url))
                try writeFlushed(bytes, to: temp.path)
            } catch let error as WriteError {
                discard()
                throw error
            } catch {
                discard()
                throw WriteError(path: url.path, reason: "\((error as NSError).localizedDescription)")
            }
        }

        /// Renames every staged file over its target, in the order staged.
        public mutating func commit() throws {
            defer { staged.removeAll() }
            for (temp, target) in staged where rename(temp.path, target.path) != 0 {
                let code = errno
                discard()
                throw WriteError(path: target.path, code: code)
            }
        }

        /// Removes the temporary files not yet renamed.
        public mutating func discard() {
            for (temp, _) in staged { unlink(temp.path) }
            staged.removeAll()
        }
    }

    /// Removes the temporary files (`.NAME.tmp-PID-N`) that a write killed before its rename
    /// left in `directory`, those of processes no longer running; returns their names.
    @discardableResult
    public static func removeStaleTemporaries(in directory: URL) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        var removed: [String] = []
        for name in names.sorted() where name.hasPrefix(".") {
            guard let marker = name.range(of: ".tmp-", options: .backwards) else { continue }
            let parts = name[marker.upperBound...].split(separator: "-")
            guard parts.count == 2, let pid = Int32(parts[0]), UInt32(parts[1]) != nil, pid > 0 else { continue }
            // A running writer's file stays: kill(pid, 0) fails with ESRCH only for a gone process.
            guard kill(pid, 0) != 0, errno == ESRCH else { continue }
            if unlink(directory.appendingPathComponent(name).path) == 0 { removed.append(name) }
        }
        return removed
    }

    private static func writeFlushed(_ bytes: [UInt8], to path: String) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw WriteError(path: path, code: errno) }
        defer { close(fd) }
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeBytes { systemWrite(fd, $0.baseAddress! + offset, bytes.count - offset) }
            if n < 0 {
                if errno == EINTR { continue }
                throw WriteError(path: path, code: errno)
            }
            offset += n
        }
        guard fsync(fd) == 0 else { throw WriteError(path: path, code: errno) }
    }
}

/// A file that could not be written, named with the system's reason.
public struct WriteError: Error, Sendable, CustomStringConvertible {
    public var path: String
    public var reason: String
    public var description: String { "\(path): cannot be written (\(reason))" }

    init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    init(path: String, code: Int32) {
        self.path = path
        self.reason = ArticleFile.describe(code)
    }
}
