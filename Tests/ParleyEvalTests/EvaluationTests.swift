import Testing
import ParleyGraph
@testable import ParleyEval

private let goldJSON = """
{
  "entities": [
    {"key": "varga", "kind": "person", "aliases": ["Lena Varga", "Varga"]},
    {"key": "ilves", "kind": "person", "aliases": ["Tomas Ilves"]},
    {"key": "moldova", "kind": "state", "aliases": ["Moldova", "Chisinau"]},
    {"key": "estonia", "kind": "state", "aliases": ["Estonia"]},
    {"key": "lisbon", "kind": "agreement", "aliases": ["Lisbon Memorandum"]},
    {"key": "old", "kind": "agreement", "aliases": ["1999 treaty"], "required": false}
  ],
  "negatives": ["John Smith"],
  "edges": [
    {"doc": "talks", "source": "varga", "type": "met-with", "target": "ilves", "date": "2024-03-03"},
    {"doc": "talks", "source": "varga", "type": "represents", "target": "moldova"},
    {"doc": "talks", "source": "varga", "type": "agreed-to", "target": "lisbon"},
    {"doc": "talks", "source": "estonia", "type": "agreed-to", "target": "old", "required": false}
  ]
}
"""

private func evidence(_ doc: String = "talks.txt") -> [Evidence] { [Evidence(doc: doc, text: "s", start: 0, end: 1)] }

@Test func perfectGraphScoresOneAndChecksDates() throws {
    let gold = try Gold(json: Array(goldJSON.utf8))
    var g = Graph()
    g.add(Node(kind: .person, label: "Lena Varga"))
    g.add(Node(kind: .person, label: "Tomas Ilves"))
    g.add(Node(kind: .state, label: "Moldova"))
    g.add(Node(kind: .agreement, label: "the Lisbon Memorandum of Understanding"))
    g.add(Edge(source: "person:tomas-ilves", target: "person:lena-varga", type: .metWith, date: "2024-03-04", evidence: evidence()))
    g.add(Edge(source: "person:lena-varga", target: "state:moldova", type: .represents, evidence: evidence()))
    g.add(Edge(source: "person:lena-varga", target: "agreement:the-lisbon-memorandum-of-understanding", type: .agreedTo, evidence: evidence()))
    let e = Evaluation(graph: g, gold: gold)
    #expect(e.overall == Evaluation.Counts(truePositives: 3, falsePositives: 0, falseNegatives: 0))
    #expect(e.overall.f1 == 1)
    #expect(e.datesChecked == 1 && e.datesCorrect == 0)
    #expect(e.merges.isEmpty && e.splits.isEmpty)
}

@Test func missingFalseSplitMergeAndNegativeAreCounted() throws {
    let gold = try Gold(json: Array(goldJSON.utf8))
    var g = Graph()
    g.add(Node(kind: .person, label: "Lena Varga"))
    g.add(Node(id: "person:varga", kind: .person, label: "Varga"))
    g.add(Node(id: "person:both", kind: .person, label: "Tomas Ilves", aliases: ["Varga"]))
    g.add(Node(kind: .person, label: "John Smith"))
    g.add(Edge(source: "person:lena-varga", target: "person:john-smith", type: .metWith, evidence: evidence()))
    g.add(Edge(source: "person:varga", target: "person:both", type: .metWith, evidence: evidence()))
    let e = Evaluation(graph: g, gold: gold)
    #expect(e.byType[.metWith]?.truePositives == 1)
    #expect(e.byType[.metWith]?.falsePositives == 1)
    #expect(e.byType[.represents]?.falseNegatives == 1)
    #expect(e.byType[.agreedTo]?.falseNegatives == 1)
    #expect(e.negativesHit.map(\.negative) == ["John Smith"])
    #expect(e.merges.map(\.node) == ["person:both"])
    #expect(e.splits.contains { $0.entity == "varga" })
}

@Test func optionalGoldEdgesAndOtherLevelEdgesAreNeutral() throws {
    let gold = try Gold(json: Array(goldJSON.utf8))
    var g = Graph()
    g.add(Node(kind: .state, label: "Estonia"))
    g.add(Node(kind: .state, label: "Moldova"))
    g.add(Node(kind: .agreement, label: "1999 treaty"))
    g.add(Node(kind: .agreement, label: "Lisbon Memorandum"))
    g.add(Edge(source: "state:estonia", target: "agreement:1999-treaty", type: .agreedTo, evidence: evidence()))
    // The gold has Varga (who represents Moldova) agreeing; Moldova agreeing is the other level.
    g.add(Edge(source: "state:moldova", target: "agreement:lisbon-memorandum", type: .agreedTo, evidence: evidence()))
    let e = Evaluation(graph: g, gold: gold)
    #expect(e.byType[.agreedTo]?.falsePositives ?? 0 == 0)
    #expect(e.byType[.agreedTo]?.truePositives ?? 0 == 0)
}

@Test func documentsOutsideTheSplitAreIgnored() throws {
    let gold = try Gold(json: Array(goldJSON.utf8))
    var g = Graph()
    g.add(Node(kind: .person, label: "Lena Varga"))
    g.add(Node(kind: .person, label: "Tomas Ilves"))
    g.add(Edge(source: "person:lena-varga", target: "person:tomas-ilves", type: .metWith, evidence: evidence("other.txt")))
    let e = Evaluation(graph: g, gold: gold, include: { $0.hasPrefix("talks") })
    #expect(e.overall.falsePositives == 0)
    #expect(e.overall.falseNegatives == 3)
    #expect(e.report().contains("Corpus-wide F1: 0.000"))
}

@Test func goldWithUnknownEntityIsRejected() {
    let bad = #"{"entities": [], "edges": [{"doc": "a", "source": "x", "type": "met-with", "target": "y"}]}"#
    #expect(throws: GraphReadError.self) { try Gold(json: Array(bad.utf8)) }
}
