import ParleyGraph

/// What the HTML and Markdown writers share: each says how it escapes text and writes a link;
/// the pieces built from those two are written once, here.
protocol ReportMarkup {
    var report: Report { get }
    /// Text from the graph as markup that shows exactly that text.
    func escape(_ text: String) -> String
    /// Already-escaped `text` linking to `anchor` on the page.
    func link(_ text: String, to anchor: String) -> String
}

extension ReportMarkup {
    /// The node's label, linked to its section when it has one.
    func link(_ node: Node) -> String {
        report.anchor(of: node.id).map { link(escape(node.label), to: $0) } ?? escape(node.label)
    }

    func links(_ nodes: [Node]) -> String { nodes.map(link).joined(separator: ", ") }

    /// The nodes linked, or "none found".
    func list(_ nodes: [Node]) -> String { nodes.isEmpty ? "none found" : links(nodes) }

    /// "42 documents, 321 nodes, 642 edges, dated 1972-04 to 2025-10-13".
    var summary: String {
        let c = report.counts
        var text = "\(c.documents) documents, \(c.nodes) nodes, \(c.edges) edges"
        if let first = c.firstDate, let last = c.lastDate { text += ", dated \(escape(first)) to \(escape(last))" }
        return text
    }

    /// The line under an actor's heading: affiliations, other names, mentions.
    func facts(_ actor: ActorSection) -> String {
        var facts: [String] = []
        if !actor.represents.isEmpty { facts.append("Represents " + links(actor.represents)) }
        if !actor.representedBy.isEmpty { facts.append("Represented by " + links(actor.representedBy)) }
        let others = actor.node.aliases.filter { $0 != actor.node.label }
        if !others.isEmpty { facts.append("Also called " + others.map(escape).joined(separator: "; ")) }
        facts.append("\(actor.node.mentions) mention\(actor.node.mentions == 1 ? "" : "s")")
        return facts.joined(separator: " · ")
    }

    /// A timeline event as a sentence without status: "Qatar mediated for Chad and FACT in Doha".
    func sentence(_ event: TimelineEvent) -> String {
        var text = "\(links(event.subjects)) \(RelationWording.verb(event.type)) \(links(event.objects))"
        if !event.places.isEmpty { text += " in " + event.places.map(escape).joined(separator: ", ") }
        return text
    }

    /// The key actors table: headings (and whether the column holds numbers), then one row of
    /// cells per actor, in markup.
    var keyActorTable: (columns: [(title: String, numeric: Bool)], rows: [[String]]) {
        let columns = [("#", true), ("Actor", false), ("Kind", false), ("Represents", false), ("Degree", true),
                       ("Betweenness", true), ("Broker rank", true)]
        let rows = report.keyActors.enumerated().map { i, actor in
            ["\(i + 1)", link(actor.node), actor.node.kind.rawValue, links(actor.represents), "\(actor.degree)",
             ReportFormat.score(actor.betweenness), "\(actor.brokerRank)"]
        }
        return (columns, rows)
    }

    /// What the key actors table measures.
    var keyActorExplanation: String {
        "Degree counts an actor's distinct counterparts; betweenness, how often it lies on the shortest paths between two "
            + "others (a broker scores high). Broker rank is its place by betweenness among all actors."
    }
}
