import ParleyGraph

/// Scores a built graph against gold, as EVALUATION.md describes.
public struct Evaluation: Sendable {
    public struct Counts: Sendable, Equatable {
        public var truePositives = 0
        public var falsePositives = 0
        public var falseNegatives = 0

        public var precision: Double { truePositives + falsePositives == 0 ? 1 : Double(truePositives) / Double(truePositives + falsePositives) }
        public var recall: Double { truePositives + falseNegatives == 0 ? 1 : Double(truePositives) / Double(truePositives + falseNegatives) }
        public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }

        mutating func add(_ other: Counts) {
            truePositives += other.truePositives
            falsePositives += other.falsePositives
            falseNegatives += other.falseNegatives
        }
    }

    /// An edge in the terms of the gold: entity keys, or node ids where a node maps to none.
    public struct ScoredEdge: Sendable, Hashable, Comparable {
        public var doc: String
        public var source: String
        public var type: EdgeType
        public var target: String
        public var date: String?

        public static func < (a: ScoredEdge, b: ScoredEdge) -> Bool {
            (a.doc, a.type, a.source, a.target) < (b.doc, b.type, b.source, b.target)
        }
    }

    public var byType: [EdgeType: Counts] = [:]
    public var byDocument: [String: Counts] = [:]
    public var overall = Counts()
    public var datesChecked = 0
    public var datesCorrect = 0
    public var missed: [ScoredEdge] = []
    public var falseEdges: [ScoredEdge] = []
    public var wrongDates: [(ScoredEdge, expected: String)] = []
    /// Nodes standing for two or more gold entities.
    public var merges: [(node: String, entities: [String])] = []
    /// Gold entities spread over two or more nodes.
    public var splits: [(entity: String, nodes: [String])] = []
    /// Nodes named like a gold negative.
    public var negativesHit: [(node: String, negative: String)] = []
    public var unmappedNodes: [String] = []
    public var requiredEntitiesFound = 0
    public var requiredEntities = 0

    /// Scores `graph` against `gold`, limited to the documents `include` accepts (by file name).
    public init(graph: Graph, gold: Gold, include: (String) -> Bool = { _ in true }) {
        // 1. Nodes to gold entities.
        var entityKeysByAlias: [String: Set<String>] = [:]
        for entity in gold.entities.values {
            for alias in entity.aliases + [entity.key] where entity.kind != .agreement || alias != entity.key {
                entityKeysByAlias[Fold.key(alias), default: []].insert(entity.key)
            }
        }
        let agreementAliases: [(String, Set<Substring>)] = gold.entities.values.filter { $0.kind == .agreement }.flatMap { e in
            e.aliases.map { (e.key, Set(Fold.key($0).split(separator: " "))) }
        }
        let docs = Set(graph.edges.flatMap { $0.evidence.map(\.doc) }).filter(include)
        var mapping: [String: Set<String>] = [:]
        for node in graph.nodes {
            var keys = Set<String>()
            let names = Set(([node.label] + node.aliases).map(Fold.key))
            for name in names { keys.formUnion(entityKeysByAlias[name] ?? []) }
            if node.kind == .agreement {
                let words = names.reduce(into: Set<Substring>()) { $0.formUnion($1.split(separator: " ")) }
                for (key, alias) in agreementAliases where !alias.isEmpty && alias.isSubset(of: words) { keys.insert(key) }
            }
            // Kinds must agree, except that organisations and states are both actors.
            keys = keys.filter { key in
                let kind = gold.entities[key]!.kind
                return kind == node.kind || (kind != .person && kind != .agreement && node.kind != .person && node.kind != .agreement)
            }
            let inScope = graph.edges.contains { ($0.source == node.id || $0.target == node.id) && $0.evidence.contains { docs.contains($0.doc) } }
            guard inScope else { continue }
            mapping[node.id] = keys
            if keys.isEmpty { unmappedNodes.append(node.id) }
            if keys.count > 1 { merges.append((node.id, keys.sorted())) }
            for negative in gold.negatives where names.contains(Fold.key(negative)) { negativesHit.append((node.id, negative)) }
        }
        var nodesByEntity: [String: [String]] = [:]
        for (node, keys) in mapping { for key in keys { nodesByEntity[key, default: []].append(node) } }
        for (key, nodes) in nodesByEntity where nodes.count > 1 { splits.append((key, nodes.sorted())) }
        splits.sort { $0.entity < $1.entity }
        merges.sort { $0.node < $1.node }
        for entity in gold.entities.values where entity.required {
            let used = gold.edges.contains { g in (g.source == entity.key || g.target == entity.key) && docs.contains { Self.docMatches($0, g.doc) } }
            guard used else { continue }
            requiredEntities += 1
            if nodesByEntity[entity.key] != nil { requiredEntitiesFound += 1 }
        }

        // 2. Gold edges per document, and the level exemption (person ↔ state they represent).
        let scoredTypes = Set(EdgeType.scored)
        func goldDoc(for file: String) -> String? {
            gold.edges.lazy.map(\.doc).filter { Self.docMatches(file, $0) }.max { $0.count < $1.count }
        }
        var goldByDoc: [String: [Gold.Edge]] = [:]
        for edge in gold.edges { goldByDoc[edge.doc, default: []].append(edge) }

        for file in docs.sorted() {
            let goldDocName = goldDoc(for: file)
            let goldEdges = goldDocName.map { goldByDoc[$0] ?? [] } ?? []
            var represents: [String: Set<String>] = [:]  // person → states, both ways
            for e in goldEdges where e.type == .represents {
                represents[e.source, default: []].insert(e.target)
                represents[e.target, default: []].insert(e.source)
            }
            func sameEdge(_ g: Gold.Edge, _ type: EdgeType, _ s: String, _ t: String) -> Bool {
                guard g.type == type else { return false }
                if g.source == s && g.target == t { return true }
                return type == .metWith && g.source == t && g.target == s
            }
            var matched = Set<Int>()
            var counts = [EdgeType: Counts]()
            for edge in graph.edges where scoredTypes.contains(edge.type) && edge.evidence.contains(where: { $0.doc == file }) {
                // Sorted, so that a node standing for two entities is scored the same on every run.
                let sources = (mapping[edge.source].flatMap { $0.isEmpty ? nil : $0 } ?? [edge.source]).sorted()
                let targets = (mapping[edge.target].flatMap { $0.isEmpty ? nil : $0 } ?? [edge.target]).sorted()
                var hit: Int?
                var ignorable = false
                for s in sources {
                    for t in targets {
                        // Prefer a gold edge not yet matched, and among those one with the same date.
                        let fits = goldEdges.indices.filter { sameEdge(goldEdges[$0], edge.type, s, t) }
                        if let i = fits.first(where: { !matched.contains($0) && goldEdges[$0].date == edge.date })
                            ?? fits.first(where: { !matched.contains($0) }) ?? fits.first {
                            hit = hit ?? i
                        }
                        if edge.type == .mediated || edge.type == .agreedTo {
                            let altSources = represents[s] ?? []
                            let altTargets = edge.type == .mediated ? (represents[t] ?? []) : []
                            if altSources.contains(where: { a in goldEdges.contains { sameEdge($0, edge.type, a, t) } })
                                || altTargets.contains(where: { a in goldEdges.contains { sameEdge($0, edge.type, s, a) } }) {
                                ignorable = true
                            }
                        }
                    }
                }
                let scored = ScoredEdge(doc: file, source: sources.sorted().joined(separator: "+"), type: edge.type,
                                        target: targets.sorted().joined(separator: "+"), date: edge.date)
                if let i = hit {
                    let g = goldEdges[i]
                    if !g.required { continue }
                    if matched.contains(i) {
                        counts[edge.type, default: Counts()].falsePositives += 1  // a second edge for one fact
                        falseEdges.append(scored)
                        continue
                    }
                    matched.insert(i)
                    counts[edge.type, default: Counts()].truePositives += 1
                    if let expected = g.date {
                        datesChecked += 1
                        if edge.date == expected { datesCorrect += 1 } else { wrongDates.append((scored, expected)) }
                    }
                } else if !ignorable {
                    counts[edge.type, default: Counts()].falsePositives += 1
                    falseEdges.append(scored)
                }
            }
            for (i, g) in goldEdges.enumerated() where g.required && !matched.contains(i) {
                counts[g.type, default: Counts()].falseNegatives += 1
                missed.append(ScoredEdge(doc: file, source: g.source, type: g.type, target: g.target, date: g.date))
            }
            var docCounts = Counts()
            for (type, c) in counts {
                byType[type, default: Counts()].add(c)
                docCounts.add(c)
            }
            byDocument[file] = docCounts
            overall.add(docCounts)
        }
        // Gold documents that produced no edge at all still count their misses.
        let seenGoldDocs = Set(docs.compactMap(goldDoc))
        for (doc, edges) in goldByDoc.sorted(by: { $0.key < $1.key }) where !seenGoldDocs.contains(doc) && include(doc) {
            var docCounts = Counts()
            for g in edges where g.required {
                byType[g.type, default: Counts()].falseNegatives += 1
                docCounts.falseNegatives += 1
                missed.append(ScoredEdge(doc: doc, source: g.source, type: g.type, target: g.target, date: g.date))
            }
            byDocument[doc] = docCounts
            overall.add(docCounts)
        }
        missed.sort()
        falseEdges.sort()
    }

    /// Gold names documents by a prefix of the file name ("moldova-talks" for "moldova-talks.txt").
    public static func docMatches(_ file: String, _ goldDoc: String) -> Bool {
        let name = file.split(separator: "/").last.map(String.init) ?? file
        return name.hasPrefix(goldDoc) || file.hasPrefix(goldDoc)
    }
}
