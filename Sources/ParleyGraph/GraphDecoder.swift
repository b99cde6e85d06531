/// Reads an ONTOLOGY.md graph straight from JSON bytes into nodes and edges, without building
/// a `JSONValue` tree first: a million-edge file then loads in a fraction of the time and
/// memory. It takes only the well-formed common case (members in any order, nodes before
/// edges, no repeated member names); on anything else it gives up, and `Graph(json:)` reads
/// the file the general way, which also words every error. O(n) in the file's size.
struct GraphDecoder {
    private var parser: JSONParser
    private struct GiveUp: Error {}

    /// The graph in `bytes`, or nil when the general reader must decide.
    static func decode(_ bytes: [UInt8]) -> Graph? {
        var decoder = GraphDecoder(parser: JSONParser(bytes: bytes))
        return try? decoder.graph()
    }

    private mutating func graph() throws -> Graph {
        var graph = Graph()
        graph.reserveCapacity(nodes: 0, edges: parser.bytes.count / 400)
        var sawNodes = false, sawEdges = false
        try object { decoder, name in
            switch name {
            case "format":
                guard try decoder.parser.parseValue().stringValue == "kg-graph" else { throw GiveUp() }
            case "nodes":
                sawNodes = true
                try decoder.array { decoder in graph.add(try decoder.node()) }
            case "edges":
                guard sawNodes else { throw GiveUp() }
                sawEdges = true
                try decoder.array { decoder in
                    let edge = try decoder.edge()
                    guard graph.node(id: edge.source) != nil, graph.node(id: edge.target) != nil else { throw GiveUp() }
                    graph.add(edge)
                }
            default:
                _ = try decoder.parser.parseValue()
            }
        }
        parser.skipSpace()
        guard sawEdges, parser.index == parser.bytes.count else { throw GiveUp() }
        return graph
    }

    private mutating func node() throws -> Node {
        var id: String?, kind: NodeKind?, label: String?, aliases: [String] = [], mentions = 0
        try object { decoder, name in
            switch name {
            case "id": id = try decoder.string()
            case "kind": kind = NodeKind(rawValue: try decoder.string())
            case "label": label = try decoder.string()
            case "aliases": aliases = try decoder.parser.parseValue().arrayValue?.compactMap(\.stringValue) ?? []
            case "mentions": mentions = try decoder.parser.parseValue().intValue ?? 0
            default: _ = try decoder.parser.parseValue()
            }
        }
        guard let id, let kind, let label else { throw GiveUp() }
        return Node(id: id, kind: kind, label: label, aliases: aliases, mentions: mentions)
    }

    private mutating func edge() throws -> Edge {
        var source: String?, target: String?, type: EdgeType?, status = EdgeStatus.occurred
        var date: String?, place: String?, evidence: [Evidence] = []
        try object { decoder, name in
            switch name {
            case "source": source = try decoder.string()
            case "target": target = try decoder.string()
            case "type": type = EdgeType(rawValue: try decoder.string())
            case "status":
                if let s = try decoder.parser.parseValue().stringValue {
                    guard let parsed = EdgeStatus(rawValue: s) else { throw GiveUp() }
                    status = parsed
                }
            case "date": date = try decoder.parser.parseValue().stringValue
            case "place": place = try decoder.parser.parseValue().stringValue
            case "evidence": try decoder.array { decoder in evidence.append(try decoder.evidence()) }
            default: _ = try decoder.parser.parseValue()
            }
        }
        guard let source, let target, let type else { throw GiveUp() }
        return Edge(source: source, target: target, type: type, status: status, date: date, place: place, evidence: evidence)
    }

    private mutating func evidence() throws -> Evidence {
        var doc: String?, text: String?, start: Int?, end: Int?
        try object { decoder, name in
            switch name {
            case "doc": doc = try decoder.string()
            case "text": text = try decoder.string()
            case "start": start = try decoder.parser.parseValue().intValue
            case "end": end = try decoder.parser.parseValue().intValue
            default: _ = try decoder.parser.parseValue()
            }
        }
        guard let doc, let text, let start, let end else { throw GiveUp() }
        return Evidence(doc: doc, text: text, start: start, end: end)
    }

    /// A string value; anything else gives up.
    private mutating func string() throws -> String {
        guard peek == UInt8(ascii: "\"") else { throw GiveUp() }
        return try parser.parseString()
    }

    private var peek: UInt8? { parser.index < parser.bytes.count ? parser.bytes[parser.index] : nil }

    private mutating func expect(_ byte: UInt8) throws {
        parser.skipSpace()
        guard peek == byte else { throw GiveUp() }
        parser.index += 1
    }

    /// Reads an object, handing each member's name to `member`, which reads its value.
    private mutating func object(_ member: (inout GraphDecoder, String) throws -> Void) throws {
        try expect(UInt8(ascii: "{"))
        parser.skipSpace()
        if peek == UInt8(ascii: "}") { parser.index += 1; return }
        var names: [String] = []  // a handful per object: a list beats hashing
        while true {
            parser.skipSpace()
            let name = try string()
            guard !names.contains(name) else { throw GiveUp() }
            names.append(name)
            try expect(UInt8(ascii: ":"))
            parser.skipSpace()
            try member(&self, name)
            parser.skipSpace()
            if peek == UInt8(ascii: ",") { parser.index += 1; continue }
            try expect(UInt8(ascii: "}"))
            return
        }
    }

    /// Reads an array, calling `element` to read each item.
    private mutating func array(_ element: (inout GraphDecoder) throws -> Void) throws {
        try expect(UInt8(ascii: "["))
        parser.skipSpace()
        if peek == UInt8(ascii: "]") { parser.index += 1; return }
        while true {
            parser.skipSpace()
            try element(&self)
            parser.skipSpace()
            if peek == UInt8(ascii: ",") { parser.index += 1; continue }
            try expect(UInt8(ascii: "]"))
            return
        }
    }
}
