import ParleyGraph

/// What the last build saw and made, kept beside the graph (`.parley-manifest.json`) so the
/// next build re-reads only what changed.
public struct BuildManifest: Sendable, Equatable {
    /// One input file as last seen.
    public struct Document: Sendable, Equatable {
        /// Relative to the corpus folder.
        public var path: String
        public var stamp: FileStamp
        /// `ContentHash` of the bytes; nil for a file skipped unread (over the size limit).
        public var hash: String?
        public var words: Int
        /// Problems that did not stop extraction.
        public var warnings: [String]
        /// Why the file was left out of the graph; nil when it is in.
        public var skipped: String?
        /// The cached extraction, relative to the cache folder; nil when skipped.
        public var cache: String?
    }

    /// An output file as written, to tell whether it is still there untouched.
    public struct Output: Sendable, Equatable {
        public var name: String
        public var stamp: FileStamp
    }

    public static let format = "parley-manifest"
    public var fingerprint: String
    /// In corpus path order.
    public var documents: [Document]
    public var outputs: [Output]
    /// Node counts by kind and edge counts by type of the graph written.
    public var nodeCounts: [String: Int]
    public var edgeCounts: [String: Int]

    public func jsonData() -> [UInt8] {
        var w = JSONWriter()
        w.raw("{\"format\": ")
        w.string(Self.format)
        w.raw(", \"version\": 1, \"fingerprint\": ")
        w.string(fingerprint)
        w.raw(",\n\"nodes\": ")
        counts(nodeCounts, &w)
        w.raw(", \"edges\": ")
        counts(edgeCounts, &w)
        w.raw(",\n\"outputs\": [")
        for (i, output) in outputs.enumerated() {
            w.raw(i == 0 ? "{\"name\": " : ", {\"name\": ")
            w.string(output.name)
            stamp(output.stamp, &w)
            w.raw("}")
        }
        w.raw("],\n\"documents\": [")
        for (i, doc) in documents.enumerated() {
            w.raw(i == 0 ? "\n{\"path\": " : ",\n{\"path\": ")
            w.string(doc.path)
            stamp(doc.stamp, &w)
            if let hash = doc.hash { w.raw(", \"hash\": "); w.string(hash) }
            w.raw(", \"words\": \(doc.words), \"warnings\": [")
            for (k, warning) in doc.warnings.enumerated() {
                if k > 0 { w.raw(", ") }
                w.string(warning)
            }
            w.raw("]")
            if let skipped = doc.skipped { w.raw(", \"skipped\": "); w.string(skipped) }
            if let cache = doc.cache { w.raw(", \"cache\": "); w.string(cache) }
            w.raw("}")
        }
        w.raw("\n]}\n")
        return w.bytes
    }

    private func counts(_ counts: [String: Int], _ w: inout JSONWriter) {
        w.raw("{")
        for (i, name) in counts.keys.sorted().enumerated() {
            if i > 0 { w.raw(", ") }
            w.string(name)
            w.raw(": \(counts[name]!)")
        }
        w.raw("}")
    }

    private func stamp(_ stamp: FileStamp, _ w: inout JSONWriter) {
        // Nanosecond times pass 2^53: kept as a string so no JSON reader rounds them.
        w.raw(", \"size\": \(stamp.size), \"modified\": \"\(stamp.modified)\"")
    }

    /// Reads a manifest; nil when it is missing, damaged or of another format, which the build
    /// treats alike: build everything.
    public init?(json bytes: [UInt8]) {
        guard let root = try? JSONParser.parse(bytes), root["format"]?.stringValue == Self.format,
              root["version"]?.intValue == 1, let fingerprint = root["fingerprint"]?.stringValue,
              let documents = root["documents"]?.arrayValue, let outputs = root["outputs"]?.arrayValue
        else { return nil }
        func stamp(_ value: JSONValue) -> FileStamp? {
            guard let size = value["size"]?.intValue, let modified = value["modified"]?.stringValue.flatMap({ Int($0) }) else { return nil }
            return FileStamp(size: size, modified: modified)
        }
        func counts(_ value: JSONValue?) -> [String: Int] {
            guard case let .object(members)? = value else { return [:] }
            return Dictionary(members.compactMap { name, n in n.intValue.map { (name, $0) } }, uniquingKeysWith: +)
        }
        self.fingerprint = fingerprint
        self.nodeCounts = counts(root["nodes"])
        self.edgeCounts = counts(root["edges"])
        var docs: [Document] = []
        docs.reserveCapacity(documents.count)
        for value in documents {
            guard let path = value["path"]?.stringValue, let stamp = stamp(value) else { return nil }
            docs.append(Document(path: path, stamp: stamp, hash: value["hash"]?.stringValue, words: value["words"]?.intValue ?? 0,
                                 warnings: value["warnings"]?.arrayValue?.compactMap(\.stringValue) ?? [],
                                 skipped: value["skipped"]?.stringValue, cache: value["cache"]?.stringValue))
        }
        self.documents = docs
        var outs: [Output] = []
        for value in outputs {
            guard let name = value["name"]?.stringValue, let stamp = stamp(value) else { return nil }
            outs.append(Output(name: name, stamp: stamp))
        }
        self.outputs = outs
    }

    public init(fingerprint: String, documents: [Document], outputs: [Output], nodeCounts: [String: Int], edgeCounts: [String: Int]) {
        self.fingerprint = fingerprint
        self.documents = documents
        self.outputs = outputs
        self.nodeCounts = nodeCounts
        self.edgeCounts = edgeCounts
    }
}
