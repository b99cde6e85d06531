import ArgumentParser
import Foundation
import ParleyCorpus
import ParleyGraph
import ParleyRender

/// `--graph FILE`, shared by every command that reads a built graph.
struct GraphOptions: ParsableArguments {
    @Option(name: .long, help: "The graph JSON to read.")
    var graph: String = "graphs/graph.json"

    func load() throws -> Graph {
        guard let data = FileManager.default.contents(atPath: graph) else {
            throw CLIError("\(graph): cannot be read (run `parley build CORPUS --out DIR` first)")
        }
        do { return try Graph(json: [UInt8](data)) } catch {
            throw CLIError("\(graph): \(error.description)")
        }
    }
}

/// A failure reported to the user as one line, with exit code 1.
struct CLIError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// Writes output to a file atomically, or to standard output when no file is given.
func emit(_ bytes: [UInt8], to path: String?) throws {
    if let path {
        try AtomicFile.write(bytes, to: URL(fileURLWithPath: path))
    } else {
        FileHandle.standardOutput.write(Data(bytes))
    }
}

func warn(_ line: String) {
    FileHandle.standardError.write(Data("parley: \(line)\n".utf8))
}

/// The graph as the default diagram: SVG with tooltips, legend and stable ids, laid out by the
/// `auto` engine. `build` and `export` draw the same picture as `render` with no options.
func defaultSVG(_ graph: Graph) throws -> [UInt8] {
    do {
        return try GraphvizRenderer.shared.render(DOTWriter().diagram(graph), layout: .auto, format: .svg)
    } catch {
        throw CLIError(error.description)
    }
}
