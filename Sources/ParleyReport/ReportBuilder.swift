import ParleyGraph
import ParleyQuery
import ParleyRender

/// Builds a `Report` from a graph: rankings and cards from ParleyQuery, diagrams from
/// ParleyRender, the timeline chart from `TimelineChart`.
///
/// Cost: betweenness over the whole graph (O(n·m) exact, as `parley top` computes it), one
/// card and one Graphviz layout per actor section and path, one layout for the overview.
public struct ReportBuilder: Sendable {
    /// Turns a diagram into embeddable SVG text.
    public typealias Renderer = @Sendable (Diagram) throws -> String

    public var options: ReportOptions
    let render: Renderer

    /// Node kinds that are actors (everything but agreements).
    static let actorKinds: Set<NodeKind> = [.person, .state, .organization]
    /// Edge types the timeline shows.
    static let timelineTypes: [EdgeType] = [.metWith, .mediated, .agreedTo]

    public init(options: ReportOptions = ReportOptions(), render: @escaping Renderer = ReportBuilder.graphviz) {
        self.options = options
        self.render = render
    }

    /// Renders in-process with Graphviz (`auto` engine), SVG for embedding.
    public static let graphviz: Renderer = { diagram in
        String(decoding: try GraphvizRenderer.shared.render(diagram, layout: .auto, format: .svg, embed: true), as: UTF8.self)
    }

    public func build(_ graph: Graph) throws(ReportError) -> Report {
        guard options.hops >= 0 else { throw ReportError("--hops must be 0 or more") }
        if let limit = options.actorLimit, limit < 0 { throw ReportError("--actors must be 0 or more") }
        let session = QuerySession(graph: graph)
        let ranked = try ask { () throws(QueryError) in try rankActors(session) }
        let key = Array(ranked.prefix(options.actorLimit ?? ranked.count))
        var anchors: [String: String] = [:]
        for actor in key { anchors[actor.node.id] = "actor-" + ElementID.encoded(actor.node.id) }
        for node in graph.nodes where node.kind == .agreement { anchors[node.id] = "agreement-" + ElementID.encoded(node.id) }

        var actors: [ActorSection] = []
        for (i, actor) in key.enumerated() {
            actors.append(try actorSection(actor.node, number: i + 1, anchor: anchors[actor.node.id]!, session: session))
        }
        let events = timeline(graph)
        var report = Report(
            title: options.title, counts: counts(graph), overview: try overview(graph, ranked: ranked),
            keyActors: key, actors: actors, agreements: agreements(graph, anchors: anchors),
            timeline: events, timelineChart: TimelineChart(events: events).figure,
            paths: try options.paths.enumerated().map { (i, request) throws(ReportError) in
                try pathSection(request, number: i + 1, graph: graph, session: session)
            })
        report.anchors = anchors
        return report
    }

    // MARK: Rankings

    /// Every actor with an edge, by degree, then betweenness, then id.
    func rankActors(_ session: QuerySession) throws(QueryError) -> [KeyActor] {
        let query = Query(session)
        let all = session.index.nodeCount
        let degree = try query.ranking(by: .degree, kinds: Self.actorKinds, limit: all)
        let betweenness = try query.ranking(by: .betweenness, kinds: Self.actorKinds, limit: all)
        var broker: [String: (rank: Int, score: Double)] = [:]
        for (i, entry) in betweenness.entries.enumerated() { broker[entry.node.id] = (i + 1, entry.score) }
        var rows: [KeyActor] = []
        for entry in degree.entries where entry.score > 0 {
            let card = try query.card(for: entry.node.id)
            let b = broker[entry.node.id] ?? (all, 0)
            rows.append(KeyActor(node: entry.node, degree: Int(entry.score), betweenness: b.score, brokerRank: b.rank,
                                 represents: card.represents))
        }
        rows.sort { ($0.degree, $0.betweenness) != ($1.degree, $1.betweenness)
            ? ($0.degree, $0.betweenness) > ($1.degree, $1.betweenness) : $0.node.id < $1.node.id }
        return rows
    }

    // MARK: Sections

    func actorSection(_ node: Node, number: Int, anchor: String, session: QuerySession) throws(ReportError) -> ActorSection {
        let query = Query(session)
        let card = try ask { () throws(QueryError) in try query.card(for: node.id) }
        let ego = try ask { () throws(QueryError) in try query.neighborhood(of: node.id, hops: options.hops) }.diagram
        var groups: [RelationGroup] = []
        for (type, edges) in card.edges {
            for outgoing in type.isSymmetric ? [true] : [true, false] {
                let relations = edges.filter { type.isSymmetric || ($0.source == node.id) == outgoing }.map { edge in
                    let other = edge.source == node.id ? edge.target : edge.source
                    return Relation(edge: edge, from: node, to: card.counterparts[other] ?? node)
                }
                guard !relations.isEmpty else { continue }
                groups.append(RelationGroup(type: type, outgoing: outgoing,
                                            heading: RelationWording.heading(type, outgoing: outgoing), relations: relations))
            }
        }
        let hops = options.hops == 1 ? "one edge" : "\(options.hops) edges"
        let figure = try self.figure(
            "actor-\(number)", caption: "\(node.label) and every actor within \(hops); its own edges in bold",
            graph: ego.graph, options: DiagramOptions(highlightNodes: ego.highlightNodes, highlightEdges: ego.highlightEdges,
                                                      title: node.label))
        return ActorSection(node: node, anchor: anchor, represents: card.represents, representedBy: card.representedBy,
                            diagram: figure, groups: groups)
    }

    func overview(_ graph: Graph, ranked: [KeyActor]) throws(ReportError) -> Figure {
        guard graph.nodeCount > options.overviewNodeLimit else {
            return try figure("overview", caption: "The whole graph: \(graph.nodeCount) nodes, \(graph.edgeCount) edges",
                              graph: graph, options: DiagramOptions(title: options.title, legend: true))
        }
        let shown = Set(ranked.prefix(options.overviewActors).map(\.node.id))
        // Agreements join the picture when at least two of the shown actors agreed to them.
        var parties: [String: Int] = [:]
        for edge in graph.edges where edge.type == .agreedTo && shown.contains(edge.source) { parties[edge.target, default: 0] += 1 }
        let ids = shown.union(parties.filter { $0.value >= 2 }.keys)
        let part = graph.subgraph(nodes: ids)
        return try figure("overview",
                          caption: "The \(shown.count) actors with most counterparts, the agreements two or more of them agreed to, "
                              + "and the edges among them (\(part.nodeCount) of \(graph.nodeCount) nodes, "
                              + "\(part.edgeCount) of \(graph.edgeCount) edges)",
                          graph: part, options: DiagramOptions(title: options.title, legend: true))
    }

    func pathSection(_ request: String, number: Int, graph: Graph, session: QuerySession) throws(ReportError) -> PathSection {
        let (a, b) = try endpoints(of: request, session: session)
        let answer = try ask { () throws(QueryError) in try Query(session).paths(from: a, to: b) }
        guard let path = answer.paths.first else {
            return PathSection(request: request, from: answer.from, to: answer.to, hops: [], diagram: nil)
        }
        let hops = zip(path.nodes, zip(path.nodes.dropFirst(), path.edges)).map { Relation(edge: $1.1, from: $0, to: $1.0) }
        let figure = try self.figure(
            "path-\(number)", caption: "From \(answer.from.label) to \(answer.to.label) in \(hops.count) hop\(hops.count == 1 ? "" : "s"), "
                + "in bold; other edges among the same actors drawn thin",
            graph: graph.subgraph(nodes: Set(path.nodes.map(\.id))),
            options: DiagramOptions(highlightNodes: Set(path.nodes.map(\.id)), highlightEdges: Set(path.edges.map(\.key)),
                                    title: "path \(answer.from.label) – \(answer.to.label)", legend: true))
        return PathSection(request: request, from: answer.from, to: answer.to, hops: hops, diagram: figure)
    }

    /// The two ids of `A:B`. Ids contain colons too (`person:a:state:b`), so every colon is
    /// tried as the separator; the first at which both sides name a node wins.
    func endpoints(of request: String, session: QuerySession) throws(ReportError) -> (String, String) {
        let colons = request.indices.filter { request[$0] == ":" }
        var firstError: QueryError?
        for colon in colons {
            let a = String(request[..<colon]).trimmedSpaces, b = String(request[request.index(after: colon)...]).trimmedSpaces
            guard !a.isEmpty, !b.isEmpty else { continue }
            do {
                let s = try session.resolve(a), t = try session.resolve(b)
                return (session.index.nodes[Int(s)].id, session.index.nodes[Int(t)].id)
            } catch {
                firstError = firstError ?? error
            }
        }
        guard let firstError else { throw ReportError("--path '\(request)' must name two actors as A:B") }
        throw ReportError("--path '\(request)': \(firstError.description)")
    }

    // MARK: Lists

    func counts(_ graph: Graph) -> Counts {
        var kinds: [NodeKind: Int] = [:], types: [EdgeType: Int] = [:]
        var documents = Set<String>()
        var dates: [String] = []
        for node in graph.nodesByID.values { kinds[node.kind, default: 0] += 1 }
        for edge in graph.edgesByKey.values {
            types[edge.type, default: 0] += 1
            for item in edge.evidence { documents.insert(item.doc) }
            if let date = edge.date { dates.append(date) }
        }
        return Counts(documents: documents.count, nodes: graph.nodeCount, edges: graph.edgeCount,
                      nodesByKind: NodeKind.allCases.map { ($0, kinds[$0] ?? 0) },
                      edgesByType: EdgeType.allCases.filter { EdgeType.scored.contains($0) || types[$0] != nil }.map { ($0, types[$0] ?? 0) },
                      firstDate: dates.min(), lastDate: dates.max())
    }

    func agreements(_ graph: Graph, anchors: [String: String]) -> [AgreementSection] {
        var relations: [String: [Edge]] = [:]
        var mediatedInto: [String: [Edge]] = [:]
        for edge in graph.edges {
            if edge.type == .agreedTo || edge.type == .proposed { relations[edge.target, default: []].append(edge) }
            if edge.type == .mediated { mediatedInto[edge.target, default: []].append(edge) }
        }
        var sections: [AgreementSection] = []
        for node in graph.nodes where node.kind == .agreement {
            let edges = (relations[node.id] ?? []).sorted(by: Self.byDate)
            let agreed = edges.filter { $0.type == .agreedTo }
            let partyIDs = Set(agreed.map(\.source))
            let documents = Set(agreed.flatMap { $0.evidence.map(\.doc) })
            var reached: [String: Set<String>] = [:]
            for party in partyIDs {
                for edge in mediatedInto[party] ?? [] where edge.evidence.contains(where: { documents.contains($0.doc) }) {
                    reached[edge.source, default: []].insert(party)
                }
            }
            let mediators = reached.filter { $0.value.count >= min(2, partyIDs.count) && !partyIDs.contains($0.key) }.keys
            sections.append(AgreementSection(
                node: node, anchor: anchors[node.id]!,
                parties: partyIDs.sorted().compactMap(graph.node(id:)), mediators: mediators.sorted().compactMap(graph.node(id:)),
                dates: Array(Set(agreed.compactMap(\.date))).sorted(),
                relations: edges.compactMap { edge in
                    graph.node(id: edge.source).map { Relation(edge: edge, from: node, to: $0) }
                }))
        }
        // Oldest first, as a story reads; undated at the end.
        return sections.sorted { ($0.dates.first ?? "~", $0.node.label, $0.node.id) < ($1.dates.first ?? "~", $1.node.label, $1.node.id) }
    }

    /// Dated events oldest first. A mediator's edges of one date are one event, and so are an
    /// agreement's signatures of one date.
    func timeline(_ graph: Graph) -> [TimelineEvent] {
        struct Key: Hashable { var date: String, type: EdgeType, status: EdgeStatus, actor: String }
        var groups: [Key: [Edge]] = [:]
        for edge in graph.edges where Self.timelineTypes.contains(edge.type) {
            guard let date = edge.date else { continue }
            let actor: String
            switch edge.type {
            case .mediated: actor = edge.source
            case .agreedTo: actor = edge.target
            default: actor = "\(edge.source)\u{0}\(edge.target)"
            }
            groups[Key(date: date, type: edge.type, status: edge.status, actor: actor), default: []].append(edge)
        }
        var events: [TimelineEvent] = groups.map { key, edges in
            let subjects = Array(Set(edges.map(\.source))).sorted().compactMap(graph.node(id:))
            let objects = Array(Set(edges.map(\.target))).sorted().compactMap(graph.node(id:))
            return TimelineEvent(date: key.date, type: key.type, status: key.status, subjects: subjects, objects: objects,
                                 places: Array(Set(edges.compactMap(\.place))).sorted(), edges: edges,
                                 documents: Array(Set(edges.flatMap { $0.evidence.map(\.doc) })).sorted())
        }
        let order = Dictionary(uniqueKeysWithValues: Self.timelineTypes.enumerated().map { ($1, $0) })
        events.sort { ($0.date, order[$0.type]!, $0.edges[0].key) < ($1.date, order[$1.type]!, $1.edges[0].key) }
        return events
    }

    // MARK: Helpers

    /// Dated edges first, oldest first; then by key.
    static func byDate(_ a: Edge, _ b: Edge) -> Bool { (a.date ?? "~", a.key) < (b.date ?? "~", b.key) }

    /// Writes `graph` as DOT with `options` (the figure's name as id prefix, so that several
    /// diagrams share a page) and renders it.
    func figure(_ name: String, caption: String, graph: Graph, options: DiagramOptions) throws(ReportError) -> Figure {
        var options = options
        options.idPrefix = "fig-\(name)-"
        do {
            return Figure(name: name, caption: caption, svg: try render(DOTWriter(options: options).diagram(graph)))
        } catch let error as GraphvizError {
            throw ReportError("\(name) diagram: \(error.description)")
        } catch {
            throw ReportError("\(name) diagram: \(error)")
        }
    }

    func ask<T>(_ question: () throws(QueryError) -> T) throws(ReportError) -> T {
        do { return try question() } catch { throw ReportError(error.description) }
    }
}

extension String {
    /// Without leading and trailing spaces and tabs.
    var trimmedSpaces: String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        return String(drop(while: isSpace).reversed().drop(while: isSpace).reversed())
    }
}
