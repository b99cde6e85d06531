import ParleyGraph

/// Finds the mentions of one sentence: lexicon phrases, titles, agreements, dates, people.
struct MentionFinder {
    let lexicon: Lexicon

    /// An agreement's tokens, its label (with a generic name's complement), its head noun, and
    /// whether it is a name.
    typealias AgreementSpan = (Range<Int>, label: String, head: String, named: Bool)

    /// Words of travel before "to" and a destination.
    static let motionWords: Set<String> = ["flew", "fly", "flies", "flying", "travelled", "traveled", "travel", "travels", "travelling", "traveling",
                                           "went", "go", "goes", "moved", "move", "moves", "headed", "heads", "returned", "return", "returns", "came",
                                           "arrived", "trip", "journey", "trips", "relocated", "shifted", "back", "visit", "visits", "voyage", "tour", "invited", "invite", "invites", "brought", "welcomed"]
    static let bearingWords: Set<String> = ["north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
                                            "outskirts", "suburbs", "outside", "centre", "center"]
    static let placePrepositions: Set<String> = ["in", "at", "near", "outside", "inside", "across", "into", "visited", "visit", "visiting", "via", "toward", "towards", "through"]
    static let nameParticles: Set<String> = ["bin", "ibn", "bint", "al", "el", "de", "da", "van", "von", "der", "del", "la", "le", "dos", "du", "ben", "abu", "di", "y"]
    static let demonymHeads: Set<String> = ["delegation", "delegations", "side", "government", "authorities", "officials", "leadership", "negotiators", "team", "administration", "president", "counterparts", "leaders", "envoys", "diplomats", "representatives"]
    static let groupWords: Set<String> = ["leaders", "presidents", "ministers", "sides", "men", "women", "envoys", "delegations", "heads", "premiers", "diplomats", "negotiators", "countries", "nations", "states", "neighbours", "neighbors", "governments", "parties", "chiefs", "counterparts", "mandataries"]
    static let honorifics: Set<String> = ["mr", "mrs", "ms", "dr", "sir", "rev", "reverend", "sheikh", "cheikh", "shaikh", "shaykh", "m", "h.e", "he"]
    /// Words that open a group reference ("both sides", "the two leaders"), and the sizes
    /// the numbers among them give.
    static let groupSizes = ["two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "2": 2, "3": 3, "4": 4, "5": 5]
    static let groupOpeners = Set(["both", "the", "all"]).union(groupSizes.keys)

    /// Lexicon phrase starting at `i`: the longest, as (entries, length).
    func phrase(_ tokens: [Token], at i: Int) -> ([LexiconEntry], Int)? {
        guard tokens[i].isWord, tokens[i].flags.contains(.phraseStart) else { return nil }
        var key = ""
        var best: ([LexiconEntry], Int)?
        var n = 0
        var k = i
        while k < tokens.count && n < lexicon.maxPhraseWords {
            guard tokens[k].isWord || tokens[k].key == "-" || tokens[k].key == "'" || tokens[k].key == "'s" else { break }
            if tokens[k].isWord {
                // No longer phrase has this word: stop before building and hashing more keys.
                if k > i, !tokens[k].flags.contains(.phraseWord) { break }
                key += key.isEmpty ? tokens[k].key : " " + tokens[k].key
                n += 1
                if let entries = lexicon.phraseTable[key] {
                    // An acronym's key matches only words in capitals; asked last, as it reads every letter.
                    if !lexicon.acronymKeys.contains(key) || lexicon.mixedCaseKeys.contains(key)
                        || tokens[i...k].allSatisfy({ !$0.isWord || !$0.text.unicodeScalars.contains(where: { $0.properties.isLowercase }) }) {
                        best = (entries, k + 1 - i)
                    }
                }
            }
            k += 1
        }
        return best
    }

    /// Length of the longest title starting at `i`, in tokens ("Foreign Minister").
    func title(_ tokens: [Token], at i: Int) -> Int? {
        longest(tokens, at: i, start: .titleStart, word: .titleWord, phrases: lexicon.titles, maxWords: lexicon.maxTitleWords, hyphens: true)
    }

    /// Length of the agreement head noun phrase starting at `i` ("memorandum of understanding").
    func agreementHead(_ tokens: [Token], at i: Int) -> Int? {
        longest(tokens, at: i, start: .agreementHeadStart, word: .agreementHeadWord, phrases: lexicon.agreementHeads,
                maxWords: lexicon.maxAgreementHeadWords, hyphens: false)
    }

    /// The longest run of words from `i` whose joined keys are in `phrases`, in tokens. `start`
    /// is the flag of their first words, `word` that of all their words.
    private func longest(_ tokens: [Token], at i: Int, start: Lexicon.WordFlags, word: Lexicon.WordFlags, phrases: Set<String>,
                         maxWords: Int, hyphens: Bool) -> Int? {
        guard tokens[i].flags.contains(start) else { return nil }
        var key = ""
        var best: Int?
        var k = i
        while k < tokens.count && k - i < maxWords + (hyphens ? 1 : 0) {
            guard tokens[k].isWord || (hyphens && tokens[k].key == "-") else { break }
            if tokens[k].isWord {
                if k > i, !tokens[k].flags.contains(word) { break }  // no longer one has this word
                key += key.isEmpty ? tokens[k].key : " " + tokens[k].key
            }
            if phrases.contains(key) { best = k + 1 - i }
            k += 1
        }
        return best
    }


    /// Nouns that say what kind of text an agreement is, after another head.
    static let kindNouns: Set<String> = ["agreement", "accord", "deal", "pact", "treaty", "declaration", "memorandum", "protocol", "plan", "arrangement"]

    /// Words before the name of a news outlet.
    static let outletWords: Set<String> = ["daily", "newspaper", "weekly", "magazine", "broadcaster", "agency", "tabloid", "channel", "radio", "television", "tv", "paper", "outlet", "website"]

    /// Words that start the names of places and buildings ("Villa La Grange", "Lake Prespa").
    static let placeHeads: Set<String> = [
        "villa", "palace", "hotel", "lake", "castle", "mount", "camp", "hall", "building", "centre", "center",
        "airport", "university", "square", "street", "avenue", "fort", "port", "cape", "gulf", "bay", "river",
    ]

    /// Words that end the names of places: "Blue Nile", "Nuba Mountains", "Red Sea", "Gaza Strip".
    static let placeTails: Set<String> = [
        "nile", "river", "mountains", "mountain", "sea", "valley", "desert", "island", "islands", "gulf", "coast",
        "bay", "strait", "plateau", "basin", "delta", "peninsula", "highlands", "hills", "strip", "bank", "heights",
        "province", "region", "governorate", "oblast", "county", "district", "airport", "palace", "hotel", "square",
        "exclave", "enclave", "corridor", "border", "frontier",
    ]

    /// Words that open the complement of a generic agreement name, and words that end it.
    static let complementStarts: Set<String> = ["on", "for", "to", "between", "of", "about", "concerning", "regarding"]
    static let complementStops: Set<String> = [
        "that", "which", "who", "was", "were", "is", "are", "has", "had", "have", "will", "would", "after", "before",
        "while", "when", "in", "at", "by", "last", "next", "but", "on",
        // Time adverbs: "a charter of political reforms late on Sunday".
        "late", "early", "earlier", "later", "yesterday", "today", "tonight", "overnight", "this",
    ]

    /// A counted compound before an agreement noun: "a six-point consensus", "a 60-day truce",
    /// "the three-phase plan".
    static func isCountedModifier(_ key: String) -> Bool {
        let parts = key.split(separator: " ")
        guard parts.count == 2, countedUnits.contains(String(parts[1])) else { return false }
        return parts[0].allSatisfy(\.isNumber) || numberWords.contains(String(parts[0]))
    }

    static let numberWords: Set<String> = [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "sixty", "ninety", "hundred",
    ]
    static let countedUnits: Set<String> = ["point", "points", "stage", "phase", "step", "day", "week", "month", "year", "nation", "party", "way"]

    /// The first word of a token's key (a hyphenated token's key has spaces: "co chaired").
    static func firstWord(_ key: String) -> String {
        guard let space = key.utf8.firstIndex(of: 0x20) else { return key }
        return String(key[..<space])
    }

    /// Words of an office that end an agreement name on its left ("President X's Plan" aside).
    static let officeWords: Set<String> = ["president", "minister", "secretary", "chancellor", "king", "premier", "envoy", "ambassador"]

    func isCalendarWord(_ t: Token) -> Bool {
        t.flags.contains(.calendarWord)
    }

    /// A lowercase word no dictionary knows, in a name: a surname whose capital machine
    /// translation dropped ("Mevlt avuolu" for Mevlüt Çavuşoğlu).
    /// Head words of bodies' names, which a person's name never runs into.
    static let bodyNameHeads: Set<String> = [
        "union", "party", "front", "movement", "federation", "alliance", "league", "coalition", "council", "committee", "command",
        "commission", "ministry", "university", "institute", "foundation", "association", "organisation", "organization",
        "agency", "authority", "army", "forces", "bank", "fund", "court", "tribunal", "congress", "assembly",
    ]

    func isDamagedNameWord(_ t: Token) -> Bool {
        t.isWord && !t.isCapitalized && t.cue == nil && !t.flags.contains(.nonName)
            && t.text.utf8.count >= 4 && t.text.utf8.allSatisfy { (0x61...0x7A).contains($0) } && !lexicon.isCommonWord(t)
    }

    /// Whether a capitalised word is a compound like "Nigerian-led", "US-backed", "Qatar-based".
    static func isQualifyingCompound(_ bytes: String.UTF8View) -> Bool {
        guard let hyphen = bytes.lastIndex(of: 0x2D) else { return false }
        return qualifyingSuffixes.contains(String(decoding: bytes[bytes.index(after: hyphen)...], as: UTF8.self).lowercased())
    }

    static let qualifyingSuffixes: Set<String> = ["led", "backed", "brokered", "mediated", "sponsored", "based", "run", "owned", "held", "allied", "aligned"]

    func isNameWord(_ t: Token) -> Bool {
        guard t.isWord, !t.flags.contains(.nonName) else { return false }
        // Two letters or more, the first alphabetic; ASCII words (most) are checked on bytes.
        let bytes = t.text.utf8
        if t.isASCII || bytes.allSatisfy({ $0 < 0x80 }) {
            guard bytes.count >= 2, let first = bytes.first, (0x41...0x5A).contains(first) || (0x61...0x7A).contains(first) else { return false }
            // "Nigerian-led", "US-backed": a compound that qualifies what follows.
            if t.isCapitalized { return !Self.isQualifyingCompound(bytes) }
            // The same test as below on bytes, which are characters in ASCII text.
            guard let hyphen = bytes.firstIndex(of: 0x2D) else { return false }
            let next = bytes.index(after: hyphen)
            return next < bytes.endIndex && (0x41...0x5A).contains(bytes[next])
                && Self.nameParticles.contains(String(t.text[..<hyphen]).lowercased())
        } else {
            guard t.text.count >= 2, t.text.unicodeScalars.first!.properties.isAlphabetic else { return false }
        }
        if t.isCapitalized { return true }
        // "el-Sisi", "al-Thani", "bin-Salman": a particle joined to a capitalised name.
        guard let hyphen = t.text.firstIndex(of: "-") else { return false }
        let rest = t.text[t.text.index(after: hyphen)...]
        return Self.nameParticles.contains(String(t.text[..<hyphen]).lowercased()) && (rest.first?.isUppercase ?? false)
    }

    /// Verbs that give an agreement its name: "the treaty, known as New START", "a plan dubbed
    /// the Trump Route", "the text, which the White House called the Trump Declaration".
    static let namingVerbs: Set<String> = ["known", "dubbed", "called", "named", "titled", "entitled", "christened"]

    /// Gives a generic agreement the name an apposition gives it; a new name becomes a mention
    /// of the same agreement, so that neither stands alone.
    func nameAgreements(_ agreements: inout [AgreementSpan], tokens: [Token], taken: inout [Bool]) {
        // "The documents, A Framework for Peace and A Framework for …, were signed": the names
        // in apposition are what the generic head stands for.
        let namedStarts = Set(agreements.filter(\.named).map(\.0.lowerBound))
        agreements.removeAll { generic in
            !generic.named && generic.0.upperBound < tokens.count && tokens[generic.0.upperBound].key == ","
                && namedStarts.contains(generic.0.upperBound + 1)
        }
        for index in agreements.indices where !agreements[index].named {
            var k = agreements[index].0.upperBound
            if k < tokens.count, tokens[k].key == "," { k += 1 }
            // ", which the White House called …": a short clause before the verb.
            if k < tokens.count, tokens[k].key == "which" {
                guard let verb = (k + 1..<min(tokens.count, k + 6)).first(where: { Self.namingVerbs.contains(tokens[$0].key) }) else { continue }
                k = verb
            }
            guard k < tokens.count, Self.namingVerbs.contains(tokens[k].key) else { continue }
            k += 1
            if k < tokens.count, tokens[k].key == "as" { k += 1 }
            while k < tokens.count, ["the", "\"", "“", "'", "‘"].contains(tokens[k].key) { k += 1 }
            guard k < tokens.count, tokens[k].isCapitalized, !isCalendarWord(tokens[k]) else { continue }
            if let name = agreements.first(where: { $0.0.lowerBound == k && $0.named }) {
                agreements[index].label = name.label
                agreements[index].named = true
                continue
            }
            var end = k
            while end < tokens.count, end - k < 6, tokens[end].isWord, tokens[end].isCapitalized, !taken[end], !isCalendarWord(tokens[end]) { end += 1 }
            guard end > k else { continue }
            let label = Tokenizer.join(tokens[k..<end].lazy.map(\.text))
            agreements[index].label = label
            agreements[index].named = true
            agreements.append((k..<end, label, agreements[index].head, true))
            for t in k..<end { taken[t] = true }
        }
        agreements.sort { $0.0.lowerBound < $1.0.lowerBound }
    }

    /// Tags tokens; the result holds non-overlapping mentions in token order. People are
    /// returned as name spans to be resolved by the caller.
    func find(_ tokens: [Token], dates: [DateResolver.Found], articleDate: EventDate? = nil, groups: inout [String: LexiconEntry]) -> (mentions: [Mention], names: [(Range<Int>, anchored: Bool)], agreementSpans: [AgreementSpan]) {
        // One pass a kind of mention, each a method of its own: in one long function the
        // optimiser copied each token it read (and retained its strings).
        var taken = [Bool](repeating: false, count: tokens.count)
        var mentions: [Mention] = []
        // Agreements first: "the Minsk agreements" must not become a mention of Belarus.
        var agreements = findAgreements(tokens, dates: dates, taken: &taken)
        nameAgreements(&agreements, tokens: tokens, taken: &taken)
        // Dates, outside agreement names ("the Good Friday Agreement").
        for d in dates where !d.tokens.contains(where: { taken[$0] }) {
            mentions.append(Mention(kind: .date, tokens: d.tokens))
            for k in d.tokens { taken[k] = true }
        }
        findPhrasesAndTitles(tokens, articleDate: articleDate, taken: &taken, mentions: &mentions)
        findBodiesBeforeAcronyms(tokens, taken: &taken, mentions: &mentions, groups: &groups)
        findBodiesByShape(tokens, taken: &taken, mentions: &mentions, groups: &groups)
        if !groups.isEmpty { findBodiesByHead(tokens, groups: groups, taken: &taken, mentions: &mentions) }
        findGroups(tokens, taken: &taken, mentions: &mentions)
        let names = findNames(tokens, taken: taken, mentions: mentions)
        return (mentions, names, agreements)
    }

    /// Agreement names and generic agreements, in token order; marks their tokens taken.
    private func findAgreements(_ tokens: [Token], dates: [DateResolver.Found], taken: inout [Bool]) -> [AgreementSpan] {
        var agreements: [AgreementSpan] = []
        var i = 0
        while i < tokens.count {
            guard !taken[i], let length = agreementHead(tokens, at: i) else { i += 1; continue }
            let headRange = i..<(i + length)
            let head = tokens[headRange].map(\.key).joined(separator: " ")
            // A head inside a lexicon name ("European Commission President …") is that body.
            if tokens[i].isCapitalized, (max(0, i - 4)...i).contains(where: { s in
                guard let (_, length) = phrase(tokens, at: s) else { return false }
                return s + length > i
            }) {
                i += length
                continue
            }
            var start = i
            var end = i + length
            // "the ceasefire agreement", "a truce deal": a second kind of text after the head
            // belongs to the name.
            while end < tokens.count, Self.kindNouns.contains(tokens[end].key), tokens[end].isCapitalized == tokens[i].isCapitalized { end += 1 }
            var named = tokens[i].isCapitalized
            if named {
                // Extend left over capitalised words ("Tashkent Declaration", "Good Friday Agreement").
                while start > 0 {
                    let prev = tokens[start - 1]
                    if prev.isWord, prev.isCapitalized || prev.key.first?.isNumber == true, !["the", "a", "an"].contains(prev.key),
                       !taken[start - 1], !Self.officeWords.contains(prev.key) {
                        start -= 1
                        continue
                    }
                    // "the Firm and Lasting Peace Agreement": two capitalised words joined by "and"
                    // right after the article, neither of them a name the lexicon knows.
                    if start >= 3, tokens[start - 1].key == "and", tokens[start - 2].isWord, tokens[start - 2].isCapitalized, !taken[start - 2],
                       ["the", "a", "an"].contains(tokens[start - 3].key), lexicon.phrases[tokens[start - 2].key] == nil {
                        start -= 2
                        continue
                    }
                    // "Package of Measures for the Implementation of the Minsk Agreements".
                    var k = start - 1
                    if tokens[k].key == "the" { k -= 1 }
                    if k >= 1, ["of", "for", "on"].contains(tokens[k].key), tokens[k - 1].isCapitalized, !taken[k - 1],
                       !Self.officeWords.contains(tokens[k - 1].key), lexicon.phrases[tokens[k - 1].key] == nil {
                        start = k - 1
                        continue
                    }
                    break
                }
                // Extend right over capitalised words and heads ("General Framework Agreement"), and
                // over "on/for/of/in … Capitalised" ("Declaration for Peace, Prosperity and …").
                while end < tokens.count {
                    // ("Treaty Concerning the State Frontier and Neighbourly Relations": a
                    // capitalised preposition is a connector like "on".)
                    if tokens[end].isWord, tokens[end].isCapitalized, !taken[end], !isCalendarWord(tokens[end]),
                       !Self.officeWords.contains(tokens[end].key), !["concerning", "regarding"].contains(tokens[end].key) { end += 1; continue }
                    // "in" continues only a long title ("Code of Conduct in the South China Sea"),
                    // not "the Tashkent Declaration in Moscow".
                    // Nor a second place: "… National Accord in Tajikistan in the Kremlin".
                    func placedBefore(_ k: Int) -> Bool { tokens[start..<k].contains { $0.key == "in" } }
                    let connector = tokens[end].key != "in"
                        || (tokens[start..<end].contains { ["of", "for", "on"].contains($0.key) } && !placedBefore(end))
                    if end + 1 < tokens.count, connector, ["on", "for", "of", "in", "between", "through", "among", "concerning", "regarding"].contains(tokens[end].key) {
                        var k = end + 1
                        if ["the", "a", "an"].contains(tokens[k].key) { k += 1 }
                        guard k < tokens.count, tokens[k].isCapitalized, !taken[k], !isCalendarWord(tokens[k]) else { break }
                        // "… of the Fire in Oslo": a capital is where it was signed ("… Reconciliation
                        // in Mali" is a country of the title).
                        if tokens[end].key == "in", let (entries, _) = phrase(tokens, at: k), entries.allSatisfy({ $0.role == .seat }) { break }
                        while k < tokens.count, !taken[k], !isCalendarWord(tokens[k]) {
                            if tokens[k].isCapitalized { k += 1; continue }
                            if ["and", "of", ","].contains(tokens[k].key) {
                                var n = k + 1
                                // "A Framework for Peace and A Framework for …": a second name.
                                if n + 1 < tokens.count, ["a", "an", "the"].contains(tokens[n].key),
                                   tokens[n].isCapitalized || tokens[n + 1].flags.contains(.agreementHeadStart) { break }
                                if n < tokens.count, tokens[n].key == "the" { n += 1 }
                                if n < tokens.count, tokens[n].isCapitalized { k = n; continue }
                            }
                            // "Guidelines for Accelerating the Early Conclusion of an Effective …
                            // Code of Conduct in the South China Sea": lowercase articles and
                            // prepositions inside a title.
                            if ["the", "a", "an", "in", "on", "for", "to"].contains(tokens[k].key), !tokens[k].isCapitalized,
                               k + 1 < tokens.count, phrase(tokens, at: k + 1) == nil {
                                var n = k + 1
                                if n < tokens.count, ["the", "a", "an"].contains(tokens[n].key), !tokens[n].isCapitalized { n += 1 }
                                // Not a second place (see `connector`).
                                let place = tokens[k].key == "in" && placedBefore(k)
                                if n < tokens.count, !place, tokens[n].isCapitalized, !taken[n], !isCalendarWord(tokens[n]) { k = n; continue }
                            }
                            break
                        }
                        end = k
                        continue
                    }
                    break
                }
                if start == i && end == i + length && ["plan", "route", "corridor", "framework", "initiative", "mechanism", "commission", "committee", "understanding", "arrangement", "deal", "agreement", "treaty", "accord", "declaration"].contains(head) && (i == 0 || tokens[i - 1].key == "the" || tokens[i - 1].key == "a") {
                    // A bare capitalised head ("The Agreement", "Deal reached") is not a name.
                    if i == 0 || (i == 1 && tokens[0].key == "the") { i += 1; continue }
                }
            } else {
                // Generic: "a ceasefire", "the peace treaty", "a roadmap to normalise ties between X and Y".
                func isModifier(_ k: Int) -> Bool {
                    tokens[k].isWord && !taken[k] && (tokens[k].flags.contains(.agreementModifier) || tokens[k].key.hasSuffix(" brokered")
                        // "the Norwegian-drafted text", "a US-backed plan".
                        || (tokens[k].key.hasSuffix("ed") && isNamedParticiple(tokens[k].key))
                        || Self.isCountedModifier(tokens[k].key)
                        || lexicon.phrases[tokens[k].key]?.contains(where: { $0.role == .demonym }) == true)
                }
                // "norwegian drafted": a lexicon name and a participle, hyphenated.
                func isNamedParticiple(_ key: String) -> Bool {
                    let parts = key.split(separator: " ")
                    return parts.count == 2 && lexicon.phrases[String(parts[0])] != nil
                }
                while start > 0, i - start < 4 {
                    if isModifier(start - 1) { start -= 1; continue }
                    // Coordinated modifiers: "a bilateral and definitive ceasefire".
                    if start >= 2, start < i, tokens[start - 1].key == "and", isModifier(start - 2) { start -= 2; continue }
                    break
                }
                // A proper name before the head names the agreement: "the EU-Mercosur agreement",
                // "the Iran nuclear deal".
                if start > 0, tokens[start - 1].isWord, tokens[start - 1].isCapitalized, !taken[start - 1], start - 1 > 0,
                   lexicon.phrases[tokens[start - 1].key]?.contains(where: { $0.role == .demonym }) != true,
                   !Self.officeWords.contains(tokens[start - 1].key), tokens[start - 1].cue == nil {
                    start -= 1
                    named = true
                    // A numbered one takes the name before its number: "the Minsk II accord".
                    if start > 1, tokens[start].text.utf8.count <= 4, tokens[start].text.utf8.allSatisfy({ [0x49, 0x56, 0x58].contains($0) }),
                       tokens[start - 1].isWord, tokens[start - 1].isCapitalized, !taken[start - 1], !Self.officeWords.contains(tokens[start - 1].key) {
                        start -= 1
                    }
                    // The whole of a name of several words: "the Sri Lanka ceasefire agreement".
                    if let whole = (max(0, start - 3)..<start).first(where: { j in phrase(tokens, at: j).map { j + $0.1 == start + 1 } ?? false }) {
                        start = whole
                    }
                }
                var determiner = start > 0 ? tokens[start - 1].key : ""
                // "that last annex", "the same accord": a referring adjective after the determiner.
                if start >= 2, ["last", "latest", "same", "earlier", "previous", "former"].contains(determiner) { determiner = tokens[start - 2].key }
                guard ["the", "a", "an", "this", "that", "its", "their", "new"].contains(determiner) || start < i else {
                    // Heads like "plan", "deal", "route" without a determiner are usually not agreements.
                    i += length
                    continue
                }
                if ["plan", "route", "corridor", "framework", "initiative", "mechanism", "commission", "committee", "understanding", "arrangement", "statement"].contains(head) && start == i && determiner != "the" && determiner != "a" {
                    i += length
                    continue
                }
            }
            // "the first country to sign such a document": no agreement in particular.
            if !named, start >= 1, tokens[start - 1].key == "such" || (start >= 2 && tokens[start - 2].key == "such") {
                i = end
                continue
            }
            let range = start..<end
            // A generic name takes its complement into the label, not the span: "a roadmap to
            // normalise ties between Syria and Türkiye", "a joint statement on strategic stability".
            var labelEnd = end
            // So does a bare capitalised head: "the Treaty on the junction point of borders".
            let bareHead = named && start == i && end == i + length
            // "put his name to the text for the alliance": a text or document is for someone, not about it.
            let forWhom = tokens[end < tokens.count ? end : 0].key == "for" && ["text", "document", "documents"].contains(head)
            if !named || bareHead, end < tokens.count, Self.complementStarts.contains(tokens[end].key), !forWhom {
                var k = end + 1
                let dateTokens = Set(dates.flatMap { Array($0.tokens) })
                while k < tokens.count, k - end <= 10, tokens[k].isWord || tokens[k].key == "'s", !taken[k], !dateTokens.contains(k), !isCalendarWord(tokens[k]),
                      tokens[k].cue == nil, !Self.complementStops.contains(tokens[k].key) { k += 1 }
                // A capitalised complement is a title, and ends with its last capitalised word:
                // "the Accord about the Definitive Cease of the Fire under the auspices of …",
                // "… of the Fire in Oslo".
                let opening = end + 1 < k && ["the", "a", "an"].contains(tokens[end + 1].key) ? end + 2 : end + 1
                if opening < k, tokens[opening].isCapitalized {
                    var last = opening
                    var n = opening + 1
                    // ("The text of the Tallinn agreement": a head ends it too.)
                    while n < k {
                        let word = tokens[n].isCapitalized || agreementHead(tokens, at: n) != nil
                        guard word || ["of", "the", "and", "for", "on", "to", "a", "an"].contains(tokens[n].key) else { break }
                        if word { last = n }
                        n += 1
                    }
                    k = last + 1
                }
                if k > end + 1 { labelEnd = k }
            }
            let label = Tokenizer.join(tokens[start..<labelEnd].lazy.map(\.text))
            agreements.append((range, label, head, named))
            for k in range { taken[k] = true }
            i = end
        }
        return agreements
    }

    /// Lexicon phrases and titles.
    private func findPhrasesAndTitles(_ tokens: [Token], articleDate: EventDate?, taken: inout [Bool], mentions: inout [Mention]) {
        var i = 0
        while i < tokens.count {
            if taken[i] { i += 1; continue }
            if tokens[i].isWord && tokens[i].isCapitalized, i == 0 || !tokens[i - 1].flags.contains(.regionPrefix),
               let (all, length) = phrase(tokens, at: i), (i..<(i + length)).allSatisfy({ !taken[$0] }),
               case let entries = all.filter({ $0.isValid(on: articleDate) }), !entries.isEmpty {
                let entry = entries.first { $0.role == .office } ?? entries.first { $0.role == .name } ?? entries.first { $0.role == .seat } ?? entries[0]
                var m: Mention
                switch entry.role {
                case .office: m = Mention(kind: .office(entry), tokens: i..<(i + length))
                case .demonym: m = Mention(kind: .demonym(entry), tokens: i..<(i + length))
                case .name, .seat: m = Mention(kind: .actor(entry), tokens: i..<(i + length))
                }
                // "in Geneva", "the talks at the White House": a place, not an actor.
                var p = i - 1
                if p >= 0 && tokens[p].key == "the" { p -= 1 }
                if p >= 0 && tokens[p].flags.contains(.placePreposition) && !(entry.kind == .organization) {
                    m.isPlace = true
                }
                // "After Oslo, in Stockholm and Madrid were signed …": a capital after a word of
                // time is a stage of the process, not the government.
                if p >= 0, entry.role == .seat, ["after", "before", "since", "until"].contains(tokens[p].key) {
                    m.isPlace = true
                }
                // "an estate north of Stockholm", "on the outskirts of Kabul".
                if p >= 1, tokens[p].key == "of", Self.bearingWords.contains(tokens[p - 1].key), entry.kind != .organization {
                    m.isPlace = true
                }
                // "flew to Asmara", "the file moved to Doha", "a trip to Moscow": a destination.
                // Also past the one invited: "invited both leaders to Riga".
                if p >= 1, tokens[p].key == "to", tokens[max(0, p - 4)..<p].contains(where: { $0.flags.contains(.motionWord) }), entry.kind != .organization {
                    m.isPlace = true
                }
                mentions.append(m)
                for k in m.tokens { taken[k] = true }
                i += length
                continue
            }
            // "Hassan Sheikh Mohamud": "Sheikh" inside a name is part of it. Asked only of a
            // title's first word, not of every word.
            func insideName() -> Bool {
                tokens[i].key == "sheikh" && i > 0 && i + 1 < tokens.count && !taken[i - 1]
                    && isNameWord(tokens[i - 1]) && isNameWord(tokens[i + 1]) && tokens[i - 1].flags.isDisjoint(with: .titleStart)
            }
            if let length = title(tokens, at: i), tokens[i].isWord, !insideName() {
                mentions.append(Mention(kind: .title, tokens: i..<(i + length)))
                for k in i..<(i + length) { taken[k] = true }
                i += length
                continue
            }
            i += 1
        }
    }

    /// The letters a word gives an acronym: its first, and the first of each capitalised part
    /// after a hyphen ("Union-Patriotic" gives U and P to ZANU-PF).
    static func initials(of token: Token) -> [Character] {
        token.text.split(separator: "-").enumerated().compactMap { n, part in
            guard let first = part.first, n == 0 || first.isUppercase else { return nil }
            return first
        }
    }

    /// A body the lexicon does not know, named in full before the acronym it goes by:
    /// "the Coordination of the Movements of the Azawad (CMA)", "the Liberation Tigers of
    /// Tamil Eelam (LTTE)". The capitalised words' initials must spell the acronym.
    private func findBodiesBeforeAcronyms(_ tokens: [Token], taken: inout [Bool], mentions: inout [Mention], groups: inout [String: LexiconEntry]) {
        for k in 1..<max(1, tokens.count - 2) where tokens[k].key == "(" && tokens[k + 2].key == ")" && !taken[k + 1] {
            let acronym = tokens[k + 1].text
            let letters = Array(acronym.filter(\.isLetter))
            guard letters.count >= 2, letters.count <= 8, acronym.allSatisfy({ $0.isUppercase || $0 == "-" }) else { continue }
            var s = k
            var initials: [Character] = []
            while s > 0, initials.count < letters.count, !taken[s - 1], k - s < 14 {
                let previous = tokens[s - 1]
                if previous.isWord, previous.isCapitalized {
                    initials.insert(contentsOf: Self.initials(of: previous), at: 0)
                    s -= 1
                } else if ["of", "for", "the", "and"].contains(previous.key), s < k, s >= 2 {
                    s -= 1
                } else {
                    break
                }
            }
            // A name ending in a body's head word ("Justice and Equality Movement (JEM)") is the
            // next pass's; one that only starts with one ("Forces of Freedom and Change") is this one's.
            guard initials == letters, initials.count >= 2, tokens[s].isCapitalized,
                  !tokens[k - 1].flags.contains(.bodyHead) else { continue }
            let label = Tokenizer.join(tokens[s..<k].lazy.map(\.text))
            let entry = LexiconEntry(id: Node.makeID(kind: .organization, label: label), kind: .organization, label: label, role: .name)
            groups[acronym] = entry
            groups[label] = entry
            mentions.append(Mention(kind: .actor(entry), tokens: s..<k))
            for t in s..<(k + 3) { taken[t] = true }
        }
    }

    /// Bodies the lexicon does not know, by their shape: "the National Liberation Army (ELN)",
    /// "the Rapid Support Forces"; an acronym defined in brackets names them later on.
    private func findBodiesByShape(_ tokens: [Token], taken: inout [Bool], mentions: inout [Mention], groups: inout [String: LexiconEntry]) {
        var i = 0
        while i < tokens.count {
            guard !taken[i], tokens[i].isWord, tokens[i].isCapitalized, tokens[i].flags.contains(.bodyHead) else {
                if !taken[i], tokens[i].isWord, let entry = groups[tokens[i].text] {
                    mentions.append(Mention(kind: .actor(entry), tokens: i..<(i + 1)))
                    taken[i] = true
                }
                i += 1
                continue
            }
            var start = i
            while start > 0, (tokens[start - 1].isWord && tokens[start - 1].isCapitalized) || (tokens[start - 1].key == "'s" && start >= 2 && tokens[start - 2].isCapitalized),
                  !["the", "a", "an"].contains(tokens[start - 1].key), i - start < 6 {
                // A demonym opens the name ("Sudanese Armed Forces"); other lexicon names end it.
                if taken[start - 1] {
                    guard let d = mentions.firstIndex(where: { $0.tokens.contains(start - 1) }),
                          case .demonym = mentions[d].kind else { break }
                    start = mentions[d].tokens.lowerBound
                    mentions.remove(at: d)
                    continue
                }
                start -= 1
            }
            let end = i + 1
            let acronym = end + 2 < tokens.count && tokens[end].key == "(" && tokens[end + 2].key == ")" && tokens[end + 1].text.count >= 2
                && tokens[end + 1].text == tokens[end + 1].text.uppercased() ? tokens[end + 1].text : nil
            // The acronym spells the whole name: "Justice and Equality Movement (JEM)", "Sudan
            // Revolutionary Front (SRF)" take in the words its letters stand for.
            if let acronym {
                let letters = Array(acronym.filter(\.isLetter))
                func initials(_ from: Int) -> [Character] { tokens[from...i].filter { $0.isWord && $0.isCapitalized }.flatMap(Self.initials(of:)) }
                var s = start
                while initials(s).count < letters.count, s > 0, i - s < 10 {
                    let previous = tokens[s - 1]
                    if previous.isWord && previous.isCapitalized { s -= 1; continue }
                    if ["and", "of", "for", "the"].contains(previous.key), s >= 2, tokens[s - 2].isCapitalized { s -= 1; continue }
                    break
                }
                if s < start, initials(s) == letters {
                    mentions.removeAll { $0.tokens.overlaps(s..<start) }
                    start = s
                }
            } else {
                // A name defined so before, written out again: "the Justice and Equality Movement".
                var s = start
                while s >= 2, i - s < 10, ["and", "of", "for"].contains(tokens[s - 1].key), tokens[s - 2].isCapitalized {
                    s -= 2
                    while s > 0, tokens[s - 1].isWord, tokens[s - 1].isCapitalized, !taken[s - 1] { s -= 1 }
                    if groups[Tokenizer.join(tokens[s...i].lazy.map(\.text))] != nil {
                        mentions.removeAll { $0.tokens.overlaps(s..<start) }
                        start = s
                    }
                }
            }
            guard start < i else { i += 1; continue }
            let label = Tokenizer.join(tokens[start...i].lazy.map(\.text))
            let entry = LexiconEntry(id: Node.makeID(kind: .organization, label: label), kind: .organization, label: label, role: .name)
            if let acronym { groups[acronym] = entry }
            let stop = acronym == nil ? end : end + 3
            groups[label] = entry
            // The acronym in brackets is taken, but is no part of the name's surface.
            mentions.append(Mention(kind: .actor(entry), tokens: start..<end))
            for k in start..<stop { taken[k] = true }
            i = stop
        }
    }

    /// A body found by its shape, named again by its head noun: "the military council" for
    /// the Transitional Military Council, "the front" for the Sudan Revolutionary Front. The
    /// words before the head must all be in the name, and only one body may fit.
    private func findBodiesByHead(_ tokens: [Token], groups: [String: LexiconEntry], taken: inout [Bool], mentions: inout [Mention]) {
        // Each body once (a body is filed under its name and its acronym), with its name's words.
        var bodies: [String: (entry: LexiconEntry, words: [String])] = [:]
        for entry in groups.values where bodies[entry.id] == nil {
            bodies[entry.id] = (entry, entry.label.split(separator: " ").map { Lexicon.key(String($0)) })
        }
        for k in tokens.indices where tokens[k].key == "the" && !taken[k] {
            var j = k + 1
            var found: (end: Int, entry: LexiconEntry)?
            while found == nil, j < tokens.count, j - k <= 3, !taken[j], tokens[j].isWord, !tokens[j].isCapitalized {
                let modifiers = tokens[(k + 1)..<j].map(\.key)
                let fits = bodies.values.filter { $0.words.count >= 2 && $0.words.last == tokens[j].key && modifiers.allSatisfy($0.words.contains) }
                if fits.count == 1 { found = (j, fits[0].entry) }
                j += 1
            }
            guard let (end, entry) = found, end + 1 == tokens.count || !tokens[end + 1].isCapitalized else { continue }
            mentions.append(Mention(kind: .actor(entry), tokens: (k + 1)..<(end + 1)))
            for t in (k + 1)...end { taken[t] = true }
        }
    }

    /// Group references: "the two leaders", "both sides", "all three presidents", "the ministers".
    private func findGroups(_ tokens: [Token], taken: inout [Bool], mentions: inout [Mention]) {
        let numbers = Self.groupSizes
        var i = 0
        while i < tokens.count {
            if tokens[i].flags.contains(.groupOpener), !taken[i] {
                let key = tokens[i].key
                var k = i + 1
                // The numbers are group openers too: other words are not looked up.
                var size = key == "both" ? 2 : numbers[key] ?? 0
                // "the same five presidents".
                if key == "the", k + 1 < tokens.count, tokens[k].key == "same", numbers[tokens[k + 1].key] != nil { k += 1 }
                if key != "both", k < tokens.count, tokens[k].flags.contains(.groupOpener), let n = numbers[tokens[k].key] { size = n; k += 1 }
                // Allow one modifier: "the two foreign ministers".
                var found: Int?
                for j in k..<min(k + 2, tokens.count) where tokens[j].flags.contains(.groupWord) { found = j; break }
                // "the two signed a joint declaration": a number alone before the verb of an event.
                // (Not "the two signed agreements", where the participle qualifies the texts.)
                if found == nil, key == "the", size >= 2, k < tokens.count, let cue = tokens[k].cue, cue == .sign || cue == .meet, !tokens[k].isCapitalized,
                   !(k + 1 < tokens.count && tokens[k + 1].flags.contains(.agreementHeadStart)) {
                    found = k - 1
                }
                // "the foreign ministers Mevlut Cavusoglu and Ararat Mirzoyan": named, not a group.
                let namedAfter = found.map { $0 + 1 < tokens.count && isNameWord(tokens[$0 + 1]) } ?? false
                // "the leaders of the main armed groups": a plural that "of" goes on to define is
                // no reference to people named before.
                // "The foreign ministers of Rwanda and the DRC" are still the two ministers.
                let definedAfter = size == 0 && found.map { j in
                    guard j + 2 < tokens.count, tokens[j + 1].key == "of" else { return false }
                    let first = tokens[j + 2].key == "the" && j + 3 < tokens.count ? tokens[j + 3] : tokens[j + 2]
                    return first.isWord && !first.isCapitalized
                } ?? false
                if let j = found, !namedAfter, !definedAfter, size >= 2 || (key == "the" && ["leaders", "ministers", "sides", "envoys", "presidents"].contains(tokens[j].key)) {
                    let kind: NodeKind? = ["countries", "nations", "states", "neighbours", "neighbors", "governments"].contains(tokens[j].key) ? .state : nil
                    mentions.append(Mention(kind: .group(plural: kind, size: max(size, 2)), tokens: i..<(j + 1)))
                    for t in i...j { taken[t] = true }
                    i = j + 1
                    continue
                }
            }
            i += 1
        }
    }

    /// Candidate names: runs of capitalised words and particles.
    private func findNames(_ tokens: [Token], taken: [Bool], mentions: [Mention]) -> [(Range<Int>, anchored: Bool)] {
        var names: [(Range<Int>, anchored: Bool)] = []
        // Whether each token is a name word, decided once: the loop below asks of most tokens
        // twice (as the next word, then as the word).
        var nameWords = [Bool](repeating: false, count: tokens.count)
        for k in tokens.indices { nameWords[k] = isNameWord(tokens[k]) }
        var i = 0
        while i < tokens.count {
            // Right after a title, before a name word, a name may start with a word that is no
            // name word: one whose first letter machine translation dropped ("intelligence chief
            // brahim Kaln"), or a capitalised common word ("Vice Premier He Lifeng").
            func startsAfterTitle() -> Bool {
                guard i > 0, i + 1 < tokens.count, nameWords[i + 1],
                      isDamagedNameWord(tokens[i]) || (tokens[i].isWord && tokens[i].isCapitalized && !taken[i + 1]) else { return false }
                return mentions.contains { $0.kind == .title && $0.tokens.upperBound == i }
            }
            guard !taken[i], nameWords[i] || startsAfterTitle() else { i += 1; continue }
            var end = i + 1
            // At most five words, particles not counted: "Hamad ben Jassim ben Jabr Al Thani".
            var particles = 0
            while end < tokens.count, !taken[end], end - i - particles < 5 {
                // A damaged lowercase word ends a name of one word so far ("Mevlt avuolu"); after
                // a full name it is a word of another language ("Avdullah Hoti potpisali su").
                if nameWords[end] || (isDamagedNameWord(tokens[end]) && end - i == 1) { end += 1; continue }
                // Particles, also in a row ("von der Leyen"), when a name word follows them.
                var p = end
                while p < tokens.count, tokens[p].flags.contains(.nameParticle) || tokens[p].key == "sheikh", p - end < 3 { p += 1 }
                if p > end, p < tokens.count, nameWords[p] || tokens[p].key.hasPrefix("al") { particles += p - end; end = p; continue }
                break
            }
            // "M. Annan", as French and its translations write Mr: an honorific, not an initial,
            // before a surname alone ("M. Nawaz Sharif" keeps it).
            if end - i == 2, tokens[i].text == "M." {
                i += 1
                continue
            }
            // "CIA Director William Burns", "Head of MT brahim Kaln": an acronym leading a run of
            // names is a body's, not the first word of the person's name.
            func isAcronym(_ t: Token) -> Bool {
                let bytes = t.text.utf8
                return t.isWord && (2...5).contains(bytes.count) && bytes.allSatisfy { (0x41...0x5A).contains($0) }
            }
            if end - i >= 3, isAcronym(tokens[i]), !isAcronym(tokens[i + 1]) {
                i += 1
                continue
            }
            // Anchored by a title or honorific right before it (skipping a comma or "the").
            var p = i - 1
            while p >= 0 && (tokens[p].key == "," || tokens[p].key == ")" || tokens[p].key == "(" || tokens[p].key == ".") && i - p <= 3 { p -= 1 }
            var anchored = p >= 0 && (mentions.contains { ($0.kind == .title || { if case .office = $0.kind { return true }; return false }($0)) && $0.tokens.upperBound == p + 1 } || tokens[p].flags.contains(.honorific))
            let anchoredBefore = anchored
            // …or by an apposition after it: "X, Chile's foreign minister", "X, the EU envoy".
            if !anchored, end < tokens.count, tokens[end].key == "," {
                var q = end + 1
                var steps = 0
                while q < tokens.count && steps < 5 {
                    if mentions.contains(where: { $0.tokens.lowerBound == q && ($0.kind == .title || { if case .office = $0.kind { return true }; return false }($0)) }) { anchored = true; break }
                    if tokens[q].key == "," || tokens[q].cue != nil { break }
                    q += 1
                    steps += 1
                }
            }
            // Preceded by a place preposition ("in Sharm el-Sheikh", "at Camp David") or by an
            // article ("the Irish Taoiseach", "the Sinn Fein president"): not a person's name.
            let prev = i > 0 ? tokens[i - 1].key : ""
            let prevFlags = i > 0 ? tokens[i - 1].flags : []
            let commonPhrase = end - i >= 2 && tokens[i..<end].allSatisfy { lexicon.isCommonWord($0) }
            // "the Villa La Grange", "Lake Prespa": a place word before the run makes it a place.
            let placeWord = (i > 0 && tokens[i - 1].isCapitalized && prevFlags.contains(.placeHead))
                || (end - i >= 2 && tokens[end - 1].flags.contains(.placeTail))
            // "the daily Politika", "news agency Anadolu": an outlet, not a person.
            let outlet = prevFlags.contains(.outletWord)
            // "in Samarkand, press service of the Uzbek leader said": an apposition after a place
            // does not make it a person.
            // "the opposition Social Democratic Union of Macedonia": a run that goes on into a
            // body's head word is the body's name.
            // So does one that qualifies a body's head word: "the mainly Muslim Seleka coalition".
            let bodyName = end < tokens.count && (tokens[end].isCapitalized ? Self.bodyNameHeads.contains(tokens[end].key)
                : !anchored && lexicon.bodyHeads.contains(tokens[end].key))
                // "the General Command of the URNG": a body's head word alone after a title.
                || (end - i == 1 && Self.bodyNameHeads.contains(tokens[i].key))
            // "Mevlt avuolu" is a name machine translation damaged when a title or honorific
            // vouches for it; "Bangsamoro waters", "Allahu akbar" are not.
            let damaged = !anchored && !prevFlags.contains(.pluralTitle) && (i..<end).contains { isDamagedNameWord(tokens[$0]) }
            let notAName = outlet || bodyName || damaged || (!anchoredBefore && prevFlags.contains(.placePreposition))
                || !anchored && (["the", "a", "an"].contains(prev) || commonPhrase || placeWord)
            if !notAName { names.append((i..<end, anchored)) }
            i = end
        }
        return names
    }
}
