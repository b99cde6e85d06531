import ParleyGraph
import Testing
@testable import ParleyExtraction



private let valletta = "VALLETTA, May 4, 2024 - "

private func agreementLabels(_ g: Graph) -> [String] {
    g.nodes.filter { $0.kind == .agreement }.map(\.label).sorted()
}

@Test func coordinatedModifiersStayInTheAgreementName() throws {
    let g = try extract(valletta + "Foreign Minister Ana Lupu of Moldova and Foreign Minister Petru Rusu of Romania signed a bilateral and definitive ceasefire on Friday.")
    #expect(agreementLabels(g).contains { $0.hasPrefix("bilateral and definitive ceasefire") })
    #expect(has(g, "Ana Lupu", .agreedTo, "bilateral and definitive ceasefire"))
}

@Test func countedCompoundsNameAnAgreement() throws {
    let g = try extract(valletta + "Chinese Foreign Minister Li Wen and Indian adviser Ravi Menon signed a six-point consensus on the border.")
    #expect(agreementLabels(g).contains { $0.hasPrefix("six-point consensus") })
    #expect(has(g, "Li Wen", .agreedTo, "six-point consensus on the border"))
}

@Test func anIndefiniteAgreementDoesNotReferBackToANamedOne() throws {
    let g = try extract(valletta + """
    President Ana Lupu of Moldova and President Petru Rusu of Romania signed the Valletta Declaration on Friday. \
    On Saturday the two presidents signed a deal on fishing rights.
    """)
    #expect(agreementLabels(g).contains("Valletta Declaration"))
    #expect(agreementLabels(g).contains { $0.hasPrefix("deal on fishing rights") })
}

@Test func mediatorInAWhoClauseWithoutCommaMediatesBetweenTheNamedParties() throws {
    let g = try extract(valletta + "Jon Berg, the UN envoy who has mediated between Athens and Skopje since 1999, attended the ceremony.")
    #expect(has(g, "Jon Berg", .mediated, "Greece"))
    #expect(has(g, "Jon Berg", .mediated, "North Macedonia"))
}

@Test func partiesNamedOnlyAfterBetweenDidNotMeet() throws {
    let g = try extract(valletta + "Jon Berg, the UN envoy who has mediated between Athens and Skopje since 1999, attended the ceremony.")
    #expect(!has(g, "Greece", .metWith, "North Macedonia"))
}

@Test func aMediationToldInARelativeClauseTakesNoPartiesFromEarlier() throws {
    let g = try extract(valletta + """
    President Ana Lupu of Moldova met President Petru Rusu of Romania in Valletta on Friday. \
    Russia, which brokered a ceasefire in 2020, had no part in the talks.
    """)
    #expect(has(g, "Ana Lupu", .metWith, "Petru Rusu"))
    #expect(!g.edges.contains { $0.type == .mediated })
}

@Test func aSigningAgreesToItsObjectNotToWhatTheObjectMentions() throws {
    let g = try extract(valletta + "President Ana Lupu of Moldova and President Petru Rusu of Romania signed a protocol on Friday backing the Danube ceasefire.")
    #expect(has(g, "Ana Lupu", .agreedTo, agreementNamed(g, "protocol")))
    #expect(!g.edges.contains { $0.type == .agreedTo && $0.target.contains("ceasefire") })
}

@Test func coordinatedAgreementsAreAllSigned() throws {
    let g = try extract(valletta + "President Ana Lupu of Moldova and President Petru Rusu of Romania signed the Valletta Declaration and a memorandum on energy.")
    #expect(has(g, "Ana Lupu", .agreedTo, "Valletta Declaration"))
    #expect(agreementLabels(g).contains { $0.hasPrefix("memorandum on energy") })
    #expect(g.edges.filter { $0.type == .agreedTo && $0.source == "person:petru-rusu" }.count == 2)
}

@Test func anAgreementOnAnotherIsAnAgreementToIt() throws {
    let g = try extract(valletta + "President Ana Lupu of Moldova and President Petru Rusu of Romania signed an agreement on Friday on a definitive ceasefire.")
    #expect(agreementLabels(g).contains { $0.hasPrefix("definitive ceasefire") })
    #expect(has(g, "Petru Rusu", .agreedTo, agreementNamed(g, "definitive ceasefire")))
}

@Test func anAppositionNamesAGenericAgreement() throws {
    let g = try extract(valletta + """
    President Ana Lupu of Moldova and President Petru Rusu of Romania signed a treaty on Friday. \
    The treaty, known as New DANUBE, replaces the 1991 Valletta Treaty.
    """)
    #expect(has(g, "Ana Lupu", .agreedTo, "New DANUBE"))
    #expect(!has(g, "Ana Lupu", .agreedTo, "1991 Valletta Treaty"))
}

@Test func aClauseThatCallsTheTextByNameNamesIt() throws {
    let g = try extract(valletta + """
    President Ana Lupu of Moldova and President Petru Rusu of Romania signed a document on Friday. \
    The text, which the two governments called the Valletta Compact for Growth, sets out their trade plans.
    """)
    #expect(has(g, "Ana Lupu", .agreedTo, "Valletta Compact for Growth"))
    #expect(agreementLabels(g) == ["Valletta Compact for Growth"])
}

@Test func twoNamesJoinedByAndAreTwoAgreements() throws {
    let g = try extract(valletta + "The documents, A Framework for Peace in the Balkans and A Framework for the Conclusion of a Treaty, were signed by President Ana Lupu of Moldova.")
    #expect(agreementLabels(g).contains("Framework for Peace in the Balkans"))
    #expect(!agreementLabels(g).contains { $0.contains("Balkans and") })
}

@Test func aPassiveListOfSignatoriesSignsWithoutMeeting() throws {
    let g = try extract(valletta + """
    The protocol was signed by OSCE envoy Jon Berg, Moldova's representative, former President Ion Popa, \
    and Dan Stan, Romania's ambassador to Chisinau, as well as by the separatist leaders Ivan Sokolov and Petr Orlov.
    """)
    for name in ["Jon Berg", "Ion Popa", "Dan Stan", "Ivan Sokolov", "Petr Orlov"] {
        #expect(has(g, name, .agreedTo, agreementNamed(g, "protocol")), "\(name)")
    }
    #expect(count(g, .metWith) == 0)
    #expect(!has(g, "Jon Berg", .represents, "Moldova"))
}

@Test func aCommaAndBeforeANewVerbStillStartsAClause() throws {
    let g = try extract(valletta + "President Ana Lupu of Moldova met President Petru Rusu of Romania, and Foreign Minister Ion Popa of Moldova signed a memorandum on energy.")
    #expect(has(g, "Ion Popa", .agreedTo, "memorandum on energy"))
    #expect(!has(g, "Ana Lupu", .agreedTo, "memorandum on energy"))
}

@Test func suchADocumentIsNoAgreementInParticular() throws {
    let g = try extract(valletta + "President Ana Lupu of Moldova and President Petru Rusu of Romania signed the Valletta Declaration, making Moldova the first country to sign such a document.")
    #expect(agreementLabels(g) == ["Valletta Declaration"])
    // A numbered agreement keeps the name before its number.
    let numbered = try extract(valletta + "Ana Lupu and Petru Rusu signed the Esquipulas II accord on Friday.")
    #expect(agreementLabels(numbered) == ["Esquipulas II accord"])
    // A long title keeps its own place, not the place of the signing after it.
    let long = try extract(valletta + "Ana Lupu and Petru Rusu signed the General Agreement on Peace and National Accord in Moldova in the Kremlin on Friday.")
    #expect(agreementLabels(long) == ["General Agreement on Peace and National Accord in Moldova"])
}

@Test func anAgreementInAnAdverbialIsNotWhatIsAgreed() throws {
    let g = try extract(valletta + "According to the joint statement, the envoys Jon Berg and Ray Tull agreed to open the border.")
    #expect(count(g, .agreedTo) == 0)
    let passive = try extract(valletta + "The Valletta Declaration was signed by President Ana Lupu of Moldova.")
    #expect(has(passive, "Ana Lupu", .agreedTo, "Valletta Declaration"))
}

@Test func theThreePresidentsAreTheLastThreeNamedPresidents() throws {
    let g = try extract(valletta + """
    President Ana Lupu of Moldova, President Petru Rusu of Romania and President Ivan Sokolov of Serbia met on Monday. \
    General Dan Stan met General Ion Popa and General Vlad Tepes on Tuesday. \
    The three presidents are expected to sign the agreement in Paris next month.
    """)
    #expect(has(g, "Ivan Sokolov", .agreedTo, agreementNamed(g, "agreement"), status: .planned))
    #expect(!has(g, "Dan Stan", .agreedTo, agreementNamed(g, "agreement")))
}

@Test func aNameDoesNotRunIntoThePlaceOfTheSigning() throws {
    let g = try extract(valletta + "President Ana Lupu of Moldova and President Petru Rusu of Romania signed the Valletta Declaration in Moscow on Monday.")
    #expect(agreementLabels(g) == ["Valletta Declaration"])
}

@Test func aLongTitleKeepsItsArticlesAndPrepositions() throws {
    let g = try extract(valletta + "ASEAN and China adopted the Guidelines for Accelerating the Early Conclusion of a Code of Conduct in the South China Sea, after a meeting with Foreign Minister Ion Popa.")
    #expect(agreementLabels(g) == ["Guidelines for Accelerating the Early Conclusion of a Code of Conduct in the South China Sea"])
    // The signing clause names states only: they sign, whatever the rest of the sentence names.
    #expect(has(g, "ASEAN", .agreedTo, "Guidelines for Accelerating the Early Conclusion of a Code of Conduct in the South China Sea"))
}

@Test func inThePassiveOnlyThoseAfterBySign() throws {
    let g = try extract(valletta + "The deal, which was negotiated by Egypt and Qatar, was accepted by Israel and Hamas.")
    #expect(has(g, "Israel", .agreedTo, agreementNamed(g, "deal")))
    #expect(has(g, "Hamas", .agreedTo, agreementNamed(g, "deal")))
    #expect(!has(g, "Egypt", .agreedTo, agreementNamed(g, "deal")))
    let approved = try extract(valletta + "Israel's cabinet approved the Valletta Accord on Friday.")
    #expect(has(approved, "Israel", .agreedTo, "Valletta Accord"))
}

@Test func aGenericAgreementIsQualifiedByItsPartiesAndYear() throws {
    let g = try extract(valletta + "President Ana Lupu of Moldova and President Petru Rusu of Romania signed a ceasefire on Friday.")
    #expect(agreementLabels(g) == ["ceasefire (Moldova–Romania, 2024)"])
    let alone = try extract(valletta + "President Ana Lupu of Moldova signed a ceasefire on Friday.")
    #expect(agreementLabels(alone) == ["ceasefire (t)"])
}

@Test func announcingADealAlongsideOthersIsAgreeingWithThem() throws {
    let g = try extract(valletta + "President Ana Lupu of Moldova announced the Valletta Accord alongside the host, President Petru Rusu of Romania.")
    #expect(has(g, "Ana Lupu", .agreedTo, "Valletta Accord"))
    #expect(has(g, "Petru Rusu", .agreedTo, "Valletta Accord"))
}

@Test func aGenericMentionWithAProperWordIsTheNamedAgreementHoldingIt() throws {
    let g = try extract(dateline + """
    In July the two men signed a Joint Declaration of Peace and Friendship in Riga.
    On Sunday Prime Minister Lena Varga and President Tomas Ilves signed the Tallinn Peace Agreement.
    The text of the Tallinn agreement was not published.
    """)
    let tallinn = g.nodes.first { $0.label == "Tallinn Peace Agreement" }
    #expect(tallinn?.aliases.contains { $0.contains("text of the Tallinn agreement") } == true)
    #expect(g.nodes.filter { $0.aliases.contains { $0.contains("Tallinn agreement") } }.map(\.label) == ["Tallinn Peace Agreement"])
}

@Test func aLongerFormOfAThreeWordNameIsTheSamePerson() throws {
    let g = try extract(dateline + "King Salman bin Abdulaziz received Prime Minister Lena Varga. The ceremony was hosted by Salman bin Abdulaziz Al Saud.")
    #expect(g.nodes.filter { $0.kind == .person && $0.label.hasPrefix("Salman") }.count == 1)
}

@Test func aTruceAfterACeasefireIsTheSameGenericAgreementAndAdjectivesDoNotNameIt() throws {
    let g = try extract(dateline + """
    Moldova and Estonia agreed to an immediate and unconditional ceasefire on Friday.
    On Saturday both countries said they had signed the truce.
    """)
    let truces = g.nodes.filter { $0.kind == .agreement }
    #expect(truces.count == 1)
    #expect(truces.first?.label == "immediate and unconditional ceasefire (Estonia–Moldova, 2024)")
    #expect(has(g, "Moldova", .agreedTo, truces.first?.label ?? "?"))
}

@Test func anIndefiniteMentionPastUnlistedWordsIsANewAgreement() throws {
    let g = try extract(dateline + """
    Moldova and Estonia renewed the Bilateral Consultation Mechanism in 2017.
    President Lena Varga and President Tomas Ilves agreed to add a direct communication mechanism between the two ministries.
    """)
    #expect(!has(g, "Lena Varga", .agreedTo, "Bilateral Consultation Mechanism"))
}

@Test func aBareCapitalisedHeadTakesItsComplementAndLaterMentionsJoinIt() throws {
    let g = try extract(dateline + """
    President Lena Varga and President Tomas Ilves signed the Treaty on the junction point of state borders in Riga.
    Varga said the Treaty would be ratified soon, and Ilves signed the Treaty again for the archive.
    """)
    let treaties = g.nodes.filter { $0.kind == .agreement }
    #expect(treaties.map(\.label) == ["Treaty on the junction point of state borders"])
}

@Test func aSecondKindNounJoinsTheAgreementName() throws {
    let g = try extract(valletta + "Prime Minister Ana Lupu signed the Gozo ceasefire agreement in Mdina. Petru Rusu and Ion Cebanu signed a truce deal on Friday.")
    #expect(agreementLabels(g).contains("Gozo ceasefire agreement"))
    #expect(agreementLabels(g).contains { $0.hasPrefix("truce deal") })
}

@Test func aTimeAdverbEndsAGenericAgreementsComplement() throws {
    let g = try extract(valletta + "Ana Lupu and Petru Rusu adopted a charter of political reforms late on Sunday.")
    #expect(agreementLabels(g).contains { $0.hasPrefix("charter of political reforms") && !$0.contains("late") })
}

@Test func aSigningWithoutAnObjectOrOfTheTextIsOfTheAgreementLastTold() throws {
    let g = try extract(valletta + """
        The two camps signed a constitutional declaration on Saturday. \
        Foreign Minister Ana Lupu of Moldova signed for the government. \
        Petru Rusu, the rebels' chief negotiator, put his name to the text for the rebels.
        """)
    let declaration = agreementNamed(g, "constitutional declaration")
    #expect(has(g, "Ana Lupu", .agreedTo, declaration))
    #expect(has(g, "Petru Rusu", .agreedTo, declaration))
    #expect(count(g, .agreedTo) == 2)
    // Agreeing with no object is no signing of the last agreement.
    let agreed = try extract(valletta + "Lupu and Rusu signed a trade deal on Friday. The Council of Europe agreed in March to send observers.")
    #expect(!agreed.edges.contains { $0.type == .agreedTo && $0.source.hasPrefix("organization:") })
}

@Test func aRelativeClauseSignsItsAntecedentNotWhatFollowsTheVerb() throws {
    let g = try extract(valletta + """
        It completes the political declaration that Ana Lupu and Petru Rusu signed on 17 April, the first written text of the talks.
        """)
    #expect(has(g, "Ana Lupu", .agreedTo, agreementNamed(g, "political declaration"), date: "2024-04-17"))
    #expect(!agreementLabels(g).contains { $0.contains("written text") })
}

@Test func aRelativeClauseClosedBeforeTheVerbLeavesTheSubjectSigning() throws {
    let g = try extract(valletta + """
        Lupu and Rusu signed a trade deal on Friday. Aro Kask, a teacher who became a negotiator of the Forces of Freedom and Change (FFC), signed it too.
        """)
    let deal = agreementNamed(g, "trade deal")
    #expect(has(g, "Aro Kask", .agreedTo, deal))
    #expect(!has(g, "Forces of Freedom and Change", .agreedTo, deal))
}

@Test func aTreatyNameGoesOnPastACapitalisedPreposition() throws {
    let g = try extract(dateline + "The Treaty Concerning the State Frontier and Neighbourly Relations was signed by Ana Lupu and Lena Varga.")
    #expect(has(g, "Ana Lupu", .agreedTo, "Treaty Concerning the State Frontier and Neighbourly Relations"))
}

@Test func aCapitalisedComplementEndsWithItsLastCapitalisedWord() throws {
    let g = try extract(dateline + """
    Ana Lupu and Lena Varga signed the Accord about the Definitive Cease of the Fire under the auspices of the Government \
    of Latvia.
    """)
    #expect(g.nodes.contains { $0.kind == .agreement && $0.label == "Accord about the Definitive Cease of the Fire" })
}

@Test func aCapitalAfterATitleIsWhereItWasSignedACountryIsPartOfIt() throws {
    let g = try extract(dateline + """
    Ana Lupu and Lena Varga signed the Accord on the Definitive Cease of the Fire in Riga. Aro Kask and Jon Berg signed \
    the Accord for the Peace and the Reconciliation in Mali.
    """)
    #expect(g.nodes.contains { $0.kind == .agreement && $0.label == "Accord on the Definitive Cease of the Fire" })
    #expect(g.nodes.contains { $0.kind == .agreement && $0.label == "Accord for the Peace and the Reconciliation in Mali" })
}

@Test func theAccordIsTheTextNotTheBodyItSetsUp() throws {
    let g = try extract(dateline + """
    Ana Lupu and Lena Varga signed the Riga Peace Agreement on Friday. Lupu will chair a Commission for the Management \
    of Strategic Resources. Aro Kask also put his signature to the accord.
    """)
    #expect(has(g, "Aro Kask", .agreedTo, "Riga Peace Agreement"))
    #expect(!g.edges.contains { $0.type == .agreedTo && $0.target.contains("commission") })
}

@Test func aFormalTitleIsTheAgreementJustTold() throws {
    let g = try extract(dateline + """
    Ana Lupu and Lena Varga signed the Riga Peace Agreement on Friday. Its formal title, the Peace Agreement between the \
    Government of Moldova and the Front of Latvia, hides a hard bargain. Aro Kask also put his signature to the accord.
    """)
    #expect(g.nodes.filter { $0.kind == .agreement }.count == 1)
    #expect(has(g, "Aro Kask", .agreedTo, "Riga Peace Agreement"))
}
