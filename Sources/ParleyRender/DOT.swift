/// Quoting of DOT identifiers and strings per Graphviz's grammar.
public enum DOT {
    /// Graphviz mishandles quoted strings longer than about 16 K characters; we stay well below.
    public static let maxStringLength = 8_000

    private static let keywords: Set<String> = ["node", "edge", "graph", "digraph", "subgraph", "strict"]

    /// An identifier as DOT text: bare when it is a plain ID (letters, digits, underscore, not
    /// starting with a digit, not a keyword), otherwise a quoted string.
    public static func id(_ text: String) -> String {
        if isPlainID(text) { return text }
        return quoted(text, escapeBackslash: false)
    }

    /// An escString attribute value (label, tooltip): quotes, backslashes and line breaks escaped
    /// so Graphviz shows exactly `text`.
    public static func escString(_ text: String) -> String {
        quoted(clipped(text), escapeBackslash: true)
    }

    /// A plain attribute value (colour, shape, style): quoted, never escString-interpreted.
    public static func value(_ text: String) -> String {
        isPlainID(text) || isNumeral(text) ? text : quoted(clipped(text), escapeBackslash: false)
    }

    static func clipped(_ text: String) -> String {
        guard text.count > maxStringLength else { return text }
        return String(text.prefix(maxStringLength - 1)) + "…"
    }

    static func isPlainID(_ text: String) -> Bool {
        guard let first = text.utf8.first, !(0x30...0x39).contains(first) else { return false }
        guard !keywords.contains(text.lowercased()) else { return false }
        return text.utf8.allSatisfy { b in
            (0x41...0x5A).contains(b) || (0x61...0x7A).contains(b) || (0x30...0x39).contains(b) || b == 0x5F
        }
    }

    static func isNumeral(_ text: String) -> Bool {
        !text.isEmpty && text.utf8.allSatisfy { (0x30...0x39).contains($0) || $0 == 0x2E } && text.utf8.first != 0x2E
            && text.utf8.filter { $0 == 0x2E }.count <= 1
    }

    private static func quoted(_ text: String, escapeBackslash: Bool) -> String {
        var out = "\""
        out.reserveCapacity(text.utf8.count + 2)
        for ch in text.unicodeScalars {
            switch ch {
            case "\"": out += "\\\""
            case "\\":
                // In an escString a lone backslash would start an escape (\n, \N, \G, …);
                // in an ID a trailing one would eat the closing quote. Doubling is safe for both.
                out += "\\\\"
            case "\n": out += escapeBackslash ? "\\n" : " "
            case "\r": continue
            case "\u{0}": continue
            default: out.unicodeScalars.append(ch)
            }
        }
        out += "\""
        return out
    }
}
