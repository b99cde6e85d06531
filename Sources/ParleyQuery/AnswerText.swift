import ParleyGraph

/// Readable lines for answers: each edge as a hop with its evidence under it.
struct TextWriter {
    private(set) var text = ""
    /// Labels of the nodes the answer mentions, by id.
    let labels: [String: String]

    init(nodes: [Node]) {
        labels = Dictionary(nodes.map { ($0.id, $0.label) }, uniquingKeysWith: { a, _ in a })
    }

    mutating func line(_ s: String = "", indent: Int = 0) {
        text += String(repeating: " ", count: indent) + s + "\n"
    }

    func label(_ id: String) -> String { labels[id] ?? id }

    /// `A → type, date, place → B` read from `from`, arrows reversed when the edge points
    /// back; then the first evidence sentence and its document.
    mutating func hop(_ edge: Edge, from: String? = nil, indent: Int = 2) {
        let start = from ?? edge.source
        let forward = start == edge.source
        let other = forward ? edge.target : edge.source
        let arrow = forward || edge.type.isSymmetric ? "→" : "←"
        let details = [edge.type.rawValue, edge.date, edge.place].compactMap { $0 }
            + (edge.status == .occurred ? [] : [edge.status.rawValue])
        line("\(label(start)) \(arrow) \(details.joined(separator: ", ")) \(arrow) \(label(other))", indent: indent)
        if let first = edge.evidence.first {
            let more = edge.evidence.count > 1 ? " (+\(edge.evidence.count - 1) more)" : ""
            line("“\(first.text)” — \(first.doc)\(more)", indent: indent + 4)
        }
    }

    static func actor(_ node: Node) -> String { "\(node.label) (\(node.kind.rawValue))" }

    static func plural(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
}

extension PathAnswer {
    /// One block per path, a line per hop with its evidence.
    public func text() -> String {
        var w = TextWriter(nodes: [from, to] + paths.flatMap(\.nodes))
        guard !paths.isEmpty else {
            w.line("No path from \(from.label) to \(to.label).")
            return w.text
        }
        w.line("\(TextWriter.plural(paths.count, "path")) from \(from.label) to \(to.label)")
        for (i, path) in paths.enumerated() {
            w.line()
            w.line("Path \(i + 1): \(TextWriter.plural(path.edges.count, "hop"))")
            for (edge, node) in zip(path.edges, path.nodes) { w.hop(edge, from: node.id) }
        }
        return w.text
    }
}

extension NeighborhoodAnswer {
    /// The members by distance, then every edge among them.
    public func text() -> String {
        var w = TextWriter(nodes: members.map(\.node))
        w.line("\(TextWriter.actor(center)): \(TextWriter.plural(members.count - 1, "actor")) within "
               + "\(TextWriter.plural(hops, "hop")), \(TextWriter.plural(edges.count, "edge"))")
        for distance in 1...max(hops, 1) {
            let ring = members.filter { $0.distance == distance }
            guard !ring.isEmpty else { continue }
            w.line()
            w.line("\(TextWriter.plural(distance, "hop")):")
            for member in ring { w.line(TextWriter.actor(member.node), indent: 2) }
        }
        if !edges.isEmpty {
            w.line()
            w.line("Edges:")
            for edge in edges { w.hop(edge) }
        }
        return w.text
    }
}

extension BetweenAnswer {
    /// Direct edges, then common neighbours and mediators with the edges that tie them in.
    public func text() -> String {
        var w = TextWriter(nodes: [a, b] + (common + mediators).map(\.node))
        w.line("Between \(TextWriter.actor(a)) and \(TextWriter.actor(b))")
        w.line()
        w.line("Direct: \(direct.isEmpty ? "none" : TextWriter.plural(direct.count, "edge"))")
        for edge in direct { w.hop(edge, from: a.id) }
        for (title, links) in [("Common neighbours", common), ("Mediators", mediators)] {
            w.line()
            w.line("\(title): \(links.isEmpty ? "none" : String(links.count))")
            for link in links {
                w.line(TextWriter.actor(link.node), indent: 2)
                for edge in link.edges { w.hop(edge, from: link.node.id, indent: 4) }
            }
        }
        return w.text
    }
}

extension ActorCard {
    /// Names and affiliations, then the edges grouped by type.
    public func text() -> String {
        var w = TextWriter(nodes: [node] + Array(counterparts.values))
        w.line("\(TextWriter.actor(node)) [\(node.id)]")
        w.line("Aliases: \(node.aliases.joined(separator: "; "))")
        if !represents.isEmpty { w.line("Represents: \(represents.map(\.label).joined(separator: "; "))") }
        if !representedBy.isEmpty { w.line("Represented by: \(representedBy.map(\.label).joined(separator: "; "))") }
        w.line("Mentions: \(node.mentions)")
        for group in edges {
            w.line()
            w.line("\(group.type.rawValue) (\(group.edges.count)):")
            for edge in group.edges { w.hop(edge, from: node.id) }
        }
        return w.text
    }
}

extension Ranking {
    /// A numbered list, highest score first.
    public func text() -> String {
        var w = TextWriter(nodes: [])
        let how = samples.map { " (sampled from \(TextWriter.plural($0, "source")))" } ?? ""
        w.line("Top \(entries.count) by \(measure.rawValue)\(how):")
        for (i, entry) in entries.enumerated() {
            let score = measure == .degree ? String(Int(entry.score)) : String(format4(entry.score))
            w.line("\(i + 1). \(TextWriter.actor(entry.node))  \(score)", indent: 2)
        }
        return w.text
    }

    private func format4(_ x: Double) -> String {
        guard x.isFinite else { return "n/a" }
        let scaled = (x * 10_000).rounded() / 10_000
        var s = String(scaled)
        if let dot = s.firstIndex(of: "."), s.distance(from: dot, to: s.endIndex) > 5 { s = String(s[..<s.index(dot, offsetBy: 5)]) }
        return s
    }
}
