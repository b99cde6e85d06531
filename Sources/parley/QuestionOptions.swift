import ArgumentParser
import Foundation
import ParleyGraph
import ParleyQuery
import ParleyRender

/// The filters every question takes, and the `--as-states` view.
struct FilterOptions: ParsableArguments {
    @Option(help: "Edge types to follow, comma-separated (met-with,mediated,agreed-to,represents,…).")
    var types: String?

    @Option(help: "Edge statuses to follow, comma-separated (occurred,planned,reported).")
    var status: String?

    @Option(help: "Only edges dated on or after this (YYYY, YYYY-MM or YYYY-MM-DD); undated edges are left out.")
    var since: String?

    @Option(help: "Only edges dated on or before this; undated edges are left out.")
    var until: String?

    @Option(help: "Only edges with at least this many evidence sentences.")
    var minEvidence: Int = 0

    @Option(help: "Node kinds a question may pass through or list, comma-separated (person,state,organization,agreement).")
    var kinds: String?

    @Flag(help: "Follow edges only from source to target (met-with still goes both ways).")
    var directed = false

    @Flag(help: "Roll persons up into the states they represent.")
    var asStates = false

    func filter() throws -> EdgeFilter {
        EdgeFilter(types: try names(types, "--types"), statuses: try names(status, "--status"), since: since, until: until,
                   minEvidence: minEvidence, kinds: try names(kinds, "--kinds"), directed: directed)
    }
}

/// A comma-separated list of wire names as a set, or nil when the option was not given.
func names<T: RawRepresentable & CaseIterable & Hashable>(_ list: String?, _ option: String) throws -> Set<T>?
where T.RawValue == String {
    guard let list else { return nil }
    var out = Set<T>()
    for name in list.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where !name.isEmpty {
        guard let value = T(rawValue: name) else {
            throw CLIError("\(option): unknown value '\(name)' (one of: \(T.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        out.insert(value)
    }
    return out
}

/// How an answer is written: text, `--json`, or drawn with `--render`.
struct AnswerOutput: ParsableArguments {
    enum Drawing: String, ExpressibleByArgument, CaseIterable { case svg, dot, png }

    @Flag(help: "Write the answer as one line of JSON (shapes in docs/queries.md).")
    var json = false

    @Option(help: "Draw the answer, highlighted, as svg, dot or png.")
    var render: Drawing?

    @Option(name: [.short, .customLong("output")], help: "Output file (default: standard output).")
    var output: String?

    /// Writes the answer as asked: the drawing with `--render`, else JSON or text.
    func write(_ answer: any QueryAnswer) throws {
        if let render {
            try emit(try draw(answer, as: render), to: output)
        } else {
            try emit(json ? answer.jsonData() : Array(answer.text().utf8), to: output)
        }
    }

    func draw(_ answer: any QueryAnswer, as drawing: Drawing) throws -> [UInt8] {
        let diagram = answer.diagram
        let options = DiagramOptions(highlightNodes: diagram.highlightNodes, highlightEdges: diagram.highlightEdges,
                                     title: diagram.title)
        let dot = DOTWriter(options: options).write(diagram.graph)
        if drawing == .dot { return Array(dot.utf8) }
        do {
            return try GraphvizRenderer.shared.render(dot: dot, engine: .dot, format: drawing == .png ? .png : .svg)
        } catch {
            throw CLIError(error.description)
        }
    }
}

/// What every question takes: `--graph`, the filters and the output options.
struct QuestionOptions: ParsableArguments {
    @OptionGroup var graph: GraphOptions
    @OptionGroup var filters: FilterOptions
    @OptionGroup var output: AnswerOutput
}

extension GraphOptions {
    /// The graph file read straight into a query index; the same errors as `load()`.
    func session() throws -> QuerySession {
        guard let bytes = readFile(graph) else { return QuerySession(graph: try load()) }
        do { return try QuerySession(json: bytes) } catch {
            throw CLIError("\(graph): \(error.description)")
        }
    }
}

/// The whole file as bytes, read straight into the array (no intermediate `Data`); nil when
/// it cannot be read.
func readFile(_ path: String) -> [UInt8]? {
    let fd = open(path, O_RDONLY)
    guard fd >= 0 else { return nil }
    defer { close(fd) }
    var info = stat()
    guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
    let size = Int(info.st_size)
    var failed = false
    let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
        while count < size {
            let n = read(fd, buffer.baseAddress! + count, size - count)
            if n <= 0 { failed = n < 0; break }
            count += n
        }
    }
    return failed ? nil : bytes
}

/// Leaves `session` to be reclaimed when the process exits, which is next: freeing a large
/// index object by object takes longer than the question did.
func keepUntilExit(_ session: QuerySession) {
    _ = Unmanaged.passRetained(session)
}

/// A command that asks the loaded graph one question: `path`, `neighbors`, `between`, `show`, `top`.
protocol QuestionCommand: ParsableCommand {
    var options: QuestionOptions { get }
    /// The answer from `session`, under `filter`.
    func answer(in session: QuerySession, filter: EdgeFilter) throws -> any QueryAnswer
}

extension QuestionCommand {
    func run() throws {
        let session = try options.graph.session()
        try options.output.write(try ask(session))
        keepUntilExit(session)
    }

    /// The answer, in the `--as-states` view when asked; query errors become one-line CLI errors.
    func ask(_ session: QuerySession) throws -> any QueryAnswer {
        do {
            let filters = options.filters
            return try answer(in: filters.asStates ? session.statesView() : session, filter: try filters.filter())
        } catch let error as QueryError {
            throw CLIError(error.description)
        }
    }
}
