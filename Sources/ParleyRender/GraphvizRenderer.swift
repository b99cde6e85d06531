import Foundation
import CGraphviz
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// A layout engine of Graphviz, with its plugin name as raw value.
public enum LayoutEngine: String, CaseIterable, Sendable {
    case dot, neato, fdp, sfdp, circo, twopi, osage
}

/// An output format Graphviz renders to, with its device name as raw value.
public enum OutputFormat: String, CaseIterable, Sendable {
    case svg, png, pdf
    /// DOT with layout positions.
    case dot
    /// Graphviz's own JSON with layout positions.
    case json
}

/// A failure inside Graphviz, carrying Graphviz's own message.
public struct GraphvizError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Stage: String, Sendable { case parse, layout, render, plugins }
    public var stage: Stage
    public var message: String
    public var description: String { "Graphviz \(stage.rawValue) failed: \(message)" }
}

/// Lays out and renders DOT in-process through cgraph and gvc.
///
/// Graphviz keeps global state and is not thread-safe, so every call into it goes through one
/// gate: a process-wide mutex that owns the single `GVC_t` context. Every graph read is closed,
/// every layout freed and every render buffer released on the same path, errors included.
public final class GraphvizRenderer: Sendable {
    public static let shared = GraphvizRenderer()

    private let gate: Mutex<Context>

    private init() {
        gate = Mutex(Context())
    }

    /// Renders DOT text with the given engine to the given format. Cost: Graphviz's layout.
    ///
    /// `graphAttributes` are set on the root graph after parsing and before layout, overriding the
    /// DOT text's own values (the renderer's way to tune an engine without touching the DOT).
    public func render(dot: String, engine: LayoutEngine = .dot, format: OutputFormat = .svg,
                       graphAttributes: [(name: String, value: String)] = []) throws(GraphvizError) -> [UInt8] {
        try gate.withLock { context throws(GraphvizError) -> [UInt8] in
            try LargeStack.run { () throws(GraphvizError) -> [UInt8] in
                try context.render(dot: dot, engine: engine, format: format, graphAttributes: graphAttributes)
            }
        }
    }

    /// Lays out and renders a diagram: resolves `auto` by the diagram's size, tunes large layouts,
    /// and for SVG puts each element's tooltip into its `<title>` and, with `embed`, strips the
    /// parts that do not belong inside an HTML page (see `SVGFinisher`).
    public func render(_ diagram: Diagram, layout: LayoutChoice = .engine(.dot), format: OutputFormat = .svg,
                       embed: Bool = false) throws(GraphvizError) -> [UInt8] {
        let engine = layout.engine(nodes: diagram.nodeCount, edges: diagram.edgeCount)
        let bytes = try render(dot: diagram.dot, engine: engine, format: format,
                               graphAttributes: LayoutChoice.tuning(for: engine, nodes: diagram.nodeCount))
        guard format == .svg else { return bytes }
        return SVGFinisher(tooltips: diagram.tooltips, embed: embed).finish(bytes)
    }

    /// Parses DOT text and reports the number of nodes and edges cgraph sees; for checks.
    public func count(dot: String) throws(GraphvizError) -> (nodes: Int, edges: Int) {
        try gate.withLock { context throws(GraphvizError) -> (nodes: Int, edges: Int) in
            let graph = try context.read(dot)
            defer { agclose(graph) }
            return (Int(agnnodes(graph)), Int(agnedges(graph)))
        }
    }

    /// Parses DOT text and returns what cgraph read: names and attribute values of the nodes,
    /// edges and subgraphs. For checks of the DOT writer and for tools. O(n + m) times attributes.
    public func parse(dot: String) throws(GraphvizError) -> ParsedGraph {
        try gate.withLock { context throws(GraphvizError) -> ParsedGraph in
            let graph = try context.read(dot)
            defer { agclose(graph) }
            return ParsedGraph(graph)
        }
    }

    /// The plugins Graphviz has of a kind: `layout` (engines), `device` (output formats), `render`.
    public func plugins(kind: String) -> [String] {
        gate.withLock { context in context.plugins(kind: kind) }
    }

    /// Checks that Graphviz can lay out with `engines` and write `formats`; call it at start-up.
    /// Throws a `.plugins` error that says how to fix the installation.
    public func checkPlugins(engines: [LayoutEngine] = LayoutEngine.allCases,
                             formats: [OutputFormat] = OutputFormat.allCases) throws(GraphvizError) {
        let layouts = Set(plugins(kind: "layout")), devices = Set(plugins(kind: "device"))
        let missing = engines.map(\.rawValue).filter { !layouts.contains($0) }
            + formats.map(\.rawValue).filter { !devices.contains($0) }
        guard missing.isEmpty else {
            throw GraphvizError(stage: .plugins, message: "no Graphviz plugin for \(missing.joined(separator: ", ")) "
                + "(found layouts: \(layouts.sorted().joined(separator: ", ").nonEmpty ?? "none")); register the installed "
                + "plugins with `sudo dot -c`, or install them with `sudo apt-get install graphviz`")
        }
    }

    /// Owns the GVC context; only ever touched under the gate.
    private final class Context: @unchecked Sendable {
        let gvc: OpaquePointer?

        init() {
            gvc = gvContext()
            _ = agseterrf { message in
                if let message { ErrorSink.append(String(cString: message)) }
                return 0
            }
        }

        func read(_ dot: String) throws(GraphvizError) -> UnsafeMutablePointer<Agraph_t> {
            ErrorSink.reset()
            guard let graph = dot.withCString({ agmemread($0) }) else {
                throw GraphvizError(stage: .parse, message: ErrorSink.take(or: "the DOT text could not be parsed"))
            }
            return graph
        }

        func render(dot: String, engine: LayoutEngine, format: OutputFormat,
                    graphAttributes: [(name: String, value: String)]) throws(GraphvizError) -> [UInt8] {
            guard let gvc else { throw GraphvizError(stage: .plugins, message: "gvContext() returned no context") }
            let graph = try read(dot)
            defer { agclose(graph) }
            for (name, value) in graphAttributes {
                _ = name.withCString { n in value.withCString { v in
                    agsafeset(graph, UnsafeMutablePointer(mutating: n), UnsafeMutablePointer(mutating: v), UnsafeMutablePointer(mutating: ""))
                } }
            }
            ErrorSink.reset()
            // Parts of Graphviz draw from libc's rand() and drand48() without seeding them (the
            // `start` seed does not reach all of sfdp's), so a second layout in one process would
            // differ from the first; reset both so every layout starts as in a fresh process.
            srand(1)
            srand48(1)
            let laidOut = gvLayout(gvc, graph, engine.rawValue)
            // Frees whatever a failed layout allocated too; a no-op when nothing was laid out.
            defer { gvFreeLayout(gvc, graph) }
            guard laidOut == 0 else {
                throw GraphvizError(stage: .layout, message: ErrorSink.take(or: "layout engine '\(engine.rawValue)' failed; run `sudo dot -c` if plugins are missing"))
            }
            var data: UnsafeMutablePointer<CChar>?
            var length: UInt32 = 0
            let status = gvRenderData(gvc, graph, format.rawValue, &data, &length)
            defer { if let data { gvFreeRenderData(data) } }
            guard status == 0, let data, length > 0 else {
                throw GraphvizError(stage: .render, message: ErrorSink.take(or: "rendering to '\(format.rawValue)' failed"))
            }
            return data.withMemoryRebound(to: UInt8.self, capacity: Int(length)) { Array(UnsafeBufferPointer(start: $0, count: Int(length))) }
        }

        func plugins(kind: String) -> [String] {
            guard let gvc else { return [] }
            var count: Int32 = 0
            guard let list = gvPluginList(gvc, kind, &count, nil) else { return [] }
            defer {
                for i in 0..<Int(count) { free(list[i]) }
                free(list)
            }
            return (0..<Int(count)).compactMap { list[$0].map { String(cString: $0) } }
        }
    }
}

/// Runs Graphviz's layouts on a thread of their own with a large stack. dot recurses deeply
/// (component search, mincross, merge sorts on the stack); on the small stacks of Swift's
/// concurrency threads it overflowed now and then inside `decompose` and `qsort`.
enum LargeStack {
    static let size = 64 << 20

    /// Holds the work and its result while the thread runs; released after the join.
    private final class Job {
        let work: () -> Void
        init(_ work: @escaping () -> Void) { self.work = work }
    }

    static func run<T>(_ body: () throws(GraphvizError) -> T) throws(GraphvizError) -> T {
        var result: Result<T, GraphvizError>?
        withoutActuallyEscaping(body) { body in
            withUnsafeMutablePointer(to: &result) { slot in
                let job = Job {
                    slot.pointee = Result { () throws(GraphvizError) -> T in try body() }
                }
                var attributes = pthread_attr_t()
                pthread_attr_init(&attributes)
                defer { pthread_attr_destroy(&attributes) }
                pthread_attr_setstacksize(&attributes, size)
                let context = Unmanaged.passRetained(job).toOpaque()
                var thread = pthread_t()
                let started = pthread_create(&thread, &attributes, { raw in
                    let job = Unmanaged<Job>.fromOpaque(raw!).takeRetainedValue()
                    job.work()
                    return nil
                }, context)
                if started == 0 {
                    pthread_join(thread, nil)
                } else {
                    // No thread to be had: run here, on the caller's stack.
                    Unmanaged<Job>.fromOpaque(context).takeRetainedValue().work()
                }
            }
        }
        return try result!.get()
    }
}

/// Collects the messages Graphviz reports through `agseterrf`; used only under the gate.
private enum ErrorSink {
    nonisolated(unsafe) static var messages: [String] = []

    static func append(_ message: String) { messages.append(message.trimmingTrailingNewlines()) }
    static func reset() { messages.removeAll() }
    static func take(or fallback: String) -> String {
        defer { messages.removeAll() }
        let text = messages.filter { !$0.isEmpty }.joined(separator: " ")
        return text.isEmpty ? fallback : text
    }
}

private extension String {
    var nonEmpty: String? { isEmpty ? nil : self }

    func trimmingTrailingNewlines() -> String {
        var s = Substring(self)
        while let last = s.last, last.isNewline || last == " " { s = s.dropLast() }
        return String(s)
    }
}
