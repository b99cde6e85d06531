/// The lexicon's word flags by key, in an open-addressing table keyed by a cheap hash of the
/// key's bytes (FNV-1a). `Lexicon.tag(_:)` looks up every word of every sentence; with a
/// `Dictionary` each lookup ran a seeded SipHash over the key, and its probes touched keys
/// and values in separate arrays. Here a probe reads one array of hashes, and compares keys
/// only when a hash matches. Most words have no flags: their probe ends at an empty slot.
///
/// The same table holds other values by word key too (`WordTable`): the lexicon's phrases and
/// cues, looked up by the mention finder and the tagger at every word that may start one.
///
/// Lookup: O(length of the key). Memory: 20 bytes and a value a slot, 1.5 to 3 slots a key.
typealias WordFlagTable = WordTable<Lexicon.WordFlags>

extension WordTable where Value == Lexicon.WordFlags {
    init(_ flags: [String: Lexicon.WordFlags] = [:]) { self.init(flags, absent: []) }
}

/// Values by word key (see `WordFlagTable`); `absent` for a key not in the table.
struct WordTable<Value: Sendable>: Sendable {
    /// Each slot's key hash with its lowest bit set, so that 0 marks an empty slot.
    private var hashes: [UInt32]
    private var keys: [String]
    private var values: [Value]
    private let absent: Value
    private var mask: Int

    init(_ entries: [String: Value], absent: Value) {
        var size = 16
        while size < entries.count * 3 / 2 { size *= 2 }
        hashes = [UInt32](repeating: 0, count: size)
        keys = [String](repeating: "", count: size)
        values = [Value](repeating: absent, count: size)
        self.absent = absent
        mask = size - 1
        for (key, value) in entries {
            let h = Self.hash(key).hash
            var slot = Int(h) & mask
            while hashes[slot] != 0 { slot = (slot + 1) & mask }
            hashes[slot] = h | 1
            keys[slot] = key
            values[slot] = value
        }
    }

    /// The value of `key` (`absent` when it has none), and whether the key has a space (a
    /// hyphenated token's key has several words: "co chaired").
    func lookup(_ key: String) -> (value: Value, hasSpace: Bool) {
        let (h, hasSpace) = Self.hash(key)
        var slot = Int(h) & mask
        while hashes[slot] != 0 {
            if hashes[slot] == h | 1 && keys[slot] == key { return (values[slot], hasSpace) }
            slot = (slot + 1) & mask
        }
        return (absent, hasSpace)
    }

    /// The value of `key`, `absent` when it has none.
    subscript(key: String) -> Value { lookup(key).value }

    private static func hash(_ key: String) -> (hash: UInt32, hasSpace: Bool) {
        // Over the contiguous bytes: iterating `utf8` asks the string's form at every byte, and
        // every token of every sentence is hashed.
        var key = key
        return key.withUTF8 { bytes in
            var h: UInt32 = 2_166_136_261
            var hasSpace = false
            for byte in bytes {
                h = (h ^ UInt32(byte)) &* 16_777_619
                hasSpace = hasSpace || byte == 0x20
            }
            return (h, hasSpace)
        }
    }
}

/// A set of words in a `WordFlagTable`: the same cheap hash instead of a `Set`'s seeded SipHash.
/// `Lexicon.isCommonWord(_:)` asks the 62,000 common words of candidate names' words.
struct WordSet: Sendable {
    private let table: WordFlagTable

    init<Words: Sequence<String>>(_ words: Words) {
        table = WordFlagTable(Dictionary(words.lazy.map { ($0, Lexicon.WordFlags.tagged) }, uniquingKeysWith: { first, _ in first }))
    }

    func contains(_ word: String) -> Bool { !table[word].isEmpty }
}
