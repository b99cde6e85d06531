import ArgumentParser
import Foundation
import ParleyGraph
import ParleyQuery

/// Times loading and questions in one process, for bench/bench-query.sh; prints one JSON line.
struct BenchQueryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-query",
        abstract: "Time load, path, ego and betweenness questions (for bench/bench-query.sh).",
        shouldDisplay: false
    )

    @OptionGroup var graphOptions: GraphOptions
    @Option(help: "Lines `path A B`.") var paths: String
    @Option(help: "Lines `neighbors A --hops K`.") var ego: String
    @Option(help: "The graph for betweenness.") var sample: String
    @Option(help: "Betweenness sources sampled.") var samples = 1_000
    @Option(help: "Also sum the ego network sizes of this many first questions (to check against networkx).") var egoHead = 100

    func run() throws {
        // CPU time of this process: the machine is shared, and wall time would mostly measure
        // the neighbours' builds. The load's wall time is kept beside it.
        func cpuSeconds() -> Double {
            var ts = timespec()
            clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts)
            return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
        }
        let clock = ContinuousClock()
        let wallStart = clock.now
        var seconds: [(String, Double)] = []
        func timed<T>(_ name: String, _ work: () throws -> T) rethrows -> T {
            let start = cpuSeconds()
            let result = try work()
            seconds.append((name, cpuSeconds() - start))
            return result
        }
        let bytes = try timed("read") { try read(graphOptions.graph) }
        let elements = try timed("parse") { try GraphElements(json: bytes) }
        let session = timed("index") { QuerySession(index: GraphIndex(elements)) }
        let wall = clock.now - wallStart
        seconds.append(("load_wall", Double(wall.components.seconds) + Double(wall.components.attoseconds) / 1e18))
        let rss = maxResidentMegabytes()
        let query = Query(session)
        let pathLines = try read(paths).split(separator: 0x0A).map { $0.split(separator: 0x20).map { String(decoding: $0, as: UTF8.self) } }
        let hops = try timed("paths") {
            try pathLines.reduce(0) { sum, words in sum + (try query.paths(from: words[1], to: words[2]).paths.first?.edges.count ?? 0) }
        }
        let egoLines = try read(ego).split(separator: 0x0A).map { $0.split(separator: 0x20).map { String(decoding: $0, as: UTF8.self) } }
        let sizes = try timed("ego") {
            try egoLines.map { words in try query.neighborhood(of: words[1], hops: Int(words[3])!).members.count }
        }
        let sampleSession = try QuerySession(json: try read(sample))
        let top = try timed("betweenness") { try Query(sampleSession).ranking(by: .betweenness, limit: 1, samples: samples) }
        var line = "{"
        for (name, value) in seconds { line += "\"\(name)\": \(value), " }
        line += "\"rss_mb\": \(rss), \"nodes\": \(session.index.nodeCount), \"edges\": \(session.index.edgeCount), "
        line += "\"path_hops\": \(hops), \"ego_members\": \(sizes.reduce(0, +)), \"ego_members_head\": \(sizes.prefix(egoHead).reduce(0, +)), \"top\": \"\(top.entries.first?.node.id ?? "")\"}\n"
        FileHandle.standardOutput.write(Data(line.utf8))
    }

    private func read(_ path: String) throws -> [UInt8] {
        guard let bytes = readFile(path) else { throw CLIError("\(path): cannot be read") }
        return bytes
    }

    private func maxResidentMegabytes() -> Int {
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        return usage.ru_maxrss / 1024
    }
}
