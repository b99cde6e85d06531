/// Undoes the commonest machine damage to non-ASCII text: UTF-8 bytes that were read as
/// Latin-1 or Windows-1252 and written out again ("CÃ´te d'Ivoire" → "Côte d'Ivoire").
///
/// A run of such characters is re-decoded only when the result is valid UTF-8, so genuine
/// Latin-1 text is left alone. O(n).
public enum MojibakeRepair {
    /// Windows-1252's characters for bytes 0x80–0x9F, the ones that differ from Latin-1.
    static let cp1252: [UInt32: UInt8] = [
        0x20AC: 0x80, 0x201A: 0x82, 0x0192: 0x83, 0x201E: 0x84, 0x2026: 0x85, 0x2020: 0x86, 0x2021: 0x87,
        0x02C6: 0x88, 0x2030: 0x89, 0x0160: 0x8A, 0x2039: 0x8B, 0x0152: 0x8C, 0x017D: 0x8E, 0x2018: 0x91,
        0x2019: 0x92, 0x201C: 0x93, 0x201D: 0x94, 0x2022: 0x95, 0x2013: 0x96, 0x2014: 0x97, 0x02DC: 0x98,
        0x2122: 0x99, 0x0161: 0x9A, 0x203A: 0x9B, 0x0153: 0x9C, 0x017E: 0x9E, 0x0178: 0x9F,
    ]

    public static func repair(_ input: CleanText) -> CleanText {
        let b = input.bytes
        guard mayHaveMojibake(b) else { return input }

        // Decode to scalars with their byte positions.
        var scalars: [(Unicode.Scalar, Int)] = []
        scalars.reserveCapacity(b.count)
        var i = 0
        while i < b.count {
            let length = max(TextDecoder.sequenceLength(b, at: i), 1)
            var it = b[i..<min(i + length, b.count)].makeIterator()
            var utf8 = UTF8()
            if case let .scalarValue(s) = utf8.decode(&it) { scalars.append((s, i)) } else { scalars.append(("\u{FFFD}", i)) }
            i += length
        }

        var out = CleanText.Builder(source: input, capacity: b.count)
        var s = 0
        while s < scalars.count {
            let (scalar, position) = scalars[s]
            if let lead = latin1Byte(scalar), (0xC2...0xF4).contains(lead) {
                let needed = lead >= 0xF0 ? 3 : (lead >= 0xE0 ? 2 : 1)
                var seq: [UInt8] = [lead]
                var t = s + 1
                while seq.count <= needed, t < scalars.count, let byte = latin1Byte(scalars[t].0), (0x80...0xBF).contains(byte) {
                    seq.append(byte)
                    t += 1
                }
                if seq.count == needed + 1, TextDecoder.sequenceLength(seq, at: 0) == seq.count {
                    out.append(seq, from: position)
                    s = t
                    continue
                }
            }
            for byte in UTF8.encode(scalar)! { out.append(byte, from: position) }
            s += 1
        }
        return out.build()
    }

    /// Fast exit: mojibake always has a scalar U+00C2…U+00F4 (UTF-8 C3 82…C3 B4) read from a
    /// lead byte, followed by one that Latin-1 or Windows-1252 writes as a continuation byte
    /// (80…BF). Text without such a pair ("Président", "Erdoğan") is left as it is without
    /// being decoded and rebuilt. O(n).
    static func mayHaveMojibake(_ b: [UInt8]) -> Bool {
        var k = 0
        while k + 1 < b.count {
            if b[k] == 0xC3 && (0x82...0xB4).contains(b[k + 1]) && k + 2 < b.count {
                let length = max(TextDecoder.sequenceLength(b, at: k + 2), 1)
                var it = b[(k + 2)..<min(k + 2 + length, b.count)].makeIterator()
                var utf8 = UTF8()
                if case let .scalarValue(next) = utf8.decode(&it), let byte = latin1Byte(next), (0x80...0xBF).contains(byte) {
                    return true
                }
            }
            k += 1
        }
        return false
    }

    private static func latin1Byte(_ scalar: Unicode.Scalar) -> UInt8? {
        if scalar.value < 0x100 { return UInt8(scalar.value) }
        return cp1252[scalar.value]
    }
}
