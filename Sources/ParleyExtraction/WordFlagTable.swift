/// The lexicon's word flags by key, in an open-addressing table keyed by a cheap hash of the
/// key's bytes (FNV-1a). `Lexicon.tag(_:)` looks up every word of every sentence; with a
/// `Dictionary` each lookup ran a seeded SipHash over the key, and its probes touched keys
/// and values in separate arrays. Here a probe reads one array of hashes, and compares keys
/// only when a hash matches. Most words have no flags: their probe ends at an empty slot.
///
/// Lookup: O(length of the key). Memory: 28 bytes a slot, 1.5 to 3 slots a key.
struct WordFlagTable: Sendable {
    /// Each slot's key hash with its lowest bit set, so that 0 marks an empty slot.
    private var hashes: [UInt32]
    private var keys: [String]
    private var values: [Lexicon.WordFlags]
    private var mask: Int

    init(_ flags: [String: Lexicon.WordFlags] = [:]) {
        var size = 16
        while size < flags.count * 3 / 2 { size *= 2 }
        hashes = [UInt32](repeating: 0, count: size)
        keys = [String](repeating: "", count: size)
        values = [Lexicon.WordFlags](repeating: [], count: size)
        mask = size - 1
        for (key, value) in flags {
            let h = Self.hash(key).hash
            var slot = Int(h) & mask
            while hashes[slot] != 0 { slot = (slot + 1) & mask }
            hashes[slot] = h | 1
            keys[slot] = key
            values[slot] = value
        }
    }

    /// The flags of `key` (empty when it has none), and whether the key has a space (a
    /// hyphenated token's key has several words: "co chaired").
    func lookup(_ key: String) -> (flags: Lexicon.WordFlags, hasSpace: Bool) {
        let (h, hasSpace) = Self.hash(key)
        var slot = Int(h) & mask
        while hashes[slot] != 0 {
            if hashes[slot] == h | 1 && keys[slot] == key { return (values[slot], hasSpace) }
            slot = (slot + 1) & mask
        }
        return ([], hasSpace)
    }

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

    func contains(_ word: String) -> Bool { !table.lookup(word).flags.isEmpty }
}
