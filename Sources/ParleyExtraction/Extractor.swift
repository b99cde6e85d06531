import Foundation
import ParleyGraph

/// One input article.
public struct Document: Sendable {
    /// The file's name relative to the corpus folder; evidence names it.
    public var name: String
    public var bytes: [UInt8]

    public init(name: String, bytes: [UInt8]) {
        self.name = name
        self.bytes = bytes
    }

    var isHTML: Bool {
        let lower = name.lowercased()
        if lower.hasSuffix(".html") || lower.hasSuffix(".htm") || lower.hasSuffix(".xhtml") { return true }
        // Markup sniffed from the start of a file without an HTML extension.
        let head = 0..<min(bytes.count, 512)
        return ByteSearch.first(Array("<!doctype html".utf8), in: bytes, head, ignoringCase: true) != nil
            || ByteSearch.first(Array("<html".utf8), in: bytes, head, ignoringCase: true) != nil
    }
}

/// What extraction made of one article.
public struct DocumentExtraction: Sendable {
    public var graph: Graph
    /// Problems with the input that did not stop extraction ("invalid UTF-8 replaced").
    public var warnings: [String]
    public var sentences: Int
    public var words: Int
}

/// Extracts actors, agreements and relations from articles. Stateless and `Sendable`: one
/// extractor serves every worker thread. Cost: linear in the article's length.
public struct Extractor: Sendable {
    public var lexicon: Lexicon

    public init(lexicon: Lexicon = .standard) {
        self.lexicon = lexicon
    }

    /// The folder of the bundled lexicon files; build caches are keyed by its contents.
    public static var resourceDirectory: URL { Lexicon.resourceDirectory() }

    /// Cleans the document's bytes to text: decoding, HTML stripping, mojibake repair.
    public func clean(_ document: Document) throws(TextDecoder.Failure) -> (CleanText, [String]) {
        let decoded = try TextDecoder.decode(document.bytes)
        var warnings: [String] = []
        if decoded.replacements > 0 { warnings.append("invalid UTF-8: \(decoded.replacements) byte sequence(s) replaced") }
        if decoded.encoding != "UTF-8" { warnings.append("decoded from \(decoded.encoding)") }
        var text = decoded.text
        if document.isHTML { text = HTMLStripper.strip(text) }
        text = MojibakeRepair.repair(text)
        return (text, warnings)
    }

    public func extract(_ document: Document) throws(TextDecoder.Failure) -> DocumentExtraction {
        let (text, warnings) = try clean(document)
        var run = DocumentRun(lexicon: lexicon, document: document, text: text)
        run.extract()
        return DocumentExtraction(graph: run.graph, warnings: warnings, sentences: run.sentenceCount, words: run.wordCount)
    }
}
