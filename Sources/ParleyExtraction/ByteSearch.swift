/// Substring search on UTF-8 bytes, for the hot paths that must stay clear of Foundation's
/// `NSString` searches.
enum ByteSearch {
    /// The offset of the first occurrence of `needle` in `bytes[range]`, comparing ASCII letters
    /// without case when `ignoringCase` is set (the needle is then given in lowercase). O(n·m).
    static func first(_ needle: [UInt8], in bytes: [UInt8], _ range: Range<Int>, ignoringCase: Bool = false) -> Int? {
        guard !needle.isEmpty, range.count >= needle.count else { return nil }
        let first = needle[0]
        var i = range.lowerBound
        let last = range.upperBound - needle.count
        while i <= last {
            if fold(bytes[i], ignoringCase) == first {
                var k = 1
                while k < needle.count && fold(bytes[i + k], ignoringCase) == needle[k] { k += 1 }
                if k == needle.count { return i }
            }
            i += 1
        }
        return nil
    }

    @inline(__always)
    private static func fold(_ byte: UInt8, _ ignoringCase: Bool) -> UInt8 {
        ignoringCase && byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
    }
}
