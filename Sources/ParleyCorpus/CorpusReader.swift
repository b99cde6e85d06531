import Foundation

/// A problem with one input file; the build goes on without it.
public struct InputWarning: Sendable, Equatable, CustomStringConvertible {
    public var file: String
    public var reason: String
    /// Whether the file was left out of the graph entirely.
    public var skipped: Bool
    /// One line, whatever the file is called: control characters in the name are escaped.
    public var description: String { "\(Self.printable(file)): \(reason)" }

    public init(file: String, reason: String, skipped: Bool) {
        self.file = file
        self.reason = reason
        self.skipped = skipped
    }

    static func printable(_ name: String) -> String {
        guard name.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else { return name }
        return name.unicodeScalars.map { scalar in
            scalar.properties.generalCategory == .control ? "\\u{\(String(scalar.value, radix: 16))}" : String(scalar)
        }.joined()
    }
}

/// Lists the articles of a corpus folder: `.txt`, `.html`, `.htm`, `.md`, sorted by path,
/// following symbolic links to files but never into a loop.
public enum CorpusReader {
    public static let extensions: Set<String> = ["txt", "html", "htm", "xhtml", "md", "text"]

    public struct Listing: Sendable {
        /// Paths relative to the corpus folder, sorted.
        public var files: [String]
        public var warnings: [InputWarning]
    }

    public enum Failure: Error, CustomStringConvertible, Sendable, Equatable {
        case notFound(String)
        case notADirectory(String)
        public var description: String {
            switch self {
            case let .notFound(path): return "\(path): no such corpus folder"
            case let .notADirectory(path): return "\(path): not a folder"
            }
        }
    }

    public static func list(_ root: URL) throws(Failure) -> Listing {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isDirectory) else { throw .notFound(root.path) }
        guard isDirectory.boolValue else { throw .notADirectory(root.path) }
        var files: [String] = []
        var warnings: [InputWarning] = []
        var visited = Set<String>()
        walk(root.resolvingSymlinksInPath(), relative: "", files: &files, warnings: &warnings, visited: &visited)
        return Listing(files: files.sorted(), warnings: warnings)
    }

    private static func walk(_ dir: URL, relative: String, files: inout [String], warnings: inout [InputWarning], visited: inout Set<String>) {
        let real = dir.resolvingSymlinksInPath().path
        guard visited.insert(real).inserted else {
            warnings.append(InputWarning(file: relative.isEmpty ? "." : relative, reason: "symbolic link loop, not followed", skipped: true))
            return
        }
        let names: [String]
        do { names = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() } catch {
            warnings.append(InputWarning(file: relative.isEmpty ? "." : relative, reason: "folder cannot be read", skipped: true))
            return
        }
        for name in names where !name.hasPrefix(".") {
            let url = dir.appendingPathComponent(name)
            let rel = relative.isEmpty ? name : relative + "/" + name
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
                let loop = FileStamp.of(url.path) == nil && errno == ELOOP
                warnings.append(InputWarning(file: rel, reason: loop ? "symbolic link loop, skipped" : "broken symbolic link, skipped", skipped: true))
                continue
            }
            if isDirectory.boolValue {
                walk(url, relative: rel, files: &files, warnings: &warnings, visited: &visited)
            } else if extensions.contains(url.pathExtension.lowercased()) {
                files.append(rel)
            }
        }
    }
}
