import Foundation
import ParleyGraph

/// What a phrase of the lexicon names.
public struct LexiconEntry: Sendable, Hashable {
    public enum Role: String, Sendable {
        /// The entity's own name or an alternate ("Türkiye", "Turkey", "UN").
        case name
        /// An adjective or people form ("Turkish", "Azeri").
        case demonym
        /// A capital or seat of government ("Ankara", "the Kremlin").
        case seat
        /// An office of an organisation ("UN Secretary-General").
        case office
    }

    public var id: String { storage.fields.id }
    public var kind: NodeKind { storage.fields.kind }
    public var label: String { storage.fields.label }
    public var role: Role { storage.fields.role }
    /// Days during which the entry applies (user actors with a date range); nil means always.
    public var validFrom: String? { storage.fields.validFrom }
    public var validUntil: String? { storage.fields.validUntil }
    /// For a user's person: the state or organisation they represent, by name.
    public var affiliation: String? { storage.fields.affiliation }

    /// The fields, in one immutable box: an entry is copied into every mention, actor, set and
    /// edge of a sentence, and a copy then retains one reference instead of five strings.
    private final class Storage: Sendable {
        let fields: Fields
        /// The id's hash, computed once: actors and entries are hashed in every sentence's sets.
        let idHash: Int

        init(_ fields: Fields) {
            self.fields = fields
            idHash = fields.id.hashValue
        }
    }

    private struct Fields: Equatable, Sendable {
        var id: String
        var kind: NodeKind
        var label: String
        var role: Role
        var validFrom: String?
        var validUntil: String?
        var affiliation: String?
    }

    private let storage: Storage

    init(id: String, kind: NodeKind, label: String, role: Role, validFrom: String? = nil, validUntil: String? = nil,
         affiliation: String? = nil) {
        storage = Storage(Fields(id: id, kind: kind, label: label, role: role, validFrom: validFrom, validUntil: validUntil,
                                 affiliation: affiliation))
    }

    /// A hash of the id alone, the same for every entry of one entity (see `DocumentRun.Actor`).
    var idHash: Int { storage.idHash }

    public static func == (a: LexiconEntry, b: LexiconEntry) -> Bool {
        a.storage === b.storage || a.storage.fields == b.storage.fields
    }

    /// Hashes the id and role only: entries are hashed in every sentence's actor sets, and
    /// equal entries always share both.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(storage.idHash)
        hasher.combine(role)
    }

    /// Whether the entry applies to an article of this date (always, when either is unknown).
    func isValid(on date: EventDate?) -> Bool {
        guard let date else { return true }
        if let from = validFrom, date.iso < from { return false }
        if let until = validUntil, date.iso > until { return false }
        return true
    }
}

/// Knowledge the extractor matches text against: states, organisations, offices, titles,
/// event cues and agreement nouns. All of it comes from data files; see `Resources/`.
public struct Lexicon: Sendable {
    /// Titles a ruler is styled with before the one name they are known by: "King Hussein",
    /// "Emir Tamim", "Pope Francis".
    public static let styleTitles: Set<String> = ["king", "queen", "prince", "princess", "sheikh", "cheikh", "shaikh", "shaykh", "emir", "sultan", "pope", "patriarch", "ayatollah"]
    /// Phrases by matching key ("cote divoire" → Côte d'Ivoire).
    var phrases: [String: [LexiconEntry]] = [:]
    /// The longest phrase, in words.
    var maxPhraseWords = 1
    /// Keys written only as acronyms, which must be matched in capitals.
    var acronymKeys: Set<String> = []
    var mixedCaseKeys: Set<String> = []
    /// Words that make the next place name a region ("Latin America", "South Sudan" aside).
    var regionPrefixes: Set<String> = []
    /// Person titles ("foreign minister"), by key.
    var titles: Set<String> = []
    var maxTitleWords = 1
    /// Event and modality cues by key.
    var cues: [String: Cue] = [:]
    var maxCueWords = 1
    /// Agreement head nouns by key.
    var agreementHeads: Set<String> = []
    var maxAgreementHeadWords = 1
    /// Last words of the names of armed groups, parties and movements ("Forces", "Front").
    var bodyHeads: Set<String> = []
    /// Words that may precede an agreement head in a generic name ("peace", "ceasefire").
    var agreementModifiers: Set<String> = []
    /// Agreement modifiers that tell no agreement apart ("immediate", "lasting").
    var vagueAgreementModifiers: Set<String> = []
    /// Common lowercase English words; a capitalised run of nothing else is not a name.
    var commonWords = WordSet([])
    /// Capitalised words that are never part of a person's name.
    var nonNames: Set<String> = []
    /// Who held which office, for titles the text gives without their state.
    var officeHolders = OfficeHolders()

    /// What the lexicon knows about one word, looked up once per token (see `tag(_:)`) so
    /// that the finders test bits instead of hashing the word again and again.
    struct WordFlags: OptionSet, Sendable {
        let rawValue: UInt64
        // Of the token's first word (a hyphenated token's key has several: "co chaired").
        static let phraseStart = WordFlags(rawValue: 1 << 0)
        static let titleStart = WordFlags(rawValue: 1 << 1)
        static let cueStart = WordFlags(rawValue: 1 << 2)
        static let agreementHeadStart = WordFlags(rawValue: 1 << 3)
        // Of the whole key.
        static let nonName = WordFlags(rawValue: 1 << 4)
        // Bit 5 is free: common words are asked of `isCommonWord(_:)`, not flagged.
        static let bodyHead = WordFlags(rawValue: 1 << 6)
        static let regionPrefix = WordFlags(rawValue: 1 << 7)
        static let agreementModifier = WordFlags(rawValue: 1 << 8)
        // The mention finder's own word lists (see `MentionFinder`), of the whole key.
        static let placePreposition = WordFlags(rawValue: 1 << 9)
        static let motionWord = WordFlags(rawValue: 1 << 10)
        static let nameParticle = WordFlags(rawValue: 1 << 11)
        static let groupOpener = WordFlags(rawValue: 1 << 12)
        static let groupWord = WordFlags(rawValue: 1 << 13)
        static let outletWord = WordFlags(rawValue: 1 << 14)
        static let placeHead = WordFlags(rawValue: 1 << 15)
        static let placeTail = WordFlags(rawValue: 1 << 16)
        /// A month or weekday (see `DateResolver`).
        static let calendarWord = WordFlags(rawValue: 1 << 17)
        /// A word of some lexicon phrase; hyphenated keys (several words) always have it. A
        /// phrase cannot go on over a word without it.
        static let phraseWord = WordFlags(rawValue: 1 << 18)
        /// Likewise for titles, agreement heads and cues.
        static let titleWord = WordFlags(rawValue: 1 << 19)
        static let agreementHeadWord = WordFlags(rawValue: 1 << 20)
        static let cueWord = WordFlags(rawValue: 1 << 23)
        static let ofLongerNames: WordFlags = [.phraseWord, .titleWord, .agreementHeadWord, .cueWord]
        /// The relation rules' clause words (see `DocumentRun.clause(around:length:tokens:)`).
        static let clauseBreak = WordFlags(rawValue: 1 << 21)
        static let clauseVerb = WordFlags(rawValue: 1 << 22)
        /// Word lists of the relation rules (`DocumentRun.relate` and its helpers), of the
        /// whole key; the words are in `indexStarts()`.
        /// "brought", "bring" …: "brought A and B together" is a mediation.
        static let bringing = WordFlags(rawValue: 1 << 24)
        /// "he", "she": the person the story was last about.
        static let heOrShe = WordFlags(rawValue: 1 << 25)
        /// "indirect(ly)", "separate(ly)": parties kept apart.
        static let indirect = WordFlags(rawValue: 1 << 26)
        static let separate = WordFlags(rawValue: 1 << 27)
        /// "in", "at": where an event took place.
        static let inOrAt = WordFlags(rawValue: 1 << 28)
        /// `DocumentRun.pluralTitles`: "envoys", "ministers" …
        static let pluralTitle = WordFlags(rawValue: 1 << 32)
        /// `MentionFinder.honorifics`: "mr", "dr", "sheikh" …
        static let honorific = WordFlags(rawValue: 1 << 33)
        /// `DocumentRun.institutionWords`: "parliament", "ministry" …
        static let institutionWord = WordFlags(rawValue: 1 << 34)
        /// A hyphenated key whose last word is one of `DocumentRun.mediatingParticiples`
        /// ("china brokered"): where `DocumentRun.hyphenatedMediator` looks for a mediator.
        static let mediatingParticipleLast = WordFlags(rawValue: 1 << 35)
        /// `DocumentRun.eventNouns`: "talks", "summit", "meeting" …
        static let eventNoun = WordFlags(rawValue: 1 << 36)
        /// `DocumentRun.recalledEvents`: events a mediator can be said to have watched over
        static let recalledEvent = WordFlags(rawValue: 1 << 37)
        /// `DocumentRun.relationNouns`: "father", "predecessor", "aide" …
        static let relationNoun = WordFlags(rawValue: 1 << 38)
        /// `DocumentRun.styleTitles`: "king", "pope", "sheikh" …
        static let styleTitle = WordFlags(rawValue: 1 << 39)
        /// "since": may open a clause (`DocumentRun.clause(around:length:tokens:)`).
        static let since = WordFlags(rawValue: 1 << 40)
        /// ",": the relation rules ask it of most tokens they walk (a mark, flagged all the same).
        static let comma = WordFlags(rawValue: 1 << 41)
        /// "and": joins co-actors (`DocumentRun.level(of:tokens:)`).
        static let and = WordFlags(rawValue: 1 << 42)
        /// "of", "'s": tie a name to the noun it qualifies (`DocumentRun.level(of:tokens:)`).
        static let ofOrPossessive = WordFlags(rawValue: 1 << 43)
        /// "they": the group last named (`DocumentRun.relate`).
        static let they = WordFlags(rawValue: 1 << 44)
        /// Plural nouns for people not named: "the leaders of the armed groups" (`DocumentRun.unnamedPeopleWords`).
        static let unnamedPeople = WordFlags(rawValue: 1 << 45)
        /// "border": the place of an event on one (`DocumentRun.findPlace`).
        static let border = WordFlags(rawValue: 1 << 46)
        /// Set by `Lexicon.tag(_:)` on every word, so that a finder given tokens that may not
        /// be tagged (the article date's, a dateline's) can tell whether the other flags hold.
        static let tagged = WordFlags(rawValue: 1 << 31)

        static let ofFirstWord: WordFlags = [.phraseStart, .titleStart, .cueStart, .agreementHeadStart]
    }

    /// Flags by key; see `WordFlags`.
    private(set) var wordFlags = WordFlagTable()
    /// `phrases` and `cues` in tables of the same kind, for the lookups at every word that may
    /// start one (a dictionary ran a seeded SipHash over each key). Rebuilt by `indexStarts()`.
    private(set) var phraseTable = WordTable<[LexiconEntry]?>([:], absent: nil)
    private(set) var cueTable = WordTable<Cue?>([:], absent: nil)

    /// Whether a tagged word is a common lowercase English word. Asked of the set, not flagged
    /// on every token: the 62,000 common words would make the flag table too large for the
    /// processor's caches, and only a few candidate names ask.
    func isCommonWord(_ token: Token) -> Bool {
        token.flags.contains(.tagged) && commonWords.contains(token.key)
    }

    /// The flags of a token's key.
    func flags(of key: String) -> WordFlags {
        let (own, hasSpace) = wordFlags.lookup(key)
        guard hasSpace else { return own }
        let first = wordFlags[MentionFinder.firstWord(key)]
        let last = key.lastIndex(of: " ").map { String(key[key.index(after: $0)...]) } ?? key
        let mediating: WordFlags = DocumentRun.mediatingParticiples.contains(last) ? .mediatingParticipleLast : []
        return own.subtracting(.ofFirstWord).union(first.intersection(.ofFirstWord)).union(.ofLongerNames).union(mediating)
    }

    /// Sets the lexicon flags and the one-word cue of each token of a sentence. A punctuation
    /// mark gets the flags of the relation rules' marks (the semicolon's `.clauseBreak`), and
    /// not `.tagged`.
    func tag(_ tokens: inout [Token]) {
        for k in tokens.indices {
            guard tokens[k].isWord else {
                tokens[k].flags = wordFlags[tokens[k].key]
                continue
            }
            let flags = flags(of: tokens[k].key)
            tokens[k].flags = flags.union(.tagged)
            if flags.contains(.cueStart) { tokens[k].cue = cueTable[tokens[k].key] }
        }
    }

    enum Cue: String, Sendable {
        case meet, host, mediate, sign, negate, plan, report
    }

    /// The matching key of a phrase; see `Fold.key`.
    static func key(_ text: String) -> String { Fold.key(text) }

    /// The lexicon shipped with Parley.
    public static let standard: Lexicon = {
        do { return try Lexicon(resourceDirectory: resourceDirectory()) } catch {
            preconditionFailure("Parley's bundled lexicon is unreadable: \(error)")
        }
    }()

    static func resourceDirectory() -> URL {
        Bundle.module.url(forResource: "Resources", withExtension: nil)
            ?? Bundle.module.bundleURL.appendingPathComponent("Resources")
    }

    public init(resourceDirectory dir: URL) throws {
        let countries = try Self.rows(dir.appendingPathComponent("countries.tsv"), width: 7)
        for row in countries.dropFirst() where row[2] != "" {
            let label = row[2]
            let id = Node.makeID(kind: .state, label: label)
            addNames([label] + Self.split(row[3]), id: id, kind: .state, label: label, role: .name)
            addNames(Self.split(row[4]), id: id, kind: .state, label: label, role: .demonym)
            addNames(Self.split(row[5]), id: id, kind: .state, label: label, role: .seat)
            // Offices only one state has: "Secretary of State X" is American.
            addNames(Self.split(row[6]), id: id, kind: .state, label: label, role: .office)
        }
        let organizations = try Self.rows(dir.appendingPathComponent("organizations.tsv"), width: 4)
        for row in organizations.dropFirst() where row[1] != "" {
            let label = row[1]
            let id = Node.makeID(kind: .organization, label: label)
            addNames([label] + Self.split(row[2]), id: id, kind: .organization, label: label, role: .name)
            addNames(Self.split(row[3]), id: id, kind: .organization, label: label, role: .office)
        }
        for title in try Self.lines(dir.appendingPathComponent("titles.txt")) {
            let key = Self.key(title)
            titles.insert(key)
            maxTitleWords = max(maxTitleWords, key.split(separator: " ").count)
        }
        for row in try Self.rows(dir.appendingPathComponent("cues.tsv")) where row.count == 2 {
            guard let cue = Cue(rawValue: row[1]) else { continue }
            let key = Self.cueKey(row[0])
            cues[key] = cue
            maxCueWords = max(maxCueWords, key.split(separator: " ").count)
        }
        for head in try Self.lines(dir.appendingPathComponent("agreements.txt")) {
            let key = Self.key(head)
            agreementHeads.insert(key)
            maxAgreementHeadWords = max(maxAgreementHeadWords, key.split(separator: " ").count)
        }
        regionPrefixes = Set(try Self.lines(dir.appendingPathComponent("region-prefixes.txt")).map(Self.key))
        bodyHeads = Set(try Self.lines(dir.appendingPathComponent("bodies.txt")).map(Self.key))
        vagueAgreementModifiers = Set(try Self.lines(dir.appendingPathComponent("agreement-vague-modifiers.txt")).map(Self.key))
        agreementModifiers = Set(try Self.lines(dir.appendingPathComponent("agreement-modifiers.txt")).map(Self.key)).union(vagueAgreementModifiers)
        nonNames = Set(try Self.lines(dir.appendingPathComponent("nonnames.txt")).map(Self.key))
        commonWords = WordSet(try Self.lines(dir.appendingPathComponent("common-words.txt")))
        officeHolders = try OfficeHolders(rows: Self.rows(dir.appendingPathComponent("officeholders.tsv"), width: 6), lexicon: self)
        indexStarts()
    }

    /// Recomputes the word flags; call after adding phrases. The first words of titles, cues,
    /// agreement heads and phrases are a cheap test before the longest-match loops build their keys.
    mutating func indexStarts() {
        func firsts<S: Sequence>(_ keys: S) -> Set<String> where S.Element == String {
            Set(keys.map { String($0.split(separator: " ").first ?? Substring($0)) })
        }
        func words<S: Sequence>(_ keys: S) -> Set<String> where S.Element == String {
            Set(keys.flatMap { $0.split(separator: " ").map(String.init) })
        }
        var flags: [String: WordFlags] = [:]
        let sets: [(Set<String>, WordFlags)] = [
            (firsts(phrases.keys), .phraseStart), (firsts(titles), .titleStart), (firsts(cues.keys), .cueStart),
            (firsts(agreementHeads), .agreementHeadStart), (nonNames, .nonName),
            (bodyHeads, .bodyHead), (regionPrefixes, .regionPrefix), (agreementModifiers, .agreementModifier),
            (MentionFinder.placePrepositions, .placePreposition), (MentionFinder.motionWords, .motionWord),
            (MentionFinder.nameParticles, .nameParticle), (MentionFinder.groupOpeners, .groupOpener),
            (MentionFinder.groupWords, .groupWord), (MentionFinder.outletWords, .outletWord),
            (MentionFinder.placeHeads, .placeHead), (MentionFinder.placeTails, .placeTail),
            (Set(DateResolver.months.keys).union(DateResolver.weekdays.keys), .calendarWord),
            (words(phrases.keys), .phraseWord), (words(titles), .titleWord), (words(agreementHeads), .agreementHeadWord),
            (words(cues.keys), .cueWord),
            (DocumentRun.clauseBreaks, .clauseBreak), (DocumentRun.clauseVerbs, .clauseVerb),
            // The relation rules' word lists.
            (["brought", "bring", "brings", "bringing"], .bringing), (["he", "she"], .heOrShe),
            (["indirect", "indirectly"], .indirect), (["separate", "separately"], .separate), (["in", "at"], .inOrAt),
            (DocumentRun.pluralTitles, .pluralTitle), (MentionFinder.honorifics, .honorific),
            (DocumentRun.institutionWords, .institutionWord),
            (DocumentRun.styleTitles, .styleTitle),
            (DocumentRun.relationNouns, .relationNoun),
            (DocumentRun.recalledEvents, .recalledEvent),
            (DocumentRun.eventNouns, .eventNoun),
            (["since"], .since), ([","], .comma), (["and"], .and), (["of", "'s"], .ofOrPossessive), (["they"], .they),
            (DocumentRun.unnamedPeopleWords, .unnamedPeople), (["border"], .border),
        ]
        for (words, flag) in sets {
            for word in words { flags[word, default: []].insert(flag) }
        }
        wordFlags = WordFlagTable(flags)
        phraseTable = WordTable(phrases, absent: nil)
        cueTable = WordTable(cues, absent: nil)
    }

    /// Cue keys keep apostrophes as separate words the way the tokenizer splits them.
    static func cueKey(_ text: String) -> String {
        text.split(separator: " ").map { word in Self.key(String(word)) }.joined(separator: " ")
    }

    /// Adds entries for names, and for each name with non-ASCII letters also the form with
    /// those letters dropped, the commonest damage of machine translation ("Trkiye").
    mutating func addNames(_ names: [String], id: String, kind: NodeKind, label: String, role: LexiconEntry.Role,
                           validFrom: String? = nil, validUntil: String? = nil, affiliation: String? = nil) {
        let entry = LexiconEntry(id: id, kind: kind, label: label, role: role, validFrom: validFrom, validUntil: validUntil,
                                 affiliation: affiliation)
        for name in names where !name.isEmpty {
            var forms = [name]
            if let stripped = Fold.droppingNonASCIILetters(name) { forms.append(stripped) }
            for var form in forms {
                if form.hasPrefix("the ") { form = String(form.dropFirst(4)) }
                let key = Self.nameKey(form)
                guard !key.isEmpty else { continue }
                // An acronym ("US", "WHO") matches only when written in capitals, not "Us" or "Who".
                if form.count <= 6, form.unicodeScalars.allSatisfy({ !$0.properties.isLowercase }),
                   form.unicodeScalars.contains(where: { $0.properties.isUppercase }) {
                    acronymKeys.insert(key)
                } else {
                    mixedCaseKeys.insert(key)
                }
                if !(phrases[key]?.contains(entry) ?? false) { phrases[key, default: []].append(entry) }
                maxPhraseWords = max(maxPhraseWords, key.split(separator: " ").count)
            }
        }
    }

    static func split(_ field: String) -> [String] {
        field.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    static func lines(_ url: URL) throws -> [String] {
        // Byte by byte: the word list has 62,000 lines, and Character-wise splitting and
        // trimming would cost every run a noticeable part of a second.
        let data = try Data(contentsOf: url)
        let bytes = [UInt8](data)
        guard String(validating: bytes, as: UTF8.self) != nil else {
            throw CocoaError(.fileReadInapplicableStringEncoding, userInfo: [NSFilePathErrorKey: url.path])
        }
        func isBlank(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0D }
        var lines: [String] = []
        for line in bytes.split(separator: 0x0A) {
            var s = line.startIndex, e = line.endIndex
            while s < e && isBlank(line[s]) { s += 1 }
            while e > s && isBlank(line[e - 1]) { e -= 1 }
            guard s < e, line[s] != 0x23 else { continue }  // blank, or a "#" comment
            lines.append(String(decoding: line[s..<e], as: UTF8.self))
        }
        return lines
    }

    /// The tab-separated rows of a file, each padded with empty columns to `width`: a line's
    /// trailing empty columns go with its trimmed blanks ("Singapore" has no separate capital).
    static func rows(_ url: URL, width: Int = 0) throws -> [[String]] {
        try lines(url).map { line in
            let row = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            return row + Array(repeating: "", count: max(0, width - row.count))
        }
    }

    /// The key a name is stored under. The tokenizer splits a possessive off ("People's" →
    /// "People", "'s"), so the name is keyed the same way.
    static func nameKey(_ name: String) -> String {
        // Only a name with an apostrophe can hold a possessive: the others (nearly all the
        // lexicon's thousands of names, keyed at every run's start) skip Foundation's searches.
        guard name.utf8.contains(0x27) || name.unicodeScalars.contains("\u{2019}") else { return key(name) }
        return key(name.replacingOccurrences(of: "'s ", with: " ").replacingOccurrences(of: "’s ", with: " "))
    }

    /// The state or organisation a name stands for, if the lexicon knows it.
    func entity(named name: String) -> LexiconEntry? {
        phrases[Self.nameKey(name)]?.first { $0.kind != .person && ($0.role == .name || $0.role == .seat) }
    }

    /// Adds the user's own actors (see `UserLexicon`).
    public mutating func add(_ user: UserLexicon) {
        for actor in user.actors {
            let id = Node.makeID(kind: actor.kind, label: actor.name)
            addNames([actor.name] + actor.aliases, id: id, kind: actor.kind, label: actor.name, role: .name,
                     validFrom: actor.from, validUntil: actor.until, affiliation: actor.affiliation)
        }
        indexStarts()
    }
}
