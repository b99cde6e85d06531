/// Folding of names for matching: diacritics off, case off, punctuation off.
///
/// Matching everywhere in Parley (lexicon lookup, coreference, name resolution, evaluation)
/// goes through these functions so that "Türkiye", "Turkiye" and "TURKIYE" meet.
public enum Fold {
    /// Replaces letters with diacritics and ligatures by their ASCII base letters.
    ///
    /// Letters without an ASCII base (Cyrillic, CJK, …) are kept as they are. O(n).
    public static func asciiFolded(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar.value < 0x80 {
                out.append(scalar)
            } else if let base = table[scalar.value] {
                out.append(contentsOf: base.unicodeScalars)
            } else if (0x0300...0x036F).contains(scalar.value) {
                continue  // combining marks of a decomposed letter
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// The matching key of a name: ASCII-folded, lowercase, only letters and digits, words
    /// joined by one space. "Côte d’Ivoire" → "cote divoire".
    public static func key(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return asciiKey(text) }
        var out = String.UnicodeScalarView()
        var space = false
        for scalar in asciiFolded(text).unicodeScalars {
            let v = scalar.value
            if (v >= 0x61 && v <= 0x7A) || (v >= 0x30 && v <= 0x39) {
                if space && !out.isEmpty { out.append(" ") }
                space = false
                out.append(scalar)
            } else if v >= 0x41 && v <= 0x5A {
                if space && !out.isEmpty { out.append(" ") }
                space = false
                out.append(Unicode.Scalar(v + 32)!)
            } else if v == 0x27 || v == 0x2019 || v == 0x2E {
                continue  // apostrophes and dots join: "U.S." → "us"
            } else if v >= 0x80 && scalar.properties.isAlphabetic {
                if space && !out.isEmpty { out.append(" ") }
                space = false
                out.append(contentsOf: String(scalar).lowercased().unicodeScalars)
            } else {
                space = true
            }
        }
        return String(out)
    }

    /// Whether two folded keys are equal or one dropped letter apart, the commonest damage of
    /// machine translation to names ("erdoan" for "erdogan"); only for keys of four letters
    /// or more. O(n).
    public static func nearlyEqual(_ a: String, _ b: String) -> Bool {
        if a == b { return true }
        if let answer = asciiNearlyEqual(a, b) { return answer }
        let (short, long) = a.count < b.count ? (a, b) : (b, a)
        guard short.count >= 4, long.count == short.count + 1 else { return false }
        var s = short.makeIterator(), skipped = false
        var next = s.next()
        for ch in long {
            if ch == next { next = s.next() } else if !skipped { skipped = true } else { return false }
        }
        return next == nil
    }

    /// `text` with its non-ASCII letters dropped, as machine translation damages names
    /// ("Trkiye" for "Türkiye"); nil when it has none.
    public static func droppingNonASCIILetters(_ text: String) -> String? {
        func isNonASCIILetter(_ scalar: Unicode.Scalar) -> Bool { scalar.value >= 0x80 && scalar.properties.isAlphabetic }
        guard text.unicodeScalars.contains(where: isNonASCIILetter) else { return nil }
        var stripped = text
        stripped.unicodeScalars.removeAll(where: isNonASCIILetter)
        return stripped
    }

    /// `nearlyEqual` byte by byte when both keys are ASCII (bytes are then letters); nil otherwise.
    private static func asciiNearlyEqual(_ a: String, _ b: String) -> Bool? {
        var a = a, b = b
        return a.withUTF8 { x in
            b.withUTF8 { y -> Bool? in
                guard !x.contains(where: { $0 >= 0x80 }), !y.contains(where: { $0 >= 0x80 }) else { return nil }
                let (short, long) = x.count < y.count ? (x, y) : (y, x)
                guard short.count >= 4, long.count == short.count + 1 else { return false }
                var s = 0, skipped = false
                for byte in long {
                    if s < short.count && byte == short[s] { s += 1 } else if !skipped { skipped = true } else { return false }
                }
                return s == short.count
            }
        }
    }

    /// `key` for ASCII text, byte by byte: the same rules without decoding scalars.
    private static func asciiKey(_ text: String) -> String {
        var text = text
        return text.withUTF8 { asciiKey(bytes: $0) }
    }

    /// `key` of ASCII bytes (a slice of a tokenised text, say) without decoding them first.
    /// Every byte must be below 0x80.
    public static func asciiKey(bytes: ArraySlice<UInt8>) -> String {
        bytes.withUnsafeBufferPointer { asciiKey(bytes: $0) }
    }

    private static func asciiKey(bytes: UnsafeBufferPointer<UInt8>) -> String {
        String(unsafeUninitializedCapacity: bytes.count) { out in
            var n = 0
            var space = false
            for byte in bytes {
                switch byte {
                case 0x61...0x7A, 0x30...0x39, 0x41...0x5A:
                    if space && n > 0 { out[n] = 0x20; n += 1 }
                    space = false
                    out[n] = byte >= 0x41 && byte <= 0x5A ? byte + 32 : byte
                    n += 1
                case 0x27, 0x2E:
                    continue  // apostrophes and dots join: "U.S." → "us"
                default:
                    space = true
                }
            }
            return n
        }
    }

    private static let table: [UInt32: String] = {
        let pairs: [(String, String)] = [
            ("ÀÁÂÃÄÅĀĂĄǍȀȂ", "A"), ("àáâãäåāăąǎȁȃ", "a"), ("Æ", "AE"), ("æ", "ae"),
            ("ÇĆĈĊČ", "C"), ("çćĉċč", "c"), ("ĎĐÐ", "D"), ("ďđð", "d"),
            ("ÈÉÊËĒĔĖĘĚȄȆ", "E"), ("èéêëēĕėęěȅȇə", "e"), ("Ə", "E"),
            ("ĜĞĠĢǦ", "G"), ("ĝğġģǧ", "g"), ("ĤĦ", "H"), ("ĥħ", "h"),
            ("ÌÍÎÏĨĪĬĮİǏ", "I"), ("ìíîïĩīĭįıǐ", "i"), ("Ĵ", "J"), ("ĵ", "j"),
            ("Ķ", "K"), ("ķ", "k"), ("ĹĻĽĿŁ", "L"), ("ĺļľŀł", "l"),
            ("ÑŃŅŇ", "N"), ("ñńņňŉ", "n"), ("ÒÓÔÕÖØŌŎŐǑ", "O"), ("òóôõöøōŏőǒ", "o"),
            ("Œ", "OE"), ("œ", "oe"), ("ŔŖŘ", "R"), ("ŕŗř", "r"),
            ("ŚŜŞŠȘ", "S"), ("śŝşšș", "s"), ("ß", "ss"), ("ŢŤŦȚ", "T"), ("ţťŧț", "t"),
            ("ÙÚÛÜŨŪŬŮŰŲǓǕǗǙǛ", "U"), ("ùúûüũūŭůűųǔǖǘǚǜ", "u"), ("Ŵ", "W"), ("ŵ", "w"),
            ("ÝŶŸ", "Y"), ("ýÿŷ", "y"), ("ŹŻŽ", "Z"), ("źżž", "z"), ("Þ", "TH"), ("þ", "th"),
            ("‘’‛′", "'"), ("“”„″", "\""), ("‐‑‒–—―", "-"), ("\u{00A0}\u{2009}\u{202F}", " "),
        ]
        var table: [UInt32: String] = [:]
        for (letters, base) in pairs {
            for scalar in letters.unicodeScalars { table[scalar.value] = base }
        }
        return table
    }()
}
