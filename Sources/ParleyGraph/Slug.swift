/// Turns names into the ASCII slugs used in node ids.
public enum Slug {
    /// Lowercase ASCII letters and digits joined by single hyphens; diacritics folded.
    ///
    /// "Türkiye" → "turkiye", "Côte d'Ivoire" → "cote-divoire". O(n) in the name's length.
    public static func make(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return asciiSlug(text.utf8) }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var pendingHyphen = false
        for scalar in Fold.asciiFolded(text).unicodeScalars {
            let v = scalar.value
            if (v >= 0x61 && v <= 0x7A) || (v >= 0x30 && v <= 0x39) {
                if pendingHyphen && !out.isEmpty { out.append("-") }
                pendingHyphen = false
                out.unicodeScalars.append(scalar)
            } else if v >= 0x41 && v <= 0x5A {
                if pendingHyphen && !out.isEmpty { out.append("-") }
                pendingHyphen = false
                out.unicodeScalars.append(Unicode.Scalar(v + 32)!)
            } else if v == 0x27 || v == 0x2019 {
                continue  // apostrophes join: "d'Ivoire" → "divoire"
            } else {
                pendingHyphen = true
            }
        }
        return out.isEmpty ? "x" : out
    }

    /// `make` for ASCII text (most names), byte by byte: the same rules without folding or
    /// decoding scalars.
    private static func asciiSlug(_ bytes: String.UTF8View) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var pendingHyphen = false
        for byte in bytes {
            if (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) {
                if pendingHyphen && !out.isEmpty { out.append(0x2D) }
                pendingHyphen = false
                out.append(byte >= 0x41 && byte <= 0x5A ? byte + 32 : byte)
            } else if byte != 0x27 {  // apostrophes join
                pendingHyphen = true
            }
        }
        return out.isEmpty ? "x" : String(decoding: out, as: UTF8.self)
    }
}
