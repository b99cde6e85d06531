import Foundation

/// A sentence or caption of an article, located in its clean text.
public struct Sentence: Sendable {
    /// Byte range in the clean text.
    public var start: Int
    public var end: Int
    public var paragraph: Int
    /// A photo caption: its named officials met, even without a verb saying so.
    public var isCaption: Bool
    /// Bytes of photo credits inside the sentence, to be ignored.
    public var maskedRanges: [Range<Int>] = []
}

/// Splits clean text into paragraphs and sentences and sets aside page furniture.
///
/// Furniture is recognised by shape, not by phrases of particular sites: lines without
/// sentence punctuation (menus, headlines, "related" lists, share bars), teasers ending in an
/// ellipsis, and runs of short lines. Photo captions are kept and marked. O(n).

public enum Segmenter {
    struct Line {
        var start: Int
        var end: Int
    }

    public static func sentences(in text: CleanText) -> [Sentence] {
        let b = text.bytes
        // Lines, then paragraphs (blank lines between them).
        var paragraphs: [[Line]] = [[]]
        var lineStart = 0
        for i in 0...b.count where i == b.count || b[i] == 0x0A {
            var s = lineStart, e = i
            while s < e && isSpace(b[s]) { s += 1 }
            while e > s && isSpace(b[e - 1]) { e -= 1 }
            if s == e {
                if !(paragraphs.last?.isEmpty ?? true) { paragraphs.append([]) }
            } else {
                paragraphs[paragraphs.count - 1].append(Line(start: s, end: e))
            }
            lineStart = i + 1
        }
        var result: [Sentence] = []
        for (p, lines) in paragraphs.enumerated() where !lines.isEmpty {
            // Join hard-wrapped lines: a long line that does not end a sentence continues.
            var units: [Line] = []
            for line in lines {
                if var last = units.last, !endsSentence(b, last), last.end - last.start >= 50,
                   wordCount(b, line, atMost: 1) >= 1, !startsWithCapitalHeadline(b, line) || isLowercaseStart(b, line) {
                    last.end = line.end
                    units[units.count - 1] = last
                } else {
                    units.append(line)
                }
            }
            let shortRun = units.count >= 3 && units.allSatisfy { wordCount(b, $0, atMost: 13) <= 12 }
            for unit in units {
                if let caption = caption(b, unit) {
                    result.append(Sentence(start: unit.start, end: unit.end, paragraph: p, isCaption: true, maskedRanges: caption))
                    continue
                }
                guard isProse(b, unit), !shortRun || wordCount(b, unit, atMost: 13) > 12 else { continue }
                for range in splitSentences(b, unit) {
                    result.append(Sentence(start: range.start, end: range.end, paragraph: p, isCaption: false))
                }
            }
        }
        return result
    }

    static func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 || c == 0x0D || c == 0x0C }

    /// The words of a line, counted up to `limit`: the callers compare the count with a small
    /// number, and a paragraph is one long line.
    static func wordCount(_ b: [UInt8], _ line: Line, atMost limit: Int = .max) -> Int {
        var count = 0
        var inWord = false
        for i in line.start..<line.end {
            let space = b[i] == 0x20 || b[i] == 0x09
            if !space && !inWord {
                count += 1
                if count == limit { return count }
            }
            inWord = !space
        }
        return count
    }

    static func isLowercaseStart(_ b: [UInt8], _ line: Line) -> Bool {
        (0x61...0x7A).contains(b[line.start])
    }

    static func startsWithCapitalHeadline(_ b: [UInt8], _ line: Line) -> Bool {
        (0x41...0x5A).contains(b[line.start])
    }

    /// Ends with sentence punctuation, possibly followed by closing quotes or brackets.
    static func endsSentence(_ b: [UInt8], _ line: Line) -> Bool {
        var e = line.end
        while e > line.start {
            let c = b[e - 1]
            if c == 0x22 || c == 0x27 || c == 0x29 { e -= 1; continue }  // " ' )
            if c >= 0x80 {
                // ” ’ » as closing marks
                if e - 3 >= line.start, b[e - 3] == 0xE2, b[e - 2] == 0x80, b[e - 1] == 0x9D || b[e - 1] == 0x99 { e -= 3; continue }
                if e - 2 >= line.start, b[e - 2] == 0xC2, b[e - 1] == 0xBB { e -= 2; continue }
                return false
            }
            return c == 0x2E || c == 0x21 || c == 0x3F
        }
        return false
    }

    static func endsWithEllipsis(_ b: [UInt8], _ line: Line) -> Bool {
        let n = line.end - line.start
        if n >= 3 && b[line.end - 1] == 0x2E && b[line.end - 2] == 0x2E && b[line.end - 3] == 0x2E { return true }
        return n >= 3 && b[line.end - 3] == 0xE2 && b[line.end - 2] == 0x80 && b[line.end - 1] == 0xA6
    }

    /// A line that reads as article prose rather than furniture.
    static func isProse(_ b: [UInt8], _ line: Line) -> Bool {
        guard !endsWithEllipsis(b, line), endsSentence(b, line) else { return false }
        return wordCount(b, line, atMost: 4) >= 4
    }

    /// If the line is a photo caption, the byte ranges of its credits; nil otherwise.
    ///
    /// A caption has position markers "(L)", "(R)", "(C)", "(L-R)", "(left)", "(2nd R)" …, or
    /// ends in a credit: "(Agency/Jane Doe)", "(Xinhua Photo)", "Photo: X / Agency", "Jane Doe / Kyodo".
    static func caption(_ b: [UInt8], _ line: Line) -> [Range<Int>]? {
        // Every caption has a bracket, a slash or a colon; most lines have none of them.
        guard b[line.start..<line.end].contains(where: { $0 == 0x28 || $0 == 0x2F || $0 == 0x3A }) else { return nil }
        var credits: [Range<Int>] = []
        var hasMarker = false
        // Parenthesised groups.
        var i = line.start
        while i < line.end {
            if b[i] == 0x28, let close = b[i..<line.end].firstIndex(of: 0x29) {
                let inner = String(decoding: b[(i + 1)..<close], as: UTF8.self)
                // "(c) 2003-2024 West-Africa Morning - All rights reserved": a copyright line,
                // not a caption's "(C)" for centre.
                if close - i == 2, b[i + 1] | 0x20 == 0x63, close + 2 < line.end, b[close + 1] == 0x20, (0x30...0x39).contains(b[close + 2]) {
                    return nil
                }
                if isPositionMarker(inner) {
                    hasMarker = true
                } else if isCredit(inner) {
                    credits.append(i..<(close + 1))
                }
                i = close + 1
            } else {
                i += 1
            }
        }
        // "Photo: …" or "Credit: …" to the end, and a trailing "Name / Agency".
        // A line without a colon (one with a bracket or a slash) can hold only the three
        // prefixes without one: the others are not searched for.
        let hasColon = b[line.start..<line.end].contains(0x3A)
        for prefix in creditPrefixes where hasColon || !prefix.contains(0x3A) {
            guard let offset = ByteSearch.first(prefix, in: b, line.start..<line.end) else { continue }
            // "Photo: President X (R) greets Y in Samarkand. Photo credit: UzA": a label that
            // opens a long caption masks only itself, up to the credit that ends it.
            let rest = b[(offset + prefix.count)..<line.end]
            let words = rest.split(separator: 0x20).count
            if offset == line.start, words > 8, !rest.contains(0x2F) {
                credits.append(offset..<(offset + prefix.count))
                continue
            }
            if !credits.contains(where: { $0.contains(offset) }) { credits.append(offset..<line.end) }
        }
        if let slash = b[line.start..<line.end].lastIndex(of: 0x2F) {
            // "… in Tokyo. Jane Doe / Kyodo": the credit follows the caption's last full stop.
            if !b[slash..<line.end].contains(0x2E), let stop = b[line.start..<slash].lastIndex(of: 0x2E),
               b[(stop + 1)..<slash].split(separator: 0x20).count <= 4 {
                let offset = stop + 1
                if !credits.contains(where: { $0.contains(offset) }) { credits.append(offset..<line.end) }
            }
        }
        return hasMarker || !credits.isEmpty ? credits : nil
    }

    static let creditPrefixes = ["Photo credit:", "Photo:", "Photo by", "Photo courtesy of", "Image courtesy of", "Photograph:", "Credit:", "Image:", "Picture:", "Foto:"].map { Array($0.utf8) }

    static let positionMarkers: Set<String> = ["l", "r", "c", "l-r", "r-l", "l to r", "left", "right", "center", "centre", "front", "back", "fl", "fr"]

    static func isPositionMarker(_ inner: String) -> Bool {
        // Every marker ends in one of these letters, and most bracketed text ("AFP", "2023")
        // does not: ASCII text (where trimming is of spaces and tabs only) is told so cheaply.
        if inner.utf8.allSatisfy({ $0 < 0x80 }), let last = inner.utf8.last(where: { $0 != 0x20 && $0 != 0x09 }),
           !"lrctek".utf8.contains(last | 0x20) {
            return false
        }
        let t = asciiTrimmedLowercase(inner) ?? inner.trimmingCharacters(in: .whitespaces).lowercased()
        if positionMarkers.contains(t) { return true }
        // "2nd L", "3rd R", "second left"
        let parts = t.split(separator: " ")
        return parts.count == 2 && ["l", "r", "left", "right"].contains(String(parts[1]))
            && (parts[0].first?.isNumber ?? false || ["second", "third", "fourth"].contains(String(parts[0])))
    }

    static func isCredit(_ inner: String) -> Bool {
        let lower: String
        if let ascii = asciiTrimmedLowercase(inner) {
            lower = ascii
            if lower.utf8.contains(0x2F) && lower.split(separator: " ").count <= 6 { return true }
        } else {
            let t = inner.trimmingCharacters(in: .whitespaces)
            if t.contains("/") && t.split(separator: " ").count <= 6 { return true }
            lower = t.lowercased()
        }
        return lower.hasSuffix(" photo") || lower.hasPrefix("photo") || lower.hasPrefix("file photo")
            || lower.hasPrefix("credit") || lower.hasSuffix("via getty images") || lower == "afp" || lower == "reuters" || lower == "ap"
    }

    /// ASCII text trimmed of spaces and tabs and lowercased, on its bytes, as Foundation's
    /// trimming of `.whitespaces` and `lowercased()` would make it; nil for other text.
    static func asciiTrimmedLowercase(_ text: String) -> String? {
        var bytes = Array(text.utf8)
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
        while let last = bytes.last, last == 0x20 || last == 0x09 { bytes.removeLast() }
        let start = bytes.firstIndex { $0 != 0x20 && $0 != 0x09 } ?? bytes.endIndex
        return String(decoding: bytes[start...].lazy.map { (0x41...0x5A).contains($0) ? $0 | 0x20 : $0 }, as: UTF8.self)
    }

    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "st", "gen", "lt", "col", "sen", "rep", "gov", "prof", "jr", "sr", "no", "vs",
        "etc", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "inc", "ltd",
        "co", "corp", "capt", "maj", "sgt", "adm", "amb", "rev", "hon", "mt", "ft", "approx", "m",
    ]

    /// Sentence boundaries inside a prose unit: '.', '!' or '?' followed by space and a capital,
    /// a digit or a quote; not after abbreviations, initials or acronyms.
    static func splitSentences(_ b: [UInt8], _ line: Line) -> [Line] {
        var out: [Line] = []
        var s = line.start
        var i = line.start
        while i < line.end {
            let c = b[i]
            if c == 0x2E || c == 0x21 || c == 0x3F {
                var j = i + 1
                while j < line.end, b[j] == 0x22 || b[j] == 0x27 || b[j] == 0x29 || (b[j] == 0xE2 && j + 2 < line.end && b[j + 1] == 0x80) {
                    j += b[j] == 0xE2 ? 3 : 1
                }
                guard j < line.end, b[j] == 0x20 else { i += 1; continue }
                var k = j
                while k < line.end && b[k] == 0x20 { k += 1 }
                guard k < line.end else { break }
                let next = b[k]
                let startsNew = (0x41...0x5A).contains(next) || (0x30...0x39).contains(next) || next == 0x22 || next == 0xE2 || next >= 0xC3
                if startsNew && !(c == 0x2E && isAbbreviation(b, s, i)) {
                    out.append(Line(start: s, end: j))
                    s = k
                    i = k
                    continue
                }
            }
            i += 1
        }
        if s < line.end { out.append(Line(start: s, end: line.end)) }
        return out
    }

    /// Whether the dot at `dot` ends an abbreviation, an initial or a dotted acronym.
    static func isAbbreviation(_ b: [UInt8], _ start: Int, _ dot: Int) -> Bool {
        var w = dot
        while w > start, b[w - 1] != 0x20, b[w - 1] != 0x28 { w -= 1 }
        if w == dot { return false }
        let word = String(decoding: b[w..<dot], as: UTF8.self)
        // An ASCII word (most) is told on its bytes, which are its characters: no grapheme
        // counting or string search.
        if b[w..<dot].allSatisfy({ $0 < 0x80 }) {
            if dot - w == 1, (0x41...0x5A).contains(b[w]) { return true }  // initial: "J. Smith"
            if b[w..<dot].contains(0x2E) { return true }  // "U.S", "a.m"
        } else {
            if word.count == 1, word.first!.isUppercase { return true }
            if word.contains(".") { return true }
        }
        return abbreviations.contains(word.lowercased())
    }
}
