/// ISO 8601 dates as sortable integers: `2024-03-03` → 20240303, `2024-03` → 20240300,
/// `2024` → 20240000. A key with zero day (or month) stands for the whole month (or year).
enum DateKey {
    static let unknown = Int32.min

    /// The key of `text`, or nil when it is not `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. O(1).
    static func parse(_ text: String?) -> Int32? {
        guard let text else { return nil }
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts[0].count == 4,
              parts.dropFirst().allSatisfy({ $0.count == 2 }) else { return nil }
        var numbers: [Int32] = []
        for part in parts {
            guard part.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), let n = Int32(part) else { return nil }
            numbers.append(n)
        }
        let month = numbers.count > 1 ? numbers[1] : 0
        let day = numbers.count > 2 ? numbers[2] : 0
        guard (parts.count < 2 || (1...12).contains(month)), (parts.count < 3 || (1...31).contains(day)) else { return nil }
        return numbers[0] * 10_000 + month * 100 + day
    }

    /// The last day-key a key covers: 20240300 → 20240399, 20240000 → 20249999.
    static func end(_ key: Int32) -> Int32 {
        if key % 10_000 == 0 { return key + 9_999 }
        if key % 100 == 0 { return key + 99 }
        return key
    }
}
