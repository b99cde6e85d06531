import ParleyGraph

/// The extraction of one article: mentions, coreference, relations, then a graph.
struct DocumentRun {
    enum Actor: Hashable {
        case person(Int)
        case entity(LexiconEntry)
        case agreement(Int)

        /// A person found in the text, or one from the user's lexicon.
        var isPerson: Bool {
            switch self {
            case .person: return true
            case let .entity(e): return e.kind == .person
            case .agreement: return false
            }
        }

        var isState: Bool {
            if case let .entity(e) = self { return e.kind == .state }
            return false
        }

        // A state or body is one actor however it was named: "Turkey", "Turkish", "Ankara"
        // are three lexicon entries of one state.
        static func == (a: Actor, b: Actor) -> Bool {
            switch (a, b) {
            case let (.person(x), .person(y)), let (.agreement(x), .agreement(y)): return x == y
            // The hashes first: most entities compared are two, and their ids differ.
            case let (.entity(x), .entity(y)): return x.idHash == y.idHash && x.id == y.id
            default: return false
            }
        }

        func hash(into hasher: inout Hasher) {
            switch self {
            case let .person(p): hasher.combine(0); hasher.combine(p)
            case let .entity(e): hasher.combine(1); hasher.combine(e.idHash)
            case let .agreement(g): hasher.combine(2); hasher.combine(g)
            }
        }
    }

    struct RawEdge {
        var source: Actor
        var target: Actor
        var type: EdgeType
        var status: EdgeStatus
        var date: EventDate?
        var place: String?
        var sentence: Int
        /// Inferred, not told: two people who signed together met.
        var implied = false
    }

    struct Analyzed {
        var sentence: Sentence
        var tokens: [Token]
        var mentions: [Mention]
        var names: [(Range<Int>, anchored: Bool)]
        var agreementSpans: [(Range<Int>, label: String, head: String, named: Bool)]
        var dates: [DateResolver.Found]
        /// Event and modality cues, in order: (position, length, cue).
        var cues: [(Int, Int, Lexicon.Cue)]

        /// A mention's words as written: "Swaziland", "the Kremlin".
        func surface(of m: Mention) -> String {
            // Most mentions are one word: its text, without an array and a join.
            m.tokens.count == 1 ? tokens[m.tokens.lowerBound].text : tokens[m.tokens].map(\.text).joined(separator: " ")
        }

        /// The matching keys of a name's words, for the person registry: a word's token holds
        /// `Lexicon.key` of its text already.
        func keys(of name: Range<Int>) -> [String] { tokens[name].map { $0.isWord ? $0.key : Lexicon.key($0.text) } }
    }

    /// The lexicon and the article, which the run reads and never changes, in one box: a copy of
    /// the run (the optimiser makes one for many a helper call of `relate`) then retains one
    /// reference instead of the lexicon's dozen tables and the text's arrays.
    private final class Inputs {
        let lexicon: Lexicon
        let document: Document
        let text: CleanText

        init(lexicon: Lexicon, document: Document, text: CleanText) {
            self.lexicon = lexicon
            self.document = document
            self.text = text
        }
    }

    private let inputs: Inputs
    var lexicon: Lexicon { inputs.lexicon }
    var document: Document { inputs.document }
    var text: CleanText { inputs.text }

    var graph = Graph()
    var persons = PersonRegistry()
    var agreements = AgreementRegistry()
    var articleDate: EventDate?
    var sentenceCount = 0
    var wordCount = 0
    var edges: [RawEdge] = []
    var sentences: [Sentence] = []
    /// Surface forms of states and organisations, by node id.
    var entityAliases: [String: (LexiconEntry, Set<String>, Int)] = [:]
    /// The state each person acts for, as far as the article has said so far.
    var sides: [Actor: Actor] = [:]
    /// The organisation each person acts for, as far as the article has said so far.
    var bodies: [Actor: Actor] = [:]
    /// What tells each generic agreement apart (see `agreementLabel`).
    var agreementQualifiers: [Int: String] = [:]
    /// The last word of each office a person is named with ("president", "minister").
    var offices: [Int: Set<String>] = [:]
    /// The most recent pair of actors that met or were named together.
    var lastPair: [Actor] = []
    var recentPersons: [Int] = []
    /// Bodies found by their shape in this article, by name and acronym.
    var groups: [String: LexiconEntry] = [:]
    /// The first person named in the last sentence that named one: what "he" refers to.
    var lastSubject: Int?
    /// Pairs the article says did not meet.
    var deniedMeetings = Set<Set<Actor>>()
    /// Everyone in the meeting last told.
    var lastMeeting: [Actor] = []
    /// Who the last plural group ("the four leaders") stood for, and in which sentence: what
    /// "they" refers to in the next ones.
    var lastGroup: (members: [Actor], sentence: Int)?
    /// The last sentence whose subject holds people not named ("the leaders of the armed
    /// groups initialled …"), whom a next "Among them were …" lists.
    var unnamedSubjectSentence: Int?
    /// Groups of more than two already resolved, by size and office ("4 leader"): "the four
    /// leaders" stand for the same people however many were named in between.
    var namedGroups: [String: [Actor]] = [:]
    /// The last meeting or signing told between states and bodies, not people.
    var lastEntityMeeting: [Actor] = []
    /// The event last told as watched by people it does not name ("a row of foreign dignitaries
    /// witnessed the ceremony"), whom the next sentence names.
    var unnamedWitnesses: (sentence: Int, parties: [Actor], status: EdgeStatus, date: EventDate?, place: String?)?
    /// The one signer last told signing on their own, with the text and the sentence.
    var lastSigner: (signer: Actor, agreement: Int, sentence: Int)?
    /// The last signing by two or more people together: the text, the signers, the sentence.
    var lastSigning: (agreement: Int, signers: [Actor], sentence: Int)?
    var recentStates: [LexiconEntry] = []
    /// The date the story is at: the last past date stated, else the article's own date.
    /// News tells one event over several sentences and dates it once.
    var narrativeDate: EventDate?
    /// Sentences that state a date of their own.
    var datedSentences = Set<Int>()
    /// Edges of photo captions told before the story's first event: the photo shows that
    /// event, so they take its date once the story states it.
    var leadingCaptionEdges: [Int]? = []

    init(lexicon: Lexicon, document: Document, text: CleanText) {
        inputs = Inputs(lexicon: lexicon, document: document, text: text)
    }

    mutating func extract() {
        sentences = Segmenter.sentences(in: text)
        sentenceCount = sentences.count
        articleDate = findArticleDate()
        narrativeDate = articleDate
        var analyzed: [Analyzed] = []
        analyzed.reserveCapacity(sentences.count)
        // A local finder, not a stored one: every copy of the run would copy its lexicon too.
        // The lexicon taken out of its box once, not once a sentence.
        let lexicon = self.lexicon
        let finder = MentionFinder(lexicon: lexicon)
        for sentence in sentences {
            var tokens = Tokenizer.tokens(in: text.bytes, from: sentence.start, to: sentence.end)
            if !sentence.maskedRanges.isEmpty {
                tokens.removeAll { t in sentence.maskedRanges.contains { $0.contains(t.start) } }
            }
            wordCount += tokens.lazy.filter(\.isWord).count
            Self.dropDateline(&tokens, reference: articleDate)
            lexicon.tag(&tokens)
            Self.commaListSemicolons(&tokens, lexicon: lexicon)
            // A bare weekday points ahead when a plan is told near it ("will meet on Tuesday"),
            // not when a later clause looks ahead ("On Saturday Trump spoke …, warning that he
            // would not …").
            var dates = DateResolver.dates(in: tokens, reference: articleDate)
            let cues = findCues(tokens)
            let plans = cues.filter { $0.2 == .plan }.map(\.0)
            if !plans.isEmpty {
                let ahead = DateResolver.dates(in: tokens, reference: articleDate, future: true)
                if ahead.count == dates.count {
                    // A date in the plan's own clause, after it or just before it, looks ahead:
                    // "will meet again … by the end of January"; "signed on Thursday an
                    // agreement that will make Odinga prime minister" was signed the Thursday before.
                    // Each plan's clause is measured once, and only when there is a date.
                    let planClauses = ahead.isEmpty ? [] : plans.map { (position: $0, clause: clause(around: $0, length: 1, tokens: tokens)) }
                    for (k, found) in ahead.enumerated() where planClauses.contains(where: {
                        $0.position <= found.tokens.upperBound + 6 && $0.clause.contains(found.tokens.lowerBound)
                    }) {
                        dates[k] = found
                    }
                } else {
                    dates = ahead
                }
            }
            let found = finder.find(tokens, dates: dates, articleDate: articleDate, groups: &groups)
            analyzed.append(Analyzed(sentence: sentence, tokens: tokens, mentions: found.mentions, names: found.names,
                                     agreementSpans: found.agreementSpans, dates: dates, cues: cues))
        }
        // Full names first, so that surnames anywhere in the article resolve to them.
        // By index, as below: iterating the analyses by value copied each of them.
        for anchoredFirst in [true, false] {
            for index in analyzed.indices {
                for (range, anchored) in analyzed[index].names where anchored == anchoredFirst && range.count >= 2 {
                    _ = persons.register(analyzed[index].tokens[range].map(\.text), keys: analyzed[index].keys(of: range))
                }
            }
        }
        for index in analyzed.indices {
            for span in analyzed[index].agreementSpans where span.named {
                agreements.named.append((span.label, span.head, index * AgreementRegistry.sentenceStride + span.0.lowerBound))
            }
        }
        // By index: each sentence's analysis lent to relate, not copied out of the array.
        // A photo caption inside the story stands outside its flow: what it shows is no meeting,
        // signer, subject or date that the next sentence can recall ("Lebatt and Dirir brief
        // reporters" between a signing and "That round was brokered by Lebatt"). One before the
        // story's first event shows that event, and the lead may recall it.
        for index in analyzed.indices {
            guard analyzed[index].sentence.isCaption, leadingCaptionEdges == nil else { relate(analyzed[index], index: index); continue }
            let story = (lastMeeting, lastEntityMeeting, lastPair, lastSigner, lastSigning, lastGroup, lastSubject, narrativeDate)
            relate(analyzed[index], index: index)
            (lastMeeting, lastEntityMeeting, lastPair, lastSigner, lastSigning, lastGroup, lastSubject, narrativeDate) = story
        }
        edges.removeAll { $0.implied && $0.type == .metWith && deniedMeetings.contains([$0.source, $0.target]) }
        repeatMediation()
        buildGraph()
    }

    /// Removes a dateline ("CHISINAU, March 3, 2024 — ", "Published 8 March 2025 -") from the
    /// start of a sentence: its place and date are the article's, not the event's.
    static func dropDateline(_ tokens: inout [Token], reference: EventDate?) {
        guard let dash = tokens.prefix(12).firstIndex(where: { !$0.isWord && ($0.key == "-" || $0.key == "--") }), dash > 0 else { return }
        let head = Array(tokens[..<dash])
        let hasDate = !DateResolver.dates(in: head, reference: reference).isEmpty
        let hasCapsPlace = head.contains { $0.isWord && $0.text.count >= 3 && $0.text == $0.text.uppercased() && $0.text.unicodeScalars.first!.properties.isAlphabetic }
        guard hasDate || hasCapsPlace else { return }
        tokens.removeFirst(dash + 1)
    }

    /// The article's own date: the first full date in its opening lines (dateline, byline).
    func findArticleDate() -> EventDate? {
        // A day of the month is written in digits, so only lines with a digit can state the date.
        let bytes = text.bytes
        let limit = min(bytes.count, 1500)
        var tokens: [Token] = []
        // Most articles open with their dateline: when the first full date is one, the lines
        // after it need not be read. The first date is known once the tokens go on past it as
        // far as the date search looks ahead (four tokens).
        var firstUnknown = true
        var lineStart = 0
        while lineStart < limit {
            let lineEnd = bytes[lineStart..<limit].firstIndex(of: 0x0A) ?? limit
            if bytes[lineStart..<lineEnd].contains(where: { $0 >= 0x30 && $0 <= 0x39 }) {
                tokens += Tokenizer.tokens(in: bytes, from: lineStart, to: lineEnd)
                if firstUnknown, let first = Self.fullDates(in: tokens).first, first.tokens.upperBound + 4 <= tokens.count {
                    if Self.isDateline(first, in: tokens) { return first.date }
                    firstUnknown = false
                }
            }
            lineStart = lineEnd + 1
        }
        let found = Self.fullDates(in: tokens)
        // A dateline's date ("OHRID, March 18, 2023 -") beats a byline's publication time.
        let dateline = found.first { Self.isDateline($0, in: tokens) }
        return (dateline ?? found.first)?.date
    }

    /// The dates stated in full, with a year and a day.
    private static func fullDates(in tokens: [Token]) -> [DateResolver.Found] {
        DateResolver.dates(in: tokens, reference: nil).filter { $0.explicit && $0.date.day != nil }
    }

    /// A date a dash follows: "OHRID, March 18, 2023 -".
    private static func isDateline(_ found: DateResolver.Found, in tokens: [Token]) -> Bool {
        tokens[found.tokens.upperBound..<min(tokens.count, found.tokens.upperBound + 2)].contains { $0.key == "-" }
    }

    // MARK: - Relations of one sentence

    mutating func relate(_ a: Analyzed, index: Int) {
        let tokens = a.tokens
        // Resolve people.
        var people: [(Int, Range<Int>)] = []
        for (range, anchored) in a.names {
            let words = tokens[range].map(\.text)
            // "Prachanda (Pushpa Kamal Dahal)": a full name in brackets right after a name is
            // another name of the same person.
            if let (previous, before) = people.last, range.lowerBound >= 2, before.upperBound == range.lowerBound - 1,
               tokens[range.lowerBound - 1].key == "(", range.upperBound < tokens.count, tokens[range.upperBound].key == ")", words.count >= 2 {
                persons.people[previous].alternates.append(words.map(Lexicon.key))
                persons.people[previous].aliases.insert(words.joined(separator: " "))
                continue
            }
            var person: Int?
            let style = range.lowerBound > 0 && tokens[range.lowerBound - 1].flags.contains(.styleTitle) ? tokens[range.lowerBound - 1].key : nil
            let keys = a.keys(of: range)
            var fits = persons.candidates(words, keys: keys)
            if let style, words.count == 1 { fits.removeAll { persons.people[$0].styledOtherwise(style) } }
            if fits.count == 1 {
                person = fits[0]
            } else if fits.count > 1, anchored, words.count == 1 {
                // "Mr Kim" after Kim Jong Un and Kim Yong Chol: the one the story is most about.
                person = fits.max { persons.people[$0].mentions < persons.people[$1].mentions || (persons.people[$0].mentions == persons.people[$1].mentions && $0 > $1) }
            } else if words.count >= 2 || (anchored && fits.isEmpty) {
                person = persons.register(words, keys: keys)
            }
            guard let p = person else { continue }
            persons.people[p].mentions += 1
            // Surface forms: the name, and title + name as written.
            persons.people[p].aliases.insert(words.joined(separator: " "))
            // A royal or religious title is part of the name people know: "King Fahd", "Pope Francis".
            if let style {
                // "Crown Prince Hassan": the style's own first word too.
                let styleStart = range.lowerBound >= 2 && tokens[range.lowerBound - 2].key == "crown" ? range.lowerBound - 2 : range.lowerBound - 1
                persons.people[p].aliases.insert((tokens[styleStart..<range.lowerBound].map(\.text) + words).joined(separator: " "))
                persons.people[p].styles.insert(style)
            }
            people.append((p, range))
        }
        // Agreements.
        var agreementMentions: [(Int, Range<Int>)] = []
        for span in a.agreementSpans {
            // The article, past words the span left out: "a direct communication mechanism".
            var d = span.0.lowerBound - 1
            while d > 0, span.0.lowerBound - d < 4, tokens[d].isWord, !tokens[d].isCapitalized, tokens[d].cue == nil,
                  !["a", "an", "the", "this", "that", "its", "their"].contains(tokens[d].key) { d -= 1 }
            let determiner = d >= 0 ? tokens[d].key : ""
            // "put his name to the text": a bare "the text" or "the document" is the agreement last told.
            if !span.named, determiner == "the", ["text", "document"].contains(Lexicon.key(span.label)), let last = agreements.lastIndex {
                agreements.items[last].mentions += 1
                agreementMentions.append((last, span.0))
                continue
            }
            // "Its formal title, the Peace Agreement between …", "Formally titled the Agreement
            // between …": the full title of the agreement last told.
            if span.named, let last = agreements.lastIndex, d >= 0,
               tokens[max(0, d - 3)...d].contains(where: { ["title", "titled", "entitled"].contains($0.key) }),
               tokens[max(0, d - 3)...d].contains(where: { ["formal", "formally", "official", "officially", "full"].contains($0.key) }) {
                agreements.items[last].mentions += 1
                agreements.titles[Lexicon.key(span.label)] = last
                agreementMentions.append((last, span.0))
                continue
            }
            let i = agreements.register(label: span.label, head: span.head, isNamed: span.named, position: index * AgreementRegistry.sentenceStride + span.0.lowerBound,
                                        indefinite: determiner == "a" || determiner == "an")
            agreements.items[i].mentions += 1
            agreements.items[i].aliases.insert(span.label)
            agreementMentions.append((i, span.0))
        }
        let insideAgreement: (Int) -> Bool = { pos in a.agreementSpans.contains { $0.0.contains(pos) } }

        // Represents, and which states only qualify a title.
        var qualifying = Set<Int>()  // token positions of state/org mentions that qualify titles
        for (p, range) in people {
            let office = office(before: range, in: a)
            if let office { offices[p, default: []].insert(office) }
            var affiliated = [(LexiconEntry, former: Bool)]()
            for (entry, position, former) in affiliations(of: range, in: a) {
                // A former office still qualifies the title, but no longer says whom they represent.
                qualifying.insert(position)
                // "King Mswati III of Swaziland": the name the state goes by here is one of its aliases.
                if let m = a.mentions.first(where: { $0.tokens.lowerBound == position }), case let .actor(named) = m.kind, named.role == .name {
                    noteEntity(named, surface: a.surface(of: m))
                }
                affiliated.append((entry, former))
            }
            // "President Joe Biden": a title given without its state is tied to one by who held it.
            if affiliated.isEmpty, let office, !(max(0, range.lowerBound - 4)..<range.lowerBound).contains(where: { ["former", "ex", "late"].contains(tokens[$0].key) }),
               let entry = lexicon.officeHolders.affiliation(of: persons.people[p].keys.joined(separator: " "), title: office, year: articleDate?.year) {
                noteEntity(entry, surface: nil)
                affiliated.append((entry, false))
            }
            // "signed by Kabineh Ja'neh for the LURD", "Mbeki, who brokered the deal on behalf of
            // SADC", "Mugabe's ZANU-PF": whom a person acts for, or the body they lead.
            if let (entry, position) = actingFor(range, in: a) {
                qualifying.insert(position)
                if !affiliated.contains(where: { $0.0.id == entry.id }) { affiliated.append((entry, false)) }
            }
            for (entry, former) in affiliated where !former {
                if entry.kind == .state, sides[.person(p)] == nil { sides[.person(p)] = .entity(entry) }
                if entry.kind == .organization, bodies[.person(p)] == nil { bodies[.person(p)] = .entity(entry) }
                edges.append(RawEdge(source: .person(p), target: .entity(entry), type: .represents, status: .occurred,
                                     date: nil, place: nil, sentence: index))
            }
        }

        // Actors of the sentence, in order.
        // "national security adviser to Prime Minister Abiy Ahmed": a person named only to
        // qualify someone else's title is not an actor of the sentence.
        func qualifiesAnother(_ name: Range<Int>) -> Bool {
            var k = name.lowerBound - 1
            while k >= 0, let m = a.mentions.first(where: { $0.tokens.contains(k) }), m.kind == .title { k = m.tokens.lowerBound - 1 }
            guard k < name.lowerBound - 1, k >= 1, tokens[k].key == "to" else { return false }
            return a.mentions.contains { $0.kind == .title && $0.tokens.upperBound == k }
        }
        // "Trump's 20-point plan": a person who only names an agreement is not an actor.
        func namesAgreement(_ name: Range<Int>) -> Bool {
            name.upperBound < tokens.count && tokens[name.upperBound].key == "'s"
                && a.agreementSpans.contains { $0.0.lowerBound > name.upperBound && $0.0.lowerBound <= name.upperBound + 3 }
        }
        // "Hun Sen, the father of Hun Manet": a relative named to describe someone is no actor.
        // Nor one whose relative or aide is meant: "Coronel-Ferrer's predecessor, Marvic Leonen".
        func namedAsKin(_ name: Range<Int>) -> Bool {
            (name.lowerBound >= 2 && tokens[name.lowerBound - 1].key == "of" && tokens[name.lowerBound - 2].flags.contains(.relationNoun))
                || (name.upperBound + 1 < tokens.count && tokens[name.upperBound].key == "'s"
                    && tokens[(name.upperBound + 1)...].prefix(2).contains { $0.flags.contains(.relationNoun) })
        }
        // "to carry Abiy's initiative forward": a person named only as the author of an idea
        // is no actor ("Abiy's envoy", "Abiy's talks with Kiir", "flew to Dhlakama's hideout"
        // still name him as one).
        func onlyAuthors(_ name: Range<Int>) -> Bool {
            name.upperBound + 1 < tokens.count && tokens[name.upperBound].key == "'s" && Self.ideaNouns.contains(tokens[name.upperBound + 1].key)
        }
        let priorGroup = lastGroup
        var actors: [(Actor, Int)] = people.filter { !qualifiesAnother($0.1) && !namesAgreement($0.1) && !namedAsKin($0.1) && !onlyAuthors($0.1) }.map { (.person($0.0), $0.1.lowerBound) }
        for m in a.mentions {
            switch m.kind {
            // "a United Nations base", "an EU official": a name after "a" qualifies the noun it
            // stands before.
            case .actor where m.tokens.lowerBound > 0 && ["a", "an"].contains(tokens[m.tokens.lowerBound - 1].key)
                && m.tokens.upperBound < tokens.count && tokens[m.tokens.upperBound].isWord && !tokens[m.tokens.upperBound].isCapitalized:
                break
            case let .actor(entry) where !m.isPlace && !qualifying.contains(m.tokens.lowerBound) && !insideAgreement(m.tokens.lowerBound):
                actors.append((.entity(entry), m.tokens.lowerBound))
                noteEntity(entry, surface: a.surface(of: m))
                // A person from the user's lexicon represents the affiliation given there.
                if entry.kind == .person, let name = entry.affiliation, let target = lexicon.entity(named: name) {
                    noteEntity(target, surface: nil)
                    edges.append(RawEdge(source: .entity(entry), target: .entity(target), type: .represents, status: .occurred,
                                         date: nil, place: nil, sentence: index))
                }
            case let .demonym(entry) where !qualifying.contains(m.tokens.lowerBound):
                // "the Kenyan delegation", "Russian and Ukrainian negotiators".
                var head = m.tokens.upperBound
                if head + 1 < tokens.count, tokens[head].key == "and",
                   let next = a.mentions.first(where: { $0.tokens.lowerBound == head + 1 }), case .demonym = next.kind { head = next.tokens.upperBound }
                // "The Iranian foreign minister met his Saudi counterpart": an office named
                // without its holder stands for the state.
                let unnamedOffice = a.mentions.first { $0.kind == .title && $0.tokens.lowerBound == head }.map { title in
                    !a.names.contains { $0.0.lowerBound == title.tokens.upperBound }
                } ?? false
                if head < tokens.count, MentionFinder.demonymHeads.contains(tokens[head].key) || unnamedOffice {
                    actors.append((.entity(entry), m.tokens.lowerBound))
                    noteEntity(entry, surface: nil)
                }
            // "Officials from both sides said": the group only qualifies the speakers.
            case .group where m.tokens.lowerBound > 0 && ["from", "of"].contains(tokens[m.tokens.lowerBound - 1].key):
                break
            case let .group(kind, size):
                // "the meeting between Modi and Xi, where the two leaders …": those just named.
                let before = actors.filter { actor, position in
                    guard position < m.tokens.lowerBound else { return false }
                    if case let .entity(e) = actor { return kind == .state && e.kind == .state }
                    return kind != .state && actor.isPerson
                }
                var named = unique(before.map(\.0))
                // "…, where Trump hosted the two leaders": the subject of the verb before the
                // group is not one of them.
                if named.count > size, let (subject, position) = before.last,
                   tokens[(position + 1)..<m.tokens.lowerBound].contains(where: { [.meet, .host, .mediate].contains($0.cue) }) {
                    named.removeAll { $0 == subject }
                }
                // "the three presidents", "the two foreign ministers": the office after the number.
                let words = tokens[m.tokens].map(\.key).drop { ["the", "both", "all"].contains($0) || MentionFinder.numberWords.contains($0) || $0.allSatisfy(\.isNumber) }
                // "he held talks with Isaias, and the two men signed": the one named and the one
                // "he" stands for.
                let pronounBefore = tokens[..<m.tokens.lowerBound].contains { $0.flags.contains(.heOrShe) }
                if kind != .state, named.count == size - 1, pronounBefore, let last = lastSubject, !named.contains(.person(last)) {
                    named.insert(.person(last), at: 0)
                }
                let office = Self.singular(words.joined(separator: " "))
                // "Israel and Lebanon completed a deal … where the two delegations sat apart": sides,
                // delegations and teams stand for the states and bodies just named.
                if kind != .state, named.count < size, ["side", "party", "delegation", "team"].contains(office) {
                    let bodies = unique(actors.filter { actor, position in
                        guard position < m.tokens.lowerBound, case .entity = actor else { return false }
                        return true
                    }.map(\.0))
                    if bodies.count >= size { named = bodies }
                }
                let members = named.count >= size ? Array(named.suffix(size))
                    : size > 2 && kind != .state && lastMeeting.count != size ? namedGroups["\(size) \(office)"] ?? sameSizeGroup(size) ?? groupMembers(kind, count: size, office: office)
                    : groupMembers(kind, count: size, office: office)
                if size > 2, kind != .state, members.count == size { namedGroups["\(size) \(office)"] = members }
                for member in members { actors.append((member, m.tokens.lowerBound)) }
                if members.count >= 2 { lastGroup = (members, index) }
            default:
                break
            }
        }
        // "He later met Xi Jinping": a subject pronoun before an event verb stands for the person
        // the story was last about, when that person is not named in the sentence.
        // Also "… in January 2023, he and President Xi Jinping agreed …"; but in "During the
        // visit of President Marcos, he and Xi agreed" he is the one just named.
        func isSubject(_ p: Int) -> Bool {
            p == 0 || [",", "and", "when", "after", "as", "where", "while", "then", "instead"].contains(tokens[p - 1].key)
                || a.dates.contains { $0.tokens.upperBound == p && $0.tokens.lowerBound <= 2 }  // "In July he flew"
                || (p + 1 < tokens.count && tokens[p + 1].key == "and")
        }
        func beforeEvent(_ p: Int) -> Bool {
            tokens[p...].prefix(6).contains { [.meet, .host, .sign, .mediate].contains($0.cue) }
        }
        if let pronoun = tokens.indices.first(where: { tokens[$0].flags.contains(.heOrShe) }), isSubject(pronoun),
           let last = lastSubject, !people.contains(where: { $0.0 == last || $0.1.lowerBound < pronoun }), beforeEvent(pronoun) {
            actors.append((.person(last), pronoun))
        } else if let pronoun = tokens.indices.first(where: { tokens[$0].flags.contains(.heOrShe) }), pronoun >= 3,
                  a.cues.contains(where: { $0.0 > pronoun && $0.0 <= pronoun + 6 && [.meet, .host, .sign, .mediate].contains($0.2) }),
                  let and = (max(1, pronoun - 4)..<pronoun).last(where: { tokens[$0].key == "and" && tokens[$0 - 1].key == "," }),
                  !tokens[and..<pronoun].contains(where: { $0.isCapitalized && $0.isWord && DateResolver.weekdays[$0.key] == nil && DateResolver.months[$0.key] == nil }),
                  let subject = actors.first(where: { $0.1 < and && $0.0.isPerson }) {
            // "Kikwete flew in on Wednesday night, and on Thursday morning he and Annan sat down
            // with …": the subject of the clause before, coordinated to it.
            actors.append((subject.0, pronoun))
        }
        // "The four leaders did not sign the package. Instead they adopted a declaration": a
        // plural subject pronoun stands for the group named just before, when nobody is named
        // ahead of it.
        if let pronoun = tokens.indices.first(where: { tokens[$0].flags.contains(.they) }), isSubject(pronoun),
           let group = priorGroup, index - group.sentence <= 2, !actors.contains(where: { $0.1 < pronoun }), beforeEvent(pronoun) {
            for member in group.members { actors.append((member, pronoun)) }
        }

        // "Kim Yong Chol, the official who has served as Pyongyang's lead negotiator with
        // Washington, and Ri": a state or body named inside a relative clause that tells no
        // event of its own only describes the person, and takes no part in the sentence's event.
        for who in tokens.indices where ["who", "whom"].contains(tokens[who].key) && who >= 1 {
            let end = (who + 1..<tokens.count).first { [",", ";", ".", ":", "(", ")"].contains(tokens[$0].key) } ?? tokens.count
            guard !tokens[who..<end].contains(where: { $0.cue != nil }) else { continue }
            actors.removeAll { actor, position in
                guard case .entity = actor else { return false }
                return position > who && position < end
            }
        }
        // "Pompeo and Bolton on the American side": which side people sat on, no actor.
        actors.removeAll { actor, position in
            guard case .entity = actor, position >= 2, tokens[position - 1].key == "the", ["on", "from"].contains(tokens[position - 2].key),
                  let m = a.mentions.first(where: { $0.tokens.lowerBound == position }) else { return false }
            return m.tokens.upperBound < tokens.count && tokens[m.tokens.upperBound].key == "side"
        }
        actors.sort { $0.1 < $1.1 }
        if let first = actors.first(where: { $0.0.isPerson }), case let .person(p) = first.0 { lastSubject = p }
        for (actor, _) in actors {
            if case let .entity(e) = actor, e.kind == .state { recentStates.removeAll { $0.id == e.id }; recentStates.insert(e, at: 0) }
        }
        for (p, _) in people { recentPersons.removeAll { $0 == p }; recentPersons.insert(p, at: 0) }

        var cues = a.cues
        // "Lupu spoke to reporters alongside Rusu": speaking to an audience is no meeting.
        cues.removeAll { cue in
            guard cue.2 == .meet, ["spoke", "speaking", "talked", "speaks", "talking", "told"].contains(tokens[cue.0].key) else { return false }
            var k = cue.0 + cue.1
            while k < tokens.count, ["to", "with", "the", "a", "local", "foreign", "state", "visiting"].contains(tokens[k].key) { k += 1 }
            return k < tokens.count && Self.audiences.contains(tokens[k].key)
        }
        // "Washington welcomed the agreement": welcoming a thing is no hosting.
        // The object comes right after the verb, past titles and articles.
        cues.removeAll { cue in
            guard cue.2 == .host, ["welcomed", "welcomes", "welcome"].contains(tokens[cue.0].key) else { return false }
            var k = cue.0 + cue.1
            while k < tokens.count, ["the", "a", "an", "his", "her", "their", "its"].contains(tokens[k].key)
                    || a.mentions.contains(where: { $0.kind == .title && $0.tokens.contains(k) }) { k += 1 }
            let actorThere = a.mentions.contains { m in
                guard m.tokens.lowerBound == k else { return false }
                switch m.kind {
                case .actor, .demonym, .group, .office: return true
                default: return false
                }
            }
            return !actorThere && !a.names.contains { $0.0.lowerBound == k }
        }
        // "Boumediene, the summit's host, …": a role in apposition, not a hosting, and the summit
        // it names is not told here.
        cues.removeAll { cue in
            (cue.2 == .host && cue.0 > 0 && tokens[cue.0].key == "host" && tokens[cue.0 - 1].key == "'s")
                || (cue.2 == .meet && cue.0 + cue.1 < tokens.count && tokens[cue.0 + cue.1].key == "'s")
        }
        // "the Commission of Peace, headed by its coordinator Porras": a body's own coordinator
        // coordinates its side, not between sides.
        cues.removeAll { cue in
            cue.2 == .mediate && ["coordinator", "coordinators"].contains(tokens[cue.0].key) && cue.0 > 0
                && ["its", "his", "her", "their"].contains(tokens[cue.0 - 1].key)
        }
        // "Annan shuttled between Kibaki's office and Odinga's camp carrying drafts": a
        // participle that goes on telling the same mediation has no subject of its own.
        let mediationsTold = cues.filter { $0.2 == .mediate }.map(\.0)
        cues.removeAll { cue in
            guard cue.2 == .mediate, cue.0 > 0, tokens[cue.0].key.hasSuffix("ing"), tokens[cue.0 - 1].isWord,
                  !["and", "the", "a", "an", "his", "her", "its", "their"].contains(tokens[cue.0 - 1].key) else { return false }
            return mediationsTold.contains { $0 < cue.0 && $0 >= cue.0 - 12 && !tokens[$0..<cue.0].contains(where: Self.breaksClause) }
        }
        // "Lukashenko welcomes Merkel as Hollande looks on": an onlooker of a welcome is no
        // witness between parties.
        if cues.contains(where: { $0.2 == .host }) {
            cues.removeAll { $0.2 == .mediate && ["looked", "looks", "watched"].contains(tokens[$0.0].key) }
        }
        // "Tamim had brought Kagame and Tshisekedi together": a mediation around its objects.
        for (k, token) in tokens.enumerated() where token.flags.contains(.bringing)
            && tokens[(k + 1)...].prefix(8).contains(where: { $0.key == "together" }) && !cues.contains(where: { $0.0 == k }) {
            cues.append((k, 1, .mediate))
        }
        cues.sort { $0.0 < $1.0 }
        // The event's date is the one stated in the clause of its verb: in "signed …, after
        // talks that opened on October 25" the 25th is when the talks opened, not the signing.
        let eventCue = cues.first { [.meet, .host, .mediate, .sign].contains($0.2) }
        let eventClause = eventCue.map { clause(around: $0.0, length: $0.1, tokens: tokens) } ?? 0..<tokens.count
        // The clause's own date, else one that opens the sentence ("In July he flew to Asmara,
        // where he held talks …") before any event is told.
        let firstCue = eventCue?.0 ?? tokens.count
        // A "when" clause happens at the time just told: "restarted on 21 November, when
        // Patino and Beltran sat down together".
        let whenOpened = eventClause.lowerBound > 0 && tokens[eventClause.lowerBound - 1].key == "when"
        // "A and B, who formed a coalition in May, met on Thursday": the date of a relative
        // clause before the verb is not the event's.
        let relative = eventCue.flatMap { cue -> Range<Int>? in
            guard let comma = (eventClause.lowerBound..<cue.0).last(where: { tokens[$0].key == "," }) else { return nil }
            return (max(0, eventClause.lowerBound - 1)..<comma).last { ["who", "which"].contains(tokens[$0].key) }.map { $0..<comma }
        } ?? 0..<0
        let stated = a.dates.first { !insideAgreement($0.tokens.lowerBound) && eventClause.contains($0.tokens.lowerBound) && !relative.contains($0.tokens.lowerBound) }?.date
            ?? a.dates.first { $0.tokens.lowerBound <= 2 && $0.tokens.upperBound < firstCue }?.date
            ?? a.dates.last { whenOpened && $0.tokens.upperBound < eventClause.lowerBound && $0.tokens.upperBound >= eventClause.lowerBound - 8 }?.date
        if stated != nil { datedSentences.insert(index) }
        let date = stated ?? narrativeDate
        let edgesBefore = edges.count
        // "Parmelin had held talks with Biden on Tuesday": a flashback in the past perfect.
        let flashback = eventCue.map { cue in tokens[max(0, cue.0 - 2)..<cue.0].contains { $0.key == "had" } } ?? false
        defer {
            // The story moves to a stated date only when an event is told with it.
            // Background ("in November 1985") does not move it: only dates near the article's.
            let told = edges[edgesBefore...].contains { $0.type != .represents }
            if let stated, !flashback, articleDate == nil || (stated <= articleDate! && articleDate!.dayNumber - stated.dayNumber <= 45), told {
                narrativeDate = stated
            }
            if a.sentence.isCaption, stated == nil {
                leadingCaptionEdges? += (edgesBefore..<edges.count).filter { edges[$0].type != .represents }
            } else if told, let pending = leadingCaptionEdges {
                if stated != nil, narrativeDate == stated { for e in pending { edges[e].date = stated } }
                leadingCaptionEdges = nil
            }
        }
        let place = findPlace(a)

        // "Touadéra and the leaders of the armed groups initialled the text … Among them were
        // Darassa, Adam and Al-Khatim": those listed take part in the event just told.
        if let firstCue = eventCue?.0, tokens[..<firstCue].contains(where: { $0.flags.contains(.unnamedPeople) }) {
            unnamedSubjectSentence = index
        }
        if tokens.count > 2, unnamedSubjectSentence == index - 1, (tokens[0].key == "among" && ["them", "those"].contains(tokens[1].key))
            || (tokens[0].key == "they" && ["included", "include"].contains(tokens[1].key)) {
            let listed = Set(level(of: actors, tokens: tokens))
            let newcomers = unique(actors.map(\.0).filter(listed.contains))
            let told = edges.filter { $0.sentence == index - 1 && $0.type != .represents }
            for e in told {
                for n in newcomers where n != e.source && n != e.target {
                    switch e.type {
                    case .agreedTo:
                        edges.append(RawEdge(source: n, target: e.target, type: .agreedTo, status: e.status, date: e.date, place: e.place, sentence: index))
                    case .mediated:
                        edges.append(RawEdge(source: e.source, target: n, type: .mediated, status: e.status, date: e.date, place: e.place, sentence: index))
                    case .metWith:
                        for other in [e.source, e.target] {
                            edges.append(RawEdge(source: n, target: other, type: .metWith, status: e.status, date: e.date, place: e.place, sentence: index))
                        }
                    default:
                        break
                    }
                }
            }
            // Those listed together at a meeting met each other.
            if let meeting = told.first(where: { $0.type == .metWith || $0.type == .mediated }) {
                for (i, x) in newcomers.enumerated() {
                    for y in newcomers[(i + 1)...] {
                        edges.append(RawEdge(source: x, target: y, type: .metWith, status: meeting.status, date: meeting.date, place: meeting.place, sentence: index))
                    }
                }
            }
        }

        // Whether a host cue's object is an event already told: "hosted the first round",
        // "hosts the talks".
        func hostsRecalledEvent(cue: Int, length: Int) -> Bool {
            let object = cue + length
            return object < tokens.count && Self.definiteWords.contains(tokens[object].key)
                && tokens[object..<min(tokens.count, object + 4)].contains { $0.flags.contains(.recalledEvent) }
        }
        // Mediators.
        var mediators: [(Actor, Int)] = []
        var mediateCue: (Int, Lexicon.Cue)?
        let atLevel = level(of: actors, tokens: tokens)
        for (position, length, cue) in cues where cue == .mediate || cue == .host {
            var found = mediatorsAround(cue: position, length: length, kind: cue, actors: actors, tokens: tokens)
            // A host whose guests are all known to act for one state ("Ouattara received
            // President Akufo-Addo and Foreign Minister Botchwey of Ghana") received a delegation.
            if cue == .host {
                let guests = unique(actors.filter { guest in atLevel.contains(guest.0) && !found.contains { $0.0 == guest.0 } }.map(\.0))
                if guests.count >= 2, guests.allSatisfy({ sides[$0] != nil }), Set(guests.map(side(of:))).count == 1 { found = [] }
            }
            // "under Qatari mediation": a demonym right before the cue names the mediator, unless
            // the cue qualifies a team ("the American facilitation team was led by …").
            if found.isEmpty, cue == .mediate, let m = a.mentions.first(where: { $0.tokens.upperBound == position }), case let .demonym(entry) = m.kind,
               position + length >= tokens.count || !MentionFinder.demonymHeads.contains(tokens[position + length].key) {
                noteEntity(entry, surface: nil)
                found = [(.entity(entry), m.tokens.lowerBound)]
            }
            // "Albusaidi hosted the first round on April 12": the host of an event already told,
            // named before the cue in its clause.
            if found.isEmpty, cue == .host, hostsRecalledEvent(cue: position, length: length) {
                let span = clause(around: position, length: length, tokens: tokens)
                found = actors.filter { span.contains($0.1) && $0.1 < position && atLevel.contains($0.0) }
            }
            if !found.isEmpty {
                mediators.append(contentsOf: found)
                mediateCue = mediateCue ?? (position, cue)
            }
        }
        // "the China-brokered deal", "Qatari-mediated talks": the mediator inside one word.
        for position in tokens.indices where tokens[position].isWord && mediateCue == nil {
            guard let entry = hyphenatedMediator(at: position, in: tokens) else { continue }
            noteEntity(entry, surface: nil)
            mediators.append((.entity(entry), position))
            mediateCue = (position, .mediate)
        }
        // "Russia and Iran sat in as observers alongside the OSCE": whoever stands alongside a
        // mediator, with no other event told between them, is one too.
        for (actor, position) in actors where position >= 2 && !mediators.contains(where: { $0.0 == actor }) {
            let k = position - (tokens[position - 1].key == "the" ? 2 : 1)
            guard k >= 1, tokens[k].key == "alongside" || (tokens[k].key == "with" && ["together", "along"].contains(tokens[k - 1].key)),
                  let nearest = mediators.map(\.1).filter({ $0 < k }).max(), k - nearest <= 12,
                  !tokens[nearest..<k].contains(where: { $0.cue == .sign || $0.cue == .meet }) else { continue }
            mediators.append((actor, position))
        }
        let mediatorSet = Set(mediators.map(\.0))
        // "Cuba and Norway act as guarantors of the talks, while Chile and Venezuela accompany
        // them": those of a contrasting clause after the mediation are not its parties.
        let contrast = mediateCue.flatMap { cue in
            (cue.0..<tokens.count).first { tokens[$0].key == "," && $0 + 1 < tokens.count && ["while", "whereas"].contains(tokens[$0 + 1].key) }
        } ?? tokens.count
        var parties = unique(actors.filter { !mediatorSet.contains($0.0) && atLevel.contains($0.0) && $0.1 < contrast }.map(\.0))

        // "Nimetz, who has mediated between Athens and Skopje since 1999": the actors named
        // after "between" are the parties, at whatever level they are named.
        // Named only to say whom the mediator stands between, they did not meet in this sentence.
        var partiesOnlyBetween = false
        if let (position, _) = mediateCue, parties.count < 2 {
            let named = betweenPhrase(after: position, tokens: tokens).map { range in
                unique(actors.filter { range.contains($0.1) && !mediatorSet.contains($0.0) }.map(\.0))
            } ?? []
            if named.count >= 2 {
                parties = named
                partiesOnlyBetween = true
            }
        }

        // With no parties at the mediator's level, the subjects of the event it watched over
        // are, at the level they are named: "Guterres looked on as Russia and Ukraine signed".
        if !mediators.isEmpty, parties.count < 2 {
            let others = actors.filter { !mediatorSet.contains($0.0) }
            let partyLevel = level(of: others, tokens: tokens)
            let subjects = others.filter { actor, position in
                partyLevel.contains(actor) && (position == 0 || tokens[position - 1].key != "between")
                    && cues.contains { c in
                        (c.0 > position && (c.2 == .sign || c.2 == .meet))
                            // "a joint declaration signed by Moldova and Estonia"
                            || (c.2 == .sign && c.0 + c.1 < tokens.count && tokens[c.0 + c.1].key == "by" && position > c.0 + c.1)
                    }
            }
            var named = unique(subjects.map(\.0))
            // "Erdogan hosted Russian and Ukrainian negotiators": the guests of a host, at the
            // level they are named.
            if named.count < 2, let (cue, kind) = mediateCue, kind == .host {
                named = unique(others.filter { $0.1 > cue && partyLevel.contains($0.0) }.map(\.0))
            }
            // "The talks between Armenia and Azerbaijan were chaired by Michel", "the meeting of
            // Thai and Cambodian leaders took place with Anwar as host": the members of the
            // meeting it watched over.
            // Also the parties of an agreement, when no meeting was told before to recall: "The
            // agreement between Serbia and Kosovo was facilitated by Lajcak".
            if named.count < 2 {
                let spans = cues.filter { $0.2 == .meet }.map { ($0.0, $0.1) }
                    + (lastMeeting.count < 2 ? a.agreementSpans.map { ($0.0.lowerBound, $0.0.count) } : [])
                for cue in spans {
                    guard let range = membersPhrase(after: cue.0, length: cue.1, tokens: tokens) else { continue }
                    let members = unique(others.filter { range.contains($0.1) && partyLevel.contains($0.0) }.map(\.0))
                    if members.count >= 2 { named = members; break }
                }
            }
            if named.count >= 2 { parties = named }
        }
        // Mediated: a third actor between two or more parties. "Holbrooke chaired the talks"
        // names no parties: they are the participants of the meeting last told.
        var partiesFromEarlier = false
        // Not when the mediation is told in a relative clause ("Russia, which brokered the 2020
        // ceasefire, …"): that describes the mediator, not the meeting last told.
        let inRelativeClause = mediateCue.map { cue in
            tokens[max(0, cue.0 - 8)..<cue.0].contains { $0.key == "which" || $0.key == "who" || $0.key == "whom" }
        } ?? false
        // "The mediators said the door remained open" names a role, not a mediation.
        let mediateCues = cues.filter { $0.2 == .mediate }
        let roleNounsOnly = !mediateCues.isEmpty && mediateCues.allSatisfy { Self.isRoleNoun(cue: $0.0, length: $0.1, tokens: tokens) }
        let onlyRoleNouns = roleNounsOnly && tokens.contains { ["said", "says", "say", "told", "stated", "added", "noted"].contains($0.key) }
        // Only a mediation of something already told ("chaired the talks", "the signing was
        // witnessed by"), not a new one ("chaired a separate meeting on aid", "brokered prisoner
        // swaps in the past", "sent observers to the elections").
        func refersBack() -> Bool {
            tokens.indices.contains { k in
                tokens[k].flags.contains(.recalledEvent)
                    && tokens[max(0, k - 3)..<k].contains { Self.definiteWords.contains($0.key) }
                    && !tokens[max(0, k - 3)..<k].contains { Self.newEventWords.contains($0.key) }
            }
        }
        /// "A and B signed as witnesses": a cue naming witnesses, who watched the event last told.
        func namesWitnesses(_ cue: (Int, Int, Lexicon.Cue)) -> Bool { ["witness", "witnesses"].contains(tokens[cue.0].key) }
        if mediateCue != nil, parties.isEmpty, !inRelativeClause, !onlyRoleNouns, lastMeeting.count >= 2,
           !mediateCues.isEmpty || cues.contains(where: { $0.2 == .host && hostsRecalledEvent(cue: $0.0, length: $0.1) }),
           // "A and B signed as witnesses": a witness watched the event last told.
           refersBack() || mediateCues.contains(where: namesWitnesses) {
            // A state or body mediates between states and bodies: "the talks were mediated by
            // South Sudan" recalls the government and the rebel front, not their signatories.
            // Nor, with none told, the people last told but the states and bodies they act for:
            // "moderated by the UN" after Rahmonov (Tajikistan) and Nuri (the UTO) signed.
            // Nor is a mediator of the article among the parties it recalls.
            let known = knownMediators()
            let people = lastMeeting.filter { !known.contains($0) }
            let actedFor = unique(people.compactMap { sides[$0] ?? bodies[$0] })
            let recalled = mediatorSet.contains(where: \.isPerson) ? lastMeeting
                : lastEntityMeeting.count >= 2 ? lastEntityMeeting
                : actedFor.count == people.count && actedFor.count >= 2 ? actedFor : lastMeeting
            parties = recalled.filter { !mediatorSet.contains($0) && !known.contains($0) }
            partiesFromEarlier = true
        }
        // "A row of foreign dignitaries witnessed the ceremony. Abiy Ahmed sat beside Salva Kiir
        // and Uhuru Kenyatta": the people the next sentence names are the witnesses.
        if let witnessed = unnamedWitnesses, witnessed.sentence == index - 1 {
            let named = unique(actors.filter { $0.0.isPerson && atLevel.contains($0.0) }.map(\.0)).filter { !witnessed.parties.contains($0) }
            for witness in named {
                for party in witnessed.parties {
                    edges.append(RawEdge(source: witness, target: party, type: .mediated, status: witnessed.status, date: witnessed.date, place: witnessed.place, sentence: index))
                }
            }
        }
        unnamedWitnesses = nil
        if mediators.isEmpty, let cue = mediateCues.first, lastMeeting.count >= 2, !actors.contains(where: { $0.1 < cue.0 }),
           tokens[..<cue.0].contains(where: { $0.flags.contains(.unnamedPeople) }),
           refersBack() || namesWitnesses(cue), let status = modality(at: cue.0, tokens: tokens, cues: cues) {
            let known = knownMediators()
            unnamedWitnesses = (index, lastMeeting.filter { !known.contains($0) }, status, date, place)
        }
        // "Kuwait offered to mediate between Saudi Arabia and Qatar": parties named only after
        // "between", with no meeting told, did not meet.
        // Nor did those a role noun only names ("A and B, the co-sponsors of the talks, urged C
        // and D to return").
        let noMeetingTold = !cues.contains { $0.2 == .meet }
        let partiesOnlyAfterBetween = noMeetingTold && (mediateCue.flatMap { betweenPhrase(after: $0.0, tokens: tokens) }.map { range in
            actors.filter { parties.contains($0.0) }.allSatisfy { range.contains($0.1) }
        } ?? roleNounsOnly)
        // "Egypt and Qatar, which are mediating between Israel and Hamas, said …" describes the
        // mediators: the parties named inside the relative clause did not meet in it.
        let partiesInRelativeClause = inRelativeClause && mediateCue.map { cue in
            let clauseEnd = (cue.0..<tokens.count).first { [",", ";", "."].contains(tokens[$0].key) } ?? tokens.count
            return actors.filter { parties.contains($0.0) }.allSatisfy { $0.1 > cue.0 && $0.1 < clauseEnd }
        } ?? false
        if let (position, _) = mediateCue, parties.count >= 2 || (parties.count == 1 && cues.contains { $0.2 == .mediate }) {
            let status = modality(at: position, tokens: tokens, cues: cues)
            if let status {
                // A mediator present in person ("Clinton, who hosted the ceremony, stood between
                // the two men") also met them; not one named only for whom it stands between.
                let inPerson = !partiesFromEarlier && !partiesOnlyBetween
                // A mediator on one party's side ("with Aliyev and Pashinyan as witnesses" of their
                // ministers' signing) is no mediator between them.
                // Nor is one of a party's own body ("MILF chairman Murad witnessed the signing by
                // the MILF's chief negotiator").
                // Nor one who signed the parties' text with them, in a scene that names them
                // ("Mugabe shakes hands with Tsvangirai as Mutambara looks on", after all three
                // signed); "the signing was witnessed by Guterres", who signed too, still says he
                // watched it.
                let cosigners = partiesFromEarlier ? [] : lastSigning.map { Set($0.signers) } ?? []
                for m in unique(mediators.map(\.0)) where parties.allSatisfy({ side(of: $0) != side(of: m) && bodies[$0].map { $0 != bodies[m] } ?? true })
                    && !(cosigners.contains(m) && parties.allSatisfy(cosigners.contains) && !isKnownMediator(m)) {
                    for party in parties where party != m {
                        edges.append(RawEdge(source: m, target: party, type: .mediated, status: status, date: date, place: place, sentence: index))
                        if inPerson, m.isPerson, party.isPerson {
                            edges.append(RawEdge(source: m, target: party, type: .metWith, status: status, date: date, place: place, sentence: index))
                        }
                    }
                }
            }
        }

        // Met-with. Parties kept apart ("indirect talks", "stayed in separate locations") met
        // only the mediator.
        let apart = tokens.contains { !$0.flags.isDisjoint(with: [.indirect, .separate]) }
        // Of several meeting verbs, the one whose clause holds most of the parties: in "the
        // first visit since Lee travelled to Kyoto for talks with Noda", the talks.
        let meetCues = cues.filter { $0.2 == .meet }
        // A meeting told in a coordinated clause of its own comes first: "Lupu telephoned Varga,
        // and then met Kask" (the clause before keeps its meeting, below).
        let coordinated = meetCues.count < 2 ? nil : meetCues.last { c in
            let span = clause(around: c.0, length: c.1, tokens: tokens)
            return Self.isCoordinated(span, tokens: tokens) && actors.contains { span.contains($0.1) && parties.contains($0.0) }
        }
        let meetCue = coordinated ?? (meetCues.count < 2 ? meetCues.first : meetCues.map { c -> ((Int, Int, Lexicon.Cue), Int) in
            let span = clause(around: c.0, length: c.1, tokens: tokens)
            return (c, actors.filter { span.contains($0.1) && parties.contains($0.0) }.count)
        }.max { x, y in x.1 < y.1 || (x.1 == y.1 && x.0.0 > y.0.0) }?.0)
        // "Singh held a separate meeting with Aziz": one person meeting one other, and no one
        // else, apart from the main talks met them.
        let toldApart = meetCue.map { isSeparate(cue: $0.0, length: $0.1, tokens: tokens) } ?? false
        let separate = meetCue.flatMap { cue in
            toldApart ? separateMeetings(cue: cue.0, length: cue.1, actors: actors, tokens: tokens, guests: 1) : nil
        }
        let meetApart = meetCue.map { cue in
            guard toldApart else { return false }
            guard let one = separate, one.hosts.count + one.guests.count == 2 else { return true }
            let clause = clause(around: cue.0, length: cue.1, tokens: tokens)
            return tokens[(cue.0 + cue.1)..<clause.upperBound].contains { $0.key == "and" }
        } ?? false
        let hostCue = cues.first { $0.2 == .host }
        // "The ceasefire between Israel and Hezbollah, brokered by the United States": a deal
        // brokered, with no talks told, does not say its parties met.
        func mediatesOnlyAnAgreement() -> Bool {
            !a.agreementSpans.isEmpty && noMeetingTold && !tokens.contains { $0.cue == .meet || $0.flags.contains(.eventNoun) }
        }
        var meetStatus: EdgeStatus?
        var meeting: [Actor] = []
        var earlierMeeting: [Actor] = []
        /// Those a coordinated clause says the subjects saw, with the clause's own date.
        var laterMeeting: ([Actor], EventDate?)?
        var meetingDenied = false
        // The date of the meeting's own clause, when it states one: "the first visit since Lee
        // travelled to Kyoto in December 2011 for talks with Noda".
        var meetDate = date
        if let cue = meetCue, meetApart, let (hosts, guests) = separate, guests.count >= 2 {
            // Shuttle diplomacy: each host met each guest and mediated between them; the guests
            // did not meet.
            if let status = modality(at: cue.0, tokens: tokens, cues: cues) {
                for host in hosts {
                    for guest in guests {
                        edges.append(RawEdge(source: host, target: guest, type: .mediated, status: status, date: date, place: place, sentence: index))
                        edges.append(RawEdge(source: host, target: guest, type: .metWith, status: status, date: date, place: place, sentence: index))
                    }
                }
                lastPair = Array(guests.prefix(2))
            }
        } else if let cue = meetCue, !meetApart,
                  !(tokens[max(0, cue.0 - 3)..<min(tokens.count, cue.0 + cue.1 + 1)].contains { $0.flags.contains(.indirect) }) {
            meetStatus = modality(at: cue.0, tokens: tokens, cues: cues)
            meetingDenied = meetStatus == nil
            meeting = parties
            // "X has led the government since the court suspended Y over a phone call with Z":
            // a meeting told in a "since" clause is among those named in it.
            let span = clause(around: cue.0, length: cue.1, tokens: tokens)
            // A meeting told in a clause that names two parties is theirs: "Varela has invited
            // Cuba to attend, and Obama and Castro are expected to meet there"; "X has led the
            // government since the court suspended Y over a phone call with Z".
            // "Trump said afterwards that both leaders had agreed to meet": the speaker of a
            // reported clause is not among those who meet.
            let reported = span.lowerBound > 0 && tokens[span.lowerBound - 1].key == "that"
                && tokens[max(0, span.lowerBound - 5)..<(span.lowerBound - 1)].contains { Self.speechVerbs.contains($0.key) }
            let ownClause = span.lowerBound > 0 && (tokens[span.lowerBound - 1].key == "since" || reported || Self.isCoordinated(span, tokens: tokens))
            if ownClause {
                let inside = unique(actors.filter { span.contains($0.1) && parties.contains($0.0) }.map(\.0))
                let before = unique(actors.filter { $0.1 < span.lowerBound && parties.contains($0.0) }.map(\.0))
                // "Erdogan received Putin in Ankara, and later spoke by phone with Zelensky": the
                // clause's subject is the sentence's.
                var own = inside.count >= 2 ? inside : inside.count == 1 && !before.isEmpty && before[0] != inside[0] ? [before[0], inside[0]] : []
                // "Annan shuttled between Kibaki and Odinga, and he reportedly met Kibaki alone":
                // "he" is the sentence's subject, even one that mediates.
                if inside.count == 1, tokens[span].prefix(3).contains(where: { $0.flags.contains(.heOrShe) }),
                   let subject = actors.first(where: { $0.1 < span.lowerBound })?.0, subject != inside[0], subject.isPerson {
                    own = [subject, inside[0]]
                }
                if !own.isEmpty {
                    meeting = own
                    // The clause before told a meeting of its own.
                    if before.count >= 2, cues.contains(where: { $0.0 < span.lowerBound && [.meet, .host].contains($0.2) }) {
                        earlierMeeting = before
                    }
                }
            }
            // "Blair held a session with Adams and McGuinness on Thursday night, and saw Paisley
            // and Robinson on Friday": those named in a coordinated clause after the meeting's,
            // which tells no meeting of its own, were not at it.
            if !ownClause, span.upperBound < tokens.count, Self.isCoordinated(span.upperBound + 1..<tokens.count, tokens: tokens),
               actors.filter({ span.contains($0.1) && parties.contains($0.0) }).count >= 2 {
                let after = clause(around: span.upperBound + 1, length: 1, tokens: tokens)
                if !cues.contains(where: { after.contains($0.0) && [.meet, .host, .mediate, .sign].contains($0.2) }) {
                    let later = Set(actors.filter { after.contains($0.1) }.map(\.0)).subtracting(actors.filter { !after.contains($0.1) }.map(\.0))
                    meeting.removeAll { later.contains($0) }
                    // "…, and saw Paisley": whom the subjects saw or visited, they met, then.
                    if after.count > 2, ["saw", "visited"].contains(tokens[after.lowerBound + 1].key) {
                        let subjects = unique(actors.filter { $0.1 < cue.0 && parties.contains($0.0) }.map(\.0))
                        let seen = unique(actors.filter { after.contains($0.1) && later.contains($0.0) && parties.contains($0.0) }.map(\.0))
                        if !subjects.isEmpty, !seen.isEmpty {
                            laterMeeting = (subjects + seen, a.dates.first { after.contains($0.tokens.lowerBound) }?.date)
                        }
                    }
                }
            }
            if span != eventClause, let own = a.dates.first(where: { !insideAgreement($0.tokens.lowerBound) && span.contains($0.tokens.lowerBound) }) {
                meetDate = own.date
            }
            // "Obama had instructed Kerry to begin talks with Cuba": the one instructed meets,
            // later; the one who instructs does not.
            if let v = (span.lowerBound..<cue.0).last(where: { Self.instructionVerbs.contains(tokens[$0].key) }),
               tokens[v..<cue.0].contains(where: { $0.key == "to" }), actors.contains(where: { $0.1 > v && $0.1 <= v + 5 }) {
                let sent = unique(actors.filter { $0.1 > v && parties.contains($0.0) }.map(\.0))
                meeting = sent.count >= 2 ? sent : []
                if !["sent", "dispatched"].contains(tokens[v].key), meetStatus != nil { meetStatus = .planned }
            }
            // "Medinsky said a meeting between Putin and Zelensky …": those between met.
            if let range = betweenPhrase(after: cue.0, tokens: tokens) {
                let between = unique(actors.filter { range.contains($0.1) && !mediatorSet.contains($0.0) }.map(\.0))
                if between.count >= 2 { meeting = between }
            }
        } else if let cue = hostCue, mediators.isEmpty || parties.count == 1 {
            // "X received Y": the host met the guest.
            meetStatus = modality(at: cue.0, tokens: tokens, cues: cues)
            meeting = unique(actors.map(\.0))
            if meeting.contains(where: { $0.isPerson }) {
                meeting = meeting.filter { $0.isPerson }
            }
        } else if mediateCue != nil, parties.count >= 2, !partiesFromEarlier, !partiesOnlyBetween, !partiesInRelativeClause, !apart, !partiesOnlyAfterBetween,
                  !meetApart, !mediatesOnlyAnAgreement() {
            // Talks between parties named here took place; parties recalled from an earlier
            // sentence say nothing new about who met.
            meetStatus = modality(at: mediateCue!.0, tokens: tokens, cues: cues)
            meeting = parties
        } else if a.sentence.isCaption {
            meetStatus = .occurred
            meeting = parties.filter { $0.isPerson }
        }
        // Background events ("the first meeting between Reagan and Gorbachev, in 1985") do not
        // become what "the two leaders" refers to.
        let toldDate = meetDate != date ? meetDate : stated
        let isCurrent = !flashback && toldDate.map { s in articleDate.map { abs($0.dayNumber - s.dayNumber) <= 45 } ?? true } ?? true
        if let status = meetStatus, earlierMeeting.count >= 2, earlierMeeting.count <= 8 {
            addMeeting(of: earlierMeeting, status: status, date: meetDate, place: place, sentence: index)
        }
        if let status = meetStatus, let (people, own) = laterMeeting, people.count <= 8 {
            addMeeting(of: people, status: status, date: own ?? date, place: place, sentence: index)
        }
        // "The two leaders did not meet": a meeting denied outright, which no signing together
        // can imply (see `extract`).
        if meetingDenied, meeting.count == 2 {
            deniedMeetings.insert(Set(meeting))
        }
        // "King Fahd telephoned King Hassan and President Bendjedid": a caller calls each.
        let calls = meetCue.map { ["telephoned", "phoned", "rang", "called"].contains(tokens[$0.0].key) } ?? false
        if let status = meetStatus, calls, meeting.count > 2, meeting.count <= 8 {
            for other in meeting.dropFirst() { addMeeting(of: [meeting[0], other], status: status, date: meetDate, place: place, sentence: index) }
            if isCurrent { lastPair = Array(meeting.prefix(2)) }
        } else if let status = meetStatus, meeting.count >= 2, meeting.count <= 8 {
            addMeeting(of: meeting, status: status, date: meetDate, place: place, sentence: index)
            // "A and B first came together in Moscow on 14 January, and met again in Vienna on
            // 24 February": a coordinated clause that names no one but states a date of its own
            // tells the same people meeting again.
            if let first = meetCue {
                let firstClause = clause(around: first.0, length: first.1, tokens: tokens)
                for again in meetCues where again.0 > firstClause.upperBound {
                    let span = clause(around: again.0, length: again.1, tokens: tokens)
                    guard Self.isCoordinated(span, tokens: tokens), !actors.contains(where: { span.contains($0.1) }),
                          let own = a.dates.first(where: { span.contains($0.tokens.lowerBound) }), own.date != meetDate,
                          let againStatus = modality(at: again.0, tokens: tokens, cues: cues) else { continue }
                    addMeeting(of: meeting, status: againStatus, date: own.date, place: place, sentence: index)
                }
            }
            if isCurrent {
                lastPair = Array(meeting.prefix(2))
                lastMeeting = meeting
                if !meeting.contains(where: \.isPerson) { lastEntityMeeting = meeting }
            }
        } else if parties.count == 2, isCurrent, cues.contains(where: { [.meet, .host, .mediate, .sign].contains($0.2) }) {
            // Two actors named together in an event ("including by the EU and the UN" is none).
            lastPair = parties
        }

        // Agreed-to: for each signing cue, the actors of its clause (subject before the cue, or
        // "signed by X" after it) agree to the agreements named in the sentence.
        for sign in cues where sign.2 == .sign {
            guard let status = modality(at: sign.0, tokens: tokens, cues: cues) else { continue }
            var targets = signedAgreements(cue: sign.0, length: sign.1, mentions: agreementMentions, tokens: tokens,
                                           dated: Set(a.dates.flatMap(\.tokens)))
            // "it", "the deal", "the text": the agreement last told. So is a signing with no object
            // at all: "Dagalo signed for the army side".
            let noObject = ["signed", "signs", "sign", "initialled", "initialed", "countersigned"].contains(tokens[sign.0].key)
                && (sign.0 + sign.1 >= tokens.count || Self.noObjectWords.contains(tokens[sign.0 + sign.1].key))
            let span = clause(around: sign.0, length: sign.1, tokens: tokens)
            // "For the Government signed the members of the peace commission; for the guerrilla
            // signed its commanders, A, B and C": translated word order, the side first, the
            // signers after the verb, the text the one last told.
            let forSide = tokens[span.lowerBound].key == "for" && !actors.contains { span.contains($0.1) && $0.1 < sign.0 }
            if targets.isEmpty, let last = agreements.lastIndex,
               noObject || tokens.contains(where: { ["it", "deal", "agreement", "document", "accord", "text"].contains($0.key) }) {
                targets = [last]
            }
            // (The text told before this sentence, not a body it names: "the Commission of Peace".)
            if forSide, targets.isEmpty || targets.allSatisfy({ t in agreementMentions.contains { $0.0 == t } }),
               let told = agreements.items.indices.last(where: { i in !agreementMentions.contains { $0.0 == i } }) {
                targets = [told]
            }
            guard !targets.isEmpty else { continue }
            let after = sign.0 + sign.1
            // "The deal, which was negotiated by Egypt, was accepted by Israel and Hamas": in
            // the passive the signers come after "by" only.
            // "signed by X", also "signed for the government by X", "on behalf of Y by X",
            // "signed in Kuala Lumpur on January 25 by X".
            // A passive verb ("had been initialled the 1st March 2015 in the Algerian capital by
            // the government") has its signers after a "by" past the date and place as well.
            let auxiliaryBefore = tokens[max(0, sign.0 - 2)..<sign.0].contains { ["was", "were", "been", "be", "is", "are"].contains($0.key) }
            let passiveVerb = auxiliaryBefore && !tokens[sign.0].key.hasSuffix("ing")
            let byAt = after < tokens.count && tokens[after].key == "by" ? after
                : passiveVerb || ["for", "on", "in", "at", "during"].contains(after < tokens.count ? tokens[after].key : "")
                    ? (after + 1..<min(tokens.count, after + 12)).first { tokens[$0].key == "by" }.flatMap { by in
                        tokens[after..<by].contains { $0.key == "," || $0.cue != nil } ? nil : by }
                    : nil
            // …and in a reduced relative clause: "hailed the agreement signed by Redwan".
            let passiveBy = byAt != nil && (auxiliaryBefore || Self.followsAgreement(sign.0, spans: agreementMentions.map(\.1), tokens: tokens))
            // "Odinga said his party accepted the agreement": who speaks before the verb is no
            // signer, unless he speaks of himself ("Odinga said he accepted it").
            let speech = (span.lowerBound..<sign.0).last { Self.speechVerbs.contains(tokens[$0].key) }.flatMap { k -> Int? in
                var n = k + 1
                if n < tokens.count, tokens[n].key == "that" { n += 1 }
                return n < tokens.count && tokens[n].flags.contains(.heOrShe) ? nil : k
            } ?? -1
            var signers = passiveBy ? [] : actors.filter { span.contains($0.1) && $0.1 < sign.0 && $0.1 > speech && !insideAgreement($0.1) }.map(\.0)
            // "al-Yamani said his government accepted the accord": the state he speaks for.
            let speakersState = signers.isEmpty && speech >= 0 && speech + 2 < sign.0 && ["his", "her"].contains(tokens[speech + 1].key)
                && tokens[speech + 2].key == "government" ? actors.last(where: { $0.1 < speech && $0.0.isPerson }).flatMap { sides[$0.0] } : nil
            var laterSigners: [(Actor, Int)] = []
            if let byAt {
                signers += actors.filter { $0.1 > byAt && span.contains($0.1) && !insideAgreement($0.1) }.map(\.0)
                // "signed by A, who leads X; B, the former premier; and C": the list of signers
                // goes on past an item's relative clause, to the next item's name.
                var relative = span.upperBound
                while relative + 1 < tokens.count, ["who", "which"].contains(tokens[relative].key), tokens[relative - 1].key == ",",
                      let close = (relative + 1..<tokens.count).first(where: { [",", ".", ";"].contains(tokens[$0].key) || tokens[$0].cue == .sign }),
                      tokens[close].key == ",", case let item = close + (close + 1 < tokens.count && tokens[close + 1].key == "and" ? 2 : 1),
                      item < tokens.count, tokens[item].isCapitalized && tokens[item].isWord {
                    let next = (close + 1..<tokens.count).first { [".", ";", "who", "which"].contains(tokens[$0].key) || tokens[$0].cue != nil } ?? tokens.count
                    let items = actors.filter { $0.1 > close && $0.1 < next && !insideAgreement($0.1) }
                    laterSigners += items.contains { $0.0.isPerson } ? items.filter { $0.0.isPerson } : items
                    relative = next
                }
                // "signed by A, who heads the government panel, and by her counterpart B": each
                // "and by" adds the signer it names.
                for k in (byAt + 2)..<max(byAt + 2, tokens.count) where tokens[k].key == "by" && tokens[k - 1].key == "and" {
                    let end = (k + 1..<tokens.count).first { [";", ".", "who", "which", "after", "before"].contains(tokens[$0].key) || tokens[$0].cue != nil } ?? tokens.count
                    laterSigners += actors.filter { $0.1 > k && $0.1 < end && !insideAgreement($0.1) }.prefix(1)
                }
                signers += laterSigners.map(\.0)
            }
            // "The document signed President of Kyrgyzstan Japarov and President of Tajikistan
            // Rahmon": translated word order, the text before the verb and its signers after it.
            if byAt == nil, signers.isEmpty, after < tokens.count, forSide || tokens[after].isCapitalized && Self.followsAgreement(sign.0, spans: agreementMentions.map(\.1), tokens: tokens) {
                signers = actors.filter { $0.1 >= after && span.contains($0.1) && !insideAgreement($0.1) }.map(\.0)
            }
            // "X signed the initiative with A and B": co-signers.
            if let with = (after..<span.upperBound).first(where: { ["with", "alongside"].contains(tokens[$0].key) }) {
                signers += actors.filter { $0.1 > with && span.contains($0.1) && !insideAgreement($0.1) }.map(\.0)
            }
            // The level of the signing clause: "ASEAN and China adopted the guidelines, after a
            // meeting with Wang Yi" signs at the level of states.
            // Mediators do not set it: "Guterres looked on as Russia and Ukraine signed".
            let clauseLevel = level(of: actors.filter { span.contains($0.1) && !mediatorSet.contains($0.0) } + laterSigners, tokens: tokens)
            signers = unique(signers).filter { !mediatorSet.contains($0) && clauseLevel.contains($0) }
            if let speakersState { signers = [speakersState] }
            // "where the five presidents met in May of 1986, at the invitation of Cerezo, and
            // subscribed the Declaration": a signing coordinated to the meeting, with no subject
            // of its own, is the meeting's members', on the meeting's date unless it states one.
            var signDate = date
            if signers.isEmpty, byAt == nil, meetStatus != nil, meeting.count >= 2, let met = meetCue, met.0 < sign.0,
               Self.isCoordinated(span, tokens: tokens), !actors.contains(where: { span.contains($0.1) }) {
                signers = meeting
                signDate = a.dates.first { span.contains($0.tokens.lowerBound) }?.date ?? meetDate
            }
            // Two or more people agreeing together have met to do it; a passive list of
            // signatories ("was signed by A, B and C") says nothing of their meeting.
            // Backing or accepting a deal is done apart: only a signing is a meeting.
            let signingAct = ["signed", "sign", "signs", "signing", "inked", "initialled", "initialed", "sealed", "struck", "clinched", "hammered", "put", "exchanged"].contains(tokens[sign.0].key)
            let passive = byAt != nil
            let together = passive || !signingAct ? [] : signers.filter(\.isPerson)
            if together.count >= 2, together.count <= 6, meetStatus == nil {
                let first = edges.count
                addMeeting(of: together, status: status, date: date, place: place, sentence: index)
                for e in first..<edges.count { edges[e].implied = true }
            }
            if signers.count >= 2 {
                lastMeeting = signers
                if !signers.contains(where: \.isPerson) { lastEntityMeeting = signers }
            }
            if together.count >= 2 { lastSigning = (targets[0], together, index) }
            // "Mugabe and Tsvangirai signed the pact. The agreement was also signed by Mutambara":
            // one more signer of the text just signed together joins that signing. He met its
            // signers, and whoever is said to have watched it watched him too. Not a mediator
            // who signs as well ("Merrem, the UN envoy who led the talks, also put his signature
            // to the document"), nor where the sentence tells a mediation of its own.
            let also = tokens[span].contains { $0.key == "also" }
            if also, status == .occurred, let signing = lastSigning, signing.sentence < index, signing.sentence >= index - 2,
               targets.contains(signing.agreement), !signers.isEmpty, !cues.contains(where: { $0.2 == .mediate }),
               signers.allSatisfy({ $0.isPerson && !signing.signers.contains($0) && !isKnownMediator($0) }) {
                for newcomer in signers {
                    for signer in signing.signers {
                        edges.append(RawEdge(source: newcomer, target: signer, type: .metWith, status: status, date: date, place: place, sentence: index, implied: true))
                    }
                }
                lastSigning?.signers += signers
                lastMeeting = signing.signers + signers
            }
            // "Dagalo signed for the army side. Rabie put his name to the text for the alliance.
            // The two men embraced": signers of one text told one after the other are a pair.
            // Not one who signs besides the parties ("Eyadéma also put his signature to the
            // accord"), nor a mediator.
            let besides = tokens[span].contains { $0.key == "also" } || (signers.count == 1 && isKnownMediator(signers[0]))
            if signers.count == 1, !besides, let previous = lastSigner, previous.sentence < index, previous.sentence >= index - 2,
               previous.signer != signers[0], targets.contains(previous.agreement) {
                lastPair = [previous.signer, signers[0]]
                lastMeeting = lastPair
            }
            lastSigner = signers.count == 1 && !besides ? (signers[0], targets[0], index) : nil
            for agreement in Set(targets).sorted() {
                for signer in signers {
                    edges.append(RawEdge(source: signer, target: .agreement(agreement), type: .agreedTo, status: status, date: signDate, place: place, sentence: index))
                }
            }
        }

        // "In a joint statement, Biden and Putin reaffirmed …": who speaks through a joint
        // statement agrees to it.
        for (agreement, range) in agreementMentions where a.agreementSpans.contains(where: { $0.0 == range && $0.head.hasPrefix("joint ") }) {
            var k = range.lowerBound - 1
            while k >= 0, ["a", "the", "their", "its"].contains(tokens[k].key) { k -= 1 }
            guard k >= 0, tokens[k].key == "in", let status = modality(at: range.lowerBound, tokens: tokens, cues: cues) else { continue }
            let speakers = unique(actors.filter { !insideAgreement($0.1) && !mediatorSet.contains($0.0) && atLevel.contains($0.0) }.map(\.0))
            guard speakers.count >= 2 else { continue }
            for speaker in speakers {
                edges.append(RawEdge(source: speaker, target: .agreement(agreement), type: .agreedTo, status: status, date: date, place: place, sentence: index))
            }
        }
    }

    /// Participles that name who carries out a mediation: "a mediation conducted by Algeria".
    static let conductingWords: Set<String> = ["conducted", "led", "headed", "run", "provided", "offered", "carried", "undertaken", "exercised", "ensured"]

    /// What a person thinks up rather than does: "Abiy's initiative", "Macron's proposal".
    static let ideaNouns: Set<String> = ["initiative", "initiatives", "proposal", "proposals", "idea", "ideas", "vision", "policy", "policies", "legacy", "approach", "strategy", "doctrine", "formula"]

    /// A signing verb right after an agreement's name, which a reduced relative clause makes
    /// passive: "the Bender Roadmap signed by", "the accord, signed by".
    static func followsAgreement(_ cue: Int, spans: [Range<Int>], tokens: [Token]) -> Bool {
        spans.contains { $0.upperBound == cue || ($0.upperBound == cue - 1 && tokens[cue - 1].key == ",") }
    }

    /// A mediator meeting the parties again mediates again, and a mediator of a state or body
    /// mediates for the person acting for it: "Anwar brokered a truce between Thailand and
    /// Cambodia … Hun Manet and Phumtham sat down with Anwar"; "Annan mediated between Kibaki
    /// and Odinga … on Thursday he sat down with Kibaki and Odinga". A meeting repeats a
    /// mediation when it brings the mediator together with parties of two sides, or with someone
    /// acting for a party. The edges take the meeting's date, status and sentence.
    mutating func repeatMediation() {
        struct Told: Hashable { var mediator: Actor, party: Actor, date: EventDate? }
        var parties: [Actor: Set<Actor>] = [:]
        var told = Set<Told>()
        for e in edges where e.type == .mediated {
            parties[e.source, default: []].insert(e.target)
            told.insert(Told(mediator: e.source, party: e.target, date: e.date))
        }
        guard !parties.isEmpty else { return }
        struct Meeting: Hashable { var sentence: Int; var date: EventDate?; var status: EdgeStatus }
        var meetings: [Meeting: (members: [Actor], place: String?)] = [:]
        var order: [Meeting] = []
        for e in edges where e.type == .metWith {
            let m = Meeting(sentence: e.sentence, date: e.date, status: e.status)
            if meetings[m] == nil { order.append(m) }
            for actor in [e.source, e.target] where !(meetings[m]?.members.contains(actor) ?? false) {
                meetings[m, default: ([], e.place)].members.append(actor)
            }
        }
        var repeated: [RawEdge] = []
        struct Added: Hashable { var mediator: Actor, party: Actor, sentence: Int }
        var added = Set<Added>()
        for m in order {
            let (members, place) = meetings[m]!
            for mediator in members {
                guard let mediated = parties[mediator] else { continue }
                let named = members.filter { $0 != mediator && mediated.contains($0) }
                let represented = members.filter { p in
                    p != mediator && p.isPerson && !mediated.contains(p)
                        && [sides[p], bodies[p]].contains { $0.map(mediated.contains) ?? false }
                }
                let present = named + represented
                guard !represented.isEmpty || Set(present.map(side(of:))).count >= 2 else { continue }
                for party in present {
                    // An edge already told with this date, or already added for this sentence,
                    // is not told again.
                    guard !told.contains(Told(mediator: mediator, party: party, date: m.date)),
                          added.insert(Added(mediator: mediator, party: party, sentence: m.sentence)).inserted else { continue }
                    repeated.append(RawEdge(source: mediator, target: party, type: .mediated, status: m.status, date: m.date, place: place, sentence: m.sentence))
                }
            }
        }
        edges += repeated
    }

    /// A met-with edge for every pair of `members`.
    mutating func addMeeting(of members: [Actor], status: EdgeStatus, date: EventDate?, place: String?, sentence: Int) {
        for i in members.indices {
            for j in members.indices where j > i {
                edges.append(RawEdge(source: members[i], target: members[j], type: .metWith, status: status, date: date, place: place, sentence: sentence))
            }
        }
    }

    /// The agreements a signing cue is about: its object, the first agreement after the cue in
    /// its clause with those coordinated to it ("signed the accord and a protocol"), not the
    /// ones that only qualify it ("signed a document backing the ceasefire"). With no object
    /// ("the accord was signed by X"), the first agreement before the cue. An agreement on
    /// another is about it: "signed an agreement on Thursday on a definitive ceasefire".
    func signedAgreements(cue: Int, length: Int, mentions: [(Int, Range<Int>)], tokens: [Token], dated: Set<Int>) -> [Int] {
        let clause = clause(around: cue, length: length, tokens: tokens)
        // Without an object, the subject of a passive ("the accord was signed by") or the
        // antecedent of a relative ("the accord, which both sides signed"); not an agreement
        // in an adverbial ("According to the joint statement, the envoys agreed to …").
        // Also a reduced relative: "the Bender Roadmap signed by A and B", "the accord, signed by".
        let reduced = cue + length < tokens.count && tokens[cue + length].key == "by"
            && Self.followsAgreement(cue, spans: mentions.map(\.1), tokens: tokens)
        let passive = reduced || tokens[max(0, cue - 3)..<cue].contains { ["was", "were", "been", "be", "is", "are", "which", "that"].contains($0.key) }
        // "the political declaration that Dagalo and Rabie signed on 17 July, the first written
        // text …": a relative clause's object is its antecedent, whatever follows the verb.
        if clause.lowerBound > 0, ["that", "which"].contains(tokens[clause.lowerBound - 1].key),
           let antecedent = mentions.lastIndex(where: { Self.followsAgreement(clause.lowerBound - 1, spans: [$0.1], tokens: tokens) }) {
            return [mentions[antecedent].0]
        }
        guard let first = mentions.firstIndex(where: { $0.1.lowerBound >= cue + length && clause.contains($0.1.lowerBound) })
                ?? (reduced ? mentions.lastIndex(where: { $0.1.upperBound <= cue }) : passive ? mentions.firstIndex(where: { $0.1.upperBound <= cue }) : nil)
        else { return [] }
        var objects = [mentions[first].0]
        var previous = mentions[first].1
        for next in mentions[(first + 1)...] {
            let between = previous.upperBound..<next.1.lowerBound
            guard between.allSatisfy({ Self.coordinationWords.contains(tokens[$0].key) || dated.contains($0) }) else { break }
            objects.append(next.0)
            previous = next.1
        }
        return objects
    }

    /// Words that may follow a signing verb that takes no object: "signed for the army side",
    /// "signed on Saturday", "signed as well".
    static let noObjectWords: Set<String> = [".", ",", ";", "for", "on", "at", "in", "as", "alongside", "first", "too", "later", "yesterday", "today"]

    /// Words that may stand between two coordinated objects: "the accord and a protocol".
    static let coordinationWords: Set<String> = [",", "and", "as", "well", "also", "the", "a", "an", "both", "its", "their", "two", "on", "for"]

    /// The side of a negotiation an actor is on: a person's state, else the actor itself.
    /// Compared by id: "Romanian" and "Romania" are two lexicon entries of one state.
    func side(of actor: Actor) -> String {
        switch sides[actor] ?? actor {
        case let .entity(e): return e.id
        case let .person(p): return "person \(p)"
        case let .agreement(g): return "agreement \(g)"
        }
    }

    /// The state or body named before "-brokered", "-mediated", "-hosted", "-facilitated" in a
    /// hyphenated word: "China-brokered", "Qatari-mediated", "US-hosted".
    /// The name may start a word or two before: "the African Union-led talks".
    func hyphenatedMediator(at position: Int, in tokens: [Token]) -> LexiconEntry? {
        // Only a hyphenated word ending in a mediating participle can hold one (its lexicon flag).
        guard tokens[position].flags.contains(.mediatingParticipleLast), tokens[position].text.utf8.contains(0x2D) else { return nil }
        // Of an event, a text or a process ("Qatari-mediated talks", "the US-brokered peace deal"),
        // not of a force or a body ("the Nigerian-led ECOMOG force").
        let qualified = tokens[(position + 1)...].prefix(3).prefix(while: \.isWord)
        guard qualified.contains(where: { $0.flags.contains(.eventNoun) || $0.flags.contains(.recalledEvent) || $0.flags.contains(.agreementHeadStart)
            || Self.mediatedProcesses.contains($0.key) }) else { return nil }
        let key = tokens[position].key
        guard let space = key.lastIndex(of: " ") else { return nil }
        var name = String(key[..<space])
        for start in stride(from: position, through: max(0, position - 2), by: -1) {
            if start < position {
                guard tokens[start].isWord, tokens[start].isCapitalized else { break }
                name = tokens[start].key + " " + name
            }
            if let entry = lexicon.phrases[name]?.first(where: { $0.kind != .person && ($0.role == .name || $0.role == .seat || $0.role == .demonym) }) {
                return entry
            }
        }
        return nil
    }

    /// What a mediator can lead besides events and texts: "the Kenyan-led mediation".
    static let mediatedProcesses: Set<String> = ["mediation", "initiative", "effort", "efforts", "process", "diplomacy", "dialogue", "facilitation", "framework", "plan", "proposal", "track"]

    /// Nouns for the events a host holds: "hosted the negotiations".
    /// Events a mediator can be said to have watched over once told: "chaired the talks".
    static let recalledEvents = eventNouns.union(["conference", "discussions", "session", "sessions", "process", "rounds", "proceedings", "signatures"])
    static let definiteWords: Set<String> = ["the", "this", "that", "these", "those", "both"]
    static let newEventWords: Set<String> = ["a", "an", "another", "separate", "next", "new", "future"]
    static let speechVerbs: Set<String> = ["said", "says", "say", "told", "tells", "announced", "announces", "stated", "added", "noted", "confirmed", "reported", "claimed", "insisted", "explained", "wrote"]

    /// Verbs that, after "agreed to", tell an act to come rather than the thing agreed.
    static let verbsAfterTo: Set<String> = ["work", "continue", "resume", "begin", "start", "hold", "keep", "seek", "pursue", "establish", "set", "form", "launch", "explore"]

    static let prospectWords: Set<String> = ["possible", "potential", "proposed", "eventual", "prospective", "future", "planned", "mooted"]

    static let eventNouns: Set<String> = ["talks", "negotiations", "meeting", "meetings", "summit", "ceremony", "signing", "consultations", "dialogue", "round"]
    /// Whether a mediation cue names the role, not the act ("the mediators", "the co-sponsors").
    static func isRoleNoun(cue: Int, length: Int, tokens: [Token]) -> Bool {
        mediatorNouns.contains(tokens[cue + length - 1].key)
    }

    /// Cues that name the role, not the act: the mediators may follow them directly.
    static let mediatorNouns: Set<String> = ["mediators", "mediator", "observers", "observer", "guarantors", "guarantor", "facilitators", "facilitator", "intermediaries", "intermediary", "co sponsors", "sponsors", "co hosts", "co chairs", "coordinator", "coordinators", "moderator", "moderators"]

    static let mediatingParticiples: Set<String> = ["brokered", "mediated", "hosted", "facilitated", "sponsored", "led"]

    /// Meeting verbs whose object is the one met: "met A and B separately".
    static let transitiveMeetVerbs: Set<String> = ["met", "meet", "meets", "phoned", "telephoned", "visited", "visits"]

    /// "separate talks", "met separately": a meeting cue that says its parties did not meet.
    @inline(__always) func isSeparate(cue: Int, length: Int, tokens: [Token]) -> Bool { Self.isSeparate(cue: cue, length: length, tokens: tokens) }

    static func isSeparate(cue: Int, length: Int, tokens: [Token]) -> Bool {
        if (max(0, cue - 2)..<min(tokens.count, cue + length + 2)).contains(where: { tokens[$0].flags.contains(.separate) }) { return true }
        // "spoke with A and with B in separate calls".
        let clause = Self.clause(around: cue, length: length, tokens: tokens)
        return (cue + length..<clause.upperBound).contains { k in
            tokens[k].key == "separately" || (tokens[k].key == "separate" && k + 1 < tokens.count
                && ["calls", "meetings", "talks", "conversations", "phone", "telephone", "sessions"].contains(tokens[k + 1].key))
        }
    }

    /// "Borrell held separate meetings with Vucic and Kurti", "the envoy met separately with A
    /// and B": the actors before the cue in its clause, and the two or more after "with".
    /// The caller has found the cue `isSeparate`.
    @inline(__always) func separateMeetings(cue: Int, length: Int, actors: [(Actor, Int)], tokens: [Token], guests least: Int = 2) -> (hosts: [Actor], guests: [Actor])? {
        Self.separateMeetings(cue: cue, length: length, actors: actors, tokens: tokens, guests: least)
    }

    static func separateMeetings(cue: Int, length: Int, actors: [(Actor, Int)], tokens: [Token], guests least: Int = 2) -> (hosts: [Actor], guests: [Actor])? {
        let clause = Self.clause(around: cue, length: length, tokens: tokens)
        // The "with" may be the cue's own last word ("held separate talks with"), a few words
        // after it ("spoke by phone that day with A and, separately, with B"), or none when the
        // verb takes its guests directly ("met each man separately").
        let after = (cue..<clause.upperBound).first { tokens[$0].key == "with" }.flatMap { $0 - cue <= 6 ? $0 : nil }
        guard let with = after ?? (Self.transitiveMeetVerbs.contains(tokens[cue + length - 1].key) ? cue + length - 1 : nil) else { return nil }
        // The hosts are the clause's subject, before its first verb: "Lampreia shuttled between
        // the two delegations' hotels and met A and B separately".
        let subjectEnd = (clause.lowerBound..<cue).first { tokens[$0].cue != nil && tokens[$0].cue != .report && tokens[$0].cue != .plan } ?? cue
        var hosts = Self.unique(actors.filter { clause.contains($0.1) && $0.1 < subjectEnd }.map(\.0))
        // "Biden, who spoke by phone with A and, separately, with B": the one "who" stands for.
        if hosts.isEmpty, clause.lowerBound >= 2, tokens[clause.lowerBound - 1].key == "who", tokens[clause.lowerBound - 2].key == ",",
           let antecedent = actors.last(where: { $0.1 < clause.lowerBound - 2 }) {
            hosts = [antecedent.0]
        }
        let guests = Self.unique(actors.filter { clause.contains($0.1) && $0.1 > with }.map(\.0)).filter { !hosts.contains($0) }
        guard !hosts.isEmpty, guests.count >= least else { return nil }
        return (hosts, guests)
    }

    /// The token range of "between A and B" within a few words after a cue ("mediated between",
    /// "brokered talks between"), up to the first word that starts something else.
    @inline(__always) func betweenPhrase(after cue: Int, tokens: [Token]) -> Range<Int>? { Self.betweenPhrase(after: cue, tokens: tokens) }

    static func betweenPhrase(after cue: Int, tokens: [Token]) -> Range<Int>? {
        guard let between = (cue + 1..<min(tokens.count, cue + 5)).first(where: { tokens[$0].key == "between" }) else { return nil }
        return Self.phrase(openedAt: between, tokens: tokens)
    }

    /// Who an event noun is of: "the meeting of Thai and Cambodian leaders", "talks between
    /// Armenia and Azerbaijan" (right after the noun).
    @inline(__always) func membersPhrase(after cue: Int, length: Int, tokens: [Token]) -> Range<Int>? {
        Self.membersPhrase(after: cue, length: length, tokens: tokens)
    }

    static func membersPhrase(after cue: Int, length: Int, tokens: [Token]) -> Range<Int>? {
        // The cue may end in its preposition ("talks between").
        let opener = ["of", "between"].contains(tokens[cue + length - 1].key) ? cue + length - 1 : cue + length
        guard opener < tokens.count, ["of", "between"].contains(tokens[opener].key) else { return nil }
        return Self.phrase(openedAt: opener, tokens: tokens)
    }

    /// A clause coordinated to the one before it, with a verb of its own: ", and then met Kask".
    static func isCoordinated(_ span: Range<Int>, tokens: [Token]) -> Bool {
        span.lowerBound > 0 && span.lowerBound < tokens.count && tokens[span.lowerBound - 1].key == ","
            && ["and", "but", "while"].contains(tokens[span.lowerBound].key)
    }

    /// The words after the preposition at `opener`, up to a clause word or an event cue.
    private static func phrase(openedAt opener: Int, tokens: [Token]) -> Range<Int> {
        var end = opener + 1
        while end < tokens.count, !Self.betweenPhraseEnds.contains(tokens[end].key), tokens[end].cue == nil { end += 1 }
        return (opener + 1)..<end
    }

    static let betweenPhraseEnds: Set<String> = [";", ".", ":", "since", "in", "on", "at", "for", "to", "who", "which", "that", "after", "before", "while", "but", "over"]

    /// Verbs that open a clause of their own after ", and" without being event cues: speech,
    /// auxiliaries, and the travel and arrival verbs news tells a visit with ("flew in on
    /// Wednesday night, and on Thursday he sat down with …").
    static let clauseVerbs: Set<String> = [
        "said", "says", "told", "added", "is", "was", "were", "are", "has", "had", "have", "will", "would", "did", "does",
        "flew", "arrived", "landed", "travelled", "traveled", "went", "came", "returned", "left", "drove", "spent",
        "held", "saw", "visited", "briefed", "thanked", "urged", "asked", "called",
    ]

    /// "signed by A, who leads X; B, the former premier; and C, leader of Y": semicolons that
    /// part the items of a list whose last item follows "; and" are its commas, not clause breaks.
    static func commaListSemicolons(_ tokens: inout [Token], lexicon: Lexicon) {
        func startsItem(_ k: Int) -> Bool { k < tokens.count && tokens[k].isWord && tokens[k].isCapitalized }
        guard let last = tokens.indices.last(where: { !tokens[$0].isWord && tokens[$0].key == ";" && $0 + 1 < tokens.count && tokens[$0 + 1].key == "and" && startsItem($0 + 2) }) else {
            return
        }
        var k = last
        while k >= 0 {
            if tokens[k].key == ";" {
                guard k == last || startsItem(k + 1) else { break }
                tokens[k].key = ","
                tokens[k].flags = lexicon.flags(of: ",")
            }
            k -= 1
        }
    }

    /// Whether a token of a tagged sentence is one of `clauseBreaks` (its lexicon flag).
    static func breaksClause(_ token: Token) -> Bool { token.flags.contains(.clauseBreak) }

    /// Plural nouns for people a sentence may go on to name: "the leaders of the armed groups".
    static let unnamedPeopleWords: Set<String> = ["leaders", "heads", "representatives", "commanders", "chiefs", "members", "delegates", "envoys", "officials", "ministers", "presidents", "dignitaries", "guests", "mandataries"]

    /// Words that end the phrase naming a mediator or its parties (`mediatorsAround`); a
    /// constant, not a set built at every call.
    static let phraseBreaks: Set<String> = [";", ".", ":", "while", "which", "who", "after", "before", "but", "whereas", "between"]

    static let timeWords: Set<String> = ["day", "week", "weekend", "month", "year", "morning", "afternoon", "evening", "night", "time"]

    static let clauseBreaks: Set<String> = [";", "but", "while", "whereas", "although", "though", "that", "which", "who", "after", "before", "when", "because", "where", "if", "unless", "once"]

    /// The token range of the clause a cue stands in: from the last clause break before it to
    /// the next one after it. Commas do not break clauses (lists of names have them), but a
    /// comma followed by "and"/"but" and a new subject does.
    // The instance forms below forward to static ones. A helper called from the mutating
    // `relate` as an instance method had the whole run copied for the call (every stored
    // array and table retained, then released), though it reads nothing of the run.

    @inline(__always) func clause(around cue: Int, length: Int, tokens: [Token]) -> Range<Int> {
        Self.clause(around: cue, length: length, tokens: tokens)
    }

    static func clause(around cue: Int, length: Int, tokens: [Token]) -> Range<Int> {
        func isBreak(_ k: Int) -> Bool {
            // "spoke by phone that day with A": "that" (a clause break) before a time word opens
            // no clause. Asked only of breaks: comparing every word walked with "that" cost more.
            if Self.breaksClause(tokens[k]) {
                return !(tokens[k].key == "that" && k + 1 < tokens.count && Self.timeWords.contains(tokens[k + 1].key))
            }
            // "since the court suspended her" opens a clause; "since November 2012" does not.
            if tokens[k].flags.contains(.since), k + 1 < tokens.count, !tokens[k + 1].key.allSatisfy(\.isNumber),
               !DateResolver.months.keys.contains(tokens[k + 1].key) { return true }
            // ", and X met …" starts a clause; ", and by Y" and a list's last item ("A, B, and
            // C, Russia's ambassador") continue it: a new clause has a verb of its own.
            guard tokens[k].flags.contains(.comma) && k + 1 < tokens.count && ["and", "but", "while"].contains(tokens[k + 1].key)
                && !(k + 2 < tokens.count && ["by", "with"].contains(tokens[k + 2].key)) else { return false }
            // "Kotzias, Greece's foreign minister, and his counterpart Dimitrov signed": a
            // compound subject, since no verb came before the comma.
            func hasVerb<S: Sequence<Token>>(_ run: S) -> Bool { run.contains { $0.cue != nil || $0.flags.contains(.clauseVerb) } }
            // A subject pronoun says so too: ", and on Thursday morning he and Annan sat down".
            let next = tokens[(k + 2)...].prefix(while: { $0.key != ";" && $0.key != "." }).prefix(12)
            return (hasVerb(next) || next.prefix(6).contains { !$0.flags.isDisjoint(with: [.heOrShe, .they]) })
                && hasVerb(tokens[..<k].reversed().prefix(while: { $0.key != ";" }))
        }
        var start = cue
        while start > 0, !isBreak(start - 1) { start -= 1 }
        // "Rabie, a teacher who became a negotiator of the FFC, put his name to the text": a
        // relative clause closed by the comma before the verb is inside the verb's clause.
        if start > 1, cue > start, ["who", "which"].contains(tokens[start - 1].key), tokens[cue - 1].key == "," {
            start -= 1
            while start > 0, !isBreak(start - 1) { start -= 1 }
        }
        var end = cue + length
        while end < tokens.count, !isBreak(end) { end += 1 }
        return start..<end
    }

    /// The actors at the level the sentence speaks at. Where people are named, edges join
    /// people; a state or body stays only when it is joined to a person as a co-actor
    /// ("Silva and the ELN"), not when it is a topic ("to discuss Syria").
    @inline(__always) func level(of actors: [(Actor, Int)], tokens: [Token]) -> Set<Actor> { Self.level(of: actors, tokens: tokens) }

    static func level(of actors: [(Actor, Int)], tokens: [Token]) -> Set<Actor> {
        func isPerson(_ a: Actor) -> Bool { a.isPerson }
        guard actors.contains(where: { isPerson($0.0) }) else { return Set(actors.map(\.0)) }
        return Set(actors.filter { actor, position in
            isPerson(actor) || actors.contains { other, p in
                guard isPerson(other) else { return false }
                let between = tokens[min(p, position)..<max(p, position)]
                return abs(p - position) <= 6 && between.contains { $0.flags.contains(.and) }
                    && !between.contains { $0.cue != nil || $0.flags.contains(.ofOrPossessive) }
            }
        }.map(\.0))
    }

    /// The actors in order, each once. A sentence names a handful: a linear search beats
    /// building and hashing into a set at every call. O(n²) comparisons.
    @inline(__always) func unique(_ actors: [Actor]) -> [Actor] { Self.unique(actors) }

    static func unique(_ actors: [Actor]) -> [Actor] {
        var seen: [Actor] = []
        seen.reserveCapacity(actors.count)
        for actor in actors where !seen.contains(actor) { seen.append(actor) }
        return seen
    }

    mutating func noteEntity(_ entry: LexiconEntry, surface: String?) {
        // Edited in place: a record taken out and put back would copy its set of surfaces. In
        // one access: the id is hashed once.
        func note(_ record: inout (LexiconEntry, Set<String>, Int)) {
            record.2 += 1
            if let surface { record.1.insert(surface) }
        }
        note(&entityAliases[entry.id, default: (entry, [entry.label], 0)])
    }

    /// "The five presidents signed … where the same five mandataries met": the one group of
    /// that size already resolved, whatever office named it.
    func sameSizeGroup(_ size: Int) -> [Actor]? {
        let groups = namedGroups.filter { $0.key.hasPrefix("\(size) ") }.map(\.value)
        guard let first = groups.first, groups.allSatisfy({ $0 == first }) else { return nil }
        return first
    }

    /// "the two leaders", "both sides": the last pair named, or the last two people/states.
    /// "The three presidents" are the last three people named with that office, when there are.
    func groupMembers(_ kind: NodeKind?, count: Int = 2, office: String = "") -> [Actor] {
        func holds(_ p: Int) -> Bool {
            offices[p]?.contains { $0.hasSuffix(office) || (office == "premier" && $0.hasSuffix("prime minister")) } == true
        }
        if kind != .state, !office.isEmpty, !["leader", "side", "men", "party", "head"].contains(office),
           case let holders = recentPersons.filter(holds), holders.count >= count {
            return holders.prefix(count).map { .person($0) }
        }
        // "the two leaders", "the three service chiefs": people known to hold an office or to
        // act for a side, not the film actor who rode the same bus.
        let official = !["men", "women", "side", "party", "delegation", "team", ""].contains(office)
        let officials = recentPersons.filter { offices[$0] != nil || sides[.person($0)] != nil }
        let candidates = official && officials.count >= count ? officials : recentPersons
        if count > 2 {
            if kind != .state, lastMeeting.count == count { return lastMeeting }
            return kind == .state ? recentStates.count >= count ? recentStates.prefix(count).map { .entity($0) } : []
                : candidates.count >= count ? candidates.prefix(count).map { .person($0) } : []
        }
        if kind == .state {
            if lastPair.count == 2, lastPair.allSatisfy(\.isState) { return lastPair }
            // "Obama and Castro … delegations from the two countries": the states of the two
            // people last named together.
            let states = unique(lastPair.compactMap { sides[$0] })
            if lastPair.count == 2, states.count == 2 { return states }
            // Else the two states last told meeting: "American and Cuban negotiators met …
            // the Vatican hosted delegations from the two countries".
            if lastEntityMeeting.count == 2, lastEntityMeeting.allSatisfy(\.isState) {
                return lastEntityMeeting
            }
            return recentStates.count >= 2 ? recentStates.prefix(2).map { .entity($0) } : []
        }
        // "the two men", "the two leaders" are people: not a pair of states last named.
        let personal = !["side", "party", "delegation", "team", ""].contains(office)
        if lastPair.count == 2, !personal || lastPair.allSatisfy(\.isPerson) { return lastPair }
        return candidates.count >= 2 ? candidates.prefix(2).map { .person($0) } : []
    }

    // MARK: - Patterns

    /// The states and organisations a person's title ties them to, with the token position of
    /// the state's mention: "Moldovan Prime Minister X", "X, Chile's foreign minister", …
    func affiliations(of name: Range<Int>, in a: Analyzed) -> [(LexiconEntry, Int, former: Bool)] {
        let tokens = a.tokens
        func mention(at position: Int) -> Mention? { a.mentions.first { $0.tokens.contains(position) } }
        func affiliation(_ m: Mention) -> LexiconEntry? {
            switch m.kind {
            case let .actor(e), let .demonym(e), let .office(e): return e
            default: return nil
            }
        }
        if let respective = respectiveAffiliation(of: name, in: a) { return [(respective.0, respective.1, false)] }
        var found: [(LexiconEntry, Int, former: Bool)] = []
        // "his counterpart in Colombo, Tyronne Fernando": the state of the capital named.
        do {
            var k = name.lowerBound - 1
            if k >= 0, tokens[k].key == "," { k -= 1 }
            if k >= 2, let m = mention(at: k), m.tokens.upperBound == k + 1, case let .actor(e) = m.kind, e.kind == .state,
               m.tokens.lowerBound >= 2, tokens[m.tokens.lowerBound - 1].key == "in",
               ["counterpart", "counterparts", "host", "hosts"].contains(tokens[m.tokens.lowerBound - 2].key) {
                return [(e, m.tokens.lowerBound, false)]
            }
        }
        // "The head of the Russian delegation, Vladimir Medinsky, …": a delegation's head named
        // after it.
        if name.lowerBound >= 6, tokens[name.lowerBound - 1].key == ",", Self.delegationNouns.contains(tokens[name.lowerBound - 2].key) {
            let owner = name.lowerBound - 2 - (tokens[name.lowerBound - 3].key == "'s" ? 1 : 0)
            if let m = mention(at: owner - 1), m.tokens.upperBound == owner, let e = affiliation(m), e.kind != .person, m.tokens.lowerBound >= 2,
               case let of = m.tokens.lowerBound - (tokens[m.tokens.lowerBound - 1].key == "the" ? 2 : 1), of >= 1, tokens[of].key == "of",
               ["head", "leader", "chief", "member"].contains(tokens[of - 1].key) {
                return [(e, m.tokens.lowerBound, false)]
            }
        }
        // Left: walk over the title zone ("Moldovan Prime Minister X", "Foreign Minister of the
        // Republic of Korea X", "Chile's X"); a state there counts when a title is in the zone
        // or the state is possessive.
        var k = name.lowerBound - 1
        var sawTitle = false
        var candidates: [(LexiconEntry, Int, possessive: Bool)] = []
        var officeStates = Set<String>()
        while k >= 0 {
            let key = tokens[k].key
            // "US envoy for the Horn of Africa X": a title's complement is skipped, with any
            // name in it (an envoy for Iran does not represent Iran).
            if let opening = titleComplement(endingAt: k, in: a) { k = opening - 1; continue }
            if let m = mention(at: k) {
                if m.kind == .title { sawTitle = true; k = m.tokens.lowerBound - 1; continue }
                if let e = affiliation(m) {
                    if case .office = m.kind {
                        sawTitle = true
                        if e.kind == .state { officeStates.insert(e.id) }
                    }
                    let possessive = m.tokens.upperBound < tokens.count && tokens[m.tokens.upperBound].key == "'s"
                    candidates.append((e, m.tokens.lowerBound, possessive))
                    k = m.tokens.lowerBound - 1
                    continue
                }
                break
            }
            // A comma ends the zone once a state is found: "During his visit to Ankara, Greek
            // Prime Minister X" is Greek only.
            if key == ",", !candidates.isEmpty { break }
            // Nor does a comma closing another's "of <state>": "King Fahd of Saudi Arabia, King
            // Hassan II"; but a title's own does not: "The Prime Minister of Qatar, Sheikh Hamad".
            if key == ",", sawTitle, k >= 1, let before = mention(at: k - 1), affiliation(before) != nil,
               before.tokens.lowerBound >= 1, tokens[before.tokens.lowerBound - 1].key == "of",
               before.tokens.lowerBound < 2 || mention(at: before.tokens.lowerBound - 2)?.kind != .title { break }
            if ["'s", "of", "the", "-", "(", ")", ".", ",", "acting", "interim", "caretaker", "outgoing", "incoming", "new"].contains(key)
                || tokens[k].flags.contains(.honorific) || tokens[k].flags.contains(.institutionWord) { k -= 1; continue }
            if tokens[k].flags.contains(.pluralTitle) { sawTitle = true; k -= 1; continue }
            break
        }
        // "former Nigerian President X" no longer holds the office.
        let formerly = (max(0, k - 1)...max(0, k + 1)).contains { $0 < name.lowerBound && ["former", "ex", "late"].contains(tokens[$0].key) }
            || (k + 1..<name.lowerBound).contains { ["former", "ex"].contains(tokens[$0].key) }
        // An office only one state has yields to a state named with it: "Vatican Secretary of
        // State Pietro Parolin" is not American.
        if candidates.contains(where: { !officeStates.contains($0.0.id) && $0.0.kind == .state }) {
            candidates.removeAll { officeStates.contains($0.0.id) }
        }
        found += candidates.filter { sawTitle || $0.possessive }.map { ($0.0, $0.1, formerly) }
        // Right: "Sergey Lavrov of Russia", "Gibril Ibrahim of the Justice and Equality Movement".
        let body = name.upperBound + 1 < tokens.count && tokens[name.upperBound + 1].key == "the" ? name.upperBound + 2 : name.upperBound + 1
        if body < tokens.count, tokens[name.upperBound].key == "of", let m = mention(at: body),
           case let .actor(e) = m.kind, m.tokens.lowerBound == body, body == name.upperBound + 1 || e.kind == .organization {
            found.append((e, m.tokens.lowerBound, false))
        }
        // Right: "X, Chile's foreign minister", "X, the foreign minister of Chile".
        if name.upperBound < tokens.count, tokens[name.upperBound].key == "," || tokens[name.upperBound].key == "(" {
            var k = name.upperBound + 1
            var candidates: [(LexiconEntry, Int, former: Bool)] = []
            var sawTitle = false
            // "the EU's envoy and a former Swedish prime minister": "former" holds for its conjunct,
            // also for the state before it ("Kenya's former president").
            var former = false
            var conjunct = 0
            var aideTo = false
            while k < tokens.count {
                let key = tokens[k].key
                if ["former", "ex"].contains(key) {
                    former = true
                    for c in candidates.indices[conjunct...] { candidates[c].former = true }
                    k += 1
                    continue
                }
                if let m = mention(at: k) {
                    if m.kind == .title {
                        sawTitle = true
                        aideTo = aideTo || Self.aideTitles.contains(tokens[m.tokens.upperBound - 1].key)
                        k = m.tokens.upperBound
                        continue
                    }
                    if let e = affiliation(m) {
                        if case .office = m.kind { sawTitle = true }
                        candidates.append((e, m.tokens.lowerBound, former))
                        k = m.tokens.upperBound
                        continue
                    }
                    break
                }
                // "Blinken did not meet Lavrov, and a State Department spokesman said": a new
                // clause, not an apposition.
                if key == "and", k == name.upperBound + 1 { break }
                if key == "and" { former = false; conjunct = candidates.count }
                // "X, an aide to Russian President Y": the aide serves Y's state.
                if key == "to", aideTo { k += 1; continue }
                if ["'s", "of", "the", "a", "an", "-", "and", "then"].contains(key) || tokens[k].isWord && !tokens[k].isCapitalized && ["current", "acting", "new", "chief", "top", "senior", "veteran"].contains(key) {
                    k += 1
                    continue
                }
                break
            }
            // "X, Croatia's president, Franjo Tudjman": the apposition names the next person.
            var next = k
            if next < tokens.count, tokens[next].key == "," { next += 1 }
            // "…, Ukraine's representative, former President Leonid Kuchma".
            while next < tokens.count, ["former", "ex"].contains(tokens[next].key) || mention(at: next)?.kind == .title {
                next = mention(at: next)?.tokens.upperBound ?? next + 1
            }
            // (A person's name, not an institution's: "the secretary of Iran's Supreme National
            // Security Council".)
            let namesNext = !aideTo && a.names.contains { name in
                name.0.lowerBound == next && (name.0.count >= 2 || persons.resolve(tokens[name.0].map(\.text)) != nil)
            }
            if sawTitle && !namesNext { found += candidates }
            // "X, national security adviser to Prime Minister Abiy Ahmed": the state of the
            // person served, when the article has named it.
            if aideTo, candidates.isEmpty, let served = a.names.first(where: { $0.0.lowerBound == k })?.0,
               let p = persons.resolve(tokens[served].map(\.text)), case let .entity(state)? = sides[.person(p)] {
                found.append((state, served.lowerBound, former))
            }
        }
        // "X, who led the Greek delegation", "X headed the delegation of Indonesia".
        var r = name.upperBound
        if r + 1 < tokens.count, tokens[r].key == ",", tokens[r + 1].key == "who" { r += 2 }
        if r < tokens.count, ["led", "leads", "headed", "heads", "leading", "heading"].contains(tokens[r].key) {
            let window = (r + 1)..<min(tokens.count, r + 7)
            if let d = window.first(where: { ["delegation", "team", "mission", "side"].contains(tokens[$0].key) }) {
                // The delegation's own qualifier: "the Philippine side", "the delegation of
                // Indonesia"; not "…, while China's delegation".
                let after = d + 1 < tokens.count && tokens[d + 1].key == "of" ? d + 4 : d
                for m in a.mentions where m.tokens.lowerBound > r && m.tokens.lowerBound >= d - 3 && m.tokens.lowerBound <= after {
                    if let e = affiliation(m) { found.append((e, m.tokens.lowerBound, false)) }
                }
            }
        }
        // "Abiy Ahmed, who currently chairs IGAD", "Faki, who chairs the AU Commission": the
        // body a relative clause says the person leads.
        // (`r` is past ", who" when the name opens a relative clause.)
        if r == name.upperBound + 2 {
            var v = r
            if v < tokens.count, ["currently", "now", "also", "still"].contains(tokens[v].key) { v += 1 }
            if v < tokens.count, ["chairs", "heads", "leads", "runs", "presides"].contains(tokens[v].key) {
                var o = v + 1
                while o < tokens.count, ["the", "over"].contains(tokens[o].key) { o += 1 }
                if let m = a.mentions.first(where: { $0.tokens.lowerBound == o }), let e = affiliation(m), e.kind == .organization {
                    found.append((e, m.tokens.lowerBound, false))
                }
            }
        }
        // "the delegation of Indonesia headed by Foreign Minister X", "the Greek delegation, led by X".
        var t = name.lowerBound - 1
        while t >= 0, let m = mention(at: t), m.kind == .title { t = m.tokens.lowerBound - 1 }
        if t >= 1, tokens[t].key == "by", ["headed", "led", "chaired"].contains(tokens[t - 1].key) {
            let window = max(0, t - 9)..<(t - 1)
            if let d = window.reversed().first(where: { ["delegation", "team", "mission", "side"].contains(tokens[$0].key) }) {
                for m in a.mentions where abs(m.tokens.lowerBound - d) <= 3 {
                    if let e = affiliation(m) { found.append((e, m.tokens.lowerBound, false)) }
                }
            }
        }
        // "Iran's President Ebrahim Raisi and Foreign Minister Hossein Amir-Abdollahian": a
        // possessive state before the first title holds for the second titled name.
        if found.isEmpty, let title = a.mentions.first(where: { $0.kind == .title && $0.tokens.upperBound == name.lowerBound }),
           title.tokens.lowerBound >= 1, tokens[title.tokens.lowerBound - 1].key == "and",
           let previous = a.names.first(where: { $0.0.upperBound == title.tokens.lowerBound - 1 })?.0,
           let firstTitle = a.mentions.first(where: { $0.kind == .title && $0.tokens.upperBound == previous.lowerBound }),
           firstTitle.tokens.lowerBound >= 2, tokens[firstTitle.tokens.lowerBound - 1].key == "'s",
           let owner = mention(at: firstTitle.tokens.lowerBound - 2), let e = affiliation(owner) {
            found.append((e, owner.tokens.lowerBound, false))
        }
        // "Qatar … was represented at the ceremony by its Minister of State X".
        if found.isEmpty {
            var k = name.lowerBound - 1
            while k >= 0, a.mentions.contains(where: { $0.kind == .title && $0.tokens.contains(k) }) || ["its", "their", "the"].contains(tokens[k].key) { k -= 1 }
            if k >= 1, tokens[k].key == "by", let represented = (max(0, k - 6)..<k).last(where: { tokens[$0].key == "represented" }),
               let subject = a.mentions.first(where: { m in
                   guard m.tokens.upperBound <= represented, !m.isPlace, case let .actor(e) = m.kind else { return false }
                   return e.kind == .state || e.kind == .organization
               }), let e = affiliation(subject) {
                // The state stays an actor of its sentence: no token of it only qualifies a title.
                found.append((e, -1, false))
            }
        }
        // "the country's foreign minister": the state the story was last about.
        if found.isEmpty, let state = recentStates.first {
            let before = name.lowerBound
            var k = before - 1
            var titled = false
            while k >= 0 {
                if a.mentions.contains(where: { $0.kind == .title && $0.tokens.contains(k) }) { titled = true; k -= 1; continue }
                if [",", "and"].contains(tokens[k].key) || tokens[k].flags.contains(.honorific) { k -= 1; continue }
                break
            }
            let left = k >= 2 && titled && tokens[k].key == "'s" && tokens[k - 1].key == "country" && tokens[k - 2].key == "the"
            let right = name.upperBound + 3 < tokens.count && tokens[name.upperBound].key == "," && tokens[name.upperBound + 1].key == "the"
                && tokens[name.upperBound + 2].key == "country" && tokens[name.upperBound + 3].key == "'s"
                && a.mentions.contains { $0.kind == .title && $0.tokens.lowerBound == name.upperBound + 4 }
            if left || right { found.append((state, max(0, k), false)) }
        }
        // "US envoys Steve Witkoff and Jared Kushner": names coordinated after a plural title
        // share its affiliation, unless they have their own ("… Tsipras of Greece and Zaev of
        // Macedonia").
        if found.isEmpty, let previous = coordinatedUnderPluralTitle(name, in: a) { return affiliations(of: previous, in: a) }
        var seen = Set<String>()
        return found.filter { seen.insert($0.0.id).inserted }
    }

    /// "The foreign ministers of Armenia and Azerbaijan, Ararat Mirzoyan and Jeyhun Bayramov",
    /// "Armenian and Azerbaijani foreign ministers X and Y": as many states as names under a
    /// plural title, paired in order. The state of `name` and its token position.
    func respectiveAffiliation(of name: Range<Int>, in a: Analyzed) -> (LexiconEntry, Int)? {
        let tokens = a.tokens
        func joins(_ from: Int, _ to: Int) -> Bool {
            (1...2).contains(to - from) && tokens[from..<to].allSatisfy { $0.key == "," || $0.key == "and" }
        }
        // A name in a list has a comma or "and" right before or after it; most have neither,
        // and need not sort the sentence's names.
        func joiner(_ k: Int) -> Bool { k >= 0 && k < tokens.count && !tokens[k].flags.isDisjoint(with: [.comma, .and]) }
        guard joiner(name.lowerBound - 1) || joiner(name.upperBound) else { return nil }
        let names = a.names.map(\.0).sorted { $0.lowerBound < $1.lowerBound }
        guard let i = names.firstIndex(of: name) else { return nil }
        var first = i, last = i
        while first > 0, joins(names[first - 1].upperBound, names[first].lowerBound) { first -= 1 }
        while last + 1 < names.count, joins(names[last].upperBound, names[last + 1].lowerBound) { last += 1 }
        let count = last - first + 1
        guard count >= 2 else { return nil }
        /// The states listed, left to right, in the mentions of `kind` ending at `end`.
        func list(endingAt end: Int, demonyms: Bool) -> [(LexiconEntry, Int)] {
            var found: [(LexiconEntry, Int)] = []
            var k = end
            while k >= 0, let m = a.mentions.first(where: { $0.tokens.upperBound == k + 1 }) {
                switch m.kind {
                case let .actor(e) where !demonyms: found.insert((e, m.tokens.lowerBound), at: 0)
                case let .demonym(e) where demonyms: found.insert((e, m.tokens.lowerBound), at: 0)
                default: return found
                }
                k = m.tokens.lowerBound - 1
                guard k >= 0, tokens[k].key == "," || tokens[k].key == "and" else { return found }
                k -= 1
                if k >= 0, tokens[k].key == "," { k -= 1 }
            }
            return found
        }
        var k = names[first].lowerBound - 1
        var states: [(LexiconEntry, Int)] = []
        if k >= 0, tokens[k].key == "," {
            // "… ministers of Armenia and Azerbaijan, X and Y".
            states = list(endingAt: k - 1, demonyms: false)
            guard let start = states.first?.1, start >= 2, tokens[start - 1].key == "of", tokens[start - 2].flags.contains(.pluralTitle) else { return nil }
        } else if k >= 0, tokens[k].flags.contains(.pluralTitle) {
            // "Armenian and Azerbaijani foreign ministers X and Y".
            k -= 1
            while k >= 0, names[first].lowerBound - k <= 4, tokens[k].isWord, !a.mentions.contains(where: { $0.tokens.contains(k) }) { k -= 1 }
            states = list(endingAt: k, demonyms: true)
        }
        guard states.count == count else { return nil }
        return states[i - first]
    }

    /// Plural titles before coordinated names: "US envoys X and Y".
    static let pluralTitles: Set<String> = ["envoys", "ministers", "presidents", "negotiators", "diplomats", "ambassadors", "representatives", "mediators", "delegates", "officials"]
    /// The bodies a delegation's head is named after: "the head of the Russian delegation, X".
    static let delegationNouns: Set<String> = ["delegation", "team", "mission", "side"]
    /// Titles of those who serve another office holder: "an aide to Russian President Y".
    static let aideTitles: Set<String> = ["aide", "adviser", "advisor", "envoy", "spokesman", "spokeswoman", "spokesperson"]

    /// Whom a person acts for, as the text says: right after the name ("signed by Kabineh Ja'neh
    /// for the LURD"), "on behalf of" further on in their clause ("Mbeki, who brokered the
    /// agreement on behalf of SADC"), or a body of the article the person's name owns
    /// ("Mugabe's ZANU-PF"; not "Trump's NATO allies", which are no body of his).
    func actingFor(_ name: Range<Int>, in a: Analyzed) -> (LexiconEntry, Int)? {
        let tokens = a.tokens
        func entity(at start: Int, bodyOnly: Bool = false) -> (LexiconEntry, Int)? {
            let k = start < tokens.count && tokens[start].key == "the" ? start + 1 : start
            guard k < tokens.count, let m = a.mentions.first(where: { $0.tokens.lowerBound == k }), case let .actor(e) = m.kind,
                  e.kind != .person, e.role == .name || e.role == .seat else { return nil }
            // "thanked Lavrov for Russia's help" names no side.
            if m.tokens.upperBound < tokens.count, tokens[m.tokens.upperBound].key == "'s" { return nil }
            if bodyOnly, e.kind != .organization || lexicon.entity(named: e.label) != nil { return nil }
            return (e, k)
        }
        let after = name.upperBound
        guard after < tokens.count else { return nil }
        if tokens[after].key == "for", let found = entity(at: after + 1) { return found }
        if tokens[after].key == "'s", let found = entity(at: after + 1, bodyOnly: true) { return found }
        var k = after
        while k + 3 < tokens.count, k - after < 16, ![".", ";"].contains(tokens[k].key) {
            if k > after, a.names.contains(where: { $0.0.lowerBound == k }) { break }
            if tokens[k].key == "on", tokens[k + 1].key == "behalf", tokens[k + 2].key == "of" {
                return entity(at: k + 3)
            }
            k += 1
        }
        return nil
    }

    /// The office a person is named with: the title right before the name ("Prime Minister
    /// X" → "prime minister"), in an apposition after it, or a plural one it shares ("Prime
    /// Ministers X and Y").
    func office(before name: Range<Int>, in a: Analyzed) -> String? {
        let tokens = a.tokens
        let comma = name.lowerBound >= 1 && tokens[name.lowerBound - 1].key == "," ? 1 : 0
        if let title = a.mentions.first(where: { $0.kind == .title && $0.tokens.upperBound == name.lowerBound - comma }) {
            return tokens[title.tokens].map(\.key).joined(separator: " ")
        }
        // "Franjo Tudjman, Croatia's president", "Alija Izetbegovic, the President of Bosnia".
        if name.upperBound < tokens.count, tokens[name.upperBound].key == "," {
            var k = name.upperBound + 1
            while k < tokens.count, k - name.upperBound <= 6 {
                if let m = a.mentions.first(where: { $0.tokens.lowerBound == k }) {
                    if m.kind == .title { return tokens[m.tokens].map(\.key).joined(separator: " ") }
                    k = m.tokens.upperBound
                    continue
                }
                guard ["the", "'s", "a", "an"].contains(tokens[k].key) else { break }
                k += 1
            }
        }
        let first = coordinatedUnderPluralTitle(name, in: a) ?? name
        guard first.lowerBound >= 1, tokens[first.lowerBound - 1].flags.contains(.pluralTitle) else { return nil }
        let start = first.lowerBound >= 2 && tokens[first.lowerBound - 2].isCapitalized && tokens[first.lowerBound - 2].isWord ? first.lowerBound - 2 : first.lowerBound - 1
        return Self.singular(tokens[start..<first.lowerBound].map(\.key).joined(separator: " "))
    }

    /// "foreign ministers" → "foreign minister", "premiers" → "premier".
    static func singular(_ words: String) -> String {
        words.hasSuffix("s") ? String(words.dropLast()) : words
    }

    /// The name before "and"/"," whose plural title `name` shares: in "US envoys Steve Witkoff
    /// and Jared Kushner", Witkoff's name for Kushner's.
    func coordinatedUnderPluralTitle(_ name: Range<Int>, in a: Analyzed) -> Range<Int>? {
        let tokens = a.tokens
        guard name.lowerBound >= 2, ["and", ","].contains(tokens[name.lowerBound - 1].key) else { return nil }
        // "Prime Ministers Alexis Tsipras of Greece and Zoran Zaev": past the first one's state.
        var end = name.lowerBound - 1
        if let state = a.mentions.first(where: { $0.tokens.upperBound == end }), state.tokens.lowerBound >= 2,
           tokens[state.tokens.lowerBound - 1].key == "of" { end = state.tokens.lowerBound - 1 }
        guard let previous = a.names.first(where: { $0.0.upperBound == end })?.0 else { return nil }
        if previous.lowerBound >= 1, tokens[previous.lowerBound - 1].flags.contains(.pluralTitle) { return previous }
        return coordinatedUnderPluralTitle(previous, in: a).map { _ in previous }
    }

    /// The start of a title's complement that ends at `end` ("for the Horn of Africa", "for
    /// Foreign Affairs and Security Policy"): "for"/"on" right after a title or an affiliation,
    /// then capitalised words, "the", "and", "of".
    func titleComplement(endingAt end: Int, in a: Analyzed) -> Int? {
        let tokens = a.tokens
        guard tokens[end].isCapitalized else { return nil }
        var j = end
        while j > 0, end - j < 8 {
            let key = tokens[j].key
            // "the United States Ambassador to Malaysia, Edgar Kagan": the state posted to.
            if key == "to", a.mentions.contains(where: { $0.kind == .title && $0.tokens.upperBound == j }),
               ["ambassador", "ambassadors", "envoy", "envoys", "representative", "emissary", "consul"].contains(tokens[j - 1].key) { return j }
            if key == "for" || key == "on" {
                guard let m = a.mentions.first(where: { $0.tokens.upperBound == j }) else { return nil }
                switch m.kind {
                case .title, .actor, .office: return j
                default: return nil
                }
            }
            // Lowercase words too: "for the normalization process with Armenia".
            guard tokens[j].isWord || key == "-", tokens[j].cue == nil else { return nil }
            // A title that ends in its preposition: "special envoy for".
            if ["for", "on"].contains(tokens[j - 1].key), a.mentions.contains(where: { $0.kind == .title && $0.tokens.upperBound == j }) { return j }
            j -= 1
        }
        return nil
    }

    /// Institutions inside a title ("Deputy Speaker of the Georgian Parliament X").
    static let institutionWords: Set<String> = [
        "parliament", "government", "ministry", "assembly", "senate", "council", "cabinet", "presidency",
        "commission", "national", "federal", "state", "house", "duma", "knesset", "majlis",
    ]

    /// Cues in the sentence as (token position, length, cue), longest match first.
    func findCues(_ tokens: [Token]) -> [(Int, Int, Lexicon.Cue)] {
        var out: [(Int, Int, Lexicon.Cue)] = []
        var i = 0
        while i < tokens.count {
            guard tokens[i].flags.contains(.cueStart) else { i += 1; continue }
            var key = ""
            var best: (Int, Lexicon.Cue)?
            var k = i
            // A cue cannot go on over a word no cue has.
            while k < tokens.count && k - i < lexicon.maxCueWords && (k == i || !tokens[k].isWord || tokens[k].flags.contains(.cueWord)) {
                key += key.isEmpty ? tokens[k].key : " " + tokens[k].key
                // The first word's cue is on its token already (`Lexicon.tag`).
                if let cue = k == i && tokens[i].isWord ? tokens[i].cue : lexicon.cueTable[key] { best = (k + 1 - i, cue) }
                k += 1
            }
            // "called" is a call only with whom it was made: not "called it", "called for";
            // "called on X" is a visit, "called on X to stop" an appeal.
            if let (length, _) = best, tokens[i].key == "called",
               length == 1 ? !(i + 1 < tokens.count && tokens[i + 1].isCapitalized)
                           : tokens[(i + length)...].prefix(8).contains(where: { $0.key == "to" }) {
                // An appeal is no event: "Macron called on Israel and Hamas to agree to a truce".
                if length > 1 { out.append((i, length, .negate)) }
                i += length
                continue
            }
            // "agreed to meet", "committed to work out a truce": a commitment to an act to come,
            // no agreement yet; its "to" plans the act.
            if let (length, cue) = best, cue == .sign, tokens[i + length - 1].key == "to", i + length < tokens.count,
               tokens[i + length].cue.map({ [.meet, .host, .sign, .mediate].contains($0) }) ?? Self.verbsAfterTo.contains(tokens[i + length].key) {
                out.append((i + length - 1, 1, .plan))
                i += length
                continue
            }
            // "to meet", "to hold": the plan is in "to", and the verb is still an event.
            if let (length, cue) = best, cue == .plan, length == 2, tokens[i].key == "to" {
                out.append((i, 1, cue))
                i += 1
            } else if let (length, cue) = best {
                out.append((i, length, cue))
                i += length
            } else {
                i += 1
            }
        }
        return out
    }

    static let styleTitles = Lexicon.styleTitles

    /// Everyone the article has told mediating so far: no party of a mediation recalled later.
    func knownMediators() -> Set<Actor> { Set(edges.lazy.filter { $0.type == .mediated }.map(\.source)) }

    /// `knownMediators().contains(actor)`, for one actor: no set built to ask once.
    func isKnownMediator(_ actor: Actor) -> Bool { edges.contains { $0.type == .mediated && $0.source == actor } }

    /// "instructed X to begin talks with Y": verbs that send someone else to an event.
    static let instructionVerbs: Set<String> = ["instructed", "asked", "ordered", "directed", "tasked", "authorised", "authorized", "sent", "dispatched", "mandated"]

    /// Who one speaks to without meeting them.
    static let audiences: Set<String> = ["reporters", "journalists", "press", "media", "supporters", "students", "crowd", "crowds",
                                         "nation", "audience", "lawmakers", "parliament", "television", "radio", "newspaper", "broadcaster", "delegates"]

    /// Nouns naming someone by their tie to another person.
    static let relationNouns: Set<String> = [
        "father", "mother", "son", "daughter", "wife", "husband", "brother", "sister", "widow", "uncle", "nephew", "niece",
        "cousin", "grandson", "granddaughter", "predecessor", "successor", "deputy", "aide", "aides", "spokesman", "spokeswoman",
        "emissary", "envoy", "adviser", "advisor",
    ]

    /// Modality cues that reach past a few words, to the end of their clause: plans and
    /// refusals, not the bare "not", "no" or "would".
    static let longReachCues: Set<String> = [
        "refused", "refuses", "refusing", "declined", "declines", "failed to", "rejected", "rejects", "boycotted",
        "did not", "didn't", "does not", "doesn't", "do not", "don't", "never", "barred from",
        "called on", "calls on", "urged", "urges", "urging", "appealed to", "appeals to", "pressed",
        "will", "is expected to", "are expected to", "expected to", "is set to", "are set to", "is scheduled to",
        "are scheduled to", "plans to", "plan to", "is due to", "are due to", "intends to",
    ]
    static let modalityBreaks: Set<String> = [",", ";", ":", "but", "while", "although", "though", "whereas", "after", "before", "when", "since", "because", "and", "who", "which"]

    /// The status of the event whose cue stands at `position`; nil when it is negated.
    @inline(__always) func modality(at position: Int, tokens: [Token], cues: [(Int, Int, Lexicon.Cue)]) -> EdgeStatus? {
        Self.modality(at: position, tokens: tokens, cues: cues)
    }

    static func modality(at position: Int, tokens: [Token], cues: [(Int, Int, Lexicon.Cue)]) -> EdgeStatus? {
        var planned = false
        for (p, length, cue) in cues {
            // A cue governs the event verb soon after it, or further on in its own clause:
            // "Hochstein is expected to return to Beirut on Friday for talks with Mikati", "their
            // delegation had refused to sit at the same table as the Israelis or to sign".
            // Not across a comma: "Kask, who travels to Riga next week, met Varga".
            let gap = position - (p + length)
            let between = tokens[min(p + length, position)..<max(p + length, position)]
            // "and" ends the clause unless it joins names: "urged Putin and Zelensky to meet".
            let sameClause = gap > 3 && gap <= 12 && Self.longReachCues.contains(tokens[p..<(p + length)].map(\.key).joined(separator: " "))
                && !between.indices.contains { k in
                    Self.modalityBreaks.contains(tokens[k].key)
                        && !(tokens[k].key == "and" && k + 1 < tokens.count && (tokens[k + 1].isCapitalized || ["the", "his", "her", "their"].contains(tokens[k + 1].key)))
                }
            let before = p < position && ((gap <= 3 && !between.contains { $0.key == "," }) || sameClause)
            let clauseBreak = (min(p, position)..<max(p, position)).contains { tokens[$0].key == ";" || tokens[$0].key == "but" }
            // "Lupu, who was invited by Latvia, met Varga": the guest of an invitation already
            // made is there; only "Lupu invited Varga to visit" plans a meeting.
            let invitedBy = tokens[p].key.hasPrefix("invit") && p + length < tokens.count && tokens[p + length].key == "by"
            switch cue {
            case .negate where before && !clauseBreak: return nil
            // "next week" wherever it stands in the sentence, but for a relative clause of its
            // own ("Kask, who travels to Riga next week, met Varga").
            case .plan where !invitedBy && (before && !clauseBreak) || ["next week", "next month", "next year", "upcoming"].contains(tokens[p..<(p + length)].map(\.key).joined(separator: " "))
                && !(p < position && between.contains { $0.key == "," } && tokens[max(0, p - 8)..<p].contains { $0.key == "who" || $0.key == "which" }):
                planned = true
            default: break
            }
        }
        // "The meeting between A and B was cancelled", "… was postponed".
        if tokens[position].flags.contains(.eventNoun) || ["visit", "call", "talks"].contains(tokens[position].key),
           case let after = tokens[min(position + 1, tokens.count)..<min(position + 13, tokens.count)].prefix(while: { ![",", ";", "but"].contains($0.key) }).map(\.key),
           let k = after.firstIndex(where: { ["was", "were", "has", "have", "had", "been"].contains($0) }) {
            let rest = after[(k + 1)...].drop { ["been", "later", "abruptly", "also"].contains($0) }
            if let verb = rest.first {
                if ["cancelled", "canceled", "scrapped", "called"].contains(verb) { return nil }
                if ["postponed", "delayed", "rescheduled"].contains(verb) { return .planned }
            }
        }
        // "a possible meeting between A and B", "a meeting between A and B could take place":
        // an event noun told as a prospect.
        if tokens[position].flags.contains(.eventNoun) {
            if tokens[max(0, position - 2)..<position].contains(where: { Self.prospectWords.contains($0.key) }) { return .planned }
            let after = tokens[min(position + 1, tokens.count)..<min(position + 10, tokens.count)]
                .prefix(while: { ![",", "."].contains($0.key) && !Self.breaksClause($0) })
            if after.contains(where: { ["could", "might", "may", "would", "will"].contains($0.key) }) { return .planned }
        }
        // "Duarte and Ortega would have held a private talk", as translation from French and
        // Spanish hedges a past event: reported, not planned.
        let hedgedPast = position >= 2 && tokens[position - 1].key == "have" && ["would", "could", "might", "may"].contains(tokens[position - 2].key)
        if planned, !hedgedPast { return .planned }
        if hedgedPast || cues.contains(where: { $0.2 == .report }) { return .reported }
        return .occurred
    }

    /// Mediators named around a mediation or hosting cue.
    func mediatorsAround(cue: Int, length: Int, kind: Lexicon.Cue, actors: [(Actor, Int)], tokens: [Token]) -> [(Actor, Int)] {
        let after = cue + length
        let hardBreaks = Self.phraseBreaks
        /// First position at or after `start` where the phrase ends; commas do not end it, since
        /// names come with appositions ("by Norway's foreign minister, Johan Jorgen Holst").
        func phraseEnd(from start: Int) -> Int {
            var k = start
            while k < tokens.count, !hardBreaks.contains(tokens[k].key), tokens[k].cue == nil { k += 1 }
            return k
        }
        /// Start of the phrase ending before `end`, going back over names, commas and "and".
        func phraseStart(before end: Int, stops: Set<String>) -> Int {
            var k = end
            while k > 0, !stops.contains(tokens[k - 1].key), tokens[k - 1].cue == nil { k -= 1 }
            return k
        }
        /// The actors of the phrase that ", who" (or ", which") at `relative` stands for: "X and
        /// Y, who brokered the meeting, …".
        func antecedents(ofRelativeAt relative: Int) -> [(Actor, Int)] {
            let start = phraseStart(before: relative - 1, stops: hardBreaks.union(["with"]))
            return actors.filter { $0.1 >= start && $0.1 < relative - 1 }
        }
        /// The item of a list before the ", and" at `and`, whose title stands in apposition: in
        /// "Galbraith, the US ambassador, and Redman", where "Galbraith" starts and the comma
        /// after it.
        func itemInApposition(before and: Int) -> (start: Int, comma: Int)? {
            guard and >= 2, tokens[and].key == "and", tokens[and - 1].key == ",",
                  let comma = (max(0, and - 16)..<(and - 1)).last(where: { tokens[$0].key == "," }),
                  !tokens[comma..<(and - 1)].contains(where: { hardBreaks.contains($0.key) || $0.cue != nil }) else { return nil }
            return (phraseStart(before: comma, stops: hardBreaks.union([",", "with", "as"])), comma)
        }
        // "mediated by X", "hosted by X", "with the mediation of X", "under the auspices of X"
        // (a cue that ends in its preposition).
        // "A and B, the co-sponsors of the Jeddah talks, urged …": a role noun's "of" names the
        // process; the mediators are the ones it stands in apposition to.
        let roleNoun = Self.isRoleNoun(cue: cue, length: length, tokens: tokens)
        if roleNoun, cue >= 2, tokens[cue - 1].key == "the", tokens[cue - 2].key == "," {
            let start = phraseStart(before: cue - 2, stops: hardBreaks.union(["with"]))
            let named = actors.filter { $0.1 >= start && $0.1 < cue - 2 }
            if !named.isEmpty { return named }
        }
        // "a mediation conducted by Algeria", "the facilitation led by Norway": a mediation noun
        // and the participle that names who carries it out.
        let agentAt = after + 1 < tokens.count && Self.conductingWords.contains(tokens[after].key) && tokens[after + 1].key == "by" ? after + 1 : nil
        if let preposition = agentAt ?? [after, after - 1].first(where: { $0 < tokens.count && ["by", "of", "from"].contains(tokens[$0].key) }) {
            var end = phraseEnd(from: preposition + 1)
            // "Thanks to the good offices of Switzerland, Armenia and Turkey signed …": an
            // opening adverbial ends at its comma.
            if cue <= 3, ["thanks", "with", "under", "through", "owing"].contains(tokens[0].key), let comma = (preposition + 1..<end).first(where: { tokens[$0].key == "," }) { end = comma }
            var named = actors.filter { $0.1 > preposition && $0.1 < end }
            // "witnessed by Mbeki, who brokered the deal for SADC, and by a row of heads of
            // state, among them Kikwete": past a relative clause, a second "by" goes on.
            if end < tokens.count, end >= 1, tokens[end].key == "who" || tokens[end].key == "which", tokens[end - 1].key == ",",
               let close = (end + 1..<min(tokens.count, end + 20)).first(where: { tokens[$0].key == "," || hardBreaks.contains(tokens[$0].key) }),
               tokens[close].key == ",", close + 2 < tokens.count, tokens[close + 1].key == "and", tokens[close + 2].key == "by" {
                named += actors.filter { $0.1 > close + 2 && $0.1 < phraseEnd(from: close + 3) }
            }
            // "a mediation conducted by Algeria, to which were associated the UN and the AU": the
            // French "auquel étaient associés" as translated adds the bodies joined to it.
            if end + 3 < tokens.count, tokens[end].key == "which", ["to", "with"].contains(tokens[end - 1].key), tokens[end - 2].key == ",",
               ["were", "was", "are", "is"].contains(tokens[end + 1].key), ["associated", "joined"].contains(tokens[end + 2].key) {
                named += actors.filter { $0.1 > end + 2 && $0.1 < phraseEnd(from: end + 3) }
            }
            // "with the US and the Soviet Union standing as guarantors of the settlement": a role
            // noun's "of" that names no one names the process; the mediators are found below.
            if !(roleNoun && named.isEmpty && tokens[preposition].key == "of") { return named }
        }
        // "with the four mediators sitting with them at the table: the founder of the community,
        // Andrea Riccardi, the priest Matteo Zuppi, …": the people listed after a colon.
        if roleNoun, let colon = (after..<min(tokens.count, after + 10)).first(where: { tokens[$0].key == ":" }),
           !tokens[after..<colon].contains(where: { $0.cue != nil || hardBreaks.contains($0.key) }) {
            let listed = actors.filter { $0.1 > colon && $0.0.isPerson }
            if !listed.isEmpty { return listed }
        }
        // "Mediators Egypt and Qatar said …", "…, the mediators Egypt and Qatar said": the
        // names right after a role noun.
        if roleNoun {
            var end = after
            while end < tokens.count, actors.contains(where: { $0.1 == end }) || [",", "and"].contains(tokens[end].key)
                    || (end > after && !tokens[end].isPunctuation && actors.contains(where: { $0.1 < end && $0.1 >= after }) && tokens[end].isCapitalized) { end += 1 }
            var named = actors.filter { $0.1 >= after && $0.1 < end }
            // "Malaysian facilitator Tengku Ghafar and MILF panel chief Mohagher Iqbal": a name
            // that qualifies the title after it starts the next person, not another mediator.
            if end < tokens.count, tokens[end].isWord, !tokens[end].isCapitalized, named.count >= 2, named.last!.1 == end - 1,
               tokens[end..<min(end + 3, tokens.count)].prefix(while: \.isWord).contains(where: { $0.flags.contains(.titleStart) }) {
                named.removeLast()
            }
            if !named.isEmpty { return named }
        }
        // "Qatar's mediation", "the Kremlin's mediation".
        if cue >= 2, tokens[cue - 1].key == "'s" {
            return actors.filter { $0.1 < cue - 1 && $0.1 >= cue - 5 }.suffix(1).map { $0 }
        }
        // "X and Y, who brokered the meeting, sat down with …": the names before ", who".
        var w = cue - 1
        while w >= 0, ["had", "has", "have", "been", "is", "was", "are", "were", "also", "jointly", "personally"].contains(tokens[w].key) { w -= 1 }
        if w >= 1, tokens[w].key == "who" || tokens[w].key == "which", tokens[w - 1].key == "," {
            return antecedents(ofRelativeAt: w)
        }
        // "The talks, which Latvian President Aro Kask had convened, …": the subject inside the
        // relative clause.
        if tokens[cue].key.hasSuffix("ed"), let which = (max(0, cue - 10)..<cue).last(where: { ["which", "that"].contains(tokens[$0].key) }), which >= 1,
           tokens[which - 1].key == ",", !tokens[(which + 1)..<cue].contains(where: { $0.cue != nil || $0.key == "," }) {
            let inside = actors.filter { $0.1 > which && $0.1 < cue }
            if !inside.isEmpty { return inside }
        }
        // "Matthew Nimetz, the UN envoy who has mediated between …": the last actor before "who".
        if w >= 1, tokens[w].key == "who" {
            let start = phraseStart(before: w, stops: hardBreaks.union(["with"]))
            return actors.filter { $0.1 >= start && $0.1 < w }.suffix(1).map { $0 }
        }
        // "with Cuba and Norway as guarantors", "X and Y signed as witnesses".
        // "acted as an informal go-between".
        if let asAt = (max(0, cue - 3)..<cue).last(where: { tokens[$0].key == "as" }),
           tokens[(asAt + 1)..<cue].allSatisfy({ ["a", "an", "the", "informal", "chief", "main", "key", "joint"].contains($0.key) }) {
            // "Yechury, who is on good terms with both sides, acted as a bridge between …": the
            // one ", who" stands for, past whatever the relative clause says.
            if let who = (max(1, asAt - 20)..<asAt).last(where: { ["who", "which"].contains(tokens[$0].key) }), tokens[who - 1].key == ",",
               !tokens[who..<asAt].contains(where: { $0.cue != nil || [";", ".", ":"].contains($0.key) }) {
                let named = antecedents(ofRelativeAt: who)
                // The people of the phrase, not the party or state their titles name.
                let people = named.filter { $0.0.isPerson }
                if !named.isEmpty { return people.isEmpty ? named : people }
            }
            var start = asAt
            while start > 0, !hardBreaks.union(["with"]).contains(tokens[start - 1].key) { start -= 1 }
            // "Abramovich, whom the Kremlin described as a go-between": the one before "whom".
            if let whom = (start..<asAt).first(where: { tokens[$0].key == "whom" }) {
                return actors.filter { $0.1 < whom }.suffix(1).map { $0 }
            }
            // "Norway, which acts as facilitator": the one before ", which".
            if start >= 2, ["which", "who"].contains(tokens[start - 1].key), tokens[start - 2].key == "," {
                let opening = phraseStart(before: start - 2, stops: hardBreaks.union(["with"]))
                return actors.filter { $0.1 >= opening && $0.1 < start - 2 }
            }
            return actors.filter { $0.1 >= start && $0.1 < asAt }
        }
        // "behind the Nairobi mediation", "welcomed the Turkish mediation": a mediation noun
        // after its determiner is mediated by the state or body right before it, not by the
        // clause's subject; a seat of government there is where it took place.
        if ["mediation", "facilitation"].contains(tokens[cue].key),
           tokens[max(0, cue - 3)..<cue].contains(where: { ["the", "a", "its", "their", "his", "her"].contains($0.key) }) {
            return actors.filter { actor, position in
                guard position == cue - 1, case let .entity(e) = actor else { return false }
                return e.role != .seat
            }
        }
        // Active: "X brokered talks between A and B", "X hosted A and B"; "A and B signed
        // as X looked on": the subject starts after "as".
        var start = phraseStart(before: cue, stops: hardBreaks.union([",", "with", "as"]))
        // "Egypt, Qatar and the US brokered …": a list's earlier items before its commas.
        if tokens[start..<cue].contains(where: { $0.key == "and" }) {
            while start >= 2, tokens[start - 1].key == "," {
                let item = phraseStart(before: start - 1, stops: hardBreaks.union([",", "with", "as"]))
                let words = tokens[item..<(start - 1)]
                guard !words.isEmpty, words.allSatisfy({ ($0.isWord && $0.isCapitalized) || $0.key == "the" }),
                      actors.filter({ $0.1 >= item && $0.1 < start - 1 }).count == 1 else { break }
                start = item
            }
        }
        var subjects = actors.filter { $0.1 >= start && $0.1 < cue }
        // "Galbraith, the American ambassador in Zagreb, and Redman moderated …": an earlier
        // item of the list, with a title in apposition.
        if start < cue, !subjects.isEmpty, subjects.allSatisfy({ $0.0.isPerson }), let (item, open) = itemInApposition(before: start) {
            subjects = actors.filter { $0.1 >= item && $0.1 < open && $0.0.isPerson } + subjects
        }
        // "Pardew, who sat with the four party leaders and carried proposals between the
        // camps": whom a verb before was "with" are its objects, not the subject; the subject
        // of a clause opened by ", who" is the one it stands for.
        if start >= 2, tokens[start - 1].key == "with", !["together", "along"].contains(tokens[start - 2].key), tokens[start - 2].isWord, !tokens[start - 2].isCapitalized {
            subjects = []
            let own = clause(around: cue, length: length, tokens: tokens)
            if own.lowerBound >= 2, own.lowerBound < start, tokens[own.lowerBound - 1].key == "who", tokens[own.lowerBound - 2].key == "," {
                subjects = antecedents(ofRelativeAt: own.lowerBound - 1).suffix(1).map { $0 }
            }
        }
        // "Chad, Egypt and Qatar, together with the African Union, witnessed the signing": a
        // sentence that opens with a list of actors has them all as its subject.
        let connectors: Set<String> = [",", "and", "the", "together", "along", "with", "as", "well", "both", "also", "'s"]
        if subjects.isEmpty, cue > 0, tokens[cue - 1].key == ",",
           tokens[..<cue].allSatisfy({ ($0.isWord && $0.isCapitalized) || connectors.contains($0.key) }) {
            subjects = actors.filter { $0.1 < cue }
        }
        // "The Latvian foreign minister, Aro Kask, coordinated …": the subject in apposition;
        // "Sydney Mufamadi, South Africa's minister, chaired …": the person before it.
        // Also past a verb of motion the cue completes: "Albusaidi, Oman's foreign minister,
        // walked back and forth between them".
        // Or past the main verb's own words: "Boumediene, the summit's host, had spent the better
        // part of two days carrying proposals between the delegations".
        let closing = (max(0, cue - 11)..<cue).last { tokens[$0].key == "," }.flatMap { c in
            tokens[(c + 1)..<cue].allSatisfy { $0.isWord && !$0.isCapitalized && $0.cue == nil && !hardBreaks.contains($0.key) }
                && !actors.contains(where: { $0.1 > c && $0.1 < cue }) ? c : nil
        }
        if subjects.isEmpty, let closing, closing >= 1,
           let comma = (max(0, closing - 15)..<closing).last(where: { tokens[$0].key == "," }),
           !tokens[comma..<closing].contains(where: { hardBreaks.contains($0.key) }) {
            var opening = phraseStart(before: comma, stops: hardBreaks.union([",", "with", "as"]))
            // "Faki, chairperson of the AU Commission, and Lacroix, the UN's under-secretary-general,
            // witnessed the ceremony": each item of the list in apposition, with the name before its
            // title or inside it ("Britain's minister, Peter Hain, and the Irish minister, Dermot
            // Ahern, chaired …").
            var listed = false
            while opening < comma, let (start, _) = itemInApposition(before: opening) {
                guard actors.contains(where: { $0.1 >= start && $0.1 < opening - 1 && $0.0.isPerson }) else { break }
                opening = start
                listed = true
            }
            let named = actors.filter { $0.1 >= opening && $0.1 < comma && ($0.0.isPerson || !listed) }
            let inside = actors.filter { $0.1 > comma && $0.1 < closing }
            // Past words of the main verb, only a person in apposition is sure to be its subject.
            if listed {
                subjects = named + inside.filter { $0.0.isPerson }
            } else if closing == cue - 1 || named.contains(where: { $0.0.isPerson }) {
                subjects = named.contains { $0.0.isPerson } || inside.isEmpty ? named : inside
            }
        }
        // "Prabhakaran signed, with Erik Solheim, the Norwegian envoy who …, looking on", "met
        // in Havana with Castro at their side": the onlooker introduced by "with", past the
        // apposition.
        if subjects.isEmpty, ["on", "side"].contains(tokens[cue + length - 1].key), let with = (max(0, cue - 30)..<cue).last(where: { tokens[$0].key == "with" }) {
            let end = (with + 1..<cue).first { [",", "who", "which"].contains(tokens[$0].key) } ?? cue
            subjects = actors.filter { $0.1 > with && $0.1 < end }
        }
        // "Museveni joined the effort on July 7, receiving Kiir and Machar": a participle after a
        // comma has the subject of its clause.
        if kind == .host, subjects.isEmpty, cue >= 1, tokens[cue - 1].key == ",", tokens[cue].key.hasSuffix("ing") {
            let own = clause(around: cue, length: length, tokens: tokens)
            subjects = Array(actors.filter { own.contains($0.1) && $0.1 < cue }.prefix(1))
        }
        var objects = actors.filter { $0.1 > cue }
        // "receiving Kiir and Machar in Kampala together with Bashir": a co-host.
        if kind == .host, let with = (after..<phraseEnd(from: after)).first(where: { tokens[$0].key == "with" && ["together", "along"].contains(tokens[$0 - 1].key) }) {
            let coHosts = actors.filter { $0.1 > with && $0.1 < phraseEnd(from: with + 1) }
            subjects += coHosts
            objects.removeAll { o in coHosts.contains { $0.1 == o.1 } }
        }
        // "Holbrooke co-chaired the conference with Carl Bildt and Igor Ivanov", "one of six
        // guarantor countries, together with Norway and Cuba"; but whom one "chaired a session
        // with" are its parties.
        if kind == .mediate, let with = (after..<phraseEnd(from: after)).first(where: { tokens[$0].key == "with" }),
           tokens[cue].key.hasPrefix("co ") || Self.isRoleNoun(cue: cue, length: length, tokens: tokens) || ["together", "along"].contains(tokens[with - 1].key),
           !tokens[after..<with].contains(where: { $0.key == "between" }) {
            subjects += actors.filter { $0.1 > with && $0.1 < phraseEnd(from: with + 1) }
        }
        if kind == .host {
            // "where Qatar has hosted the negotiations": a host of talks stands between their
            // parties, named elsewhere in the sentence.
            var o = after
            while o < tokens.count, ["the", "these", "those", "their", "its", "this"].contains(tokens[o].key) { o += 1 }
            if o < tokens.count, tokens[o].flags.contains(.eventNoun), !subjects.isEmpty { return subjects }
            // A host mediates only between two or more guests; "as Kask looks on" names none.
            let onlooker = (after..<tokens.count).first { tokens[$0].key == "as" && (($0 + 1) == tokens.count || tokens[$0 + 1].key != "well") }
            // "X received Y, and the two leaders signed": X among "the two leaders" is no guest.
            // Guests are those of the host's own clause: "Erdogan received Putin in Ankara, and
            // later spoke by phone with Zelensky" hosted one.
            let own = clause(around: cue, length: length, tokens: tokens)
            let objects = unique(objects.filter { $0.1 < onlooker ?? tokens.count && own.contains($0.1) && !subjects.map(\.0).contains($0.0) }.map(\.0))
            let between = tokens[after..<min(tokens.count, after + 4)].contains { $0.key == "between" }
            return objects.count >= 2 || between ? subjects : []
        }
        return subjects
    }

    /// "in Geneva", "at the Elysee": the place of the sentence's event.
    func findPlace(_ a: Analyzed) -> String? {
        let tokens = a.tokens
        // "on the Armenian-Turkish border", "at the Lebanese border".
        if let b = tokens.indices.first(where: { tokens[$0].flags.contains(.border) }), b >= 2,
           let on = (max(0, b - 5)..<b).last(where: { ["on", "at"].contains(tokens[$0].key) }),
           tokens[(on + 1)..<b].contains(where: { $0.isCapitalized }) {
            let words = tokens[(on + 1)...b].map(\.text).filter { $0 != "the" }
            return Tokenizer.join(words)
        }
        for i in 0..<tokens.count where tokens[i].flags.contains(.inOrAt) {
            var k = i + 1
            if k < tokens.count, tokens[k].key == "the" { k += 1 }
            guard k < tokens.count, tokens[k].isCapitalized, DateResolver.months[tokens[k].key] == nil,
                  !a.dates.contains(where: { $0.tokens.contains(k) }),
                  !a.agreementSpans.contains(where: { $0.0.contains(k) }) else { continue }
            if let m = a.mentions.first(where: { $0.tokens.lowerBound == k }) {
                if case .actor = m.kind { return a.surface(of: m) }
                continue
            }
            var end = k
            while end < tokens.count, end - k < 4, tokens[end].isCapitalized || (tokens[end].key == "-" && end + 1 < tokens.count) || MentionFinder.nameParticles.contains(tokens[end].key) { end += 1 }
            // A lone capitalised word that starts a name we know is a person, not a place.
            let words = tokens[k..<end].map(\.text)
            if persons.resolve(words) != nil { continue }
            return Tokenizer.join(words)
        }
        return nil
    }

    // MARK: - Graph

    mutating func buildGraph() {
        qualifyAgreements()
        // Each agreement's label once: its node id and its node both need it.
        var labels = [String?](repeating: nil, count: agreements.items.count)
        func label(_ g: Int) -> String {
            if let label = labels[g] { return label }
            let label = agreementLabel(g)
            labels[g] = label
            return label
        }
        // Each actor's node id once, with a number per distinct id: the steps below hash and
        // compare numbers, not strings.
        var ids: [Actor: (String, Int)] = [:]
        var idNumbers: [String: Int] = [:]
        func id(_ actor: Actor) -> (String, Int) {
            if let id = ids[actor] { return id }
            let name: String
            switch actor {
            case let .person(p): name = Node.makeID(kind: .person, label: persons.people[p].label)
            case let .entity(e): name = e.id
            case let .agreement(g): name = Node.makeID(kind: .agreement, label: label(g))
            }
            let id = (name, idNumbers[name, default: idNumbers.count])
            idNumbers[name] = id.1
            ids[actor] = id
            return id
        }
        var used = Set<Actor>()
        // Consolidate: within an article an undated statement of an edge that also has exactly one
        // dated statement is the same fact.
        struct PairKey: Hashable {
            var source: Int, target: Int, type: EdgeType, status: EdgeStatus
        }
        // A pair's date, and whether it was stated with other dates too.
        var datesByPair: [PairKey: (date: EventDate, several: Bool)] = [:]
        // Each edge's node ids, looked up once: the steps below ask for them several times.
        let endpoints = edges.map { (source: id($0.source), target: id($0.target)) }
        func pairKey(_ k: Int) -> PairKey {
            let (source, target) = (endpoints[k].source.1, endpoints[k].target.1)
            let type = edges[k].type
            // Either order of a symmetric pair is the same key.
            let (s, t) = type.isSymmetric && target < source ? (target, source) : (source, target)
            return PairKey(source: s, target: t, type: type, status: edges[k].status)
        }
        struct Pair: Hashable { var person: Actor, body: Actor }
        let represented = Set(edges.lazy.filter { $0.type == .represents }.map { Pair(person: $0.source, body: $0.target) })
        // One evidence text per sentence, however many edges it gives.
        var texts: [Int: String] = [:]
        graph.reserveCapacity(nodes: 0, edges: edges.count)
        for (k, e) in edges.enumerated() {
            guard let date = e.date else { continue }
            let key = pairKey(k)
            if let known = datesByPair[key] {
                if known.date != date { datesByPair[key]!.several = true }
            } else {
                datesByPair[key] = (date, false)
            }
        }
        for (k, var e) in edges.enumerated() {
            let (source, target) = (endpoints[k].source.0, endpoints[k].target.0)
            // Two mentions of one entity ("the White House", "the United States") are one node.
            guard source != target else { continue }
            // "The Norwegian facilitator, Dag Nylander": no one mediates with their own envoy.
            if e.type == .mediated, represented.contains(Pair(person: e.target, body: e.source)) { continue }
            if e.date == nil, let dates = datesByPair[pairKey(k)], !dates.several { e.date = dates.date }
            if e.status == .planned && !datedSentences.contains(e.sentence) { e.date = nil }
            let s = sentences[e.sentence]
            let sentence: String
            if let known = texts[e.sentence] { sentence = known } else { sentence = sentenceText(s); texts[e.sentence] = sentence }
            let evidence = Evidence(doc: document.name, text: sentence, start: text.sourceOffset(s.start), end: text.sourceEnd(s.end))
            graph.add(Edge(source: source, target: target, type: e.type, status: e.status,
                           date: e.type == .represents ? nil : e.date?.iso, place: e.type == .represents ? nil : e.place, evidence: [evidence]))
            used.insert(e.source)
            used.insert(e.target)
        }
        graph.reserveCapacity(nodes: used.count, edges: 0)
        for actor in used {
            switch actor {
            case let .person(p):
                let person = persons.people[p]
                graph.add(Node(id: id(actor).0, kind: .person, label: person.label, aliases: Array(person.aliases), mentions: max(person.mentions, 1)))
            case let .entity(e):
                let record = entityAliases[e.id]
                graph.add(Node(id: e.id, kind: e.kind, label: e.label, aliases: Array(record?.1 ?? [e.label]), mentions: max(record?.2 ?? 1, 1)))
            case let .agreement(g):
                let item = agreements.items[g]
                graph.add(Node(id: id(actor).0, kind: .agreement, label: label(g), aliases: Array(item.aliases), mentions: max(item.mentions, 1)))
            }
        }
    }

    /// Named agreements keep their name; generic ones are qualified so that the ceasefires of
    /// two conflicts stay two nodes: by their parties and year ("ceasefire (Hamas–Israel,
    /// 2025)"), else by the article.
    func agreementLabel(_ g: Int) -> String {
        let item = agreements.items[g]
        var label = item.label
        if label.lowercased().hasPrefix("the ") { label = String(label.dropFirst(4)) }
        // Named agreements, and generic ones with a complement ("… on strategic stability"), are
        // told apart by their words; a bare "ceasefire" is qualified.
        // Adjectives that tell no agreement apart ("an immediate and unconditional ceasefire")
        // do not count.
        if item.isNamed { return label }
        let telling = label.split(separator: " ").map { Lexicon.key(String($0)) }.filter { $0 != "and" && !lexicon.vagueAgreementModifiers.contains($0) }
        if telling.count >= 4 { return label }
        if let qualifier = agreementQualifiers[g] { return "\(label) (\(qualifier))" }
        let stem = document.name.split(separator: "/").last.map { String($0.split(separator: ".").first ?? $0) } ?? document.name
        return "\(label) (\(stem))"
    }

    /// "Hamas–Israel, 2025" for each agreement two or more parties agreed to: the parties' states
    /// (or names) in order, and the year of the earliest dated agreeing.
    mutating func qualifyAgreements() {
        var parties: [Int: Set<String>] = [:]
        var years: [Int: Int] = [:]
        for e in edges where e.type == .agreedTo {
            guard case let .agreement(g) = e.target else { continue }
            let party: String
            switch sides[e.source] ?? e.source {
            case let .person(p): party = persons.people[p].label
            case let .entity(entry): party = entry.label
            case .agreement: continue
            }
            parties[g, default: []].insert(party)
            if let year = e.date?.year { years[g] = min(years[g] ?? year, year) }
        }
        for (g, names) in parties where names.count >= 2 {
            let year = years[g].map { ", \($0)" } ?? ""
            agreementQualifiers[g] = names.sorted().joined(separator: "–") + year
        }
    }

    func sentenceText(_ s: Sentence) -> String {
        String(decoding: text.bytes[s.start..<s.end], as: UTF8.self)
    }
}
