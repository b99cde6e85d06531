/// Turns HTML into plain text with paragraph breaks: drops tags, comments, scripts, styles and
/// navigation chrome; decodes character references; keeps every byte's file offset.
///
/// A forgiving single pass, O(n): broken or deeply nested markup never throws, it only loses
/// the tags it cannot read.
public enum HTMLStripper {
    /// Elements whose whole content is not article text.
    static let skippedElements: Set<String> = [
        "script", "style", "noscript", "template", "svg", "nav", "footer", "aside", "form",
        "button", "select", "iframe", "object", "head",
    ]
    /// Elements that end a paragraph.
    static let blockElements: Set<String> = [
        "p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "tr", "td", "th",
        "table", "section", "article", "header", "figure", "figcaption", "blockquote", "title",
        "main", "dd", "dt", "dl", "hr", "pre", "address", "caption", "body", "html",
    ]

    public static func strip(_ input: CleanText) -> CleanText {
        let b = input.bytes
        var out = CleanText.Builder(source: input, capacity: b.count / 2)
        var i = 0
        var skipDepth = 0
        var skipName = ""
        var pendingSpace = false
        var tagEnds = TagEndFinder(bytes: b)

        func breakParagraph(_ out: inout CleanText.Builder, at index: Int) {
            // Normalise to exactly one blank line between blocks.
            while out.last == 0x20 { out.bytes.removeLast(); out.offsets.removeLast() }
            let n = out.bytes.count
            if n == 0 { return }
            if n >= 2 && out.bytes[n - 1] == 0x0A && out.bytes[n - 2] == 0x0A { return }
            if out.bytes[n - 1] == 0x0A { out.append(0x0A, from: index) } else { out.append([0x0A, 0x0A], from: index) }
        }

        while i < b.count {
            let c = b[i]
            if c == UInt8(ascii: "<") {
                if hasPrefix(b, i, "<!--") {
                    i = ByteSearch.first(Array("-->".utf8), in: b, min(i + 4, b.count)..<b.count).map { $0 + 3 } ?? b.count
                    continue
                }
                guard let close = tagEnds.end(from: i + 1) else {
                    // A lone '<' in text.
                    if skipDepth == 0 {
                        if pendingSpace, let last = out.last, last != 0x0A, last != 0x20 { out.append(0x20, from: i) }
                        pendingSpace = false
                        out.append(c, from: i)
                    }
                    i += 1
                    continue
                }
                let (name, isEnd) = tagName(b, i + 1, close)
                let selfClosing = close > i + 1 && b[close - 1] == UInt8(ascii: "/")
                if skipDepth > 0 {
                    if name == skipName {
                        if isEnd { skipDepth -= 1 } else if !selfClosing { skipDepth += 1 }
                    }
                } else if !isEnd && !selfClosing && skippedElements.contains(name) {
                    skipName = name
                    skipDepth = 1
                    if name == "script" || name == "style" {
                        // Raw text: skip straight to the end tag, whatever it contains.
                        if let end = ByteSearch.first(Array("</\(name)".utf8), in: b, min(close + 1, b.count)..<b.count, ignoringCase: true) {
                            skipDepth = 0
                            i = tagEnds.end(from: end + 1).map { $0 + 1 } ?? b.count
                            continue
                        }
                    }
                } else if blockElements.contains(name) {
                    if name == "br" {
                        while out.last == 0x20 { out.bytes.removeLast(); out.offsets.removeLast() }
                        if out.last != 0x0A && out.last != nil { out.append(0x0A, from: i) }
                    } else {
                        breakParagraph(&out, at: i)
                    }
                    pendingSpace = false
                } else {
                    pendingSpace = pendingSpace || (out.last != nil && out.last != 0x0A)
                }
                i = close + 1
                continue
            }
            if skipDepth > 0 { i += 1; continue }
            if c == 0x20 || c == 0x0A || c == 0x0D || c == 0x09 || c == 0x0C {
                pendingSpace = true
                i += 1
                continue
            }
            if pendingSpace {
                if let last = out.last, last != 0x0A, last != 0x20 { out.append(0x20, from: i) }
                pendingSpace = false
            }
            if c == UInt8(ascii: "&"), let (scalar, length) = CharacterReference.decode(b, at: i) {
                if scalar == "\u{00A0}" { out.append(0x20, from: i) } else { out.append(scalar, from: i) }
                i += length
                continue
            }
            out.append(c, from: i)
            i += 1
        }
        breakParagraph(&out, at: b.count)
        return out.build()
    }

    static func hasPrefix(_ b: [UInt8], _ i: Int, _ prefix: String) -> Bool {
        // Compared with the string's bytes, not with an array made of them at every '<'.
        let n = prefix.utf8.count
        return i + n <= b.count && b[i..<(i + n)].elementsEqual(prefix.utf8)
    }

    static func tagName(_ b: [UInt8], _ start: Int, _ end: Int) -> (String, Bool) {
        var i = start
        var isEnd = false
        if i < end && b[i] == UInt8(ascii: "/") { isEnd = true; i += 1 }
        let nameStart = i
        var hasCapital = false
        while i < end {
            let c = b[i]
            guard (0x61...0x7A).contains(c) || (0x30...0x39).contains(c) || (0x41...0x5A).contains(c) else { break }
            hasCapital = hasCapital || c <= 0x5A && c >= 0x41
            i += 1
        }
        // Straight from the bytes (a tag name is a small string, no allocation), lowercased
        // only when written in capitals.
        let name = String(decoding: b[nameStart..<i], as: UTF8.self)
        return (hasCapital ? name.lowercased() : name, isEnd)
    }

    static func lower(_ c: UInt8) -> UInt8 { (0x41...0x5A).contains(c) ? c + 32 : c }
}

/// Finds the '>' that closes a tag, honouring quoted attribute values, in linear total time
/// over one pass of increasing start positions.
///
/// A quote left open sends the quote-aware scan to the end of the input; every later tag is
/// then closed by its first '>', as lenient parsers do, so hostile markup such as thousands of
/// `<a href='x` without a '>' costs one scan, not one per tag.
struct TagEndFinder {
    let bytes: [UInt8]
    /// False once a quote-aware scan found no end: from then on the first '>' closes a tag.
    private var quotesTrusted = true
    /// The first '>' at or after the last plain scan's start (`bytes.count` when there is none).
    private var greater = -1

    init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// The index of the '>' closing a tag that starts after '<' at `start`; nil when what
    /// follows '<' cannot be a tag or nothing closes it. Starts must not decrease.
    mutating func end(from start: Int) -> Int? {
        guard start < bytes.count else { return nil }
        let first = bytes[start]
        let isLetter = (0x41...0x5A).contains(first) || (0x61...0x7A).contains(first)
        guard isLetter || first == UInt8(ascii: "/") || first == UInt8(ascii: "!") || first == UInt8(ascii: "?") else { return nil }
        if quotesTrusted {
            var quote: UInt8 = 0
            var i = start
            while i < bytes.count {
                let c = bytes[i]
                if quote != 0 {
                    if c == quote { quote = 0 }
                } else if c == UInt8(ascii: "\"") || c == UInt8(ascii: "'") {
                    quote = c
                } else if c == UInt8(ascii: ">") {
                    return i
                }
                i += 1
            }
            quotesTrusted = false
        }
        if greater < start {
            greater = bytes[start...].firstIndex(of: UInt8(ascii: ">")) ?? bytes.count
        }
        return greater < bytes.count ? greater : nil
    }
}

/// HTML character references: numeric ones and the named ones news pages use.
enum CharacterReference {
    static let named: [String: Unicode.Scalar] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{00A0}",
        "ndash": "–", "mdash": "—", "lsquo": "‘", "rsquo": "’", "ldquo": "“", "rdquo": "”",
        "sbquo": "‚", "bdquo": "„", "hellip": "…", "middot": "·", "bull": "•", "laquo": "«",
        "raquo": "»", "copy": "©", "reg": "®", "trade": "™", "deg": "°", "euro": "€", "pound": "£",
        "shy": "\u{00AD}", "thinsp": "\u{2009}", "ensp": "\u{2002}", "emsp": "\u{2003}", "zwnj": "\u{200C}",
        "aacute": "á", "Aacute": "Á", "agrave": "à", "acirc": "â", "atilde": "ã", "auml": "ä", "aring": "å",
        "ccedil": "ç", "Ccedil": "Ç", "eacute": "é", "Eacute": "É", "egrave": "è", "ecirc": "ê", "euml": "ë",
        "iacute": "í", "igrave": "ì", "icirc": "î", "iuml": "ï", "ntilde": "ñ", "oacute": "ó", "ograve": "ò",
        "ocirc": "ô", "otilde": "õ", "ouml": "ö", "Ouml": "Ö", "oslash": "ø", "uacute": "ú", "ugrave": "ù",
        "ucirc": "û", "uuml": "ü", "Uuml": "Ü", "yacute": "ý", "szlig": "ß", "scaron": "š", "Scaron": "Š",
        "zcaron": "ž", "Zcaron": "Ž",
    ]

    /// Decodes the reference starting with '&' at `i`: the scalar and how many bytes it spans.
    static func decode(_ b: [UInt8], at i: Int) -> (Unicode.Scalar, Int)? {
        var j = i + 1
        let limit = min(b.count, i + 12)
        if j < limit && b[j] == UInt8(ascii: "#") {
            j += 1
            var hex = false
            if j < limit && (b[j] | 0x20) == UInt8(ascii: "x") { hex = true; j += 1 }
            var value: UInt32 = 0
            let digitsStart = j
            while j < limit, let d = digit(b[j], hex: hex) {
                value = value &* (hex ? 16 : 10) &+ d
                j += 1
            }
            guard j > digitsStart else { return nil }
            let length = (j < b.count && b[j] == UInt8(ascii: ";")) ? j + 1 - i : j - i
            // Windows-1252 numbers pages still send for quotes and dashes.
            let cp1252: [UInt32: UInt32] = [0x91: 0x2018, 0x92: 0x2019, 0x93: 0x201C, 0x94: 0x201D, 0x96: 0x2013, 0x97: 0x2014, 0x85: 0x2026]
            let fixed = cp1252[value] ?? value
            return (Unicode.Scalar(fixed) ?? "\u{FFFD}", length)
        }
        let nameStart = j
        while j < limit, (0x41...0x5A).contains(b[j]) || (0x61...0x7A).contains(b[j]) { j += 1 }
        guard j < b.count, b[j] == UInt8(ascii: ";"), j > nameStart else { return nil }
        let name = String(decoding: b[nameStart..<j], as: UTF8.self)
        guard let scalar = named[name] ?? named[name.lowercased()] else { return nil }
        return (scalar, j + 1 - i)
    }

    private static func digit(_ c: UInt8, hex: Bool) -> UInt32? {
        switch c {
        case 0x30...0x39: return UInt32(c - 0x30)
        case 0x61...0x66 where hex: return UInt32(c - 0x61 + 10)
        case 0x41...0x46 where hex: return UInt32(c - 0x41 + 10)
        default: return nil
        }
    }
}
