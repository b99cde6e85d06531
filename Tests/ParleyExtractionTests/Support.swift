import ParleyGraph
@testable import ParleyExtraction

/// Extracts one article written for a test; the document is named `t.txt` unless given, and
/// read with the standard lexicon unless another is given.
func extract(_ text: String, name: String = "t.txt", lexicon: Lexicon = .standard) throws -> Graph {
    try Extractor(lexicon: lexicon).extract(Document(name: name, bytes: Array(text.utf8))).graph
}

/// Whether the graph has an edge of `type` between nodes labelled `a` and `b` (either way for met-with).
func has(_ g: Graph, _ a: String, _ type: EdgeType, _ b: String, status: EdgeStatus? = nil, date: String? = nil) -> Bool {
    let ia = g.nodes(named: a).map(\.id), ib = g.nodes(named: b).map(\.id)
    return g.edges.contains { e in
        e.type == type && (status == nil || e.status == status) && (date == nil || e.date == date)
            && ((ia.contains(e.source) && ib.contains(e.target)) || (type.isSymmetric && ia.contains(e.target) && ib.contains(e.source)))
    }
}

func count(_ g: Graph, _ type: EdgeType) -> Int { g.edges.filter { $0.type == type }.count }

let dateline = "CHISINAU, March 3, 2024 — "

/// The label of the agreement node whose label starts with `name` ("deal" for "deal (Hamas–Israel,
/// 2025)"), or `name` itself when there is none, so that a test of its absence still reads well.
func agreementNamed(_ g: Graph, _ name: String) -> String {
    g.nodes.first { $0.kind == .agreement && $0.label.hasPrefix(name) }?.label ?? name
}
