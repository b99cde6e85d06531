/// The layout engine a render asks for: one engine, or `auto`, which picks by the graph's size so
/// that no render runs for minutes.
public enum LayoutChoice: Sendable, Equatable {
    case engine(LayoutEngine)
    /// `dot` up to `dotNodeLimit` nodes and `dotEdgeLimit` edges, `sfdp` with overlap removal above.
    case auto

    /// Above these, `dot` takes more than a few seconds on generated diplomatic graphs (see
    /// BENCHMARKS.md, "Rendering"), while `sfdp` stays well under a second.
    public static let dotNodeLimit = 400
    public static let dotEdgeLimit = 800

    /// Above this many nodes, edges are drawn as straight lines: spline routing around thousands
    /// of nodes costs more than the layout itself.
    public static let straightEdgesAbove = 2_000

    /// `auto` or an engine's name.
    public init?(name: String) {
        if name == "auto" {
            self = .auto
        } else if let engine = LayoutEngine(rawValue: name) {
            self = .engine(engine)
        } else {
            return nil
        }
    }

    public var name: String {
        switch self {
        case .auto: return "auto"
        case let .engine(engine): return engine.rawValue
        }
    }

    /// The engine for a graph of this size.
    public func engine(nodes: Int, edges: Int) -> LayoutEngine {
        switch self {
        case let .engine(engine): return engine
        case .auto: return nodes <= Self.dotNodeLimit && edges <= Self.dotEdgeLimit ? .dot : .sfdp
        }
    }

    /// Graph attributes that keep an engine fast and readable at this size, set over the DOT's own.
    static func tuning(for engine: LayoutEngine, nodes: Int) -> [(name: String, value: String)] {
        guard engine == .sfdp else { return [] }
        var attributes = [(name: "overlap", value: "prism")]
        if nodes > straightEdgesAbove { attributes.append((name: "splines", value: "line")) }
        return attributes
    }
}
