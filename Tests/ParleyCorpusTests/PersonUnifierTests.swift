import Testing
import ParleyGraph
@testable import ParleyCorpus

@Test func aSurnameNodeJoinsTheOnlyFullNameThatEndsWithIt() {
    var g = Graph()
    g.add(Node(kind: .person, label: "Recep Tayyip Erdogan"))
    g.add(Node(kind: .person, label: "Erdogan"))
    g.add(Node(kind: .person, label: "Vladimir Putin"))
    let e = [Evidence(doc: "a.txt", text: "s", start: 0, end: 1)]
    g.add(Edge(source: "person:erdogan", target: "person:vladimir-putin", type: .metWith, evidence: e))
    let unified = PersonUnifier.unify(g)
    #expect(unified.node(id: "person:erdogan") == nil)
    #expect(unified.node(id: "person:recep-tayyip-erdogan")?.aliases.contains("Erdogan") == true)
    #expect(unified.edges.first?.source == "person:recep-tayyip-erdogan")
}

@Test func aSharedSurnameStaysApart() {
    var g = Graph()
    g.add(Node(kind: .person, label: "Indira Gandhi"))
    g.add(Node(kind: .person, label: "Rajiv Gandhi"))
    g.add(Node(kind: .person, label: "Gandhi"))
    let e = [Evidence(doc: "a.txt", text: "s", start: 0, end: 1)]
    g.add(Edge(source: "person:gandhi", target: "person:indira-gandhi", type: .metWith, evidence: e))
    let unified = PersonUnifier.unify(g)
    #expect(unified.node(id: "person:gandhi") != nil)
}

@Test func aRulerKnownByOneNameIsNoSurname() {
    var g = Graph()
    g.add(Node(kind: .person, label: "Saddam Hussein"))
    g.add(Node(kind: .person, label: "Hussein", aliases: ["King Hussein"]))
    g.add(Node(kind: .person, label: "Yitzhak Rabin"))
    let e = [Evidence(doc: "a.txt", text: "s", start: 0, end: 1)]
    g.add(Edge(source: "person:hussein", target: "person:yitzhak-rabin", type: .metWith, evidence: e))
    let unified = PersonUnifier.unify(g)
    #expect(unified.node(id: "person:hussein") != nil)
    #expect(unified.edges.first?.source == "person:hussein")
}

/// Unifies persons with these labels and mention counts, plus Vladimir Putin, whom the person
/// `source` met.
private func unifyPeople(_ people: [(String, Int)], source: String) -> Graph {
    var g = Graph()
    for (label, mentions) in people { g.add(Node(kind: .person, label: label, mentions: mentions)) }
    g.add(Node(kind: .person, label: "Vladimir Putin"))
    let e = [Evidence(doc: "a.txt", text: "s", start: 0, end: 1)]
    g.add(Edge(source: source, target: "person:vladimir-putin", type: .metWith, evidence: e))
    return PersonUnifier.unify(g)
}

@Test func aNameDamagedByADroppedLetterJoinsTheIntactOne() {
    let unified = unifyPeople([("Recep Tayyip Erdoğan", 5), ("Recep Tayyip Erdoan", 1)], source: "person:recep-tayyip-erdoan")
    #expect(unified.node(id: "person:recep-tayyip-erdoan") == nil)
    #expect(unified.node(id: "person:recep-tayyip-erdogan")?.aliases.contains("Recep Tayyip Erdoan") == true)
    #expect(unified.edges.first?.source == "person:recep-tayyip-erdogan")
}

@Test func aNameWhoseNonASCIILettersWereDroppedJoinsTheIntactOne() {
    let unified = unifyPeople([("Serdar Kılıç", 3), ("Serdar Kl", 1), ("Serdar Kol", 1)], source: "person:serdar-kl")
    #expect(unified.node(id: "person:serdar-kl") == nil)
    #expect(unified.node(id: "person:serdar-kilic")?.aliases.contains("Serdar Kl") == true)
    #expect(unified.node(id: "person:serdar-kol") != nil)  // another person, not a damaged copy
    #expect(unified.edges.first?.source == "person:serdar-kilic")
}

@Test func elAndAlSpellingsOfOneNameJoin() {
    var g = Graph()
    g.add(Node(kind: .person, label: "Abdel Fattah el-Sisi", mentions: 4))
    g.add(Node(kind: .person, label: "Abdel Fattah al-Sisi", mentions: 2))
    let unified = PersonUnifier.unify(g)
    #expect(unified.nodes.filter { $0.kind == .person }.count == 1)
    #expect(unified.node(id: "person:abdel-fattah-el-sisi")?.aliases.contains("Abdel Fattah al-Sisi") == true)
}

@Test func aNameMissingItsMarkedLettersJoinsTheSpellingWithoutMarks() {
    // One article wrote "Vucic" for "Vučić", another lost the marked letters: "Vui".
    let unified = unifyPeople([("Aleksandar Vucic", 4), ("Aleksandar Vui", 2), ("Aleksandar Vulin", 1)], source: "person:aleksandar-vui")
    #expect(unified.node(id: "person:aleksandar-vui") == nil)
    #expect(unified.node(id: "person:aleksandar-vucic")?.aliases.contains("Aleksandar Vui") == true)
    #expect(unified.node(id: "person:aleksandar-vulin") != nil)  // other letters dropped: another man
    #expect(unified.edges.first?.source == "person:aleksandar-vucic")
}

@Test func aNameMissingAMarkedFirstLetterJoinsTheSpellingWithoutMarks() {
    // "Mevlüt Çavuşoğlu" lost its marked letters, the first one too: "Mevlt avuolu".
    let unified = unifyPeople([("Mevlut Cavusoglu", 4), ("Mevlt avuolu", 2)], source: "person:mevlt-avuolu")
    #expect(unified.node(id: "person:mevlt-avuolu") == nil)
    #expect(unified.node(id: "person:mevlut-cavusoglu")?.aliases.contains("Mevlt avuolu") == true)
}

@Test func twoRomanisationsOfOneNameJoin() {
    let unified = unifyPeople([("Nikol Pashinyan", 6), ("Nikol Pashinian", 2), ("Charles Michel", 3), ("Charles Mishel", 1)], source: "person:nikol-pashinian")
    #expect(unified.node(id: "person:nikol-pashinian") == nil)
    #expect(unified.node(id: "person:charles-mishel") == nil)
    #expect(unified.node(id: "person:nikol-pashinyan")?.aliases.contains("Nikol Pashinian") == true)
    #expect(unified.edges.first?.source == "person:nikol-pashinyan")
    // Different names stay apart.
    let apart = unifyPeople([("Lena Varga", 1), ("Lena Vorga", 1)], source: "person:lena-varga")
    #expect(apart.nodes.filter { $0.kind == .person }.count >= 3)
}
