import ParleyGraph

/// How node kinds and edge types look, drawn from the Okabe–Ito palette (Okabe & Ito, "Color
/// Universal Design", 2008): its eight colours stay distinct for the common forms of colour
/// blindness and differ in lightness, so they survive greyscale print. Colour is never the only
/// cue: each node kind has its own shape, each edge type its own arrowhead, and status its own
/// line style.
public struct DiagramStyle: Sendable {
    public struct NodeLook: Sendable {
        public var shape: String
        public var style: String
        public var fill: String
        public var stroke: String
    }

    public struct EdgeLook: Sendable {
        public var color: String
        public var arrowhead: String
        public var undirected: Bool
        /// The arrowhead in words, for the legend.
        public var arrowName: String
    }

    public static let okabeIto = DiagramStyle()

    public func look(for kind: NodeKind) -> NodeLook {
        switch kind {
        case .person: return NodeLook(shape: "ellipse", style: "filled", fill: "#FBE3B5", stroke: "#E69F00")
        case .state: return NodeLook(shape: "box", style: "rounded,filled", fill: "#CDE6F7", stroke: "#0072B2")
        case .organization: return NodeLook(shape: "hexagon", style: "filled", fill: "#C8EBDF", stroke: "#009E73")
        case .agreement: return NodeLook(shape: "note", style: "filled", fill: "#F2D8E7", stroke: "#CC79A7")
        }
    }

    public func look(for type: EdgeType) -> EdgeLook {
        switch type {
        case .metWith: return EdgeLook(color: "#0072B2", arrowhead: "none", undirected: true, arrowName: "no arrowhead")
        case .mediated: return EdgeLook(color: "#D55E00", arrowhead: "diamond", undirected: false, arrowName: "diamond")
        case .agreedTo: return EdgeLook(color: "#009E73", arrowhead: "normal", undirected: false, arrowName: "arrow")
        case .represents: return EdgeLook(color: "#7F7F7F", arrowhead: "empty", undirected: false, arrowName: "hollow arrow")
        case .visited: return EdgeLook(color: "#56B4E9", arrowhead: "vee", undirected: false, arrowName: "open arrow")
        case .hosted: return EdgeLook(color: "#56B4E9", arrowhead: "box", undirected: false, arrowName: "box")
        case .accused: return EdgeLook(color: "#000000", arrowhead: "tee", undirected: false, arrowName: "bar")
        case .supports: return EdgeLook(color: "#999999", arrowhead: "odot", undirected: false, arrowName: "hollow dot")
        case .proposed: return EdgeLook(color: "#999999", arrowhead: "odiamond", undirected: false, arrowName: "hollow diamond")
        case .memberOf: return EdgeLook(color: "#999999", arrowhead: "obox", undirected: false, arrowName: "hollow box")
        }
    }

    /// Line style for an edge's status: planned dashed, reported dotted.
    public func lineStyle(for status: EdgeStatus) -> String {
        switch status {
        case .occurred: return "solid"
        case .planned: return "dashed"
        case .reported: return "dotted"
        }
    }

    /// Edge width grows with the log of the number of evidence items: 1 for one item, +0.75 for
    /// each doubling, at most 5.
    public func penWidth(evidenceCount: Int) -> Double {
        var width = 1.0
        var n = max(evidenceCount, 1)
        while n > 1 { width += 0.75; n /= 2 }
        return min(width, 5)
    }
}
