import ParleyGraph
import ParleyRender

/// Writes a `Report` as one self-contained HTML page: inline CSS and SVG, no scripts, fonts,
/// images or links outside the page. A Content-Security-Policy forbids them too, so a page that
/// someone edits later still cannot load anything. Every text from the graph is escaped; the
/// SVGs come escaped from Graphviz and `TimelineChart`. O(size of the report).
public struct HTMLReportWriter: Sendable {
    public init() {}

    public func write(_ report: Report) -> String {
        var page = Page(report: report)
        page.document()
        return page.out
    }
}

/// The page being written; one method per part of the page.
private struct Page: ReportMarkup {
    let report: Report
    var out = ""

    init(report: Report) {
        self.report = report
        out.reserveCapacity(1 << 20)
    }

    mutating func document() {
        out += "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        out += "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n"
        out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        out += "<meta name=\"generator\" content=\"parley report\">\n"
        out += "<title>\(h(report.title))</title>\n<style>\n\(ReportStyle.css)</style>\n</head>\n<body>\n"
        out += "<header>\n<h1>\(h(report.title))</h1>\n<p class=\"meta\">\(summary)</p>\n</header>\n"
        contents()
        overview()
        keyActors()
        actors()
        agreements()
        timeline()
        paths()
        out += "<footer><p class=\"meta\">Made by parley report from the graph alone: every statement cites the sentence and the document it comes from.</p></footer>\n"
        out += "</body>\n</html>\n"
    }

    mutating func contents() {
        out += "<nav aria-label=\"Contents\">\n<h2>Contents</h2>\n<ol>\n"
        var items = [("overview", "Overview"), ("key-actors", "Key actors and brokers"), ("actors", "Actors"),
                     ("agreements", "Agreements"), ("timeline", "Timeline")]
        if !report.paths.isEmpty { items.append(("paths", "Paths")) }
        for (anchor, title) in items { out += "<li><a href=\"#\(anchor)\">\(title)</a></li>\n" }
        out += "</ol>\n</nav>\n"
    }

    mutating func overview() {
        let c = report.counts
        out += "<section id=\"overview\">\n<h2>Overview</h2>\n"
        out += "<div class=\"counts\">\n<table>\n<caption>Corpus</caption>\n<tbody>\n"
        out += "<tr><th scope=\"row\">Documents</th><td class=\"num\">\(c.documents)</td></tr>\n"
        out += "<tr><th scope=\"row\">Nodes</th><td class=\"num\">\(c.nodes)</td></tr>\n"
        out += "<tr><th scope=\"row\">Edges</th><td class=\"num\">\(c.edges)</td></tr>\n"
        out += "<tr><th scope=\"row\">First date</th><td class=\"num\">\(h(c.firstDate ?? "–"))</td></tr>\n"
        out += "<tr><th scope=\"row\">Last date</th><td class=\"num\">\(h(c.lastDate ?? "–"))</td></tr>\n"
        out += "</tbody>\n</table>\n"
        countTable("Nodes by kind", "Kind", c.nodesByKind.map { ($0.kind.rawValue, $0.count) })
        countTable("Edges by type", "Type", c.edgesByType.map { ($0.type.rawValue, $0.count) })
        out += "</div>\n"
        figure(report.overview)
        out += "</section>\n"
    }

    mutating func countTable(_ caption: String, _ heading: String, _ rows: [(String, Int)]) {
        out += "<table>\n<caption>\(caption)</caption>\n<thead><tr><th scope=\"col\">\(heading)</th><th scope=\"col\" class=\"num\">Count</th></tr></thead>\n<tbody>\n"
        for (name, count) in rows { out += "<tr><td>\(h(name))</td><td class=\"num\">\(count)</td></tr>\n" }
        out += "</tbody>\n</table>\n"
    }

    mutating func keyActors() {
        out += "<section id=\"key-actors\">\n<h2>Key actors and brokers</h2>\n"
        out += "<p>\(keyActorExplanation)</p>\n<table class=\"ranking\">\n<thead><tr>"
        let table = keyActorTable
        let numeric = table.columns.map { $0.numeric ? " class=\"num\"" : "" }
        for (column, attribute) in zip(table.columns, numeric) { out += "<th scope=\"col\"\(attribute)>\(column.title)</th>" }
        out += "</tr></thead>\n<tbody>\n"
        for row in table.rows {
            out += "<tr>" + zip(row, numeric).map { "<td\($1)>\($0)</td>" }.joined() + "</tr>\n"
        }
        out += "</tbody>\n</table>\n</section>\n"
    }

    mutating func actors() {
        out += "<section id=\"actors\">\n<h2>Actors</h2>\n"
        if report.actors.isEmpty { out += "<p>No actor has an edge.</p>\n" }
        for actor in report.actors {
            out += "<article class=\"actor\" id=\"\(actor.anchor)\">\n<h3>\(h(actor.node.label)) <span class=\"kind\">\(actor.node.kind.rawValue)</span></h3>\n"
            out += "<p class=\"meta\">\(facts(actor))</p>\n"
            figure(actor.diagram)
            for group in actor.groups {
                out += "<h4>\(h(group.heading)) <span class=\"count\">(\(group.relations.count))</span></h4>\n<ul class=\"relations\">\n"
                for relation in group.relations { relationItem(relation.edge, other: relation.to) }
                out += "</ul>\n"
            }
            out += "<p class=\"top\"><a href=\"#key-actors\">Back to key actors</a></p>\n</article>\n"
        }
        out += "</section>\n"
    }

    mutating func agreements() {
        out += "<section id=\"agreements\">\n<h2>Agreements</h2>\n"
        if report.agreements.isEmpty { out += "<p>No agreement in this graph.</p>\n" }
        for agreement in report.agreements {
            out += "<article class=\"agreement\" id=\"\(agreement.anchor)\">\n<h3>\(h(agreement.node.label))</h3>\n<dl>\n"
            out += "<dt>Parties</dt><dd>\(list(agreement.parties))</dd>\n"
            out += "<dt>Mediators</dt><dd>\(list(agreement.mediators))</dd>\n"
            out += "<dt>Dates</dt><dd>\(agreement.dates.isEmpty ? "not dated" : agreement.dates.map(h).joined(separator: ", "))</dd>\n</dl>\n"
            if !agreement.relations.isEmpty {
                out += "<details>\n<summary>Evidence (\(agreement.relations.count) statement\(agreement.relations.count == 1 ? "" : "s"))</summary>\n<ul class=\"relations\">\n"
                for relation in agreement.relations {
                    relationItem(relation.edge, other: relation.to)
                }
                out += "</ul>\n</details>\n"
            }
            out += "</article>\n"
        }
        out += "</section>\n"
    }

    mutating func timeline() {
        out += "<section id=\"timeline\">\n<h2>Timeline</h2>\n"
        guard let chart = report.timelineChart else {
            out += "<p>No meeting, mediation or agreement in this graph is dated.</p>\n</section>\n"
            return
        }
        figure(chart)
        var years: [(year: Substring, events: [TimelineEvent])] = []
        for event in report.timeline {
            let year = event.date.prefix(4)
            if years.last?.year == year { years[years.count - 1].events.append(event) } else { years.append((year, [event])) }
        }
        for (year, events) in years {
            out += "<details class=\"year\">\n<summary>\(h(String(year))) <span class=\"count\">(\(events.count) event\(events.count == 1 ? "" : "s"))</span></summary>\n<ol class=\"timeline\">\n"
            for event in events {
                out += "<li><time datetime=\"\(h(event.date))\">\(h(event.date))</time> "
                out += sentence(event)
                out += status(event.status)
                out += " <cite>\(event.documents.map(h).joined(separator: ", "))</cite></li>\n"
            }
            out += "</ol>\n</details>\n"
        }
        out += "</section>\n"
    }

    mutating func paths() {
        guard !report.paths.isEmpty else { return }
        out += "<section id=\"paths\">\n<h2>Paths</h2>\n"
        for (i, path) in report.paths.enumerated() {
            out += "<article class=\"path\" id=\"path-\(i + 1)\">\n<h3>\(link(path.from)) to \(link(path.to))</h3>\n"
            out += "<p class=\"meta\">Asked as <code>\(h(path.request))</code></p>\n"
            guard let diagram = path.diagram else {
                out += "<p>No path joins \(h(path.from.label)) and \(h(path.to.label)) in this graph.</p>\n</article>\n"
                continue
            }
            figure(diagram)
            out += "<ol class=\"hops\">\n"
            for hop in path.hops { relationItem(hop.edge, other: hop.to, prefix: "\(link(hop.from)) → ") }
            out += "</ol>\n</article>\n"
        }
        out += "</section>\n"
    }

    // MARK: Pieces

    /// One edge: the other end, type, date, place, status, then its evidence; the first quote
    /// shown, the rest folded.
    mutating func relationItem(_ edge: Edge, other: Node, prefix: String = "") {
        out += "<li>\(prefix)<span class=\"type type-\(edge.type.rawValue)\">\(edge.type.rawValue)</span> \(link(other))"
        var details: [String] = []
        if let date = edge.date { details.append("<time datetime=\"\(h(date))\">\(h(date))</time>") }
        if let place = edge.place { details.append("in \(h(place))") }
        if !details.isEmpty { out += " <span class=\"meta\">\(details.joined(separator: ", "))</span>" }
        out += status(edge.status)
        let evidence = edge.evidence
        if let first = evidence.first {
            out += "\n<ul class=\"evidence\">\n"
            quote(first)
            out += "</ul>\n"
        }
        if evidence.count > 1 {
            out += "<details class=\"more\">\n<summary>\(evidence.count - 1) more quote\(evidence.count == 2 ? "" : "s")</summary>\n<ul class=\"evidence\">\n"
            for item in evidence.dropFirst() { quote(item) }
            out += "</ul>\n</details>\n"
        }
        out += "</li>\n"
    }

    mutating func quote(_ item: Evidence) {
        out += "<li><q>\(h(item.text))</q> <cite>\(h(item.doc))</cite></li>\n"
    }

    mutating func figure(_ figure: Figure) {
        out += "<figure class=\"diagram\" id=\"figure-\(figure.name)\">\n\(figure.svg)"
        if !figure.svg.hasSuffix("\n") { out += "\n" }
        out += "<figcaption>\(h(figure.caption))</figcaption>\n</figure>\n"
    }

    func status(_ status: EdgeStatus) -> String {
        status == .occurred ? "" : " <span class=\"status status-\(status.rawValue)\">\(status.rawValue)</span>"
    }

    func link(_ text: String, to anchor: String) -> String { "<a href=\"#\(anchor)\">\(text)</a>" }

    func escape(_ text: String) -> String { DOT.xmlEscaped(text) }

    func h(_ text: String) -> String { escape(text) }
}

/// Numbers as the report writes them.
enum ReportFormat {
    /// A score in [0, 1] with three decimals, the same on every machine: 0.1234 → "0.123".
    static func score(_ value: Double) -> String {
        guard value.isFinite else { return "–" }
        let thousandths = Int((value * 1000).rounded())
        let fraction = String(thousandths % 1000)
        return "\(thousandths / 1000)." + String(repeating: "0", count: 3 - fraction.count) + fraction
    }
}
