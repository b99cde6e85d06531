import Foundation
import ParleyExtraction
import ParleyGraph

/// Joins, across articles, a person known by one word ("Erdogan") to the one person whose
/// full name ends or starts with it, when exactly one such person exists. Two people who
/// share a surname keep the one-word node apart.
public enum PersonUnifier {
    public static func unify(_ graph: Graph) -> Graph {
        let people = graph.nodes.filter { $0.kind == .person }
        // Each label's folded words, once: the passes below compare them pairwise.
        let wordsOf = Dictionary(uniqueKeysWithValues: people.map { ($0.id, Fold.key($0.label).split(separator: " ").map(String.init)) })
        var byWord: [String: Set<String>] = [:]
        for node in people {
            let words = wordsOf[node.id]!
            guard words.count >= 2 else { continue }
            byWord[String(words.last!), default: []].insert(node.id)
        }
        var rename: [String: String] = [:]
        // A full name damaged by a dropped letter ("Recep Tayyip Erdoan") joins the intact one:
        // same number of words, each equal or one letter apart, the intact form mentioned more.
        var byShape: [String: [Node]] = [:]
        for node in people {
            let words = wordsOf[node.id]!
            guard words.count >= 2, let first = words.first?.first else { continue }
            byShape["\(words.count) \(first)", default: []].append(node)
        }
        for group in byShape.values where group.count > 1 {
            for a in group {
                let wa = wordsOf[a.id]!
                for b in group where b.id != a.id && rename[b.id] == nil {
                    let wb = wordsOf[b.id]!
                    guard wa != wb, zip(wa, wb).allSatisfy({ Fold.nearlyEqual($0, $1) }) else { continue }
                    // Keep the longer spelling (the one with the letter), then the more mentioned.
                    if (a.label.count, a.mentions) < (b.label.count, b.mentions) { rename[a.id] = b.id }
                }
            }
        }
        // "Aleksandar Vui" for "Aleksandar Vucic": the letters that carry hacheks and cedillas
        // in the original ("Vučić") dropped, where the other article spelt them without marks.
        for group in byShape.values where group.count > 1 {
            for damaged in group where rename[damaged.id] == nil {
                let wd = wordsOf[damaged.id]!
                let intact = group.filter { other in
                    let wo = wordsOf[other.id]!
                    return other.id != damaged.id && wo != wd
                        && zip(wo, wd).allSatisfy { $0 == $1 || Self.dropsMarkedLetters($0, $1) }
                }
                if intact.count == 1 { rename[damaged.id] = intact[0].id }
            }
        }
        // Spellings of one name that differ only by machine damage to its non-ASCII letters
        // ("Serdar Kl" for "Serdar Kılıç": the letters dropped, not just their accents) or by the
        // transliteration of an Arabic article ("el-Sisi", "al-Sisi") join the fuller spelling.
        var byVariant: [String: Set<String>] = [:]
        for node in people {
            for form in Self.variants(of: node.label) { byVariant[form, default: []].insert(node.id) }
        }
        for node in people where rename[node.id] == nil {
            let own = Self.variantKey(Fold.key(node.label))
            let others = (byVariant[own] ?? []).union(byVariant[Self.transliterationKey(own)] ?? []).subtracting([node.id]).filter { rename[$0] == nil }
            guard others.count == 1, let other = graph.node(id: others.first!) else { continue }
            // Keep the longer label, then the more mentioned, then the smaller id.
            if (node.label.count, node.mentions, other.id) < (other.label.count, other.mentions, node.id) { rename[node.id] = other.id }
        }
        for node in people where rename[node.id] == nil {
            let key = Fold.key(node.label)
            // "King Hussein" is known by that one name, not by a surname: he is not Saddam Hussein.
            let styled = node.aliases.contains { alias in
                let words = Fold.key(alias).split(separator: " ")
                return words.count == 2 && words[1] == key && Lexicon.styleTitles.contains(String(words[0]))
            }
            guard !key.contains(" "), !styled, let targets = byWord[key], targets.count == 1 else { continue }
            rename[node.id] = rename[targets.first!] ?? targets.first!
        }
        guard !rename.isEmpty else { return graph }
        // Follow chains (a → b → c) to their end.
        for id in rename.keys {
            var target = rename[id]!
            var steps = 0
            while let next = rename[target], next != id, steps < rename.count { target = next; steps += 1 }
            rename[id] = target == id ? nil : target
        }
        var out = Graph()
        for node in graph.nodes {
            if let target = rename[node.id] {
                var moved = Node(id: target, kind: node.kind, label: graph.node(id: target)!.label, aliases: node.aliases, mentions: node.mentions)
                moved.addAliases([node.label])
                out.add(moved)
            } else {
                out.add(node)
            }
        }
        for edge in graph.edges {
            let s = rename[edge.source] ?? edge.source
            let t = rename[edge.target] ?? edge.target
            guard s != t else { continue }
            out.add(Edge(source: s, target: t, type: edge.type, status: edge.status, date: edge.date, place: edge.place, evidence: edge.evidence))
        }
        return out
    }

    /// Whether `damaged` is `intact` with one to three of the letters that carry marks in the
    /// original spelling dropped (č ć ş ž ğ ı written c s z g i without marks): "vui" from
    /// "vucic", "kl" from "kilic"; the first letter kept.
    static func dropsMarkedLetters(_ intact: String, _ damaged: String) -> Bool {
        let a = Array(intact.utf8), b = Array(damaged.utf8)
        let marked: Set<UInt8> = Set("csziguo".utf8)
        // The first letter may be one of them: "avuolu" for "Çavuşoğlu".
        guard b.count >= 2, a.count > b.count, a.count - b.count <= 3, a.first == b.first || marked.contains(a[0]) else { return false }
        var j = 0
        for c in a {
            if j < b.count, b[j] == c { j += 1 } else if !marked.contains(c) { return false }
        }
        return j == b.count
    }

    /// The matching key with "el" read as "al": "abdel fattah el sisi" → "abdel fattah al sisi".
    static func variantKey(_ key: String) -> String {
        key.split(separator: " ").map { $0 == "el" ? "al" : String($0) }.joined(separator: " ")
    }

    /// Keys a damaged copy of `label` could have: its own, and, when it has non-ASCII letters,
    /// the key with those letters dropped.
    static func variants(of label: String) -> [String] {
        var forms = [variantKey(Fold.key(label))]
        if let stripped = Fold.droppingNonASCIILetters(label) { forms.append(variantKey(Fold.key(stripped))) }
        forms.append(transliterationKey(forms[0]))
        return forms
    }

    /// A key that two romanisations of one name share: "pashinian" and "pashinyan", "mishel"
    /// and "michel", "zelenskyy" and "zelensky" (y read as i, ch as sh, kh as h, doubled
    /// letters once).
    static func transliterationKey(_ key: String) -> String {
        var s = key
        for (from, to) in [("sch", "sh"), ("ch", "sh"), ("kh", "h"), ("ph", "f"), ("ou", "u"), ("y", "i"), ("w", "v"), ("j", "i")] {
            s = s.replacingOccurrences(of: from, with: to)
        }
        var out = ""
        for c in s where c != out.last || c == " " { out.append(c) }
        return out
    }
}
