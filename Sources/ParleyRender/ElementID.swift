import ParleyGraph

/// Stable ids for SVG elements, derived from graph ids: the same node or edge gets the same id in
/// every diagram and every run, and two different ones never share an id.
///
/// ASCII letters, digits and `-` stay; every other byte of the UTF-8 text is written `_XX` (hex),
/// so the id is valid in XML and usable in a CSS selector without escaping:
/// `person:lena-varga` → `node-person_3Alena-varga`.
public enum ElementID {
    public static func node(_ id: String, prefix: String = "") -> String {
        prefix + "node-" + encoded(id)
    }

    public static func edge(_ key: Edge.Key, prefix: String = "") -> String {
        var parts = [encoded(key.source), encoded(key.type.rawValue), encoded(key.target)]
        if let date = key.date { parts.append(encoded(date)) }
        if key.status != .occurred { parts.append(key.status.rawValue) }
        return prefix + "edge-" + parts.joined(separator: ".")
    }

    public static func cluster(_ id: String, prefix: String = "") -> String {
        prefix + "cluster-" + encoded(id)
    }

    /// The id as letters, digits, `-` and `_XX` escapes. O(n).
    public static func encoded(_ text: String) -> String {
        if text.utf8.allSatisfy({ DOT.isLetterOrDigit($0) || $0 == 0x2D }) { return text }
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 4)
        for b in text.utf8 {
            if DOT.isLetterOrDigit(b) || b == 0x2D {
                out.append(b)
            } else {
                out.append(0x5F)
                out.append(hexDigits[Int(b >> 4)])
                out.append(hexDigits[Int(b & 0xF)])
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static let hexDigits = Array("0123456789ABCDEF".utf8)
}
