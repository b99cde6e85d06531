import ParleyGraph

/// One line of JSON being written for an answer, in the graph file's own spacing.
struct JSONLine {
    private(set) var bytes: [UInt8] = []
    /// No member written yet in the object being written.
    private var fresh = true

    mutating func raw(_ text: String) { bytes.append(contentsOf: text.utf8) }

    mutating func string(_ text: String) {
        bytes.append(0x22)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"", "\\": bytes.append(0x5C); bytes.append(UInt8(scalar.value))
            case "\n": raw("\\n")
            case "\r": raw("\\r")
            case "\t": raw("\\t")
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                raw("\\u" + String(repeating: "0", count: 4 - hex.count) + hex)
            default: bytes.append(contentsOf: String(scalar).utf8)
            }
        }
        bytes.append(0x22)
    }

    /// Writes `{`, the members `body` writes, then `}`.
    mutating func object(_ body: (inout JSONLine) -> Void) {
        raw("{")
        let outer = fresh
        fresh = true
        body(&self)
        fresh = outer
        raw("}")
    }

    /// Starts a member of the current object: a comma unless it is the first, then the name.
    mutating func key(_ name: String) {
        if !fresh { raw(", ") }
        fresh = false
        string(name)
        raw(": ")
    }

    mutating func field(_ name: String, _ value: String) { key(name); string(value) }
    mutating func field(_ name: String, int value: Int) { key(name); raw(String(value)) }
    mutating func field(_ name: String, ids nodes: [Node]) { key(name); list(nodes) { $0.string($1.id) } }
    mutating func field(_ name: String, edges: [Edge]) { key(name); list(edges) { $0.edge($1) } }

    mutating func list<T>(_ items: [T], _ write: (inout JSONLine, T) -> Void) {
        raw("[")
        for (i, item) in items.enumerated() {
            if i > 0 { raw(", ") }
            write(&self, item)
        }
        raw("]")
    }

    /// The edge exactly as the graph JSON writes it.
    mutating func edge(_ edge: Edge) { edge.appendJSON(to: &bytes) }

    /// The node exactly as the graph JSON writes it.
    mutating func node(_ node: Node) { node.appendJSON(to: &bytes) }

    mutating func number(_ value: Double) {
        if value.isNaN || value.isInfinite { raw("null") } else if value == value.rounded(), abs(value) < 1e15 {
            raw(String(Int(value)))
        } else {
            raw(String(value))
        }
    }

    mutating func end() -> [UInt8] {
        raw("\n")
        return bytes
    }
}

extension PathAnswer {
    /// `{"paths": [{"nodes": [ids…], "edges": [edge objects…]}]}` on one line.
    public func jsonData() -> [UInt8] {
        var w = JSONLine()
        w.object { w in
            w.key("paths")
            w.list(paths) { w, path in w.object { $0.field("nodes", ids: path.nodes); $0.field("edges", edges: path.edges) } }
        }
        return w.end()
    }
}

extension NeighborhoodAnswer {
    /// `{"center": id, "hops": K, "nodes": [{"id": id, "distance": d}…], "edges": [edge objects…]}`.
    public func jsonData() -> [UInt8] {
        var w = JSONLine()
        w.object { w in
            w.field("center", center.id)
            w.field("hops", int: hops)
            w.key("nodes")
            w.list(members) { w, member in w.object { $0.field("id", member.node.id); $0.field("distance", int: member.distance) } }
            w.field("edges", edges: edges)
        }
        return w.end()
    }
}

extension BetweenAnswer {
    /// `{"a": id, "b": id, "direct": [edges…], "common": [{"id": id, "edges": [edges…]}…],
    /// "mediators": [same]}`.
    public func jsonData() -> [UInt8] {
        var w = JSONLine()
        w.object { w in
            w.field("a", a.id)
            w.field("b", b.id)
            w.field("direct", edges: direct)
            for (name, links) in [("common", common), ("mediators", mediators)] {
                w.key(name)
                w.list(links) { w, link in w.object { $0.field("id", link.node.id); $0.field("edges", edges: link.edges) } }
            }
        }
        return w.end()
    }
}

extension ActorCard {
    /// `{"node": node object, "represents": [ids…], "represented_by": [ids…],
    /// "edges": {"met-with": [edges…], …}}`, types in ONTOLOGY.md order, empty ones left out.
    public func jsonData() -> [UInt8] {
        var w = JSONLine()
        w.object { w in
            w.key("node")
            w.node(node)
            w.field("represents", ids: represents)
            w.field("represented_by", ids: representedBy)
            w.key("edges")
            w.object { w in for group in edges { w.field(group.type.rawValue, edges: group.edges) } }
        }
        return w.end()
    }
}

extension Ranking {
    /// `{"by": "degree", "samples": null, "actors": [{"id": id, "label": …, "kind": …, "score": x}…]}`.
    public func jsonData() -> [UInt8] {
        var w = JSONLine()
        w.object { w in
            w.field("by", measure.rawValue)
            w.key("samples")
            w.raw(samples.map(String.init) ?? "null")
            w.key("actors")
            w.list(entries) { w, entry in
                w.object { w in
                    w.field("id", entry.node.id)
                    w.field("label", entry.node.label)
                    w.field("kind", entry.node.kind.rawValue)
                    w.key("score")
                    w.number(entry.score)
                }
            }
        }
        return w.end()
    }
}

extension QueryError {
    /// `{"error": "message"}`, with `"line": N` when given.
    public func jsonData(line: Int? = nil) -> [UInt8] {
        ErrorJSON.line(description, line: line)
    }
}

/// Failures as JSON lines, for `query --batch`.
public enum ErrorJSON {
    /// `{"error": message}`, with `"line": N` when given.
    public static func line(_ message: String, line: Int?) -> [UInt8] {
        var w = JSONLine()
        w.object { w in
            w.field("error", message)
            if let line { w.field("line", int: line) }
        }
        return w.end()
    }
}
