import Foundation
import Testing
@testable import ParleyCorpus

/// A progress display driven by a hand-moved clock, collecting what it writes.
private final class Harness: @unchecked Sendable {
    var now = 0.0
    var written: [String] = []
    let lock = NSLock()

    func progress(isTerminal: Bool) -> BuildProgress {
        BuildProgress(isTerminal: isTerminal, interval: 5, clock: { [self] in lock.withLock { now } },
                      write: { [self] text in lock.withLock { written.append(text) } })
    }
}

@Test func terminalGetsOneLiveBarRedrawnInPlace() {
    let h = Harness()
    let progress = h.progress(isTerminal: true)
    h.now = 2
    progress.update(.init(done: 500, total: 1000, bytes: 4 << 20))
    h.now = 2.05
    progress.update(.init(done: 501, total: 1000, bytes: 4 << 20))  // too soon: not redrawn
    h.now = 4
    progress.update(.init(done: 1000, total: 1000, bytes: 8 << 20))
    progress.finish()
    #expect(h.written.count == 3)
    #expect(h.written[0] == "\rparley: [============>           ] 500/1000 documents  2.0 MB/s  0:02 elapsed  ETA 0:02\u{1B}[K")
    #expect(h.written[1].contains("[========================] 1000/1000 documents"))
    #expect(h.written[2] == "\r\u{1B}[K")
    #expect(h.written.allSatisfy { !$0.contains("\n") })
}

@Test func logsGetPlainLinesAtAnInterval() {
    let h = Harness()
    let progress = h.progress(isTerminal: false)
    for step in 1...20 {
        h.now = Double(step)
        progress.update(.init(done: step * 10, total: 200, bytes: step << 20))
    }
    progress.finish()
    #expect(h.written == [
        "parley: 50/200 documents (25%), 1.0 MB/s, 0:05 elapsed, about 0:15 left\n",
        "parley: 100/200 documents (50%), 1.0 MB/s, 0:10 elapsed, about 0:10 left\n",
        "parley: 150/200 documents (75%), 1.0 MB/s, 0:15 elapsed, about 0:05 left\n",
        "parley: 200/200 documents (100%), 1.0 MB/s, 0:20 elapsed\n",
    ])
    #expect(h.written.allSatisfy { !$0.contains("\r") && !$0.contains("\u{1B}") })
}

@Test func clockTimesReadLikeAClock() {
    #expect(BuildProgress.clockTime(7) == "0:07")
    #expect(BuildProgress.clockTime(765) == "12:45")
    #expect(BuildProgress.clockTime(3723) == "1:02:03")
}
