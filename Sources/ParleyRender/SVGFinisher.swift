/// Finishes Graphviz's SVG for reports: each element's `<title>` gets its tooltip (Graphviz puts
/// the DOT name there), and in embed mode the XML prolog, DOCTYPE and comments go, so the SVG can
/// be pasted into an HTML page. The `viewBox` stays, so the drawing scales.
///
/// Relies on the shape of Graphviz's SVG writer: `<g id="…" class="…">` on one line and its
/// `<title>` on the next. O(n) in the SVG's length.
public struct SVGFinisher: Sendable {
    public var tooltips: [String: String]
    public var embed: Bool

    public init(tooltips: [String: String], embed: Bool) {
        self.tooltips = tooltips
        self.embed = embed
    }

    public func finish(_ svg: [UInt8]) -> [UInt8] {
        var text = String(decoding: svg, as: UTF8.self)
        if embed {
            for (open, close) in [("<?xml", "?>"), ("<!DOCTYPE", ">"), ("<!--", "-->")] {
                text = text.removingSpans(from: open, to: close)
            }
        }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: embed).map(String.init)
        var pendingID: String?
        for i in lines.indices {
            let line = lines[i]
            if line.hasPrefix("<title>"), let id = pendingID, let tooltip = tooltips[id] {
                lines[i] = "<title>" + DOT.xmlEscaped(tooltip) + "</title>"
            }
            pendingID = line.hasPrefix("<g id=\"") ? Self.attribute("id", in: line) : nil
        }
        return Array((lines.joined(separator: "\n") + (embed ? "\n" : "")).utf8)
    }

    /// An attribute's value in a start tag, with Graphviz's numeric character references decoded.
    static func attribute(_ name: String, in tag: String) -> String? {
        guard let start = tag.firstRange(of: " \(name)=\"") else { return nil }
        guard let end = tag[start.upperBound...].firstIndex(of: "\"") else { return nil }
        var value = String(tag[start.upperBound..<end])
        while let ref = value.firstRange(of: "&#"), let semi = value[ref.upperBound...].firstIndex(of: ";"),
              let code = UInt32(value[ref.upperBound..<semi]), let scalar = Unicode.Scalar(code) {
            value.replaceSubrange(ref.lowerBound...semi, with: String(scalar))
        }
        return value
    }
}

private extension String {
    /// The text without every span that starts with `open` and ends with `close` (and the line
    /// break after it).
    func removingSpans(from open: String, to close: String) -> String {
        var out = ""
        var rest = self[...]
        while let start = rest.firstRange(of: open) {
            out += rest[..<start.lowerBound]
            guard let end = rest[start.upperBound...].firstRange(of: close) else { return out }
            rest = rest[end.upperBound...]
            if rest.first == "\n" { rest = rest.dropFirst() }
        }
        return out + rest
    }
}
