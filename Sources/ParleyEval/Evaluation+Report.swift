import Foundation
import ParleyGraph

extension Evaluation {
    /// A plain-text report: per type, per document, corpus-wide, then the details.
    public func report(verbose: Bool = true) -> String {
        func pct(_ x: Double) -> String { String(format: "%.3f", x) }
        func row(_ name: String, _ c: Counts) -> String {
            name.padding(toLength: 44, withPad: " ", startingAt: 0)
                + " P \(pct(c.precision))  R \(pct(c.recall))  F1 \(pct(c.f1))  (tp \(c.truePositives), fp \(c.falsePositives), fn \(c.falseNegatives))"
        }
        var lines: [String] = ["Edges by type"]
        for type in EdgeType.scored {
            lines.append("  " + row(type.rawValue, byType[type] ?? Counts()))
        }
        lines.append("  " + row("all scored types", overall))
        lines.append("Documents")
        for (doc, c) in byDocument.sorted(by: { $0.key < $1.key }) { lines.append("  " + row(doc, c)) }
        lines.append("Corpus-wide F1: \(pct(overall.f1))")
        lines.append("Dates correct: \(datesCorrect)/\(datesChecked)")
        lines.append("Required entities found: \(requiredEntitiesFound)/\(requiredEntities)")
        lines.append("Merges: \(merges.count)  Splits: \(splits.count)  Negatives hit: \(negativesHit.count)  Unmapped nodes: \(unmappedNodes.count)")
        guard verbose else { return lines.joined(separator: "\n") + "\n" }
        for m in merges { lines.append("  merge: \(m.node) = \(m.entities.joined(separator: ", "))") }
        for s in splits { lines.append("  split: \(s.entity) over \(s.nodes.joined(separator: ", "))") }
        for n in negativesHit { lines.append("  negative: \(n.node) (\(n.negative))") }
        if !missed.isEmpty { lines.append("Missed edges") }
        for e in missed { lines.append("  \(e.doc): \(e.source) -\(e.type.rawValue)-> \(e.target)\(e.date.map { " [\($0)]" } ?? "")") }
        if !falseEdges.isEmpty { lines.append("False edges") }
        for e in falseEdges { lines.append("  \(e.doc): \(e.source) -\(e.type.rawValue)-> \(e.target)\(e.date.map { " [\($0)]" } ?? "")") }
        if !wrongDates.isEmpty { lines.append("Wrong dates") }
        for (e, expected) in wrongDates { lines.append("  \(e.doc): \(e.source) -\(e.type.rawValue)-> \(e.target): \(e.date ?? "none"), gold \(expected)") }
        return lines.joined(separator: "\n") + "\n"
    }
}
