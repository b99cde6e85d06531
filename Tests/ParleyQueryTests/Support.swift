import ParleyGraph
import ParleyQuery

/// A small graph written for a test: `person("a")` adds `person:a` labelled "A" unless told.
struct TestGraph {
    var graph = Graph()

    @discardableResult
    mutating func node(_ kind: NodeKind, _ slug: String, _ label: String? = nil, aliases: [String] = []) -> String {
        let id = "\(kind.rawValue):\(slug)"
        graph.add(Node(id: id, kind: kind, label: label ?? slug.uppercased(), aliases: aliases))
        return id
    }

    mutating func edge(_ source: String, _ type: EdgeType, _ target: String, date: String? = nil,
                       status: EdgeStatus = .occurred, place: String? = nil, evidence: Int = 1) {
        let items = (0..<evidence).map { Evidence(doc: "\(source)-\(target).txt", text: "\(source) \(type.rawValue) \(target) #\($0).", start: $0, end: $0 + 1) }
        graph.add(Edge(source: source, target: target, type: type, status: status, date: date, place: place, evidence: items))
    }

    func session() -> QuerySession { QuerySession(graph: graph) }
}

/// a – b – c – d in a line of met-with edges, plus an isolated e.
func chain() -> TestGraph {
    var t = TestGraph()
    for s in ["a", "b", "c", "d", "e"] { t.node(.person, s) }
    t.edge("person:a", .metWith, "person:b", date: "2023-01-01")
    t.edge("person:b", .metWith, "person:c", date: "2023-06-01")
    t.edge("person:c", .metWith, "person:d", date: "2024-01-01")
    return t
}

/// A square a–b–d, a–c–d: two shortest paths a→d; and a longer detour a–e–f–d.
func square() -> TestGraph {
    var t = TestGraph()
    for s in ["a", "b", "c", "d", "e", "f"] { t.node(.person, s) }
    t.edge("person:a", .metWith, "person:b")
    t.edge("person:a", .metWith, "person:c")
    t.edge("person:b", .metWith, "person:d")
    t.edge("person:c", .metWith, "person:d")
    t.edge("person:a", .metWith, "person:e")
    t.edge("person:e", .metWith, "person:f")
    t.edge("person:f", .metWith, "person:d")
    return t
}

extension PathAnswer {
    /// The paths as lists of slugs: `[["a", "b"]]`.
    var slugs: [[String]] { paths.map { $0.nodes.map { String($0.id.split(separator: ":").last!) } } }
}
