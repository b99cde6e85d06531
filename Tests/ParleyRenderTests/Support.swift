import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import ParleyGraph
@testable import ParleyRender

/// A graph whose labels, ids and evidence try every way to break DOT, HTML-like labels and SVG.
func hostileGraph() -> Graph {
    var g = Graph()
    g.add(Node(id: "person:a", kind: .person, label: "\"><script>alert(1)</script>"))
    g.add(Node(id: "person:b", kind: .person, label: "Back\\slash\\"))
    g.add(Node(id: "state:c", kind: .state, label: "Côte d'Ivoire\nline two"))
    g.add(Node(id: "agreement:node", kind: .agreement, label: "graph"))
    g.add(Node(id: "1digit", kind: .organization, label: "&lt;b&gt; AT&T <unbalanced"))
    g.add(Node(id: "trail\\", kind: .organization, label: "ends in a backslash\\"))
    g.add(Node(id: "graph", kind: .state, label: "strict"))
    g.add(Edge(source: "person:a", target: "person:b", type: .metWith, status: .planned, date: "2024-01-02",
               evidence: [Evidence(doc: "x.txt", text: "A \"met\" B\\", start: 0, end: 5)]))
    g.add(Edge(source: "person:a", target: "state:c", type: .represents, evidence: [evidence("t")]))
    g.add(Edge(source: "person:b", target: "agreement:node", type: .agreedTo, status: .reported, evidence: [evidence("t")]))
    g.add(Edge(source: "1digit", target: "trail\\", type: .mediated, place: "Baku </title>", evidence: [evidence("<!-- x -->")]))
    g.add(Edge(source: "person:b", target: "graph", type: .represents, evidence: [evidence("t"), evidence("u")]))
    return g
}

func evidence(_ text: String, doc: String = "x.txt") -> Evidence {
    Evidence(doc: doc, text: text, start: 0, end: text.utf8.count)
}

/// What Graphviz shows for a text we wrote: carriage returns dropped, characters XML forbids
/// replaced by U+FFFD.
func shown(_ text: String) -> String {
    var out = String.UnicodeScalarView()
    for scalar in text.unicodeScalars where scalar != "\r" {
        out.append(DOT.isForbiddenInXML(scalar) ? "\u{FFFD}" : scalar)
    }
    return String(out)
}

/// An escString value as Graphviz interprets it when drawing: `\\` is a backslash, `\n` a line
/// break, `\"` a quote, and `&amp;` an ampersand.
func interpretedEscString(_ value: String) -> String {
    var out = ""
    var escaped = false
    for ch in value {
        if escaped {
            out.append(ch == "n" ? "\n" : ch)
            escaped = false
        } else if ch == "\\" {
            escaped = true
        } else {
            out.append(ch)
        }
    }
    return out.replacingOccurrences(of: "&amp;", with: "&")
}

/// A random graph with labels drawn from pieces of Unicode, quotes, backslashes and markup.
func randomGraph(_ rng: inout SeededGenerator, nodes: Int = 6) -> Graph {
    let pieces = ["a", "Z", " ", "\"", "\\", "\\\\", "<", ">", "&", "&amp;", "&lt;", "&#60;", ";", "'", "\n", "\r",
                  "é", "Ж", "中", "🙂", "e\u{0301}", "ש", "\\N", "\\G", "\\l", "]", "{", "}", "--", "->", "<script>",
                  "<!--", "]]>", "\u{7}", "\u{FFFF}", "\t", "node", "1", "<TABLE>", "+"]
    func text() -> String {
        let count = Int(rng.next() % 8) + 1
        return (0..<count).map { _ in pieces[Int(rng.next() % UInt64(pieces.count))] }.joined()
    }
    var g = Graph()
    var ids: [String] = []
    for i in 0..<nodes {
        let kind = NodeKind.allCases[Int(rng.next() % 4)]
        let id = rng.next() % 3 == 0 ? text() + "\(i)" : "\(kind.rawValue):n\(i)"
        ids.append(id)
        g.add(Node(id: id, kind: kind, label: text(), aliases: [text()], mentions: Int(rng.next() % 9)))
    }
    for _ in 0..<nodes {
        let a = ids[Int(rng.next() % UInt64(ids.count))], b = ids[Int(rng.next() % UInt64(ids.count))]
        g.add(Edge(source: a, target: b, type: EdgeType.allCases[Int(rng.next() % 10)],
                   status: EdgeStatus.allCases[Int(rng.next() % 3)], date: rng.next() % 2 == 0 ? "2024-0\(rng.next() % 9 + 1)" : nil,
                   place: rng.next() % 2 == 0 ? text() : nil, evidence: [evidence(text(), doc: text())]))
    }
    return g
}

/// An SVG parsed as XML (throws when it is not well-formed).
func xml(_ svg: [UInt8]) throws -> XMLDocument {
    try XMLDocument(data: Data(svg))
}

/// Elements of a document by XPath on local names, e.g. `elements(doc, "g", where: "@class")`.
func elements(_ document: XMLDocument, _ xpath: String) throws -> [XMLElement] {
    try document.nodes(forXPath: xpath).compactMap { $0 as? XMLElement }
}

/// An attribute's value (FoundationXML's `attribute(forName:)` misses attributes of elements in
/// the SVG namespace).
func attribute(_ element: XMLElement?, _ name: String) -> String? {
    element?.attributes?.first { $0.name == name || $0.localName == name }?.stringValue
}
