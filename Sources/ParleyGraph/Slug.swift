/// Turns names into the ASCII slugs used in node ids.
public enum Slug {
    /// Lowercase ASCII letters and digits joined by single hyphens; diacritics folded.
    ///
    /// "Türkiye" → "turkiye", "Côte d'Ivoire" → "cote-divoire". O(n) in the name's length.
    public static func make(_ text: String) -> String {
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
}
