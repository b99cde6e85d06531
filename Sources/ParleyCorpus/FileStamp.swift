#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What `stat` says about a file: enough to see, without reading it, that it has not changed.
///
/// A file whose size and modification time (to the nanosecond) are as recorded is taken as
/// unchanged, the way `make` and `git` judge it. One `stat` call, no allocation.
public struct FileStamp: Sendable, Equatable {
    public var size: Int
    /// Modification time in nanoseconds since 1970.
    public var modified: Int
    public var isRegular: Bool

    public init(size: Int, modified: Int, isRegular: Bool = true) {
        self.size = size
        self.modified = modified
        self.isRegular = isRegular
    }

    /// The stamp of the file at `path`, following symbolic links; nil with `errno` set when
    /// `stat` fails.
    public static func of(_ path: String) -> FileStamp? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        #if canImport(Darwin)
        let time = info.st_mtimespec
        #else
        let time = info.st_mtim
        #endif
        return FileStamp(size: Int(info.st_size), modified: Int(time.tv_sec) * 1_000_000_000 + Int(time.tv_nsec),
                         isRegular: (info.st_mode & S_IFMT) == S_IFREG)
    }
}
