/// Reads an ONTOLOGY.md graph straight from JSON bytes into flat lists of nodes and edges,
/// without building a `JSONValue` tree first: a million-edge file then loads in a fraction of
/// the time and memory. It takes only the well-formed common case (members in any order,
/// nodes before edges, no repeated member names, every edge's ends among the nodes); on
/// anything else it gives up, and the file is read the general way, which also words every
/// error. O(n) in the file's size.
struct GraphDecoder {
    private var parser: JSONParser
    private struct GiveUp: Error {}
    /// The nodes read so far, and their ids by bytes once all are read.
    private var nodes: [Node] = []
    private var ids = IDTable([])

    /// What the file lists, in file order.
    struct Listing {
        var nodes: [Node] = []
        var edges: [Edge] = []
        var source: [Int32] = []
        var target: [Int32] = []
        /// Nodes in strictly increasing id order and edges in strictly increasing key order,
        /// as a written graph has them: no node or edge repeats, nothing to merge.
        var isCanonical = true
    }

    /// The file's nodes and edges, or nil when the general reader must decide.
    static func decode(_ bytes: [UInt8]) -> Listing? {
        var decoder = GraphDecoder(parser: JSONParser(bytes: bytes))
        return try? decoder.listing()
    }

    private mutating func listing() throws -> Listing {
        var listing = Listing()
        var sawNodes = false, sawEdges = false
        try object { decoder, name in
            switch name {
            case "format":
                guard try decoder.parser.parseValue().stringValue == "kg-graph" else { throw GiveUp() }
            case "nodes":
                sawNodes = true
                try decoder.array { decoder in
                    let node = try decoder.node()
                    if let last = decoder.nodes.last, !(last.id < node.id) { listing.isCanonical = false }
                    decoder.nodes.append(node)
                }
                decoder.ids = IDTable(decoder.nodes)
            case "edges":
                guard sawNodes else { throw GiveUp() }
                sawEdges = true
                let expected = decoder.parser.bytes.count / 400
                listing.edges.reserveCapacity(expected)
                listing.source.reserveCapacity(expected)
                listing.target.reserveCapacity(expected)
                try decoder.array { decoder in
                    let (edge, s, t) = try decoder.edge()
                    // With nodes sorted, positions order like ids: compare integers, not strings.
                    if listing.isCanonical, let last = listing.edges.last,
                       !((listing.source.last!, last.type, listing.target.last!, last.date ?? "", last.status)
                         < (s, edge.type, t, edge.date ?? "", edge.status)) {
                        listing.isCanonical = false
                    }
                    listing.edges.append(edge)
                    listing.source.append(s)
                    listing.target.append(t)
                }
            default:
                _ = try decoder.parser.parseValue()
            }
        }
        parser.skipSpace()
        guard sawEdges, parser.index == parser.bytes.count else { throw GiveUp() }
        listing.nodes = nodes
        return listing
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

    /// The edge and the positions of its source and target among the nodes read.
    private mutating func edge() throws -> (edge: Edge, source: Int32, target: Int32) {
        var source: String?, target: String?, type: EdgeType?, status = EdgeStatus.occurred
        var sourcePosition: Int32 = -1, targetPosition: Int32 = -1
        var date: String?, place: String?, evidence: [Evidence] = []
        try object { decoder, name in
            switch name {
            case "source": (source, sourcePosition) = try decoder.endpoint()
            case "target": (target, targetPosition) = try decoder.endpoint()
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
        let edge = Edge(source: source, target: target, type: type, status: status, date: date, place: place, evidence: evidence)
        // A symmetric edge may have swapped its ends.
        return edge.source == source ? (edge, sourcePosition, targetPosition) : (edge, targetPosition, sourcePosition)
    }

    /// An edge's end: the id string of the node already read (shared, not copied), and its
    /// position; found by the id's bytes in the file, so no string is made to look it up.
    private mutating func endpoint() throws -> (String, Int32) {
        guard peek == UInt8(ascii: "\"") else { throw GiveUp() }
        let start = parser.index + 1
        var end = start
        while end < parser.bytes.count && parser.bytes[end] != UInt8(ascii: "\"") && parser.bytes[end] != UInt8(ascii: "\\") { end += 1 }
        guard end < parser.bytes.count, parser.bytes[end] == UInt8(ascii: "\""),
              let position = ids.find(parser.bytes, start..<end) else { throw GiveUp() }
        parser.index = end + 1
        return (nodes[Int(position)].id, position)
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
        var seen: UInt32 = 0  // known member names met so far, one bit each
        while true {
            parser.skipSpace()
            let name = try string()
            let bit = Self.bit(name)
            guard seen & bit == 0 else { throw GiveUp() }
            seen |= bit
            try expect(UInt8(ascii: ":"))
            parser.skipSpace()
            try member(&self, name)
            parser.skipSpace()
            if peek == UInt8(ascii: ",") { parser.index += 1; continue }
            try expect(UInt8(ascii: "}"))
            return
        }
    }

    /// A bit of its own for each member name the decoder reads, so that a repeated one (which
    /// the general reader resolves as its first) is noticed without a list or set per object;
    /// other names are skipped and may repeat.
    private static func bit(_ name: String) -> UInt32 {
        // Dispatch on the first letter first: one or two comparisons instead of nineteen.
        let candidates: [(String, UInt32)]
        switch name.utf8.first {
        case UInt8(ascii: "a"): candidates = [("aliases", 1 << 6)]
        case UInt8(ascii: "d"): candidates = [("date", 1 << 12), ("doc", 1 << 15)]
        case UInt8(ascii: "e"): candidates = [("edges", 1 << 2), ("evidence", 1 << 14), ("end", 1 << 18)]
        case UInt8(ascii: "f"): candidates = [("format", 1 << 0)]
        case UInt8(ascii: "i"): candidates = [("id", 1 << 3)]
        case UInt8(ascii: "k"): candidates = [("kind", 1 << 4)]
        case UInt8(ascii: "l"): candidates = [("label", 1 << 5)]
        case UInt8(ascii: "m"): candidates = [("mentions", 1 << 7)]
        case UInt8(ascii: "n"): candidates = [("nodes", 1 << 1)]
        case UInt8(ascii: "p"): candidates = [("place", 1 << 13)]
        case UInt8(ascii: "s"): candidates = [("source", 1 << 8), ("status", 1 << 11), ("start", 1 << 17)]
        case UInt8(ascii: "t"): candidates = [("target", 1 << 9), ("type", 1 << 10), ("text", 1 << 16)]
        default: return 0
        }
        return candidates.first { $0.0 == name }?.1 ?? 0
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

/// Node ids by their UTF-8 bytes: open addressing with FNV-1a over a copy of every id's bytes,
/// so an edge's ends are found straight from the file's bytes. The first of repeated ids wins.
/// O(total id length) to build.
struct IDTable {
    private var slots: [Int32]
    private let mask: Int
    /// Every id's bytes end to end; id `i` is `arena[offsets[i] ..< offsets[i + 1]]`.
    private var arena: [UInt8] = []
    private var offsets: [Int] = [0]

    init(_ nodes: [Node]) {
        var capacity = 16
        while capacity < nodes.count * 2 { capacity *= 2 }
        slots = [Int32](repeating: -1, count: capacity)
        mask = capacity - 1
        for node in nodes {
            arena.append(contentsOf: node.id.utf8)
            offsets.append(arena.count)
        }
        for i in nodes.indices {
            let range = offsets[i]..<offsets[i + 1]
            if find(arena, range) == nil {
                var slot = arena.withUnsafeBufferPointer { Self.hash(UnsafeBufferPointer(rebasing: $0[range])) } & mask
                while slots[slot] >= 0 { slot = (slot + 1) & mask }
                slots[slot] = Int32(i)
            }
        }
    }

    /// The position among the nodes of the node whose id is `bytes[range]`.
    func find(_ bytes: [UInt8], _ range: Range<Int>) -> Int32? {
        bytes.withUnsafeBufferPointer { buffer in
            arena.withUnsafeBufferPointer { ids in
                let key = UnsafeBufferPointer(rebasing: buffer[range])
                var slot = Self.hash(key) & mask
                while slots[slot] >= 0 {
                    let i = Int(slots[slot])
                    if UnsafeBufferPointer(rebasing: ids[offsets[i]..<offsets[i + 1]]).elementsEqual(key) { return slots[slot] }
                    slot = (slot + 1) & mask
                }
                return nil
            }
        }
    }

    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
        return Int(truncatingIfNeeded: h ^ (h >> 29))
    }
}
