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
}
