extension Array where Element: Comparable {
    /// Inserts `item` into this sorted, duplicate-free array, keeping it so; does nothing when an
    /// equal element is there already. O(log n) comparisons and one shift; one comparison for
    /// an item past the last (evidence merged in path order, the common case).
    mutating func insertSortedUnique(_ item: Element) {
        if let last, last < item { append(item); return }
        var low = 0, high = count
        while low < high {
            let mid = (low + high) / 2
            if self[mid] < item { low = mid + 1 } else { high = mid }
        }
        if low < count && self[low] == item { return }
        insert(item, at: low)
    }

    /// Sorts this array and drops the elements equal to one before them: the same as going
    /// through a `Set`, without hashing. O(n log n).
    mutating func sortUnique() {
        guard count > 1 else { return }
        sort()
        var kept = 1
        for i in 1..<count where self[i] != self[kept - 1] {
            self[kept] = self[i]
            kept += 1
        }
        removeLast(count - kept)
    }
}
