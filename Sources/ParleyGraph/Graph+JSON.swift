/// A graph file that is valid JSON but not a graph in the ONTOLOGY.md format.
public struct GraphFormatError: Error, Sendable, Equatable, CustomStringConvertible {
    public var reason: String
    public var description: String { reason }
    public init(_ reason: String) { self.reason = reason }
}

/// Any error reading a graph file: its syntax or its content.
public enum GraphReadError: Error, Sendable, CustomStringConvertible {
    case syntax(JSONSyntaxError)
    case format(GraphFormatError)

    public var description: String {
        switch self {
        case let .syntax(e): return "malformed JSON at \(e)"
        case let .format(e): return "not a Parley graph: \(e)"
        }
    }
}

extension Graph {
    /// The graph as ONTOLOGY.md JSON: byte-identical for equal graphs. O((n + m) log(n + m)).
    public func jsonData() -> [UInt8] {
        var w = JSONWriter()
        w.raw("{\n  \"format\": \"kg-graph\",\n  \"version\": 1,\n  \"nodes\": [")
        for (i, node) in nodes.enumerated() {
            w.raw(i == 0 ? "\n    " : ",\n    ")
            w.node(node)
        }
        w.raw(nodesByID.isEmpty ? "],\n  \"edges\": [" : "\n  ],\n  \"edges\": [")
        for (i, edge) in edges.enumerated() {
            w.raw(i == 0 ? "\n    " : ",\n    ")
            w.edge(edge)
        }
        w.raw(edgesByKey.isEmpty ? "]\n}\n" : "\n  ]\n}\n")
        return w.bytes
    }

    public func jsonString() -> String { String(decoding: jsonData(), as: UTF8.self) }

    /// Reads a graph from ONTOLOGY.md JSON.
    public init(json bytes: [UInt8]) throws(GraphReadError) {
        if let listing = GraphDecoder.decode(bytes) {
            self.init(listing)
            return
        }
        let root: JSONValue
        do { root = try JSONParser.parse(bytes) } catch { throw .syntax(error) }
        do { try self.init(jsonValue: root) } catch { throw .format(error) }
    }

    /// The graph of a decoded listing, repeated nodes and edges merged.
    init(_ listing: GraphDecoder.Listing) {
        self.init()
        reserveCapacity(nodes: listing.nodes.count, edges: listing.edges.count)
        for node in listing.nodes { add(node) }
        for edge in listing.edges { add(edge) }
    }

    public init(jsonValue root: JSONValue) throws(GraphFormatError) {
        guard case .object = root else { throw GraphFormatError("the top level is not an object") }
        if let format = root["format"], format.stringValue != "kg-graph" {
            throw GraphFormatError("\"format\" is not \"kg-graph\"")
        }
        guard let nodes = root["nodes"]?.arrayValue else { throw GraphFormatError("no \"nodes\" array") }
        guard let edges = root["edges"]?.arrayValue else { throw GraphFormatError("no \"edges\" array") }
        self.init()
        reserveCapacity(nodes: nodes.count, edges: edges.count)
        for (i, value) in nodes.enumerated() {
            func field(_ name: String) throws(GraphFormatError) -> String {
                guard let s = value[name]?.stringValue else { throw GraphFormatError("node \(i) has no string \"\(name)\"") }
                return s
            }
            let id = try field("id")
            guard let kind = NodeKind(rawValue: try field("kind")) else {
                throw GraphFormatError("node \(id) has unknown kind \"\(value["kind"]?.stringValue ?? "")\"")
            }
            let aliases = value["aliases"]?.arrayValue?.compactMap(\.stringValue) ?? []
            add(Node(id: id, kind: kind, label: try field("label"), aliases: aliases,
                     mentions: value["mentions"]?.intValue ?? 0))
        }
        for (i, value) in edges.enumerated() {
            func field(_ name: String) throws(GraphFormatError) -> String {
                guard let s = value[name]?.stringValue else { throw GraphFormatError("edge \(i) has no string \"\(name)\"") }
                return s
            }
            let typeName = try field("type")
            guard let type = EdgeType(rawValue: typeName) else { throw GraphFormatError("edge \(i) has unknown type \"\(typeName)\"") }
            var status = EdgeStatus.occurred
            if let s = value["status"]?.stringValue {
                guard let parsed = EdgeStatus(rawValue: s) else { throw GraphFormatError("edge \(i) has unknown status \"\(s)\"") }
                status = parsed
            }
            var evidence: [Evidence] = []
            for item in value["evidence"]?.arrayValue ?? [] {
                guard let doc = item["doc"]?.stringValue, let text = item["text"]?.stringValue,
                      let start = item["start"]?.intValue, let end = item["end"]?.intValue
                else { throw GraphFormatError("edge \(i) has an evidence item without doc, text, start and end") }
                evidence.append(Evidence(doc: doc, text: text, start: start, end: end))
            }
            let source = try field("source"), target = try field("target")
            if nodesByID[source] == nil { throw GraphFormatError("edge \(i) names unknown node \"\(source)\"") }
            if nodesByID[target] == nil { throw GraphFormatError("edge \(i) names unknown node \"\(target)\"") }
            add(Edge(source: source, target: target, type: type, status: status,
                     date: value["date"]?.stringValue, place: value["place"]?.stringValue, evidence: evidence))
        }
    }
}

extension Node {
    /// Appends the node exactly as the graph JSON writes it (one line, no comma).
    public func appendJSON(to bytes: inout [UInt8]) {
        JSONWriter.append(to: &bytes) { $0.node(self) }
    }
}

extension Edge {
    /// Appends the edge exactly as the graph JSON writes it (one line, no comma).
    public func appendJSON(to bytes: inout [UInt8]) {
        JSONWriter.append(to: &bytes) { $0.edge(self) }
    }
}

/// Appends JSON text to a byte buffer, escaping per RFC 8259.
public struct JSONWriter: Sendable {
    public var bytes: [UInt8] = []

    public init() {}

    /// Lets `write` append to `bytes` in place.
    static func append(to bytes: inout [UInt8], _ write: (inout JSONWriter) -> Void) {
        var writer = JSONWriter()
        swap(&writer.bytes, &bytes)
        write(&writer)
        swap(&writer.bytes, &bytes)
    }

    /// Appends text as it is: punctuation, numbers, literals.
    public mutating func raw(_ text: String) { bytes.append(contentsOf: text.utf8) }

    /// Appends an integer in decimal, without building a string for it.
    public mutating func int(_ value: Int) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                      UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            repeat {
                buffer[count] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
                count += 1
            } while magnitude > 0
            for k in stride(from: count - 1, through: 0, by: -1) { bytes.append(buffer[k]) }
        }
    }

    /// Appends a quoted, escaped JSON string.
    public mutating func string(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        // Most text needs no escape: copy it whole.
        // Scanned as a buffer where the string has one (native strings do): faster than its view.
        func isPlain(_ byte: UInt8) -> Bool { byte >= 0x20 && byte != UInt8(ascii: "\"") && byte != UInt8(ascii: "\\") }
        let plain = text.utf8.withContiguousStorageIfAvailable { $0.allSatisfy(isPlain) } ?? text.utf8.allSatisfy(isPlain)
        if plain {
            bytes.append(contentsOf: text.utf8)
            bytes.append(UInt8(ascii: "\""))
            return
        }
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): raw("\\\"")
            case UInt8(ascii: "\\"): raw("\\\\")
            case 0x0A: raw("\\n")
            case 0x0D: raw("\\r")
            case 0x09: raw("\\t")
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                bytes.append(contentsOf: Array("\\u00".utf8) + [hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
            default: bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    mutating func member(_ name: String, _ value: String, first: Bool = false) {
        raw(first ? "\"" : ", \"")
        raw(name)
        raw("\": ")
        string(value)
    }

    mutating func node(_ node: Node) {
        raw("{")
        member("id", node.id, first: true)
        member("kind", node.kind.rawValue)
        member("label", node.label)
        raw(", \"aliases\": [")
        for (i, alias) in node.aliases.enumerated() {
            if i > 0 { raw(", ") }
            string(alias)
        }
        raw("], \"mentions\": \(node.mentions)}")
    }

    mutating func edge(_ edge: Edge) {
        raw("{")
        member("source", edge.source, first: true)
        member("target", edge.target)
        member("type", edge.type.rawValue)
        member("status", edge.status.rawValue)
        if let date = edge.date { member("date", date) }
        if let place = edge.place { member("place", place) }
        raw(", \"evidence\": [")
        for (i, item) in edge.evidence.enumerated() {
            raw(i == 0 ? "{" : ", {")
            member("doc", item.doc, first: true)
            member("text", item.text)
            raw(", \"start\": ")
            int(item.start)
            raw(", \"end\": ")
            int(item.end)
            raw("}")
        }
        raw("]}")
    }
}
