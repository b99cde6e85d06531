import ParleyGraph

/// A path as integer node ids and, per hop, the edge followed.
struct IndexPath: Equatable {
    var nodes: [Int32]
    var edges: [Int32]
}

/// "How is A connected to B?": shortest, all shortest, k shortest and bounded simple paths.
///
/// Paths are sequences of distinct nodes; between two consecutive nodes the hop uses the
/// first usable edge in adjacency order (type in ONTOLOGY.md order, then status, then date),
/// so parallel edges never multiply paths.
extension Query {
    /// Which paths to find.
    public enum PathMode: Sendable, Equatable {
        /// One shortest path.
        case shortest
        /// Every shortest path, at most `limit`, in order of their node ids.
        case allShortest(limit: Int)
        /// The `k` shortest simple paths (Yen's algorithm), shortest first.
        case kShortest(Int)
        /// Every simple path of at most `hops` hops, at most `limit`, shortest first.
        case upTo(hops: Int, limit: Int)
    }

    /// The paths from the actor named `a` to the actor named `b`.
    public func paths(from a: String, to b: String, mode: PathMode = .shortest) throws(QueryError) -> PathAnswer {
        try filter.validate()
        let s = try session.resolve(a), t = try session.resolve(b)
        let found = indexPaths(from: s, to: t, mode: mode)
        let index = session.index
        return PathAnswer(from: index.nodes[Int(s)], to: index.nodes[Int(t)], paths: found.map { path in
            GraphPath(nodes: path.nodes.map { index.nodes[Int($0)] }, edges: path.edges.map { index.edges[Int($0)] })
        })
    }

    func indexPaths(from s: Int32, to t: Int32, mode: PathMode) -> [IndexPath] {
        var traversal = Traversal(session.index, filter)
        traversal.pinned = [s, t]
        let forward = Search(traversal: traversal, marks: session.forward)
        let backward = Search(traversal: traversal, marks: session.backward)
        switch mode {
        case .shortest:
            return shortest(s, t, forward).map { [$0] } ?? []
        case let .allShortest(limit):
            return allShortest(s, t, limit: limit, forward, backward)
        case let .kShortest(k):
            return kShortest(s, t, k: k, forward, backward)
        case let .upTo(hops, limit):
            return simplePaths(s, t, maxHops: hops, limit: limit, forward, backward)
        }
    }

    /// Bidirectional breadth-first search, a level at a time from the smaller side, stopping at
    /// the first node both sides reach: every node of the other side within one level less
    /// was expanded already, so that first meeting lies on a shortest path (as in networkx).
    /// Both sides mark the session's `MeetingMarks`, so a step costs one memory access.
    /// O(nodes and slots visited), typically far fewer than the graph's.
    private func shortest(_ s: Int32, _ t: Int32, _ forward: Search) -> IndexPath? {
        if s == t { return IndexPath(nodes: [s], edges: []) }
        let traversal = forward.traversal
        let marks = session.meeting
        marks.clear()
        let stampF = marks.stamp(forward: true), stampB = marks.stamp(forward: false)
        marks.mark(s, stamp: stampF, via: -1)
        marks.mark(t, stamp: stampB, via: -1)
        /// The path through `w`, met from `u` by the side going `outward` (or not) after the
        /// other side marked it: each side's chain of `via` runs back to its start.
        func path(meeting w: Int32, from u: Int32, outward: Bool) -> IndexPath {
            let (before, after) = outward ? (u, marks.via(w)) : (marks.via(w), u)
            var nodes: [Int32] = []
            var v = before
            while v >= 0 { nodes.append(v); v = marks.via(v) }
            nodes.reverse()
            nodes.append(w)
            v = after
            while v >= 0 { nodes.append(v); v = marks.via(v) }
            return IndexPath(nodes: nodes, edges: forward.edges(along: nodes))
        }
        return traversal.index.slotNeighbor.withUnsafeBufferPointer { neighbor -> IndexPath? in
            var frontF: [Int32] = [s], frontB: [Int32] = [t]
            var next: [Int32] = []
            while !frontF.isEmpty && !frontB.isEmpty {
                let outward = frontF.count <= frontB.count
                let (mine, theirs) = outward ? (stampF, stampB) : (stampB, stampF)
                next.removeAll(keepingCapacity: true)
                for u in outward ? frontF : frontB {
                    for slot in traversal.row(u) where traversal.allows(slot, outward: outward) {
                        let w = neighbor[slot]
                        let stamp = marks.stamp(of: w)
                        if stamp == mine { continue }
                        if stamp == theirs { return path(meeting: w, from: u, outward: outward) }
                        marks.mark(w, stamp: mine, via: u)
                        next.append(w)
                    }
                }
                if outward { swap(&frontF, &next) } else { swap(&frontB, &next) }
            }
            return nil
        }
    }

    /// Distances to `t` by a backward search, then a walk from `s` down them in row order.
    private func allShortest(_ s: Int32, _ t: Int32, limit: Int, _ forward: Search, _ backward: Search) -> [IndexPath] {
        backward.breadthFirst(from: t, outward: false, stop: s)
        guard let total = backward.marks.distance(s) else { return [] }
        return walk(from: s, to: t, hops: Int(total), limit: limit, forward, backward)
    }

    /// Every simple path from `s` to `t` of exactly `hops` hops, depth first in row order,
    /// pruned by the distances to `t` that `backward` holds.
    private func walk(from s: Int32, to t: Int32, hops: Int, limit: Int, _ forward: Search, _ backward: Search) -> [IndexPath] {
        var found: [IndexPath] = []
        var path: [Int32] = [s]
        var onPath: Set<Int32> = [s]
        func extend(_ u: Int32) {
            if found.count >= limit { return }
            if u == t {
                if path.count - 1 == hops { found.append(IndexPath(nodes: path, edges: forward.edges(along: path))) }
                return
            }
            var last: Int32 = -1
            for slot in forward.traversal.row(u) where forward.traversal.allows(slot) {
                let w = session.index.slotNeighbor[slot]
                if w == last || onPath.contains(w) { continue }
                last = w
                guard let left = backward.marks.distance(w), path.count + Int(left) <= hops else { continue }
                path.append(w)
                onPath.insert(w)
                extend(w)
                path.removeLast()
                onPath.remove(w)
                if found.count >= limit { return }
            }
        }
        extend(s)
        return found
    }

    /// Simple paths of 1…`maxHops` hops, shortest first.
    private func simplePaths(_ s: Int32, _ t: Int32, maxHops: Int, limit: Int, _ forward: Search, _ backward: Search) -> [IndexPath] {
        if s == t { return [IndexPath(nodes: [s], edges: [])] }
        backward.breadthFirst(from: t, outward: false, maxDepth: maxHops)
        guard let least = backward.marks.distance(s) else { return [] }
        var found: [IndexPath] = []
        for hops in Int(least)...max(Int(least), maxHops) where found.count < limit {
            found += walk(from: s, to: t, hops: hops, limit: limit - found.count, forward, backward)
        }
        return found
    }

    /// Yen's algorithm over hop counts: each next path is the shortest detour from a prefix of
    /// an earlier one, avoiding the steps those earlier paths took there. O(k·L) searches.
    private func kShortest(_ s: Int32, _ t: Int32, k: Int, _ forward: Search, _ backward: Search) -> [IndexPath] {
        guard k > 0, let first = shortest(s, t, forward) else { return [] }
        var accepted = [first]
        var candidates: [IndexPath] = []
        var seen: Set<[Int32]> = [first.nodes]
        while accepted.count < k {
            let previous = accepted.last!
            for i in 0..<max(previous.nodes.count - 1, 0) {
                let spur = previous.nodes[i]
                let root = Array(previous.nodes[...i])
                var blockedSteps: Set<Step> = []
                for path in accepted where path.nodes.count > i + 1 && Array(path.nodes[...i]) == root {
                    blockedSteps.insert(Step(path.nodes[i], path.nodes[i + 1]))
                }
                let blocked = Set(root.dropLast())
                forward.breadthFirst(from: spur, stop: t, blocked: blocked, blockedSteps: blockedSteps)
                guard forward.marks.isMarked(t) else { continue }
                var tail: [Int32] = []
                var v = t
                while v != spur { tail.append(v); v = forward.marks.via(v) }
                let nodes = root + tail.reversed()
                if seen.insert(nodes).inserted {
                    candidates.append(IndexPath(nodes: nodes, edges: forward.edges(along: nodes)))
                }
            }
            guard !candidates.isEmpty else { break }
            let best = candidates.indices.min { a, b in
                let x = candidates[a].nodes, y = candidates[b].nodes
                return x.count != y.count ? x.count < y.count : x.lexicographicallyPrecedes(y)
            }!
            accepted.append(candidates.remove(at: best))
        }
        return accepted
    }
}
