import ParleyGraph
import Testing
@testable import ParleyExtraction

/// The standard lexicon with a table of office holders made up for the test.
private func lexicon(_ rows: String) throws -> Lexicon {
    var lexicon = Lexicon.standard
    let table = rows.split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
    lexicon.officeHolders = try OfficeHolders(rows: table, lexicon: lexicon)
    return lexicon
}

private let holders = """
name\toffice\taffiliation\tfrom\tuntil\taliases
Ana Lupu\tpresident\tMoldova\t2020\t\t
Lena Varga\tprime minister\tEstonia\t2010\t2014\t
Lena Varga\tsecretary-general\tUnited Nations\t2020\t\tLena Vargová
Aro Kask\tforeign minister\tLatvia\t2001\t2005\t
Aro Kask\tforeign minister\tEstonia\t2019\t2024\t
"""

@Test func aTitleWithoutItsStateIsTiedToOneByWhoHeldIt() throws {
    let lexicon = try lexicon(holders)
    let g = try extract(dateline + "President Ana Lupu met Prime Minister Petru Rusu in Chisinau on Friday.", lexicon: lexicon)
    #expect(has(g, "Ana Lupu", .represents, "Moldova"))
    #expect(has(g, "Ana Lupu", .metWith, "Petru Rusu"))
    // A title of someone the table does not know says nothing of whose it is.
    #expect(!g.edges.contains { $0.type == .represents && g.node(id: $0.source)?.label == "Petru Rusu" })
    // Named without a title, the holder gets nothing from the table.
    let bare = try extract(dateline + "Ana Lupu met Petru Rusu in Chisinau on Friday.", lexicon: lexicon)
    #expect(count(bare, .represents) == 0)
}

@Test func theTitleTheTextGivesPicksTheOfficeAndAFormerOneNone() throws {
    let lexicon = try lexicon(holders)
    let now = try extract(dateline + "Secretary-General Lena Varga met President Ana Lupu on Friday.", lexicon: lexicon)
    #expect(has(now, "Lena Varga", .represents, "United Nations"))
    #expect(!has(now, "Lena Varga", .represents, "Estonia"))
    let then = try extract(dateline + "Prime Minister Lena Varga met President Ana Lupu on Friday.", lexicon: lexicon)
    #expect(has(then, "Lena Varga", .represents, "Estonia"))
    let former = try extract(dateline + "Former Prime Minister Lena Varga met President Ana Lupu on Friday.", lexicon: lexicon)
    #expect(!has(former, "Lena Varga", .represents, "Estonia"))
    // An alias of the table, with its marked letter lost the way machine translation loses it.
    let mt = try extract(dateline + "Secretary-General Lena Vargov met President Ana Lupu on Friday.", lexicon: lexicon)
    #expect(has(mt, "Lena Vargov", .represents, "United Nations"))
}

@Test func oneOfficeOfTwoStatesIsTheOneHeldInTheArticlesYear() throws {
    let lexicon = try lexicon(holders)
    let recent = try extract(dateline + "Foreign Minister Aro Kask met President Ana Lupu on Friday.", lexicon: lexicon)
    #expect(has(recent, "Aro Kask", .represents, "Estonia"))
    #expect(!has(recent, "Aro Kask", .represents, "Latvia"))
    let early = try extract("RIGA, March 3, 2003 — Foreign Minister Aro Kask met Ion Cebanu on Friday.", lexicon: lexicon)
    #expect(has(early, "Aro Kask", .represents, "Latvia"))
    // Between the terms, the table cannot tell.
    let between = try extract("RIGA, March 3, 2010 — Foreign Minister Aro Kask met Ion Cebanu on Friday.", lexicon: lexicon)
    #expect(count(between, .represents) == 0)
}

@Test func theOfficeHolderTableRejectsARowItCannotPlace() throws {
    #expect(throws: OfficeHolders.Problem.self) { try lexicon("Ana Lupu\tpresident\tAtlantis\t2020\t\t") }
    #expect(throws: OfficeHolders.Problem.self) { try lexicon("Ana Lupu\tgrand vizier\tMoldova\t2020\t\t") }
    #expect(throws: OfficeHolders.Problem.self) { try lexicon("Ana Lupu\tpresident\tMoldova\tsoon\t\t") }
    let problem = try? #require(throws: OfficeHolders.Problem.self) { try lexicon("Ana Lupu\tpresident\tAtlantis\t2020\t\t") }
    #expect(problem?.description.contains("Atlantis") == true)
}

@Test func theBundledTableKnowsWellKnownLeaders() throws {
    let g = try extract("WASHINGTON, May 4, 2024 — President Joe Biden met Prime Minister Narendra Modi on Thursday.")
    #expect(has(g, "Joe Biden", .represents, "United States"))
    #expect(has(g, "Narendra Modi", .represents, "India"))
}
