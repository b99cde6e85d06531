/// A calendar day or month, as the ONTOLOGY.md `date` field writes it.
public struct EventDate: Sendable, Hashable, Comparable {
    public var year: Int
    public var month: Int
    /// Nil when only the month is known.
    public var day: Int?

    public var iso: String {
        let m = month < 10 ? "0\(month)" : "\(month)"
        guard let day else { return "\(year)-\(m)" }
        return "\(year)-\(m)-\(day < 10 ? "0\(day)" : "\(day)")"
    }

    public static func < (a: EventDate, b: EventDate) -> Bool { (a.year, a.month, a.day ?? 0) < (b.year, b.month, b.day ?? 0) }

    /// Days since 1970-01-01 (proleptic Gregorian), for weekday arithmetic.
    var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + (day ?? 1) - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    init(year: Int, month: Int, day: Int?) {
        self.year = year
        self.month = month
        self.day = day
    }

    init(dayNumber z0: Int) {
        let z = z0 + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.init(year: yoe + era * 400 + (m <= 2 ? 1 : 0), month: m, day: d)
    }

    /// 0 = Monday … 6 = Sunday.
    var weekday: Int { ((dayNumber % 7) + 7 + 3) % 7 }

    static func isValid(year: Int, month: Int, day: Int) -> Bool {
        guard (1...12).contains(month), day >= 1 else { return false }
        let lengths = [31, (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        return day <= lengths[month - 1]
    }
}

/// Finds dates in token sequences: "March 3, 2024", "3 March 2024", "Thursday, June 5, 2023",
/// "on June 12" (year from the article), "on Monday", "yesterday", "last month", "March 2024".
enum DateResolver {
    static let months: [String: Int] = [
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
        "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9,
        "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
    ]
    static let weekdays: [String: Int] = [
        "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
    ]

    struct Found {
        var date: EventDate
        var tokens: Range<Int>
        /// Stated in full (with a year) rather than resolved against the article's date.
        var explicit: Bool
    }

    /// All dates in the tokens, in order. `reference` resolves partial and relative dates;
    /// `future` says which way a bare weekday points.
    static func dates(in tokens: [Token], reference: EventDate?, future: Bool = false) -> [Found] {
        var found: [Found] = []
        var i = 0
        func number(_ k: Int) -> Int? {
            guard k < tokens.count, tokens[k].isWord, let first = tokens[k].key.utf8.first, first >= 0x30 && first <= 0x39 else { return nil }
            // Digits alone (most numbers) have no ordinal suffix to drop.
            if tokens[k].key.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) { return Int(tokens[k].key) }
            var key = Substring(tokens[k].key)
            for suffix in ["st", "nd", "rd", "th"] where key.hasSuffix(suffix) && key.count > 2 { key = key.dropLast(2) }
            return Int(key)
        }
        func year(_ k: Int) -> Int? {
            guard let n = number(k), tokens[k].key.count == 4, (1800...2200).contains(n) else { return nil }
            return n
        }
        /// The year of a day or month told without one: the article's, unless the sentence
        /// looks ahead to a date already past ("will meet in January" in a March story is next
        /// January), or back to one five months or more ahead ("met on 21 November" in a March
        /// story was last November; "on June 12" may be a coming date told without a plan).
        func nearestYear(month: Int, day: Int?, reference ref: EventDate) -> Int {
            let daysAhead = (month - ref.month) * 31 + ((day ?? 15) - (ref.day ?? 15))
            if !future, daysAhead > 150 { return ref.year - 1 }
            if future, daysAhead < -20 { return ref.year + 1 }
            return ref.year
        }
        /// A day and month starting at `start`, with the year at `yearAt` (after an optional
        /// comma) or, failing that, the year nearest the article's date.
        func dayAndMonth(_ d: Int, _ month: Int, from start: Int, yearAt: Int) -> Found? {
            var k = yearAt
            // "7 August, 1987"; "the 4 of December of 1996", as translation from Spanish has it.
            if k < tokens.count, tokens[k].key == "," || (tokens[k].key == "of" && year(k + 1) != nil) { k += 1 }
            if let y = year(k), EventDate.isValid(year: y, month: month, day: d) {
                return Found(date: EventDate(year: y, month: month, day: d), tokens: start..<(k + 1), explicit: true)
            }
            if let ref = reference, case let y = nearestYear(month: month, day: d, reference: ref), EventDate.isValid(year: y, month: month, day: d) {
                return Found(date: EventDate(year: y, month: month, day: d), tokens: start..<yearAt, explicit: false)
            }
            return nil
        }
        while i < tokens.count {
            let key = tokens[i].key
            // Dates start with a digit or a capitalised month, weekday or relative word.
            guard tokens[i].isWord, let lead = key.utf8.first,
                  (lead >= 0x30 && lead <= 0x39) || tokens[i].isCapitalized || lead == 0x79 || lead == 0x74 || (lead == 0x6E && key == "next") || (lead == 0x6C && key == "last") else {
                i += 1
                continue
            }
            if mayBeCalendarWord(tokens[i]), let month = months[key], tokens[i].isCapitalized || key.count > 3 {
                // An abbreviated month's dot ("Dec. 6, 2024", "Sept. 13, 1993") is not part of the date.
                if i + 1 < tokens.count, tokens[i + 1].key == ".", key.count <= 4 {
                    var shortened = tokens
                    shortened.remove(at: i + 1)
                    if let f = dates(in: Array(shortened[i..<min(shortened.count, i + 4)]), reference: reference, future: future).first,
                       f.tokens.lowerBound == 0 {
                        let length = f.tokens.count + 1
                        found.append(Found(date: f.date, tokens: i..<(i + length), explicit: f.explicit))
                        i += length
                        continue
                    }
                }
                // Month D, YYYY | Month D | Month YYYY
                if let d = number(i + 1), d >= 1, d <= 31, tokens[i + 1].key.count <= 4, let f = dayAndMonth(d, month, from: i, yearAt: i + 2) {
                    found.append(f)
                    i = f.tokens.upperBound
                    continue
                }
                // "May 1986", and "May of 1986" as translation from Spanish has it.
                let yearAt = i + 1 < tokens.count && tokens[i + 1].key == "of" ? i + 2 : i + 1
                if let y = year(yearAt) {
                    found.append(Found(date: EventDate(year: y, month: month, day: nil), tokens: i..<(yearAt + 1), explicit: true))
                    i = yearAt + 1
                    continue
                }
                // "last December", "next March": the one before or after the article's month.
                if let ref = reference, i > 0, ["last", "next", "this"].contains(tokens[i - 1].key), tokens[i].isCapitalized {
                    let y = switch tokens[i - 1].key {
                    case "last": month >= ref.month ? ref.year - 1 : ref.year
                    case "next": month <= ref.month ? ref.year + 1 : ref.year
                    default: ref.year
                    }
                    found.append(Found(date: EventDate(year: y, month: month, day: nil), tokens: (i - 1)..<(i + 1), explicit: false))
                    i += 1
                    continue
                }
                // "in May", "at the end of May": the month of the article's year.
                if let ref = reference, i > 0, ["in", "of", "since", "until", "during", "early", "late", "mid"].contains(tokens[i - 1].key), tokens[i].isCapitalized {
                    found.append(Found(date: EventDate(year: nearestYear(month: month, day: nil, reference: ref), month: month, day: nil),
                                       tokens: i..<(i + 1), explicit: false))
                    i += 1
                    continue
                }
            }
            // D Month YYYY | D Month; "the 7 of August", as translation from Romance languages has it.
            if let d = number(i), d >= 1, d <= 31, tokens[i].key.count <= 4, i + 1 < tokens.count,
               case let m = tokens[i + 1].key == "of" && i + 2 < tokens.count ? i + 2 : i + 1,
               mayBeCalendarWord(tokens[m]), let month = months[tokens[m].key], tokens[m].isCapitalized {
                if let f = dayAndMonth(d, month, from: i, yearAt: m + 1) {
                    found.append(f)
                    i = f.tokens.upperBound
                    continue
                }
            }
            // Numeric day-first dates: "19.04.2013", "02/07/2022".
            if let d = number(i), i + 4 < tokens.count, [".", "/"].contains(tokens[i + 1].key), tokens[i + 3].key == tokens[i + 1].key,
               let m = number(i + 2), let y = year(i + 4), EventDate.isValid(year: y, month: m, day: d) {
                found.append(Found(date: EventDate(year: y, month: m, day: d), tokens: i..<(i + 5), explicit: true))
                i += 5
                continue
            }
            // "next month", "last week": the month they fall in.
            // Their first letters first: most words are none of them, and comparing strings is a call.
            if let ref = reference, (lead == 0x6E && key == "next") || (lead == 0x6C && key == "last") || (lead == 0x74 && key == "this"), i + 1 < tokens.count, ["week", "month"].contains(tokens[i + 1].key) {
                let days = (key == "this" ? 0 : (key == "next" ? 1 : -1)) * (tokens[i + 1].key == "week" ? 7 : 30)
                var shifted = EventDate(dayNumber: ref.dayNumber + days)
                if tokens[i + 1].key == "month" {
                    let m = ref.month + (key == "this" ? 0 : (key == "next" ? 1 : -1))
                    shifted = EventDate(year: ref.year + (m > 12 ? 1 : (m < 1 ? -1 : 0)), month: (m + 11) % 12 + 1, day: nil)
                }
                found.append(Found(date: EventDate(year: shifted.year, month: shifted.month, day: nil), tokens: i..<(i + 2), explicit: false))
                i += 2
                continue
            }
            // ISO 2024-03-03 arrives as one token "2024-03-03".
            // An ISO date is ASCII, so its ten characters are ten bytes: no need to count characters.
            if tokens[i].isWord, tokens[i].text.utf8.count == 10, let lead = tokens[i].text.utf8.first, lead >= 0x30 && lead <= 0x39,
               let iso = parseISO(tokens[i].text) {
                found.append(Found(date: iso, tokens: i..<(i + 1), explicit: true))
                i += 1
                continue
            }
            if let ref = reference, ref.day != nil {
                if mayBeCalendarWord(tokens[i]), let wd = weekdays[key] {
                    // A weekday alone: the nearest such day before the article (after it, for plans).
                    let isDateline = i + 1 < tokens.count && (tokens[i + 1].key == "," ) && i + 2 < tokens.count && months[tokens[i + 2].key] != nil
                    // "Monday last week", "Tuesday of next week": that day of the calendar
                    // week before or after the article's.
                    var k = i + 1
                    if k < tokens.count, tokens[k].key == "of" { k += 1 }
                    if k + 1 < tokens.count, ["last", "next"].contains(tokens[k].key), tokens[k + 1].key == "week" {
                        let weekStart = ref.dayNumber - ref.weekday + (tokens[k].key == "next" ? 7 : -7)
                        found.append(Found(date: EventDate(dayNumber: weekStart + wd), tokens: i..<(k + 2), explicit: false))
                        i = k + 2
                        continue
                    }
                    if !isDateline {
                        var delta = wd - ref.weekday
                        if future { if delta <= 0 { delta += 7 } } else if delta > 0 { delta -= 7 }
                        // "last Friday" in a Friday story is a week ago, not today.
                        if delta == 0, i > 0, tokens[i - 1].key == "last" { delta = -7 }
                        found.append(Found(date: EventDate(dayNumber: ref.dayNumber + delta), tokens: i..<(i + 1), explicit: false))
                    }
                } else if lead == 0x79 && key == "yesterday" {
                    found.append(Found(date: EventDate(dayNumber: ref.dayNumber - 1), tokens: i..<(i + 1), explicit: false))
                } else if lead == 0x74 && (key == "today" || key == "tonight") {
                    found.append(Found(date: ref, tokens: i..<(i + 1), explicit: false))
                } else if lead == 0x74 && key == "tomorrow" {
                    found.append(Found(date: EventDate(dayNumber: ref.dayNumber + 1), tokens: i..<(i + 1), explicit: false))
                }
            }
            i += 1
        }
        return found
    }

    /// Whether a token may name a month or weekday, asked before hashing its key: its lexicon
    /// flag once the sentence is tagged, else a test of the key's letters.
    static func mayBeCalendarWord(_ token: Token) -> Bool {
        token.flags.contains(.tagged) ? token.flags.contains(.calendarWord) : mayBeCalendarWord(token.key)
    }

    /// Whether `key` may name a month or weekday: each is three to nine letters, the first one
    /// of "adfjmnostw".
    static func mayBeCalendarWord(_ key: String) -> Bool {
        let count = key.utf8.count
        guard count >= 3 && count <= 9, let first = key.utf8.first, first >= 0x61 && first <= 0x7A else { return false }
        return calendarInitials & (1 << (first - 0x61)) != 0
    }

    private static let calendarInitials: UInt32 = {
        var mask: UInt32 = 0
        for key in Array(months.keys) + Array(weekdays.keys) { mask |= 1 << (key.utf8.first! - 0x61) }
        return mask
    }()

    static func parseISO(_ text: String) -> EventDate? {
        let parts = text.split(separator: "-")
        guard parts.count == 3, parts[0].count == 4, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
              EventDate.isValid(year: y, month: m, day: d) else { return nil }
        return EventDate(year: y, month: m, day: d)
    }
}
