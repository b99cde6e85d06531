import ParleyGraph

/// The people of one article: full names first, then surnames and first names that refer back
/// to them. Two people sharing a surname stay two people; a surname shared by several is
/// resolved to none of them unless its first name comes with it.
struct PersonRegistry {
    struct Person {
        var words: [String]
        var keys: [String]
        var aliases: Set<String> = []
        var mentions = 0
        var label: String { words.joined(separator: " ") }
    }

    var people: [Person] = []

    /// Registers a full name (two or more words) or returns the person it already names.
    mutating func register(_ words: [String]) -> Int {
        let keys = words.map(Lexicon.key)
        if let i = people.firstIndex(where: { $0.keys == keys }) { return i }
        // A longer form of a registered name ("Recep Tayyip Erdogan" after "Tayyip Erdogan").
        if let i = people.firstIndex(where: { p in
            p.keys.last.map { Self.similar($0, keys.last!) } == true && (p.keys.first == keys.first || keys.contains(p.keys.first!) || p.keys.contains(keys.first!))
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
        let keys = words.map(Lexicon.key)
        if let i = people.firstIndex(where: { $0.keys == keys }) { return i }
        var candidates: [Int] = []
        for (i, p) in people.enumerated() {
            if keys.count == 1 {
                // Surname, or first name alone, or a damaged surname ("Erdoan").
                if Self.similar(p.keys.last!, keys[0]) || (p.keys.count >= 2 && p.keys.first == keys[0]) { candidates.append(i) }
            } else if Self.similar(p.keys.last!, keys.last!) && (p.keys.first == keys.first || Self.similar(p.keys.first!, keys.first!)) {
                candidates.append(i)
            }
        }
        return candidates.count == 1 ? candidates[0] : nil
    }

    /// Equal keys, or keys of five letters or more one dropped letter apart (machine damage).
    static func similar(_ a: String, _ b: String) -> Bool {
        if a == b { return true }
        let (short, long) = a.count < b.count ? (a, b) : (b, a)
        guard short.count >= 4, long.count == short.count + 1 else { return false }
        var s = short.makeIterator(), skipped = false
        var next = s.next()
        for ch in long {
            if ch == next { next = s.next() } else if !skipped { skipped = true } else { return false }
        }
        return next == nil
    }
}

/// The agreements of one article; generic ones ("a ceasefire") are named with the article
/// so that two articles' ceasefires do not become one node.
struct AgreementRegistry {
    struct Agreement {
        var label: String
        var head: String
        var isNamed: Bool
        var aliases: Set<String> = []
        var mentions = 0
    }

    var items: [Agreement] = []
    var lastIndex: Int?

    mutating func register(label: String, head: String, isNamed: Bool) -> Int {
        let key = Lexicon.key(label)
        if let i = items.firstIndex(where: { Lexicon.key($0.label) == key }) {
            lastIndex = i
            return i
        }
        // "the agreement" after "the Dayton Agreement": same head, refer back.
        if !isNamed, let i = items.lastIndex(where: { $0.head == head || ["agreement", "deal", "accord", "document", "pact", "treaty"].contains(head) }) {
            lastIndex = i
            return i
        }
        // A named agreement first met generically ("a peace treaty" then "the Washington Treaty").
        items.append(Agreement(label: label, head: head, isNamed: isNamed))
        lastIndex = items.count - 1
        return items.count - 1
    }
}
