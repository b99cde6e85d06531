/// Per-node scratch values that clear in O(1): a generation stamp per node says whether the
/// stored value belongs to the current search. Reused across questions on one index, so a
/// search costs what it visits, not the size of the graph.
final class NodeMarks {
    private var stamp: [UInt32]
    private var distance: [Int32]
    private var via: [Int32]
    private var generation: UInt32 = 1

    init(count: Int) {
        stamp = [UInt32](repeating: 0, count: count)
        distance = [Int32](repeating: 0, count: count)
        via = [Int32](repeating: 0, count: count)
    }

    /// Forgets every mark. O(1), except once every 2³² clears.
    func clear() {
        generation &+= 1
        if generation == 0 {
            stamp = [UInt32](repeating: 0, count: stamp.count)
            generation = 1
        }
    }

    @inline(__always) func isMarked(_ v: Int32) -> Bool { stamp[Int(v)] == generation }

    /// The distance recorded for `v`, or nil when `v` is unmarked.
    @inline(__always) func distance(_ v: Int32) -> Int32? {
        stamp[Int(v)] == generation ? distance[Int(v)] : nil
    }

    /// The node `v` was reached from (-1 for a start node).
    @inline(__always) func via(_ v: Int32) -> Int32 { via[Int(v)] }

    @inline(__always) func mark(_ v: Int32, distance d: Int32, via parent: Int32) {
        stamp[Int(v)] = generation
        distance[Int(v)] = d
        via[Int(v)] = parent
    }
}
