import ParleyGraph
import Testing
@testable import ParleyQuery

private func people() -> QuerySession {
    var t = TestGraph()
    t.node(.person, "recep-tayyip-erdogan", "Recep Tayyip Erdoğan", aliases: ["President Erdoğan"])
    t.node(.person, "indira-gandhi", "Indira Gandhi")
    t.node(.person, "rajiv-gandhi", "Rajiv Gandhi")
    t.node(.state, "turkiye", "Türkiye", aliases: ["Turkey"])
    t.node(.state, "india", "India")
    t.edge("person:recep-tayyip-erdogan", .represents, "state:turkiye")
    t.edge("person:indira-gandhi", .represents, "state:india")
    t.edge("person:rajiv-gandhi", .represents, "state:india")
    return t.session()
}

@Test func namesResolveByIdLabelAliasAndSurnameWithoutCaseOrDiacritics() throws {
    let session = people()
    let erdogan = session.index.index(of: "person:recep-tayyip-erdogan").map(Int32.init)
    for name in ["person:recep-tayyip-erdogan", "Recep Tayyip Erdoğan", "recep tayyip erdogan", "PRESIDENT ERDOGAN", "Erdogan", "erdoğan"] {
        #expect(try session.resolve(name) == erdogan, "\(name)")
    }
    #expect(try session.resolve("TURKIYE") == session.index.index(of: "state:turkiye").map(Int32.init))
    #expect(try session.resolve("turkey") == session.index.index(of: "state:turkiye").map(Int32.init))
}

@Test func aSharedSurnameIsAmbiguousAndListsCandidates() {
    #expect {
        try people().resolve("Gandhi")
    } throws: { error in
        guard case let .ambiguousActor(_, candidates) = error as? QueryError else { return false }
        let text = (error as! QueryError).description
        return candidates.map(\.id) == ["person:indira-gandhi", "person:rajiv-gandhi"]
            && text.contains("Indira Gandhi (person, India)") && text.contains("Rajiv Gandhi (person, India)")
    }
}

@Test func anUnknownNameSuggestsTheNearest() {
    #expect {
        try people().resolve("Erdgan")
    } throws: { error in
        (error as? QueryError)?.description == "unknown actor 'Erdgan' — did you mean Recep Tayyip Erdoğan (person, Türkiye)?"
    }
    #expect {
        try people().resolve("Zzyzx Qwerty")
    } throws: { error in
        (error as? QueryError)?.description == "unknown actor 'Zzyzx Qwerty'"
    }
}

@Test func editDistanceCountsEdits() {
    func d(_ a: String, _ b: String) -> Int { EditDistance.between(Array(a.utf8), Array(b.utf8), atMost: 10) }
    #expect(d("kitten", "sitting") == 3)
    #expect(d("", "abc") == 3)
    #expect(d("abc", "") == 3)
    #expect(d("same", "same") == 0)
    #expect(EditDistance.between(Array("aaaa".utf8), Array("bbbbbbbb".utf8), atMost: 2) > 2)
}
