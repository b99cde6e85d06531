/// Why a report could not be made, worded for the person who asked for it.
public struct ReportError: Error, Sendable, Equatable, CustomStringConvertible {
    public var description: String

    public init(_ description: String) { self.description = description }
}
