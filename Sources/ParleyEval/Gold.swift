import ParleyGraph

/// A hand-made gold graph in the EVALUATION.md format.
public struct Gold: Sendable {
    public struct Entity: Sendable {
        public var key: String
        public var kind: NodeKind
        public var aliases: [String]
        public var required: Bool
    }

    public struct Edge: Sendable {
        public var doc: String
        public var source: String
        public var type: EdgeType
        public var target: String
        public var date: String?
        public var required: Bool
    }

    public var entities: [String: Entity]
    public var negatives: [String]
    public var edges: [Edge]

    public init(json bytes: [UInt8]) throws(GraphReadError) {
        let root: JSONValue
        do { root = try JSONParser.parse(bytes) } catch { throw .syntax(error) }
        entities = [:]
        for (i, item) in (root["entities"]?.arrayValue ?? []).enumerated() {
            guard let key = item["key"]?.stringValue, let kindName = item["kind"]?.stringValue,
                  let kind = NodeKind(rawValue: kindName) else {
                throw .format(GraphFormatError("gold entity \(i) needs \"key\" and a known \"kind\""))
            }
            let aliases = item["aliases"]?.arrayValue?.compactMap(\.stringValue) ?? []
            entities[key] = Entity(key: key, kind: kind, aliases: aliases, required: item["required"]?.boolValue ?? true)
        }
        negatives = root["negatives"]?.arrayValue?.compactMap(\.stringValue) ?? []
        edges = []
        for (i, item) in (root["edges"]?.arrayValue ?? []).enumerated() {
            guard let doc = item["doc"]?.stringValue, let source = item["source"]?.stringValue,
                  let target = item["target"]?.stringValue, let typeName = item["type"]?.stringValue,
                  let type = EdgeType(rawValue: typeName) else {
                throw .format(GraphFormatError("gold edge \(i) needs doc, source, type and target"))
            }
            for key in [source, target] where entities[key] == nil {
                throw .format(GraphFormatError("gold edge \(i) names unknown entity \"\(key)\""))
            }
            edges.append(Edge(doc: doc, source: source, type: type, target: target, date: item["date"]?.stringValue,
                              required: item["required"]?.boolValue ?? true))
        }
    }
}
