/// Per-node scratch values that clear in O(1): a generation stamp per node says whether the
/// stored value belongs to the current search. Reused across questions on one index, so a
/// search costs what it visits, not the size of the graph.
///
/// The three arrays are raw buffers this class allocates in `init` and frees in `deinit`:
/// searches touch them once per adjacency slot, and plain array properties of a class would
/// pay a dynamic exclusivity check on every touch.
final class NodeMarks {
    private let count: Int
    private let stamp: UnsafeMutablePointer<UInt32>
    private let distance: UnsafeMutablePointer<Int32>
    private let via: UnsafeMutablePointer<Int32>
    private var generation: UInt32 = 1

    init(count: Int) {
        self.count = count
        stamp = .allocate(capacity: max(count, 1))
        stamp.initialize(repeating: 0, count: max(count, 1))
        distance = .allocate(capacity: max(count, 1))
        distance.initialize(repeating: 0, count: max(count, 1))
        via = .allocate(capacity: max(count, 1))
        via.initialize(repeating: 0, count: max(count, 1))
    }

    deinit {
        stamp.deallocate()
        distance.deallocate()
        via.deallocate()
    }

    /// Forgets every mark. O(1), except once every 2³² clears.
    func clear() {
        generation &+= 1
        if generation == 0 {
            stamp.update(repeating: 0, count: max(count, 1))
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

/// Per-node scratch for a search from both ends at once: which end reached a node in the
/// current search, and from which node, in one 8-byte entry, so that a step checks both ends
/// and marks its node with a single memory access. Clears in O(1) like `NodeMarks`; an entry
/// belongs to the forward end when its stamp is the current generation, to the backward end
/// when it is the generation plus one.
final class MeetingMarks {
    private struct Entry {
        var stamp: UInt32
        var via: Int32
    }

    private let count: Int
    private let entries: UnsafeMutablePointer<Entry>
    /// Even, so that the backward stamp (one more) never wraps to the never-marked 0.
    private var generation: UInt32 = 2

    init(count: Int) {
        self.count = max(count, 1)
        entries = .allocate(capacity: self.count)
        entries.initialize(repeating: Entry(stamp: 0, via: 0), count: self.count)
    }

    deinit { entries.deallocate() }

    /// Forgets every mark. O(1), except once every 2³¹ clears.
    func clear() {
        generation &+= 2
        if generation == 0 {
            entries.update(repeating: Entry(stamp: 0, via: 0), count: count)
            generation = 2
        }
    }

    /// The stamp of the forward end's marks (`forward`) or the backward end's.
    @inline(__always) func stamp(forward: Bool) -> UInt32 { forward ? generation : generation + 1 }

    /// The stamp `v` carries: compare with `stamp(forward:)`.
    @inline(__always) func stamp(of v: Int32) -> UInt32 { entries[Int(v)].stamp }

    /// The node `v` was reached from, by the end that marked it (-1 for a start node).
    @inline(__always) func via(_ v: Int32) -> Int32 { entries[Int(v)].via }

    @inline(__always) func mark(_ v: Int32, stamp: UInt32, via parent: Int32) {
        entries[Int(v)] = Entry(stamp: stamp, via: parent)
    }
}
