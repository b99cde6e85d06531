extension Array where Element: Comparable {
    /// Inserts `item` into this sorted, duplicate-free array, keeping it so; does nothing when an
    /// equal element is there already. O(log n) comparisons and one shift.
    mutating func insertSortedUnique(_ item: Element) {
        var low = 0, high = count
        while low < high {
            let mid = (low + high) / 2
            if self[mid] < item { low = mid + 1 } else { high = mid }
        }
        if low < count && self[low] == item { return }
        insert(item, at: low)
    }
}
