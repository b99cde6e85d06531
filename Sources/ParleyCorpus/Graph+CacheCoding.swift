import ParleyGraph

/// A compact binary form of one article's graph for `ExtractionCache`: length-prefixed UTF-8
/// strings and LEB128 integers, read back ten times faster than graph JSON.
///
/// Layout: magic `PRLG1`, node count, nodes (id, kind, label, alias count, aliases, mentions),
/// edge count, edges (source, target, type, status, date?, place?, evidence count, evidence
/// (doc, text, start, end)). Optional strings are a flag byte then the string.
enum GraphCacheCoding {
    static let magic = Array("PRLG1".utf8)

    static func encode(_ graph: Graph) -> [UInt8] {
        var w = Writer(bytes: magic)
        w.int(graph.nodeCount)
        for node in graph.nodesByID.values {
            w.string(node.id)
            w.string(node.kind.rawValue)
            w.string(node.label)
            w.int(node.aliases.count)
            for alias in node.aliases { w.string(alias) }
            w.int(node.mentions)
        }
        w.int(graph.edgeCount)
        for edge in graph.edgesByKey.values {
            w.string(edge.source)
            w.string(edge.target)
            w.string(edge.type.rawValue)
            w.string(edge.status.rawValue)
            w.optional(edge.date)
            w.optional(edge.place)
            w.int(edge.evidence.count)
            for item in edge.evidence {
                w.string(item.doc)
                w.string(item.text)
                w.int(item.start)
                w.int(item.end)
            }
        }
        return w.bytes
    }

    /// The graph, or nil for anything that is not a whole, well-formed encoding.
    static func decode(_ bytes: [UInt8]) -> Graph? {
        guard bytes.starts(with: magic) else { return nil }
        var r = Reader(bytes: bytes, index: magic.count)
        var nodes: [Node] = [], edges: [Edge] = []
        guard let nodeCount = r.int() else { return nil }
        for _ in 0..<nodeCount {
            guard let id = r.string(), let kind = r.string().flatMap(NodeKind.init(rawValue:)), let label = r.string(),
                  let aliasCount = r.int() else { return nil }
            var aliases: [String] = []
            for _ in 0..<aliasCount {
                guard let alias = r.string() else { return nil }
                aliases.append(alias)
            }
            guard let mentions = r.int() else { return nil }
            nodes.append(Node(id: id, kind: kind, label: label, aliases: aliases, mentions: mentions))
        }
        guard let edgeCount = r.int() else { return nil }
        for _ in 0..<edgeCount {
            guard let source = r.string(), let target = r.string(), let type = r.string().flatMap(EdgeType.init(rawValue:)),
                  let status = r.string().flatMap(EdgeStatus.init(rawValue:)), let date = r.optional(), let place = r.optional(),
                  let evidenceCount = r.int() else { return nil }
            var evidence: [Evidence] = []
            for _ in 0..<evidenceCount {
                guard let doc = r.string(), let text = r.string(), let start = r.int(), let end = r.int() else { return nil }
                evidence.append(Evidence(doc: doc, text: text, start: start, end: end))
            }
            edges.append(Edge(source: source, target: target, type: type, status: status, date: date, place: place, evidence: evidence))
        }
        guard r.index == bytes.count else { return nil }
        return Graph(nodes: nodes, edges: edges)
    }

    struct Writer {
        var bytes: [UInt8]

        mutating func int(_ value: Int) {
            var v = UInt64(bitPattern: Int64(value))
            repeat {
                let low = UInt8(v & 0x7F)
                v >>= 7
                bytes.append(v == 0 ? low : low | 0x80)
            } while v != 0
        }

        mutating func string(_ text: String) {
            int(text.utf8.count)
            bytes.append(contentsOf: text.utf8)
        }

        mutating func optional(_ text: String?) {
            if let text { bytes.append(1); string(text) } else { bytes.append(0) }
        }
    }

    struct Reader {
        let bytes: [UInt8]
        var index: Int

        mutating func int() -> Int? {
            var value: UInt64 = 0, shift: UInt64 = 0
            while index < bytes.count, shift < 64 {
                let byte = bytes[index]
                index += 1
                value |= UInt64(byte & 0x7F) << shift
                if byte & 0x80 == 0 { return Int(Int64(bitPattern: value)) }
                shift += 7
            }
            return nil
        }

        mutating func string() -> String? {
            guard let length = int(), length >= 0, length <= bytes.count - index else { return nil }
            defer { index += length }
            return String(decoding: bytes[index..<(index + length)], as: UTF8.self)
        }

        /// `.some(nil)` for an absent value, nil for damaged input.
        mutating func optional() -> String?? {
            guard index < bytes.count else { return nil }
            index += 1
            switch bytes[index - 1] {
            case 0: return .some(nil)
            case 1: return string().map { .some($0) }
            default: return nil
            }
        }
    }
}
