/// The layout engine a render asks for: one engine, or `auto`, which picks by the graph's size so
/// that no render runs for minutes.
public enum LayoutChoice: Sendable, Equatable {
    case engine(LayoutEngine)
    /// `dot` up to `dotNodeLimit` nodes and `dotEdgeLimit` edges, `sfdp` with overlap removal above.
    case auto

    /// Where `dot` stops being quick on generated news-shaped graphs (2.4 edges a node; see
    /// BENCHMARKS.md, "Rendering"): 0.4 s at 200 nodes, 4 s at 400, 170 s at 800, while `sfdp`
    /// takes under a second at 1,000.
    public static let dotNodeLimit = 300
    public static let dotEdgeLimit = 750

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

    /// Graph attributes set over the DOT's own for an engine: `sfdp` removes node overlaps with
    /// the prism algorithm. (The DOT leaves `splines` to each engine: routed splines cost `sfdp`
    /// 90 s on 200 nodes, where straight lines take half a second.)
    static func tuning(for engine: LayoutEngine, nodes: Int) -> [(name: String, value: String)] {
        engine == .sfdp ? [(name: "overlap", value: "prism")] : []
    }
}
