import ParleyGraph

/// How node kinds and edge types look: the Okabe–Ito palette, which stays distinct for
/// colour-blind readers and in greyscale print (shapes differ too, so colour is never the
/// only cue).
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
        case .metWith: return EdgeLook(color: "#0072B2", arrowhead: "none", undirected: true)
        case .mediated: return EdgeLook(color: "#D55E00", arrowhead: "diamond", undirected: false)
        case .agreedTo: return EdgeLook(color: "#009E73", arrowhead: "normal", undirected: false)
        case .represents: return EdgeLook(color: "#7F7F7F", arrowhead: "empty", undirected: false)
        case .visited, .hosted: return EdgeLook(color: "#56B4E9", arrowhead: "vee", undirected: false)
        case .accused: return EdgeLook(color: "#000000", arrowhead: "tee", undirected: false)
        case .supports, .proposed, .memberOf: return EdgeLook(color: "#999999", arrowhead: "open", undirected: false)
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

    /// Edge width grows with the log of the number of evidence items.
    public func penWidth(evidenceCount: Int) -> Double {
        var width = 1.0
        var n = max(evidenceCount, 1)
        while n > 1 { width += 0.75; n /= 2 }
        return min(width, 5)
    }
}
