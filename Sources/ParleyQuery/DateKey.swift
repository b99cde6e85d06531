/// ISO 8601 dates as sortable integers: `2024-03-03` → 20240303, `2024-03` → 20240300,
/// `2024` → 20240000. A key with zero day (or month) stands for the whole month (or year).
enum DateKey {
    static let unknown = Int32.min

    /// The key of `text`, or nil when it is not `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. O(1).
    static func parse(_ text: String?) -> Int32? {
        guard let text else { return nil }
        var utf8 = text.utf8.makeIterator()
        var parts: [Int32] = [0, 0, 0]
        var part = 0, digits = 0
        while let b = utf8.next() {
            if b == UInt8(ascii: "-") {
                guard digits == (part == 0 ? 4 : 2), part < 2 else { return nil }
                part += 1
                digits = 0
            } else if b >= 0x30 && b <= 0x39 {
                parts[part] = parts[part] * 10 + Int32(b - 0x30)
                digits += 1
            } else {
                return nil
            }
        }
        guard digits == (part == 0 ? 4 : 2) else { return nil }
        guard part < 1 || (1...12).contains(parts[1]), part < 2 || (1...31).contains(parts[2]) else { return nil }
        return parts[0] * 10_000 + parts[1] * 100 + parts[2]
    }

    /// The last day-key a key covers: 20240300 → 20240399, 20240000 → 20249999.
    static func end(_ key: Int32) -> Int32 {
        if key % 10_000 == 0 { return key + 9_999 }
        if key % 100 == 0 { return key + 99 }
        return key
    }
}
