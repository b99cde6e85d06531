import ParleyGraph

/// The key of a diagram as an HTML-like table: the node kinds, edge types and statuses the graph
/// uses, each drawn in its colour, with its shape or arrowhead in words. Works with every engine
/// because it is a single node.
struct Legend {
    var style: DiagramStyle
    var graph: Graph
    var highlights: Bool

    var html: String {
        var rows = ["<TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\"><B>Key</B></TD></TR>"]
        let kinds = Set(graph.nodesByID.values.map(\.kind))
        for kind in NodeKind.allCases where kinds.contains(kind) {
            let look = style.look(for: kind)
            rows.append(row(swatch: "<TD BORDER=\"1\" COLOR=\"\(look.stroke)\" BGCOLOR=\"\(look.fill)\"> </TD>",
                            text: "\(kind.rawValue) (\(shapeName(look.shape)))"))
        }
        let edges = graph.edgesByKey.values
        let types = Set(edges.map(\.type))
        for type in EdgeType.allCases where types.contains(type) {
            let look = style.look(for: type)
            rows.append(row(swatch: "<TD><FONT COLOR=\"\(look.color)\">———</FONT></TD>",
                            text: "\(type.rawValue) (\(look.arrowName))"))
        }
        let statuses = Set(edges.map(\.status))
        if statuses.count > 1 || statuses.first.map({ $0 != .occurred }) == true {
            for status in EdgeStatus.allCases where statuses.contains(status) {
                rows.append(row(swatch: "<TD>\(Self.lineSample[style.lineStyle(for: status)] ?? "———")</TD>", text: status.rawValue))
            }
        }
        if edges.contains(where: { $0.evidence.count > 1 }) {
            rows.append(row(swatch: "<TD><B>———</B></TD>", text: "thicker: more evidence"))
        }
        if highlights { rows.append(row(swatch: "<TD><B>bold</B></TD>", text: "highlighted")) }
        return "<TABLE BORDER=\"1\" COLOR=\"#7F7F7F\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"3\">"
            + rows.joined() + "</TABLE>"
    }

    private static let lineSample = ["solid": "———", "dashed": "– – –", "dotted": "· · · · ·"]

    private func row(swatch: String, text: String) -> String {
        "<TR>\(swatch)<TD ALIGN=\"LEFT\">\(DOT.htmlText(text))</TD></TR>"
    }

    private func shapeName(_ shape: String) -> String {
        switch shape {
        case "box": return "rounded box"
        case "note": return "note"
        default: return shape
        }
    }
}
