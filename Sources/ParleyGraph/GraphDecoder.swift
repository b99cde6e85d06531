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
        var seen: UInt32 = 0
        try expect(UInt8(ascii: "{"))
        while let member = try nextMember(&seen) {
            switch member {
            case .format:
                guard try parser.parseValue().stringValue == "kg-graph" else { throw GiveUp() }
            case .nodes:
                sawNodes = true
                try expect(UInt8(ascii: "["))
                var started = false
                while try nextElement(&started) {
                    let node = try node()
                    if let last = nodes.last, !(last.id < node.id) { listing.isCanonical = false }
                    nodes.append(node)
                }
                ids = IDTable(nodes)
            case .edges:
                guard sawNodes else { throw GiveUp() }
                sawEdges = true
                // Room for every edge of a typical file at once (unused room is never touched).
                let expected = parser.bytes.count / 256
                listing.edges.reserveCapacity(expected)
                listing.source.reserveCapacity(expected)
                listing.target.reserveCapacity(expected)
                try expect(UInt8(ascii: "["))
                var started = false
                // The previous edge's key, kept apart: reading it from the list would copy the edge.
                var last: (source: Int32, type: EdgeType, target: Int32, date: String, status: EdgeStatus)?
                while try nextElement(&started) {
                    let (edge, s, t) = try edge()
                    // With nodes sorted, positions order like ids: compare integers, not strings.
                    let key = (source: s, type: edge.type, target: t, date: edge.date ?? "", status: edge.status)
                    if listing.isCanonical, let last, !(last < key) { listing.isCanonical = false }
                    last = key
                    listing.edges.append(edge)
                    listing.source.append(s)
                    listing.target.append(t)
                }
            default:
                _ = try parser.parseValue()
            }
        }
        parser.skipSpace()
        guard sawEdges, parser.index == parser.bytes.count else { throw GiveUp() }
        listing.nodes = nodes
        return listing
    }

    private mutating func node() throws -> Node {
        var id: String?, kind: NodeKind?, label: String?, aliases: [String] = [], mentions = 0
        var seen: UInt32 = 0
        try expect(UInt8(ascii: "{"))
        while let member = try nextMember(&seen) {
            switch member {
            case .id: id = try string()
            case .kind: kind = try rawCase(Self.nodeKinds)
            case .label: label = try string()
            case .aliases: aliases = try parser.parseValue().arrayValue?.compactMap(\.stringValue) ?? []
            case .mentions: mentions = try integer() ?? 0
            default: _ = try parser.parseValue()
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
        var seen: UInt32 = 0
        try expect(UInt8(ascii: "{"))
        while let member = try nextMember(&seen) {
            switch member {
            case .source: (source, sourcePosition) = try endpoint()
            case .target: (target, targetPosition) = try endpoint()
            case .type: type = try rawCase(Self.edgeTypes)
            case .status:
                if peek == UInt8(ascii: "\"") {
                    guard let parsed = try rawCase(Self.edgeStatuses) else { throw GiveUp() }
                    status = parsed
                } else {
                    _ = try parser.parseValue()
                }
            case .date: date = try optionalString()
            case .place: place = try optionalString()
            case .evidence:
                try expect(UInt8(ascii: "["))
                var started = false
                while try nextElement(&started) { evidence.append(try self.evidence()) }
            default: _ = try parser.parseValue()
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
        guard let range = rawString(), let position = ids.find(parser.bytes, range) else { throw GiveUp() }
        return (nodes[Int(position)].id, position)
    }

    private mutating func evidence() throws -> Evidence {
        var doc: String?, text: String?, start: Int?, end: Int?
        var seen: UInt32 = 0
        try expect(UInt8(ascii: "{"))
        while let member = try nextMember(&seen) {
            switch member {
            case .doc: doc = try string()
            case .text: text = try string()
            case .start: start = try integer()
            case .end: end = try integer()
            default: _ = try parser.parseValue()
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

    /// A string value, or nil for any other value.
    private mutating func optionalString() throws -> String? {
        peek == UInt8(ascii: "\"") ? try parser.parseString() : try parser.parseValue().stringValue
    }

    /// A number's value if it is an integer, as `JSONValue.intValue` reads it; nil for any
    /// other value. Plain digits are read in place, anything else the general way.
    private mutating func integer() throws -> Int? {
        let bytes = parser.bytes
        var end = parser.index, value = 0
        while end < bytes.count, bytes[end] >= 0x30, bytes[end] <= 0x39, end - parser.index < 15 {
            value = value * 10 + Int(bytes[end] - 0x30)
            end += 1
        }
        let next = end < bytes.count ? bytes[end] : 0
        // A leading zero, a fraction, an exponent or many digits: let the parser decide.
        guard end > parser.index, bytes[parser.index] != 0x30 || end == parser.index + 1,
              !(0x30...0x39).contains(next), next != UInt8(ascii: "."), next | 0x20 != UInt8(ascii: "e") else {
            return try parser.parseValue().intValue
        }
        parser.index = end
        return value
    }

    /// The bytes of the string at the cursor, which is moved past it; nil (cursor unmoved)
    /// unless a string without escapes is there.
    private mutating func rawString() -> Range<Int>? {
        guard peek == UInt8(ascii: "\"") else { return nil }
        let bytes = parser.bytes
        let start = parser.index + 1
        var end = start
        while end < bytes.count && bytes[end] != UInt8(ascii: "\"") && bytes[end] != UInt8(ascii: "\\") { end += 1 }
        guard end < bytes.count, bytes[end] == UInt8(ascii: "\"") else { return nil }
        parser.index = end + 1
        return start..<end
    }

    /// The case of an enumeration whose raw value is the string at the cursor, matched on the
    /// bytes; nil for another string, and anything but a plain string gives up.
    private mutating func rawCase<T>(_ cases: [([UInt8], T)]) throws -> T? {
        guard let range = rawString() else { throw GiveUp() }
        return cases.first { sameBytes($0.0, parser.bytes, range) }?.1
    }

    private static let nodeKinds = NodeKind.allCases.map { (Array($0.rawValue.utf8), $0) }
    private static let edgeTypes = EdgeType.allCases.map { (Array($0.rawValue.utf8), $0) }
    private static let edgeStatuses = EdgeStatus.allCases.map { (Array($0.rawValue.utf8), $0) }

    private var peek: UInt8? { parser.index < parser.bytes.count ? parser.bytes[parser.index] : nil }

    private mutating func expect(_ byte: UInt8) throws {
        parser.skipSpace()
        guard peek == byte else { throw GiveUp() }
        parser.index += 1
    }

    /// After an object's `{` or a member's value: the next member's name, with the cursor on
    /// its value, or nil past the closing `}`. Gives up on a known name met twice in the
    /// object (`seen` keeps their bits), as the general reader would take the first.
    private mutating func nextMember(_ seen: inout UInt32) throws -> Member? {
        parser.skipSpace()
        if peek == UInt8(ascii: "}") { parser.index += 1; return nil }
        if seen & Member.anyBit != 0 {
            try expect(UInt8(ascii: ","))
            parser.skipSpace()
        }
        guard let range = rawString() else { throw GiveUp() }
        let member = Member(parser.bytes, range)
        guard seen & member.bit == 0 else { throw GiveUp() }
        seen |= member.bit | Member.anyBit
        try expect(UInt8(ascii: ":"))
        parser.skipSpace()
        return member
    }

    /// After an array's `[` or an element: whether another element follows, with the cursor
    /// on it; false past the closing `]`. `started` says whether an element was read.
    private mutating func nextElement(_ started: inout Bool) throws -> Bool {
        parser.skipSpace()
        if peek == UInt8(ascii: "]") { parser.index += 1; return false }
        if started {
            try expect(UInt8(ascii: ","))
            parser.skipSpace()
        }
        started = true
        return true
    }

    /// The member names the decoder reads, each with a bit of its own, so that a repeated one
    /// (which the general reader resolves as its first) is noticed without a list or set per
    /// object; other names are skipped and may repeat.
    private enum Member: UInt32, CaseIterable {
        case format, nodes, edges, id, kind, label, aliases, mentions, source, target, type, status, date, place
        case evidence, doc, text, start, end
        case other

        var bit: UInt32 { self == .other ? 0 : 1 << rawValue }
        /// Set once any member was read: a comma must come before the next.
        static let anyBit: UInt32 = 1 << 31

        /// The member named by `bytes[range]`: looked up by the name's length and first two
        /// letters, then checked in full.
        init(_ bytes: [UInt8], _ range: Range<Int>) {
            guard range.count >= 2, range.count < 16 else { self = .other; return }
            let candidate = Member.byShape[Member.shape(range.count, bytes[range.lowerBound], bytes[range.lowerBound + 1])]
            self = candidate != .other && sameBytes(Member.names[Int(candidate.rawValue)], bytes, range) ? candidate : .other
        }

        private static func shape(_ count: Int, _ first: UInt8, _ second: UInt8) -> Int {
            count << 10 | Int(first & 31) << 5 | Int(second & 31)
        }

        /// Each known member at its name's shape (no two share one); `other` everywhere else.
        private static let byShape: [Member] = {
            var table = [Member](repeating: .other, count: 16 << 10)
            for member in allCases where member != .other {
                let name = names[Int(member.rawValue)]
                let at = shape(name.count, name[0], name[1])
                precondition(table[at] == .other, "two member names of one shape")
                table[at] = member
            }
            return table
        }()

        private static let names = allCases.map { Array(String(describing: $0).utf8) }
    }
}

/// Whether `a` holds the same bytes as `b[range]`, compared eight at a time.
func sameBytes(_ a: [UInt8], _ b: [UInt8], _ range: Range<Int>) -> Bool {
    a.withUnsafeBufferPointer { a in
        b.withUnsafeBufferPointer { b in sameBytes(a, UnsafeBufferPointer(rebasing: b[range])) }
    }
}

@inline(__always)
func sameBytes(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
    guard a.count == b.count else { return false }
    guard let p = a.baseAddress, let q = b.baseAddress else { return true }
    let raw = UnsafeRawPointer(p), other = UnsafeRawPointer(q)
    var i = 0
    while i + 8 <= a.count {
        if raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) != other.loadUnaligned(fromByteOffset: i, as: UInt64.self) {
            return false
        }
        i += 8
    }
    while i < a.count {
        if p[i] != q[i] { return false }
        i += 1
    }
    return true
}

/// Node ids by their UTF-8 bytes: open addressing over a copy of every id's bytes, so an
/// edge's ends are found straight from the file's bytes. Each slot keeps part of its id's
/// hash beside the position, so that a probe compares bytes only when the hashes agree. The
/// first of repeated ids wins. O(total id length) to build.
struct IDTable {
    /// Per slot: the hash's upper half, then the position plus one (0 for an empty slot).
    private var slots: [UInt64]
    private let mask: Int
    /// Every id's bytes end to end; id `i` is `arena[offsets[i] ..< offsets[i + 1]]`.
    private var arena: [UInt8] = []
    private var offsets: [Int] = [0]

    init(_ nodes: [Node]) {
        var capacity = 16
        while capacity < nodes.count * 2 { capacity *= 2 }
        slots = [UInt64](repeating: 0, count: capacity)
        mask = capacity - 1
        for node in nodes {
            arena.append(contentsOf: node.id.utf8)
            offsets.append(arena.count)
        }
        for i in nodes.indices {
            let range = offsets[i]..<offsets[i + 1]
            if find(arena, range) == nil {
                let hash = arena.withUnsafeBufferPointer { Self.hash(UnsafeBufferPointer(rebasing: $0[range])) }
                var slot = Int(truncatingIfNeeded: hash) & mask
                while slots[slot] != 0 { slot = (slot + 1) & mask }
                slots[slot] = hash & 0xFFFF_FFFF_0000_0000 | UInt64(i + 1)
            }
        }
    }

    /// The position among the nodes of the node whose id is `bytes[range]`.
    func find(_ bytes: [UInt8], _ range: Range<Int>) -> Int32? {
        bytes.withUnsafeBufferPointer { buffer in
            arena.withUnsafeBufferPointer { ids in
                slots.withUnsafeBufferPointer { slots in
                    let key = UnsafeBufferPointer(rebasing: buffer[range])
                    let hash = Self.hash(key)
                    var slot = Int(truncatingIfNeeded: hash) & mask
                    while slots[slot] != 0 {
                        let entry = slots[slot]
                        let i = Int(entry & 0xFFFF_FFFF) - 1
                        if entry & 0xFFFF_FFFF_0000_0000 == hash & 0xFFFF_FFFF_0000_0000,
                           sameBytes(UnsafeBufferPointer(rebasing: ids[offsets[i]..<offsets[i + 1]]), key) {
                            return Int32(i)
                        }
                        slot = (slot + 1) & mask
                    }
                    return nil
                }
            }
        }
    }

    /// FNV-1a over the bytes, then a final mix so that both halves of the hash depend on all.
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
        h ^= h >> 29
        h = h &* 0xBF58_476D_1CE4_E5B9
        return h ^ (h >> 32)
    }
}
