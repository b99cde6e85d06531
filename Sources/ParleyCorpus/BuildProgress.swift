import Foundation

/// Shows how a build is going: on a terminal a live bar redrawn in place (documents done /
/// total, MB/s, elapsed, ETA); elsewhere (logs, CI) a plain line every `interval` seconds.
///
/// Thread-safe; the clock and the output are injected so tests can drive it.
public final class BuildProgress: @unchecked Sendable {
    public struct Snapshot: Sendable, Equatable {
        public var done: Int
        public var total: Int
        /// Bytes of the documents done.
        public var bytes: Int

        public init(done: Int, total: Int, bytes: Int) {
            self.done = done
            self.total = total
            self.bytes = bytes
        }
    }

    public typealias Handler = @Sendable (Snapshot) -> Void

    public let isTerminal: Bool
    /// Seconds between plain lines; a terminal bar is redrawn at most ten times a second.
    public let interval: Double
    private let write: @Sendable (String) -> Void
    private let clock: @Sendable () -> Double
    private let lock = NSLock()
    private let started: Double
    private var lastShown: Double
    private var showing = false

    public init(isTerminal: Bool, interval: Double = 5, clock: @escaping @Sendable () -> Double = { Date().timeIntervalSinceReferenceDate },
                write: @escaping @Sendable (String) -> Void) {
        self.isTerminal = isTerminal
        self.interval = interval
        self.clock = clock
        self.write = write
        started = clock()
        lastShown = started
    }

    /// Whether standard error is a terminal that can redraw a line.
    public static var standardErrorIsTerminal: Bool {
        isatty(STDERR_FILENO) == 1 && ProcessInfo.processInfo.environment["TERM"] != "dumb"
    }

    public var handler: Handler { { [self] snapshot in update(snapshot) } }

    public func update(_ snapshot: Snapshot) {
        lock.withLock {
            let now = clock()
            let gap = isTerminal ? 0.1 : interval
            guard now - lastShown >= gap || (isTerminal && snapshot.done == snapshot.total) else { return }
            lastShown = now
            if isTerminal {
                write("\r" + Self.bar(snapshot, elapsed: now - started) + "\u{1B}[K")
                showing = true
            } else {
                write(Self.line(snapshot, elapsed: now - started) + "\n")
            }
        }
    }

    /// Clears the bar, so the summary starts on a clean line.
    public func finish() {
        lock.withLock {
            if showing { write("\r\u{1B}[K") }
            showing = false
        }
    }

    static func bar(_ s: Snapshot, elapsed: Double) -> String {
        let width = 24
        let fraction = s.total == 0 ? 1 : Double(s.done) / Double(s.total)
        let filled = min(width, Int(fraction * Double(width)))
        let bar = String(repeating: "=", count: filled) + (filled < width ? ">" + String(repeating: " ", count: width - filled - 1) : "")
        var text = "parley: [\(bar)] \(s.done)/\(s.total) documents  \(rate(s, elapsed)) MB/s  \(clockTime(elapsed)) elapsed"
        if let eta = eta(s, elapsed) { text += "  ETA \(clockTime(eta))" }
        return text
    }

    static func line(_ s: Snapshot, elapsed: Double) -> String {
        let percent = s.total == 0 ? 100 : s.done * 100 / s.total
        var text = "parley: \(s.done)/\(s.total) documents (\(percent)%), \(rate(s, elapsed)) MB/s, \(clockTime(elapsed)) elapsed"
        if let eta = eta(s, elapsed) { text += ", about \(clockTime(eta)) left" }
        return text
    }

    static func rate(_ s: Snapshot, _ elapsed: Double) -> String {
        String(format: "%.1f", elapsed > 0 ? Double(s.bytes) / 1_048_576 / elapsed : 0)
    }

    static func eta(_ s: Snapshot, _ elapsed: Double) -> Double? {
        guard s.done > 0, s.done < s.total, elapsed > 0 else { return nil }
        return elapsed / Double(s.done) * Double(s.total - s.done)
    }

    /// "0:07", "12:45", "1:02:03".
    static func clockTime(_ seconds: Double) -> String {
        let t = Int(seconds.rounded())
        let (h, m, s) = (t / 3600, t / 60 % 60, t % 60)
        return h > 0 ? String(format: "%d:%02d:%02d", h, m, s) : String(format: "%d:%02d", m, s)
    }
}
