#if canImport(Glibc)
import Glibc
let systemRead = Glibc.read
let systemWrite = Glibc.write
#elseif canImport(Darwin)
import Darwin
let systemRead = Darwin.read
let systemWrite = Darwin.write
#endif

/// Reads one article's bytes with POSIX calls, defensively: never more than a limit (a 200 MB
/// file costs one `stat`, not 200 MB), never blocking on a FIFO, never following a device.
enum ArticleFile {
    enum Failure: Error, Equatable {
        case tooLarge(Int)
        case notRegular
        case unreadable(String)

        func reason(limit: Int) -> String {
            switch self {
            case let .tooLarge(size):
                return "is \(megabytes(size)) MB, over the \(megabytes(limit)) MB limit for one article, skipped"
            case .notRegular: return "is not a regular file (a FIFO, socket or device), skipped"
            case let .unreadable(why): return "cannot be read (\(why)), skipped"
            }
        }

        private func megabytes(_ bytes: Int) -> String {
            let mb = Double(bytes) / 1_048_576
            return mb >= 10 ? String(Int(mb.rounded())) : String(Double(Int(mb * 10)) / 10)
        }
    }

    static func read(_ path: String, limit: Int) -> Result<[UInt8], Failure> {
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { return .failure(.unreadable(describe(errno))) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { return .failure(.unreadable(describe(errno))) }
        guard (info.st_mode & S_IFMT) == S_IFREG else { return .failure(.notRegular) }
        let size = Int(info.st_size)
        guard size <= limit else { return .failure(.tooLarge(size)) }
        // Files in /proc and the like say size 0 and still have content: read to the end, capped.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(size + 1)
        // A chunk the file's size (and a byte more, to see its end), up to 64 KB: a fixed 64 KB
        // chunk cost every article of a few KB an allocation, zeroing and page faults larger than itself.
        var chunk = [UInt8](repeating: 0, count: min(max(size + 1, 4096), 1 << 16))
        while true {
            let n = chunk.withUnsafeMutableBytes { systemRead(fd, $0.baseAddress, $0.count) }
            if n == 0 { break }
            if n < 0 {
                if errno == EINTR { continue }
                return .failure(.unreadable(describe(errno)))
            }
            bytes.append(contentsOf: chunk[0..<n])
            if bytes.count > limit { return .failure(.tooLarge(bytes.count)) }
        }
        return .success(bytes)
    }

    /// The C library's message for an error number ("Permission denied").
    static func describe(_ code: Int32) -> String {
        String(cString: strerror(code)).lowercased()
    }
}
