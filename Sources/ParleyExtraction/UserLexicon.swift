import Foundation
import ParleyGraph
import Yams

/// Actors a user adds with `--lexicon actors.yaml`, in the spirit of CAMEO actor dictionaries.
///
/// ```yaml
/// actors:
///   - name: Wagner Group
///     kind: organization
///     aliases: [Wagner, PMC Wagner]
///   - name: Lena Varga
///     kind: person
///     affiliation: Moldova
///     from: 2023-01-01
///     until: 2025-12-31
/// ```
public struct UserLexicon: Sendable, Equatable {
    public struct Actor: Sendable, Equatable {
        public var name: String
        public var kind: NodeKind
        public var aliases: [String]
        /// The state or organisation a person represents, by name.
        public var affiliation: String?
        public var from: String?
        public var until: String?
    }

    public var actors: [Actor]

    public struct Problem: Error, CustomStringConvertible, Sendable {
        public var description: String
    }

    public init(yaml text: String) throws {
        let root: Any?
        do { root = try Yams.load(yaml: text) } catch { throw Problem(description: "not valid YAML: \(error)") }
        guard let map = root as? [String: Any], let list = map["actors"] as? [Any] else {
            throw Problem(description: "expected a top-level 'actors:' list")
        }
        actors = try list.enumerated().map { index, item in
            guard let fields = item as? [String: Any], let name = fields["name"] as? String, !name.isEmpty else {
                throw Problem(description: "actor \(index + 1) has no 'name'")
            }
            let kindName = (fields["kind"] as? String) ?? "person"
            guard let kind = NodeKind(rawValue: kindName), kind != .agreement else {
                throw Problem(description: "actor '\(name)' has kind '\(kindName)'; use person, state or organization")
            }
            let aliases = (fields["aliases"] as? [Any])?.compactMap { $0 as? String } ?? []
            func day(_ key: String) -> String? {
                if let s = fields[key] as? String { return s }
                if let d = fields[key] as? Date {
                    let f = ISO8601DateFormatter()
                    f.formatOptions = [.withFullDate]
                    return f.string(from: d)
                }
                return nil
            }
            return Actor(name: name, kind: kind, aliases: aliases, affiliation: fields["affiliation"] as? String,
                         from: day("from"), until: day("until"))
        }
    }

    public init(contentsOf url: URL) throws {
        let text: String
        do { text = try String(contentsOf: url, encoding: .utf8) } catch {
            throw Problem(description: "\(url.path): cannot be read")
        }
        do { try self.init(yaml: text) } catch let problem as Problem {
            throw Problem(description: "\(url.path): \(problem.description)")
        }
    }
}
