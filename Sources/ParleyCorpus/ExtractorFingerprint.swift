import Foundation
import ParleyExtraction

/// What extraction results depend on besides the article itself; a build cache made under one
/// fingerprint is thrown away under another.
///
/// It covers a version constant, every bundled lexicon file, the user's lexicon, the per-file
/// size limit and the running program (its size and modification time), so a rebuilt `parley`
/// never reuses results of older code. Cost: reading the lexicon files (~100 KB) once.
public enum ExtractorFingerprint {
    /// Raise when the cache's meaning changes in a way no file above shows.
    public static let version = "parley-extractor-cache-2"

    public static func make(resources: URL = Extractor.resourceDirectory, userLexicon: [UInt8]? = nil,
                            maxFileBytes: Int, program: String? = programPath()) -> String {
        var text = "\(version)\nlimit \(maxFileBytes)\n"
        let names = (try? FileManager.default.subpathsOfDirectory(atPath: resources.path))?.sorted() ?? []
        for name in names {
            guard let data = FileManager.default.contents(atPath: resources.appendingPathComponent(name).path) else { continue }
            text += "resource \(name) \(ContentHash.hex(data))\n"
        }
        if let userLexicon { text += "user \(ContentHash.hex(userLexicon))\n" }
        if let program, let stamp = FileStamp.of(program) { text += "program \(stamp.size) \(stamp.modified)\n" }
        return ContentHash.hex(text)
    }

    /// The running executable, resolved through `/proc/self/exe` where there is one.
    public static func programPath() -> String? {
        FileManager.default.fileExists(atPath: "/proc/self/exe") ? "/proc/self/exe" : Bundle.main.executablePath
    }
}
