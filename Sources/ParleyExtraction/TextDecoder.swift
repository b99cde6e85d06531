/// Turns a file's bytes into UTF-8 text: strips a UTF-8 byte-order mark, transcodes UTF-16
/// with a byte-order mark, replaces invalid UTF-8 with U+FFFD and counts the replacements.
public enum TextDecoder {
    public struct Result: Sendable {
        public var text: CleanText
        /// How many invalid byte sequences were replaced.
        public var replacements: Int
        public var encoding: String
    }

    public enum Failure: Error, Sendable, Equatable, CustomStringConvertible {
        case binary
        case empty
        public var description: String {
            switch self {
            case .binary: return "looks like a binary file (NUL bytes), skipped"
            case .empty: return "is empty, skipped"
            }
        }
    }

    public static func decode(_ raw: [UInt8]) throws(Failure) -> Result {
        if raw.count >= 2 && ((raw[0] == 0xFF && raw[1] == 0xFE) || (raw[0] == 0xFE && raw[1] == 0xFF)) {
            return decodeUTF16(raw, littleEndian: raw[0] == 0xFF)
        }
        let start = raw.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        if raw.count - start == 0 || raw[start...].allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            throw .empty
        }
        // A NUL byte in the first 8 KiB says binary, as `grep` and `git` judge it.
        if raw[start..<min(raw.count, start + 8192)].contains(0) { throw .binary }
        var replacements = 0
        if start == 0, validUTF8(raw) {
            return Result(text: CleanText(bytes: raw), replacements: 0, encoding: "UTF-8")
        }
        let source = CleanText(bytes: raw)
        var out = CleanText.Builder(source: source, capacity: raw.count)
        var i = start
        while i < raw.count {
            let length = sequenceLength(raw, at: i)
            if length > 0 {
                for k in 0..<length { out.append(raw[i + k], from: i + k) }
                i += length
            } else {
                out.append("\u{FFFD}", from: i)
                replacements += 1
                i += 1
            }
        }
        return Result(text: out.build(), replacements: replacements, encoding: "UTF-8")
    }

    private static func decodeUTF16(_ raw: [UInt8], littleEndian: Bool) -> Result {
        let source = CleanText(bytes: raw)
        var out = CleanText.Builder(source: source, capacity: raw.count)
        var units: [UInt16] = []
        var unitOffsets: [Int] = []
        var i = 2
        while i + 1 < raw.count {
            units.append(littleEndian ? UInt16(raw[i]) | UInt16(raw[i + 1]) << 8 : UInt16(raw[i]) << 8 | UInt16(raw[i + 1]))
            unitOffsets.append(i)
            i += 2
        }
        var replacements = 0
        var k = 0
        var iterator = units.makeIterator()
        var decoder = UTF16()
        loop: while true {
            let offset = k < unitOffsets.count ? unitOffsets[k] : raw.count
            switch decoder.decode(&iterator) {
            case let .scalarValue(scalar):
                out.append(scalar, from: offset)
                k += scalar.value > 0xFFFF ? 2 : 1
            case .error:
                out.append("\u{FFFD}", from: offset)
                replacements += 1
                k += 1
            case .emptyInput:
                break loop
            }
        }
        return Result(text: out.build(), replacements: replacements, encoding: littleEndian ? "UTF-16LE" : "UTF-16BE")
    }

    static func validUTF8(_ raw: [UInt8]) -> Bool {
        var i = 0
        while i < raw.count {
            if raw[i] < 0x80 { i += 1; continue }
            let length = sequenceLength(raw, at: i)
            if length == 0 { return false }
            i += length
        }
        return true
    }

    /// The length of the valid UTF-8 sequence starting at `i`, or 0 if it is invalid.
    static func sequenceLength(_ raw: [UInt8], at i: Int) -> Int {
        let b0 = raw[i]
        if b0 < 0x80 { return 1 }
        func cont(_ k: Int, _ range: ClosedRange<UInt8> = 0x80...0xBF) -> Bool {
            i + k < raw.count && range.contains(raw[i + k])
        }
        switch b0 {
        case 0xC2...0xDF: return cont(1) ? 2 : 0
        case 0xE0: return cont(1, 0xA0...0xBF) && cont(2) ? 3 : 0
        case 0xE1...0xEC, 0xEE...0xEF: return cont(1) && cont(2) ? 3 : 0
        case 0xED: return cont(1, 0x80...0x9F) && cont(2) ? 3 : 0
        case 0xF0: return cont(1, 0x90...0xBF) && cont(2) && cont(3) ? 4 : 0
        case 0xF1...0xF3: return cont(1) && cont(2) && cont(3) ? 4 : 0
        case 0xF4: return cont(1, 0x80...0x8F) && cont(2) && cont(3) ? 4 : 0
        default: return 0
        }
    }
}
