import ParleyGraph

/// A report as Markdown: the text, and the SVG files it links to by relative path.
public struct MarkdownReport: Sendable {
    public var text: String
    /// File name (no folder) and SVG text of every figure, in the order the text links them.
    public var files: [(name: String, svg: String)]
}

/// Writes a `Report` as Markdown (CommonMark with GitHub's tables), its figures as SVG files
/// beside it. Article text is escaped: Markdown punctuation with backslashes, `<`, `>` and `&`
/// as entities, so no input can open a link, an emphasis or an HTML tag. O(size of the report).
public struct MarkdownReportWriter: Sendable {
    /// Put before every figure's file name: `report` gives `report-overview.svg`.
    public var filePrefix: String

    public init(filePrefix: String = "report") {
        self.filePrefix = filePrefix
    }

    public func write(_ report: Report) -> MarkdownReport {
        var doc = MarkdownDocument(report: report, filePrefix: filePrefix)
        doc.document()
        return MarkdownReport(text: doc.out, files: doc.files)
    }
}

private struct MarkdownDocument: ReportMarkup {
    let report: Report
    let filePrefix: String
    var out = ""
    var files: [(name: String, svg: String)] = []

    init(report: Report, filePrefix: String) {
        self.report = report
        self.filePrefix = filePrefix
    }

    mutating func document() {
        let c = report.counts
        out += "# \(md(report.title))\n\n\(summary).\n\n"
        out += "Contents: [Overview](#overview) · [Key actors and brokers](#key-actors) · [Actors](#actors) · "
        out += "[Agreements](#agreements) · [Timeline](#timeline)\(report.paths.isEmpty ? "" : " · [Paths](#paths)")\n\n"

        heading(2, "Overview", anchor: "overview")
        out += "| Documents | Nodes | Edges | First date | Last date |\n|---:|---:|---:|---:|---:|\n"
        out += "| \(c.documents) | \(c.nodes) | \(c.edges) | \(md(c.firstDate ?? "–")) | \(md(c.lastDate ?? "–")) |\n\n"
        out += "| Kind | Nodes |\n|---|---:|\n" + c.nodesByKind.map { "| \($0.kind.rawValue) | \($0.count) |\n" }.joined() + "\n"
        out += "| Type | Edges |\n|---|---:|\n" + c.edgesByType.map { "| \($0.type.rawValue) | \($0.count) |\n" }.joined() + "\n"
        figure(report.overview)

        heading(2, "Key actors and brokers", anchor: "key-actors")
        out += keyActorExplanation + "\n\n"
        let table = keyActorTable
        out += "| " + table.columns.map(\.title).joined(separator: " | ") + " |\n"
        out += "|" + table.columns.map { $0.numeric ? "---:|" : "---|" }.joined() + "\n"
        for row in table.rows { out += "| " + row.joined(separator: " | ") + " |\n" }
        out += "\n"

        heading(2, "Actors", anchor: "actors")
        for actor in report.actors {
            heading(3, "\(actor.node.label) (\(actor.node.kind.rawValue))", anchor: actor.anchor)
            out += facts(actor) + "\n\n"
            figure(actor.diagram)
            for group in actor.groups {
                out += "#### \(md(group.heading)) (\(group.relations.count))\n\n"
                for relation in group.relations { relationItem(relation.edge, other: relation.to) }
                out += "\n"
            }
        }

        heading(2, "Agreements", anchor: "agreements")
        for agreement in report.agreements {
            heading(3, agreement.node.label, anchor: agreement.anchor)
            out += "- Parties: \(list(agreement.parties))\n- Mediators: \(list(agreement.mediators))\n"
            out += "- Dates: \(agreement.dates.isEmpty ? "not dated" : agreement.dates.map(md).joined(separator: ", "))\n\n"
            for relation in agreement.relations {
                relationItem(relation.edge, other: relation.to)
            }
            out += "\n"
        }

        heading(2, "Timeline", anchor: "timeline")
        if let chart = report.timelineChart { figure(chart) } else { out += "No meeting, mediation or agreement is dated.\n\n" }
        var year: Substring = ""
        for event in report.timeline {
            if event.date.prefix(4) != year {
                year = event.date.prefix(4)
                out += "\n### \(md(String(year)))\n\n"
            }
            out += "- \(md(event.date)) — \(sentence(event))"
            if event.status != .occurred { out += " *(\(event.status.rawValue))*" }
            out += " — \(event.documents.map(md).joined(separator: ", "))\n"
        }
        out += "\n"

        guard !report.paths.isEmpty else { return }
        heading(2, "Paths", anchor: "paths")
        for path in report.paths {
            out += "### \(link(path.from)) to \(link(path.to))\n\nAsked as `\(path.request.replacingBackticks)`.\n\n"
            guard let diagram = path.diagram else {
                out += "No path joins \(md(path.from.label)) and \(md(path.to.label)) in this graph.\n\n"
                continue
            }
            figure(diagram)
            for hop in path.hops { relationItem(hop.edge, other: hop.to, prefix: "\(link(hop.from)) → ") }
            out += "\n"
        }
    }

    mutating func heading(_ level: Int, _ text: String, anchor: String) {
        out += "<a id=\"\(anchor)\"></a>\n\n\(String(repeating: "#", count: level)) \(md(text))\n\n"
    }

    /// One edge and its quotes as a list item with a nested list.
    mutating func relationItem(_ edge: Edge, other: Node, prefix: String = "") {
        out += "- \(prefix)`\(edge.type.rawValue)` \(link(other))"
        if let date = edge.date { out += " · \(md(date))" }
        if let place = edge.place { out += " · in \(md(place))" }
        if edge.status != .occurred { out += " *(\(edge.status.rawValue))*" }
        out += "\n"
        for item in edge.evidence { out += "  - “\(md(item.text))” — *\(md(item.doc))*\n" }
    }

    mutating func figure(_ figure: Figure) {
        let name = "\(filePrefix)-\(figure.name).svg"
        files.append((name, figure.svg))
        out += "![\(md(figure.caption))](\(name.percentEncodedPath))\n\n*\(md(figure.caption))*\n\n"
    }

    func link(_ text: String, to anchor: String) -> String { "[\(text)](#\(anchor))" }

    func escape(_ text: String) -> String { Markdown.escaped(text) }

    func md(_ text: String) -> String { escape(text) }
}

/// Markdown escaping for text from articles.
enum Markdown {
    /// Characters that start or end Markdown syntax inline.
    static let punctuation: Set<Character> = ["\\", "`", "*", "_", "{", "}", "[", "]", "(", ")", "#", "|", "~", "!", "$"]

    /// `text` as inline Markdown that shows exactly `text`: punctuation backslash-escaped,
    /// `<`, `>` and `&` as entities, line breaks as spaces, and a leading `-`, `+`, `=` or the
    /// `.` of `1.` escaped so a quote cannot start a list or underline a heading.
    static func escaped(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count + 8)
        var leading = true
        for character in text {
            switch character {
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            case "\n", "\r", "\r\n": out += " "
            default:
                let startsBlock = out.isEmpty ? "-+=".contains(character) : leading && ".)".contains(character)
                if startsBlock || punctuation.contains(character) { out += "\\" }
                out.append(character)
            }
            leading = leading && character.isNumber
        }
        return out
    }
}

private extension String {
    /// Backticks replaced by primes, so the text fits in a code span.
    var replacingBackticks: String { String(map { $0 == "`" ? "ʹ" : $0 }) }

    /// The file name with every byte but ASCII letters, digits, `-`, `.` and `_` percent-encoded,
    /// for a link target.
    var percentEncodedPath: String {
        let hex = Array("0123456789ABCDEF")
        var out = ""
        for byte in utf8 {
            let scalar = Unicode.Scalar(byte)
            if ("0"..."9").contains(scalar) || ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || "-._".unicodeScalars.contains(scalar) {
                out.unicodeScalars.append(scalar)
            } else {
                out += "%\(hex[Int(byte >> 4)])\(hex[Int(byte & 0xF)])"
            }
        }
        return out
    }
}
