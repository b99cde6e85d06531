import ParleyGraph

/// The people of one article: full names first, then surnames and first names that refer back
/// to them. Two people sharing a surname stay two people; a surname shared by several is
/// resolved to none of them unless its first name comes with it.
struct PersonRegistry {
    struct Person {
        var words: [String]
        var keys: [String] { didSet { surname = PersonRegistry.bare(keys.last!) } }
        /// The last key without its Arabic article, kept for the surname lookups.
        private(set) var surname: String
        var aliases: Set<String> = []
        /// Other full names the text gives the person: "Prachanda (Pushpa Kamal Dahal)".
        var alternates: [[String]] = []
        /// The royal titles the person is styled with: "king", "prince".
        var styles: Set<String> = []
        var mentions = 0
        var label: String { words.joined(separator: " ") }

        /// Whether a one-word name styled `style` cannot be this person: "King Salman" is not
        /// "Crown Prince Salman bin Hamad", a reigning title and a prince's never one person.
        func styledOtherwise(_ style: String) -> Bool {
            (Self.reigning.contains(style) && !styles.isDisjoint(with: Self.princely)) || (Self.princely.contains(style) && !styles.isDisjoint(with: Self.reigning))
        }

        static let reigning: Set<String> = ["king", "queen", "sultan", "emir"]
        static let princely: Set<String> = ["prince", "princess"]

        init(words: [String], keys: [String]) {
            self.words = words
            self.keys = keys
            surname = PersonRegistry.bare(keys.last!)
        }
    }

    var people: [Person] = []

    /// Registers a full name (two or more words) or returns the person it already names.
    mutating func register(_ words: [String]) -> Int { register(words, keys: words.map(Lexicon.key)) }

    /// `register(_:)` given the words' keys (`Lexicon.key` of each), which a name's tokens
    /// already hold: every name of every sentence was folded again here.
    mutating func register(_ words: [String], keys: [String]) -> Int {
        // The same name in the other order ("Kishida Fumio", "Fumio Kishida") is the same person.
        // (The same words either way round, tested without building two sets per person.)
        // So is the name with a Russian-style patronymic ("Emomali Rahmon Sharipovich",
        // "Japarov Sadyr Nurgozhoevich").
        let core = Self.withoutPatronymic(keys)
        if let i = people.firstIndex(where: { p in
            p.keys == keys || p.alternates.contains(keys) || Self.sameWords(p.keys, keys)
                || (core.count != keys.count || p.keys.count >= 3) && Self.sameWords(Self.withoutPatronymic(p.keys), core)
        }) { return i }
        // A longer form of a registered name ("Recep Tayyip Erdogan" after "Tayyip Erdogan"),
        // or one of three words or more that goes on ("Salman bin Abdulaziz Al Saud").
        func extends(_ long: [String], _ short: [String]) -> Bool { short.count >= 3 && long.count > short.count && Array(long.prefix(short.count)) == short }
        if let i = people.firstIndex(where: { p in
            (p.keys.last.map { Self.similar($0, keys.last!) } == true
                && (p.keys.first == keys.first || keys.contains(p.keys.first!) || p.keys.contains(keys.first!) || Self.oneLetterReplaced(p.keys.first!, keys.first!))
                && !(keys.count == 1 && Self.endsInPatronymic(p.keys)) && !Self.differInTheMiddle(p.keys, keys))
                || extends(keys, p.keys) || extends(p.keys, keys)
        }) {
            if words.count > people[i].words.count {
                people[i].words = words
                people[i].keys = keys
            }
            return i
        }
        people.append(Person(words: words, keys: keys))
        return people.count - 1
    }

    /// The registered person a (possibly partial) name refers to, if exactly one fits.
    func resolve(_ words: [String]) -> Int? {
        let fits = candidates(words)
        return fits.count == 1 ? fits[0] : nil
    }

    /// The registered people a (possibly partial) name may refer to: "Mr Kim" after Kim Jong Un
    /// and Kim Yong Chol may be either, and is then no new person.
    func candidates(_ words: [String]) -> [Int] { candidates(words, keys: words.map(Lexicon.key)) }

    /// `candidates(_:)` given the words' keys (`Lexicon.key` of each).
    func candidates(_ words: [String], keys: [String]) -> [Int] {
        if let i = people.firstIndex(where: { $0.keys == keys || $0.alternates.contains(keys) }) { return [i] }
        var candidates: [Int] = []
        // "IBK" for Ibrahim Boubacar Keïta, "AMLO": a full name written as its initials.
        if words.count == 1, let word = words.first, word.allSatisfy(\.isUppercase), (2...5).contains(word.count) {
            let initials = Array(word)
            let fits = people.indices.filter { i in
                people[i].words.count == initials.count && zip(people[i].words, initials).allSatisfy { $0.first?.uppercased() == String($1) }
            }
            if !fits.isEmpty { return fits }
        }
        let surname = keys.count == 1 ? Self.bare(keys[0]) : ""
        for (i, p) in people.enumerated() {
            if keys.count == 1 {
                // Surname, or first name alone, or a damaged surname ("Erdoan"). In "Mohammed bin
                // Salman" the last name is his father's: "Salman" alone is King Salman, not him.
                if (!Self.endsInPatronymic(p.keys) && Self.similar(p.surname, surname)) || (p.keys.count >= 2 && p.keys.first == keys[0])
                    || p.alternates.contains(where: { $0.count >= 2 && Self.similar(Self.bare($0.last!), surname) }) { candidates.append(i) }
            } else if Self.similar(p.keys.last!, keys.last!) && (p.keys.first == keys.first || Self.similar(p.keys.first!, keys.first!)) && !Self.differInTheMiddle(p.keys, keys) {
                candidates.append(i)
            }
        }
        return candidates
    }

    /// Two full names alike at both ends but not in the middle: "Kim Yong Chol" and "Kim Hyok
    /// Chol" are two people ("George W. Bush" and "George Walker Bush" one: an initial matches).
    /// So are "Hamad bin Khalifa Al Thani" and "Hamad bin Jassim bin Jabr Al Thani", whose middle
    /// words, particles left out, have none in common.
    static func differInTheMiddle(_ a: [String], _ b: [String]) -> Bool {
        guard a.count >= 3, b.count >= 3 else { return false }
        if a.count == b.count {
            return zip(a.dropFirst().dropLast(), b.dropFirst().dropLast()).contains { x, y in
                x != y && x.count > 2 && y.count > 2 && !Self.similar(x, y)
            }
        }
        func middle(_ keys: [String]) -> [String] {
            keys.dropFirst().dropLast().filter { $0.count > 2 && !MentionFinder.nameParticles.contains($0) }
        }
        let x = middle(a), y = middle(b)
        return !x.isEmpty && !y.isEmpty && !x.contains { u in y.contains { Self.similar(u, $0) } }
    }

    /// A name of three words or more without a last word that is a patronymic ("-ovich", "-evna").
    static func withoutPatronymic(_ keys: [String]) -> [String] {
        guard keys.count >= 3, let last = keys.last, ["ovich", "evich", "ovna", "evna", "ichna"].contains(where: last.hasSuffix) else { return keys }
        return Array(keys.dropLast())
    }

    /// The same words in any order.
    static func sameWords(_ a: [String], _ b: [String]) -> Bool {
        a.count == b.count && a.allSatisfy(b.contains) && b.allSatisfy(a.contains)
    }

    /// Whether a name ends in its father's: "Mohammed bin Salman", whose "Salman" alone is King Salman.
    static func endsInPatronymic(_ keys: [String]) -> Bool {
        keys.count >= 3 && ["bin", "ibn", "bint"].contains(keys[keys.count - 2])
    }

    /// A surname without the Arabic article it may be written with or without: "el-Husseini"
    /// and "Husseini", "al-Assad" and "Assad" (in keys, where the hyphen is a space).
    static func bare(_ key: String) -> String {
        // Only a key with a space in its first four letters can start with one.
        guard key.utf8.prefix(4).contains(0x20) else { return key }
        for article in ["al ", "el ", "ul ", "ad ", "ash ", "as ", "at ", "az ", "an ", "ar "] where key.hasPrefix(article) && key.count > article.count + 2 {
            return String(key.dropFirst(article.count))
        }
        return key
    }

    /// Two first names of five letters or more one letter apart, as two transliterations write
    /// one name ("Imomali" and "Emomali", "Sergei" and "Sergey"), with the surnames alike.
    static func oneLetterReplaced(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count, x.count >= 5 else { return false }
        return zip(x, y).filter { $0 != $1 }.count == 1
    }

    /// Equal keys, or keys one dropped letter apart (machine damage); see `Fold.nearlyEqual`.
    static func similar(_ a: String, _ b: String) -> Bool { Fold.nearlyEqual(a, b) }
}

/// The agreements of one article; generic ones ("a ceasefire") are named with the article
/// so that two articles' ceasefires do not become one node.
struct AgreementRegistry {
    struct Agreement {
        let label: String
        /// The label's folded key, kept for matching later mentions.
        let key: String
        var head: String
        var isNamed: Bool
        var aliases: Set<String> = []
        /// Other full names the text gives the person: "Prachanda (Pushpa Kamal Dahal)".
        var alternates: [[String]] = []
        var mentions = 0
    }

    var items: [Agreement] = []
    var lastIndex: Int?
    /// Formal titles given to agreements already told ("Its formal title, the Peace Agreement
    /// between …"), by key: a later mention of the title is that agreement.
    var titles: [String: Int] = [:]

    /// Named agreements of the whole article, registered before relations are read, so that
    /// "the agreement" can refer to a name given later in the article too.
    var named: [(label: String, head: String, position: Int)] = []
    /// Heads of one kind of generic agreement: "the truce" after "a ceasefire".
    static let truces: Set<String> = ["ceasefire", "truce", "armistice", "cease fire", "cease-fire", "cessation of hostilities"]
    /// Heads of bodies that agreements set up, not of texts.
    static let bodyHeads: Set<String> = ["commission", "committee", "mechanism", "council", "body", "force", "fund", "centre", "center", "authority", "secretariat", "mission", "group"]
    /// The vaguest heads, which may stand for any named agreement near them.
    static let vagueHeads: Set<String> = ["agreement", "deal", "accord", "document", "pact", "treaty", "text", "accords", "agreements"]
    /// Positions are `sentence * sentenceStride + token`.
    static let sentenceStride = 10_000

    /// Registers a mention; an `indefinite` one ("a deal", "an agreement") introduces an
    /// agreement rather than referring back, so only a name given later can stand for it.
    mutating func register(label: String, head: String, isNamed: Bool, position: Int, indefinite: Bool = false) -> Int {
        let key = Lexicon.key(label)
        if let i = items.firstIndex(where: { $0.key == key }) ?? titles[key] {
            lastIndex = i
            return i
        }
        // "the Treaty" after "the Treaty on the junction point of borders": the same one.
        if isNamed, !key.utf8.contains(0x20), let j = items.lastIndex(where: { $0.isNamed && $0.key.hasPrefix(key + " ") }) {
            lastIndex = j
            return j
        }
        // "the Jeddah agreement" is the Jeddah Peace Agreement: a name whose words hold the
        // mention's proper words.
        // A label of ASCII lowercase words and digits ("the agreement", most generic ones) has no
        // proper word: it is not split.
        let mayHaveProper = !isNamed && label.utf8.contains { $0 >= 0x80 || (0x41...0x5A).contains($0) }
        let proper = !mayHaveProper ? [] : label.split(separator: " ").filter { $0.first?.isUppercase == true }.map { Lexicon.key(String($0)) }
        if !proper.isEmpty, let target = named.first(where: { n in
            let words = Set(n.label.split(separator: " ").map { Lexicon.key(String($0)) })
            return proper.allSatisfy(words.contains)
        }) {
            return register(label: target.label, head: head, isNamed: true, position: position)
        }
        // "the truce" after "a ceasefire": one generic agreement under two words.
        if !isNamed, !indefinite, Self.truces.contains(head), let i = items.lastIndex(where: { !$0.isNamed && Self.truces.contains($0.head) }) {
            lastIndex = i
            return i
        }
        if !isNamed, let target = antecedent(head: head, position: position, onlyLater: indefinite) {
            return register(label: target, head: head, isNamed: true, position: position)
        }
        items.append(Agreement(label: label, key: key, head: head, isNamed: isNamed))
        lastIndex = items.count - 1
        return items.count - 1
    }

    /// The named agreement a generic mention ("the agreement", "the deal") stands for: the
    /// nearest earlier one with the same head, else the nearest earlier one at all for the
    /// vaguest heads, else the first later one with the same head, else for the vaguest heads
    /// one named in the next two sentences.
    func antecedent(head: String, position: Int, onlyLater: Bool = false) -> String? {
        let vague = Self.vagueHeads
        let earlier = onlyLater ? [] : named.filter { $0.position <= position }
        if let same = earlier.last(where: { $0.head == head || $0.head.hasSuffix(head) }) { return same.label }
        // A text, rather than a body the text sets up: "Sankoh will chair a Commission for the
        // Management of Strategic Resources. … Eyadéma also put his signature to the accord".
        if vague.contains(head), let any = earlier.last(where: { !Self.bodyHeads.contains($0.head) }) ?? earlier.last { return any.label }
        if let later = named.first(where: { $0.position > position && ($0.head == head || $0.head.hasSuffix(head)) }) { return later.label }
        if vague.contains(head), named.count == 1, !onlyLater || named[0].position > position { return named[0].label }
        // "signed a document on Monday. The text, which the White House called the Trump
        // Declaration, …": a vague mention named in the next sentence or two.
        if vague.contains(head), let next = named.first(where: { $0.position > position }), next.position - position < 3 * Self.sentenceStride {
            return next.label
        }
        return nil
    }
}
