/// Breadth-first searches over an index under a `Traversal`, with their scratch marks.
struct Search {
    var traversal: Traversal
    let marks: NodeMarks

    var index: GraphIndex { traversal.index }

    /// Marks every node within `maxDepth` hops of `start` with its distance and the node it
    /// was reached from. Follows edges outward from `start` when `outward`, else inward
    /// (towards `start`). Stops after the level that reaches `stop`. Skips `blocked` nodes and
    /// the `blockedSteps` (from-node, to-node) pairs. Returns the nodes in the order reached.
    /// O(nodes and slots visited).
    @discardableResult
    func breadthFirst(from start: Int32, outward: Bool = true, maxDepth: Int = .max, stop: Int32? = nil,
                      blocked: Set<Int32> = [], blockedSteps: Set<Step> = []) -> [Int32] {
        marks.clear()
        marks.mark(start, distance: 0, via: -1)
        var order: [Int32] = [start]
        var levelStart = 0
        var depth: Int32 = 0
        while levelStart < order.count && depth < maxDepth {
            if let stop, marks.isMarked(stop) { break }
            let levelEnd = order.count
            depth += 1
            for i in levelStart..<levelEnd {
                let u = order[i]
                for s in traversal.row(u) where traversal.allows(s, outward: outward) {
                    let w = index.slotNeighbor[s]
                    if marks.isMarked(w) || blocked.contains(w) { continue }
                    if !blockedSteps.isEmpty && blockedSteps.contains(outward ? Step(u, w) : Step(w, u)) { continue }
                    marks.mark(w, distance: depth, via: u)
                    order.append(w)
                }
            }
            levelStart = levelEnd
        }
        return order
    }

    /// The first slot of `u`'s row that leads to `w` and may be followed from `u`; -1 if none.
    /// O(log d) to find the neighbour, then the parallel edges.
    func step(_ u: Int32, _ w: Int32) -> Int {
        var range = traversal.row(u)
        while !range.isEmpty {  // lower bound of w among the sorted neighbours
            let mid = range.lowerBound + range.count / 2
            if index.slotNeighbor[mid] < w { range = (mid + 1)..<range.upperBound } else { range = range.lowerBound..<mid }
        }
        var s = range.lowerBound
        let end = Int(index.rowStart[Int(u) + 1])
        while s < end && index.slotNeighbor[s] == w {
            if traversal.allows(s) { return s }
            s += 1
        }
        return -1
    }

    /// The edges along a sequence of nodes, each the first usable one in row order.
    func edges(along nodes: [Int32]) -> [Int32] {
        zip(nodes, nodes.dropFirst()).map { index.slotEdge[step($0, $1)] }
    }
}

/// A move from one node to the next, as blocked in Yen's algorithm.
struct Step: Hashable {
    var from: Int32
    var to: Int32
    init(_ from: Int32, _ to: Int32) {
        self.from = from
        self.to = to
    }
}
