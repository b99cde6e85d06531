/// A 64-bit FNV-1a hash, written as 16 hex digits.
///
/// Enough to tell an edited article from the one the cache saw; not a defence against someone
/// forging collisions on purpose. O(n), no allocation besides the result.
public enum ContentHash {
    public static func hex<C: Collection>(_ bytes: C) -> String where C.Element == UInt8 {
        hex(of: value(bytes))
    }

    public static func hex(_ text: String) -> String { hex(Array(text.utf8)) }

    static func value<C: Collection>(_ bytes: C, seed: UInt64 = 0xcbf2_9ce4_8422_2325) -> UInt64 where C.Element == UInt8 {
        var h = seed
        for byte in bytes {
            h ^= UInt64(byte)
            h = h &* 0x0000_0100_0000_01b3
        }
        return h
    }

    static func hex(of value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
