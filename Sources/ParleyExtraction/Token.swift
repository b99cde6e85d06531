import ParleyGraph

/// A word or punctuation mark of a sentence, located in the clean text.
struct Token: Sendable {
    /// Byte range in the clean text.
    var start: Int
    var end: Int
    var text: String
    /// Folded, lowercase matching key; for punctuation the mark itself.
    var key: String
    var isWord: Bool
    /// Starts with an uppercase letter (or is an all-caps acronym).
    var isCapitalized: Bool
    /// The one-word event or modality cue this token is, set once per sentence.
    var cue: Lexicon.Cue? = nil
    /// What the lexicon knows of the word, set once per sentence by `Lexicon.tag(_:)`.
    var flags: Lexicon.WordFlags = []
    /// Known to be ASCII (set by the tokenizer), so that byte tests can stand for character tests.
    var isASCII = false

    var isPunctuation: Bool { !isWord }
}

/// Splits a span of clean text into tokens. Words keep internal hyphens, apostrophes and the
/// dots of acronyms ("U.S."); a possessive "'s" becomes its own token. O(n).
enum Tokenizer {
    /// Words of a span put back together as written: a space between words, none before a
    /// comma or a possessive "'s", none around a hyphen ("Armenian-Turkish").
    static func join<Words: Sequence<String>>(_ words: Words) -> String {
        var out = ""
        var glueNext = true
        for word in words {
            let glue = glueNext || word == "," || word == "'s" || word == "-"
            if !glue { out += " " }
            out += word
            glueNext = word == "-"
        }
        return out
    }

    static func tokens(in bytes: [UInt8], from start: Int, to end: Int) -> [Token] {
        var tokens: [Token] = []
        // About one token in five bytes of prose: one allocation, not a growing series.
        tokens.reserveCapacity((end - start) / 4 + 1)
        var i = start
        while i < end {
            let c = bytes[i]
            if c == 0x20 || c == 0x0A || c == 0x09 || c == 0x0D { i += 1; continue }
            if isWordByte(bytes, i, end) {
                var j = i
                while j < end {
                    if isWordByte(bytes, j, end) { j += scalarLength(bytes[j]); continue }
                    // Joiners inside a word: hyphen, apostrophe, dot between letters (U.S., a.m.).
                    let joiner = bytes[j]
                    let isApostrophe = joiner == 0x27 || (joiner == 0xE2 && j + 2 < end && bytes[j + 1] == 0x80 && bytes[j + 2] == 0x99)
                    let width = isApostrophe && joiner == 0xE2 ? 3 : 1
                    if (joiner == 0x2D || isApostrophe || joiner == 0x2E) && j + width < end && isWordByte(bytes, j + width, end) {
                        // "'s" possessive splits off.
                        if isApostrophe, j + width + 1 <= end, bytes[j + width] | 0x20 == 0x73,
                           j + width + 1 == end || !isWordByte(bytes, j + width + 1, end) {
                            break
                        }
                        if joiner == 0x2E && !(j + width + 1 >= end || bytes[j + width + 1] == 0x2E || !isWordByte(bytes, j + width + 1, end)) {
                            break  // a dot followed by a longer word ends the word
                        }
                        j += width
                        continue
                    }
                    break
                }
                // "Prachanda-ji", "Koirala-ji": a respectful suffix is no part of the name (only
                // after six letters or more: "Min-ji" is a Korean given name).
                if j - i >= 9, (0x41...0x5A).contains(bytes[i]), bytes[j - 3] == 0x2D, bytes[j - 2] == 0x6A, bytes[j - 1] == 0x69 {
                    tokens.append(makeToken(bytes, i, j - 3, isWord: true))
                    i = j
                    continue
                }
                // Trailing dot of an acronym: "U.S." keeps its final dot.
                if j < end, bytes[j] == 0x2E, j - i >= 3, bytes[j - 2] == 0x2E { j += 1 }
                // An initial keeps its dot: "S. Jaishankar", "John F. Kennedy".
                if j - i == 1, (0x41...0x5A).contains(bytes[i]), j + 2 < end, bytes[j] == 0x2E, bytes[j + 1] == 0x20,
                   (0x41...0x5A).contains(bytes[j + 2]) { j += 1 }
                tokens.append(makeToken(bytes, i, j, isWord: true))
                i = j
                continue
            }
            // Possessive 's as its own token.
            let isApostrophe = c == 0x27 || (c == 0xE2 && i + 2 < end && bytes[i + 1] == 0x80 && bytes[i + 2] == 0x99)
            if isApostrophe {
                let width = c == 0x27 ? 1 : 3
                if i + width < end, bytes[i + width] | 0x20 == 0x73, i + width + 1 == end || !isWordByte(bytes, i + width + 1, end) {
                    tokens.append(Token(start: i, end: i + width + 1, text: "'s", key: "'s", isWord: false, isCapitalized: false))
                    i += width + 1
                    continue
                }
            }
            let length = scalarLength(c)
            let j = min(i + length, end)
            tokens.append(makeToken(bytes, i, j, isWord: false))
            i = j
        }
        return tokens
    }

    private static func makeToken(_ bytes: [UInt8], _ i: Int, _ j: Int, isWord: Bool) -> Token {
        let text = String(decoding: bytes[i..<j], as: UTF8.self)
        if !isWord {
            // An ASCII mark ("," "." "(") is its own key: the cases below are not ASCII, and
            // comparing with them is slow.
            if j - i == 1 && bytes[i] < 0x80 {
                return Token(start: i, end: j, text: text, key: text, isWord: false, isCapitalized: false, isASCII: true)
            }
            // Typographic quotes and dashes (‘ ’ “ ” „ – —, three bytes each) by their bytes:
            // comparing the text with each took Unicode-aware comparisons.
            var key = text
            if j - i == 3, bytes[i] == 0xE2, bytes[i + 1] == 0x80 {
                switch bytes[i + 2] {
                case 0x98, 0x99: key = "'"  // ‘ ’
                case 0x9C, 0x9D, 0x9E: key = "\""  // “ ” „
                case 0x93, 0x94: key = "-"  // – —
                default: break
                }
            }
            return Token(start: i, end: j, text: text, key: key, isWord: false, isCapitalized: false)
        }
        var isASCII = true, isPlain = true
        for byte in bytes[i..<j] {
            if byte >= 0x80 { isASCII = false; break }
            if !((0x61...0x7A).contains(byte) || (0x30...0x39).contains(byte)) { isPlain = false }
        }
        if isASCII {
            let capitalized = bytes[i] >= 0x41 && bytes[i] <= 0x5A
            // Lowercase letters and digits (most words) are their own key.
            let key = isPlain ? text : Fold.asciiKey(bytes: bytes[i..<j])
            return Token(start: i, end: j, text: text, key: key, isWord: true, isCapitalized: capitalized, isASCII: true)
        }
        let first = text.unicodeScalars.first!
        let capitalized = first.properties.isUppercase
        return Token(start: i, end: j, text: text, key: Lexicon.key(text), isWord: true, isCapitalized: capitalized)
    }

    static func scalarLength(_ lead: UInt8) -> Int {
        switch lead {
        case 0..<0x80: return 1
        case 0xC0..<0xE0: return 2
        case 0xE0..<0xF0: return 3
        case 0xF0...: return 4
        default: return 1
        }
    }

    /// Letters and digits, ASCII or not (any non-ASCII scalar except punctuation we know).
    static func isWordByte(_ bytes: [UInt8], _ i: Int, _ end: Int) -> Bool {
        let c = bytes[i]
        if c < 0x80 {
            return (0x30...0x39).contains(c) || (0x41...0x5A).contains(c) || (0x61...0x7A).contains(c)
        }
        if c == 0xE2 { return false }  // general punctuation block: quotes, dashes, ellipsis
        if c == 0xC2 { return i + 1 < end && bytes[i + 1] >= 0xC0 }  // NBSP, «, », ·, © … are not letters
        if c == 0xEF && i + 2 < end && bytes[i + 1] == 0xBF && bytes[i + 2] == 0xBD { return false }  // U+FFFD
        return c >= 0xC3
    }
}
