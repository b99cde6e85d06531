import ParleyGraph

/// Who held which office of which state or organisation, and when (`Resources/officeholders.tsv`).
///
/// News often gives a title without its state: "President Joe Biden", "Prime Minister Narendra
/// Modi", "Secretary-General António Guterres". The text says which office; this table says
/// whose. It is asked only for a person the text names with a title and no state, so a person
/// named bare ("Biden said") gets no `represents` edge from it.
struct OfficeHolders: Sendable {
    struct Term: Sendable {
        var office: String
        var affiliation: LexiconEntry
        var from: Int
        var until: Int?

        func includes(_ year: Int) -> Bool { from <= year && year <= (until ?? Int.max) }
    }

    /// Terms by the person's name key, with a second key for each name with its marked letters
    /// dropped ("Erdoan", as machine translation leaves it).
    private var terms: [String: [Term]] = [:]

    init() {}

    /// Reads rows of `name, office, affiliation, from, until, aliases`; an affiliation is a
    /// state or organisation the lexicon knows by that name.
    init(rows: [[String]], lexicon: Lexicon) throws {
        for (number, row) in rows.enumerated() where row.count >= 5 && row[0] != "name" {
            let where_ = "officeholders.tsv, row \(number + 1)"
            guard Self.offices.contains(row[1]) else { throw Problem(description: "\(where_): unknown office '\(row[1])'") }
            guard let affiliation = lexicon.entity(named: row[2]) else {
                throw Problem(description: "\(where_): no state or organisation is named '\(row[2])'")
            }
            guard let from = Int(row[3]) else { throw Problem(description: "\(where_): '\(row[3])' is no year") }
            let until = Int(row[4])
            guard row[4].isEmpty || until != nil else { throw Problem(description: "\(where_): '\(row[4])' is no year") }
            let term = Term(office: row[1], affiliation: affiliation, from: from, until: until)
            let names = [row[0]] + (row.count > 5 ? Lexicon.split(row[5]) : [])
            var keys = Set(names.map(Lexicon.key))
            for name in names { if let stripped = Fold.droppingNonASCIILetters(name) { keys.insert(Lexicon.key(stripped)) } }
            for key in keys where !key.isEmpty { terms[key, default: []].append(term) }
        }
    }

    struct Problem: Error, CustomStringConvertible, Sendable {
        var description: String
    }

    /// The offices the table knows; a title the text gives is first brought to one of them.
    static let offices: Set<String> = [
        "president", "vice president", "prime minister", "foreign minister", "defence minister", "secretary-general",
        "national security adviser", "king", "emir", "crown prince", "speaker",
    ]

    /// The table's office for a title as the text gives it: "premier" and "chancellor" are a
    /// head of government, "secretary of state" a foreign minister.
    static func office(ofTitle title: String) -> String? {
        let title = title.utf8.contains(0x2D) ? title.replacingOccurrences(of: "-", with: " ") : title
        switch title {
        case "president": return "president"
        case "vice president": return "vice president"
        case "prime minister", "premier", "chancellor", "federal chancellor", "pm": return "prime minister"
        case "foreign minister", "foreign secretary", "secretary of state", "minister of foreign affairs", "minister for foreign affairs",
             "foreign affairs minister", "external affairs minister", "minister of external affairs":
            return "foreign minister"
        case "defence minister", "defense minister", "defence secretary", "defense secretary", "secretary of defense",
             "minister of defence", "minister of defense":
            return "defence minister"
        case "secretary general": return "secretary-general"
        case "national security adviser", "national security advisor": return "national security adviser"
        case "king", "queen", "sultan", "emperor": return "king"
        case "emir", "amir": return "emir"
        case "crown prince": return "crown prince"
        case "speaker", "parliament speaker", "house speaker", "speaker of parliament": return "speaker"
        default: return nil
        }
    }

    /// Whose `title` the person named by `nameKey` held: of several states or organisations,
    /// the one whose term takes in `year`; none when that leaves more than one, or none.
    func affiliation(of nameKey: String, title: String, year: Int?) -> LexiconEntry? {
        // The name first: most people named with a title hold no office of the table, and the
        // title is brought to an office by comparing strings.
        guard let known = terms[nameKey], let office = Self.office(ofTitle: title), case let held = known.filter({ $0.office == office }),
              !held.isEmpty else {
            return nil
        }
        func only(_ terms: [Term]) -> LexiconEntry? {
            let ids = Set(terms.map(\.affiliation.id))
            return ids.count == 1 ? terms[0].affiliation : nil
        }
        if let one = only(held) { return one }
        guard let year else { return nil }
        return only(held.filter { $0.includes(year) })
    }
}
