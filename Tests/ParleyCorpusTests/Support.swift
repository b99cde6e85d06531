import Foundation
import ParleyGraph
@testable import ParleyCorpus

/// A scratch folder for one test, removed when the value goes away.
final class Scratch {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("parley-corpus-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    func path(_ relative: String) -> URL { url.appendingPathComponent(relative) }

    /// Writes a file, making its folder.
    @discardableResult
    func write(_ relative: String, _ text: String) throws -> URL {
        try write(relative, bytes: Array(text.utf8))
    }

    @discardableResult
    func write(_ relative: String, bytes: [UInt8]) throws -> URL {
        let file = path(relative)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: file)
        return file
    }

    func read(_ relative: String) throws -> [UInt8] { try [UInt8](Data(contentsOf: path(relative))) }

    /// A copy of the repository's corpus under `corpus/`.
    func copyRepositoryCorpus(as name: String = "corpus") throws -> URL {
        let target = path(name)
        try FileManager.default.copyItem(at: repositoryCorpus, to: target)
        return target
    }
}

/// The articles that ship with Parley.
let repositoryCorpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("corpus")

/// Three short articles written for these tests.
let smallCorpus: [String: String] = [
    "talks.txt": "CHISINAU, March 3, 2024 — Moldovan Prime Minister Lena Varga met Estonian President Tomas Ilves in Chisinau on Sunday.\nThe two leaders signed the Chisinau Memorandum on energy links.\n",
    "doha.html": "<html><body><p>DOHA, May 2, 2024 &mdash; Qatar mediated talks between Foreign Minister Ana Rojas of Chile and Foreign Minister Park Jin of South Korea.</p></body></html>\n",
    "rome.txt": "ROME, June 9, 2024 — Italian Foreign Minister Marco Bellini met Greek Foreign Minister Eleni Kostas in Rome.\n",
]

func writeSmallCorpus(_ scratch: Scratch, into folder: String = "corpus") throws -> URL {
    for (name, text) in smallCorpus { try scratch.write("\(folder)/\(name)", text) }
    return scratch.path(folder)
}

/// An incremental build of `corpus` into `out`, writing graph.json only.
func incremental(_ out: URL, jobs: Int = 2, fingerprint: String = "test", remember: Bool = true) -> IncrementalBuild {
    IncrementalBuild(builder: CorpusBuilder(jobs: jobs), outputDirectory: out, fingerprint: fingerprint, remember: remember)
}
