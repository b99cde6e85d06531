/// ISO 8601 dates as sortable integers: `2024-03-03` → 20240303, `2024-03` → 20240300,
/// `2024` → 20240000. A key with zero day (or month) stands for the whole month (or year).
enum DateKey {
    static let unknown = Int32.min

    /// The key of `text`, or nil when it is not `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. O(1).
    static func parse(_ text: String?) -> Int32? {
        guard let text else { return nil }
        var parts: (Int32, Int32, Int32) = (0, 0, 0)  // a tuple, not an array: no allocation per date
        var part = 0, digits = 0
        for b in text.utf8 {
            if b == UInt8(ascii: "-") {
                guard digits == (part == 0 ? 4 : 2), part < 2 else { return nil }
                part += 1
                digits = 0
            } else if b >= 0x30 && b <= 0x39 {
                let digit = Int32(b - 0x30)
                switch part {
                case 0: parts.0 = parts.0 * 10 + digit
                case 1: parts.1 = parts.1 * 10 + digit
                default: parts.2 = parts.2 * 10 + digit
                }
                digits += 1
                guard digits <= 4 else { return nil }  // no part is longer; and no overflow
            } else {
                return nil
            }
        }
        guard digits == (part == 0 ? 4 : 2) else { return nil }
        guard part < 1 || (1...12).contains(parts.1), part < 2 || (1...31).contains(parts.2) else { return nil }
        return parts.0 * 10_000 + parts.1 * 100 + parts.2
    }

    /// The last day-key a key covers: 20240300 → 20240399, 20240000 → 20249999.
    static func end(_ key: Int32) -> Int32 {
        if key % 10_000 == 0 { return key + 9_999 }
        if key % 100 == 0 { return key + 99 }
        return key
    }
}
