/// Article text as UTF-8 bytes, each byte mapped back to the byte offset in the input file
/// it came from, so evidence offsets point into the file the user has.
public struct CleanText: Sendable {
    public var bytes: [UInt8]
    /// Source offset of each byte; nil means the identity (nothing was moved).
    var offsets: [Int32]?

    public init(bytes: [UInt8], offsets: [Int32]? = nil) {
        self.bytes = bytes
        self.offsets = offsets
    }

    /// The file offset of the byte at `index` (or of the end, for `index == bytes.count`).
    public func sourceOffset(_ index: Int) -> Int {
        guard let offsets else { return index }
        if index < offsets.count { return Int(offsets[index]) }
        return offsets.last.map { Int($0) + 1 } ?? 0
    }

    /// The file offset just past the byte at `index - 1`: the end of a span ending at `index`.
    public func sourceEnd(_ index: Int) -> Int {
        guard let offsets else { return index }
        guard index > 0 else { return 0 }
        return Int(offsets[index - 1]) + 1
    }

    public var string: String { String(decoding: bytes, as: UTF8.self) }

    /// Builds a new text byte by byte, keeping the mapping to the original file.
    struct Builder {
        private let source: CleanText
        var bytes: [UInt8] = []
        var offsets: [Int32] = []

        init(source: CleanText, capacity: Int) {
            self.source = source
            bytes.reserveCapacity(capacity)
            offsets.reserveCapacity(capacity)
        }

        /// Appends `byte`, attributing it to position `index` of the source text.
        mutating func append(_ byte: UInt8, from index: Int) {
            bytes.append(byte)
            offsets.append(Int32(truncatingIfNeeded: source.sourceOffset(index)))
        }

        mutating func append<C: Collection>(_ bytes: C, from index: Int) where C.Element == UInt8 {
            for byte in bytes { append(byte, from: index) }
        }

        /// Appends a scalar's UTF-8 encoding, attributing it to `index`.
        mutating func append(_ scalar: Unicode.Scalar, from index: Int) {
            for byte in UTF8.encode(scalar)! { append(byte, from: index) }
        }

        var last: UInt8? { bytes.last }

        func build() -> CleanText { CleanText(bytes: bytes, offsets: offsets) }
    }
}
