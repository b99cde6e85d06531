/// Quoting of DOT identifiers, strings and HTML-like text per Graphviz's grammar and limits.
///
/// Graphviz 2.43's scanner rejects a quoted string longer than 16,384 bytes, so long strings are
/// written as concatenations (`"…" + "…"`), which the grammar joins back into one value: nothing
/// is cut. A quoted string keeps every backslash except in `\"`, so an identifier ending in a
/// backslash, or with one before a quote, has no exact spelling; `isRepresentableID` says so and
/// callers name such nodes otherwise.
public enum DOT {
    /// Bytes of one quoted piece; Graphviz fails above 16,384, we stay at half of that.
    public static let maxStringLength = 8_000

    private static let keywords: Set<String> = ["node", "edge", "graph", "digraph", "subgraph", "strict"]

    /// An identifier as DOT text: bare when it is a plain ID (ASCII letters, digits, underscore,
    /// not starting with a digit, not a keyword), otherwise quoted. When the text has no exact
    /// spelling (see `isRepresentableID`), backslashes become "∖" (U+2216), line breaks spaces and
    /// control characters U+FFFD, so the result always parses.
    public static func id(_ text: String) -> String {
        if isPlainID(text) { return text }
        let safe = isRepresentableID(text) ? text : text.replacingBackslashes()
        return quoted(safe) { scalar in
            switch scalar {
            case "\"": return "\\\""
            case "\n": return " "
            default: return visible(scalar)
            }
        }
    }

    /// Whether `id(text)` reads back from Graphviz as exactly `text`.
    public static func isRepresentableID(_ text: String) -> Bool {
        // No trailing backslash and no backslash before a quote, checked on bytes (Foundation's
        // `contains` made this a tenth of writing a large graph's DOT).
        var previous: UInt8 = 0
        for byte in text.utf8 {
            if previous == 0x5C && byte == 0x22 { return false }
            previous = byte
        }
        if previous == 0x5C { return false }
        return text.unicodeScalars.allSatisfy { !isForbiddenInXML($0) && $0 != "\n" }
    }

    /// An escString attribute value (label, tooltip, cluster label): Graphviz shows exactly `text`.
    /// Quotes and backslashes are escaped, a line break becomes `\n`, `&` becomes `&amp;` (Graphviz
    /// decodes entities in labels, so "&lt;" in a text would otherwise show as "<"), and characters
    /// XML forbids become U+FFFD so the SVG stays well-formed.
    public static func escString(_ text: String) -> String {
        quoted(text) { scalar in
            switch scalar {
            case "\"": return "\\\""
            case "\\": return "\\\\"
            case "\n": return "\\n"
            case "&": return "&amp;"
            default: return visible(scalar)
            }
        }
    }

    /// A plain attribute value (colour, shape, style, class): bare when it can be, otherwise quoted,
    /// never escString-interpreted.
    public static func value(_ text: String) -> String {
        isPlainID(text) || isNumeral(text) ? text : id(text)
    }

    /// Text for the inside of an HTML-like label (`<…>`): markup characters become entities, so
    /// unbalanced `<` or `>` in `text` cannot end or open an element.
    public static func htmlText(_ text: String) -> String {
        xmlEscaped(text, lineBreak: "<BR/>")
    }

    /// Text as XML character data or attribute value: `& < > " '` become entities, a line break
    /// becomes `lineBreak`, and characters XML forbids become U+FFFD. O(n).
    public static func xmlEscaped(_ text: String, lineBreak: String = "\n") -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\n": out += lineBreak
            default: appendVisible(scalar, to: &out)
            }
        }
        return out
    }

    static func isPlainID(_ text: String) -> Bool {
        guard let first = text.utf8.first, !(0x30...0x39).contains(first) else { return false }
        guard text.utf8.count <= maxStringLength, !keywords.contains(text.lowercased()) else { return false }
        return text.utf8.allSatisfy { isLetterOrDigit($0) || $0 == 0x5F }
    }

    /// Whether a byte is an ASCII letter or digit.
    static func isLetterOrDigit(_ b: UInt8) -> Bool {
        (0x41...0x5A).contains(b) || (0x61...0x7A).contains(b) || (0x30...0x39).contains(b)
    }

    static func isNumeral(_ text: String) -> Bool {
        !text.isEmpty && text.utf8.allSatisfy { (0x30...0x39).contains($0) || $0 == 0x2E } && text.utf8.first != 0x2E
            && text.utf8.filter { $0 == 0x2E }.count <= 1
    }

    /// Characters a DOT file or the XML rendered from it cannot carry: C0 controls other than tab
    /// and line feed, and the non-characters U+FFFE and U+FFFF.
    static func isForbiddenInXML(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.value < 0x20 && scalar != "\t" && scalar != "\n") || scalar.value == 0xFFFE || scalar.value == 0xFFFF
    }

    private static func appendVisible(_ scalar: Unicode.Scalar, to out: inout String) {
        if let replacement = visible(scalar) { out += replacement } else { out.unicodeScalars.append(scalar) }
    }

    /// What `appendVisible` makes of a scalar, nil when it stays as it is.
    private static func visible(_ scalar: Unicode.Scalar) -> String? {
        if scalar == "\r" { return "" }
        return isForbiddenInXML(scalar) ? "\u{FFFD}" : nil
    }

    /// Quotes `text`, replacing each scalar for which `escape` returns a replacement; pieces
    /// longer than `maxStringLength` bytes are joined with `+`, split only between scalars.
    /// Built on UTF-8 bytes: tooltips of a million edges go through here.
    private static func quoted(_ text: String, escape: (Unicode.Scalar) -> String?) -> String {
        // Printable ASCII without quote, backslash or ampersand: no escape changes it.
        if text.utf8.count <= maxStringLength,
           text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F && $0 != 0x22 && $0 != 0x5C && $0 != 0x26 }) {
            return "\"" + text + "\""
        }
        var out: [UInt8] = [0x22]
        out.reserveCapacity(text.utf8.count + 8)
        var pieceStart = out.count
        func append<Bytes: Collection<UInt8>>(_ bytes: Bytes) {
            if out.count - pieceStart + bytes.count > maxStringLength {
                out.append(contentsOf: "\" + \"".utf8)
                pieceStart = out.count
            }
            out.append(contentsOf: bytes)
        }
        for scalar in text.unicodeScalars {
            if let replacement = escape(scalar) {
                append(replacement.utf8)
            } else {
                append(UTF8.encode(scalar)!)
            }
        }
        out.append(0x22)
        return String(decoding: out, as: UTF8.self)
    }
}

private extension String {
    func replacingBackslashes() -> String {
        String(String.UnicodeScalarView(unicodeScalars.map { $0 == "\\" ? "\u{2216}" : $0 }))
    }
}
