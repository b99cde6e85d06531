import Foundation
import ParleyExtraction
import ParleyGraph
import ParleyRender

/// The harnesses, by the name `PARLEY_FUZZ_HARNESS` gives; without it the first byte of each
/// input chooses one and the rest is the input.
let harnesses = ["text", "html", "json", "dot"]
let fixedHarness = ProcessInfo.processInfo.environment["PARLEY_FUZZ_HARNESS"].flatMap { harnesses.firstIndex(of: $0) }

/// One fuzz input through one harness: the text pipeline on a text or an HTML article, the
/// graph JSON reader, or the DOT writer (read back by Graphviz) on a graph read from the input.
/// Returns normally on any input; a crash or sanitizer report is the finding.
func fuzzOne(_ bytes: [UInt8]) {
    var input = bytes
    let selector: Int
    if let fixedHarness {
        selector = fixedHarness
    } else {
        guard let first = bytes.first else { return }
        selector = Int(first)
        input.removeFirst()
    }
    switch selector % 4 {
    case 0, 1:
        let document = Document(name: selector % 4 == 0 ? "f.txt" : "f.html", bytes: input)
        guard let extraction = try? Extractor.shared.extract(document) else { return }
        for edge in extraction.graph.edges {
            for item in edge.evidence where !(0 <= item.start && item.start <= item.end && item.end <= input.count) {
                fatalError("evidence offsets \(item.start)..<\(item.end) outside a \(input.count)-byte file")
            }
        }
    case 2:
        guard let graph = try? Graph(json: input) else { return }
        guard (try? Graph(json: graph.jsonData())) == graph else { fatalError("graph JSON does not round-trip") }
    default:
        guard let graph = try? Graph(json: input) else { return }
        guard let counts = try? GraphvizRenderer.shared.count(dot: DOTWriter().write(graph)),
              counts.nodes == graph.nodeCount, counts.edges == graph.edgeCount
        else { fatalError("DOT written for a valid graph is not read back with the same counts") }
    }
}

extension Extractor {
    static let shared = Extractor()
}

#if FUZZING
/// libFuzzer's driver; SwiftPM names an executable's entry point `<target>_main`, so libFuzzer's
/// own `main` is not linked and this one starts the driver.
@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(_ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
                     _ test: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> CInt

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzerTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    fuzzOne(data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? [])
    return 0
}

@_cdecl("parley_fuzz_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var arguments = argv
    return runFuzzerDriver(&count, &arguments, fuzzerTestOneInput)
}
#else
/// Without libFuzzer: replays the files given, to reproduce a finding.
@main
struct FuzzReplay {
    static func main() {
        for path in CommandLine.arguments.dropFirst() {
            guard let data = FileManager.default.contents(atPath: path) else {
                FileHandle.standardError.write(Data("parley-fuzz: \(path): cannot be read\n".utf8))
                exit(1)
            }
            fuzzOne([UInt8](data))
            print("parley-fuzz: \(path): ok")
        }
    }
}
#endif
