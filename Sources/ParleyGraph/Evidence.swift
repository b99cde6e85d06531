/// A sentence or caption that states an edge, located in its input file.
public struct Evidence: Sendable, Hashable, Comparable {
    /// The input file's name relative to the corpus folder.
    public var doc: String
    /// The sentence or caption as it stands in the cleaned text.
    public var text: String
    /// UTF-8 byte offset of the sentence's first byte in the file.
    public var start: Int
    /// UTF-8 byte offset just past the sentence's last byte in the file.
    public var end: Int

    public init(doc: String, text: String, start: Int, end: Int) {
        self.doc = doc
        self.text = text
        self.start = start
        self.end = end
    }

    public static func < (lhs: Evidence, rhs: Evidence) -> Bool {
        (lhs.doc, lhs.start, lhs.end, lhs.text) < (rhs.doc, rhs.start, rhs.end, rhs.text)
    }
}
