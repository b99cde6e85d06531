// Benchmarks of ParleyRender (run by bench/bench-render.sh; not a test).
//
//   parley-bench-render ego DIR [COUNT]     renders COUNT ego diagrams of a generated graph in-process,
//                                           writes their DOT into DIR for the subprocess comparison,
//                                           prints the seconds the renders took
//   parley-bench-render auto NODES [ENGINE] renders a generated graph of NODES nodes to SVG with
//                                           ENGINE (default auto), prints "engine seconds"
//   parley-bench-render graph NODES         prints a generated graph as JSON (for the CLI)
//   parley-bench-render leaks [ROUNDS]      fails when repeated renders grow the heap (make leaks)
//   parley-bench-render source NODES        prints its DOT, grouped by state, edge labels, legend
import CGraphviz
import Foundation
import ParleyGraph
import ParleyRender

func seconds(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("parley-bench-render: \(message)\n".utf8))
    exit(2)
}

let args = CommandLine.arguments.dropFirst()
switch args.first {
case "ego":
    guard args.count >= 2 else { fail("usage: ego DIR [COUNT]") }
    let dir = URL(fileURLWithPath: args[args.startIndex + 1])
    let count = args.count > 2 ? Int(args[args.startIndex + 2]) ?? 200 : 200
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    let graph = SyntheticGraph.make(nodes: 1_000, seed: 7)
    var diagrams: [Diagram] = []
    EgoDiagrams(hops: 1).forEach(in: graph) { item in
        if diagrams.count < count { diagrams.append(item.diagram) }
    }
    for (i, diagram) in diagrams.enumerated() {
        try diagram.dot.write(to: dir.appendingPathComponent("ego-\(i).dot"), atomically: true, encoding: .utf8)
    }
    var bytes = 0
    let time = try seconds {
        for diagram in diagrams { bytes += try GraphvizRenderer.shared.render(dot: diagram.dot, engine: .dot, format: .svg).count }
    }
    print(String(format: "%.3f", time), diagrams.count, bytes)
case "auto":
    guard args.count >= 2, let nodes = Int(args[args.startIndex + 1]) else { fail("usage: auto NODES [ENGINE]") }
    let choice = args.count > 2 ? LayoutChoice(name: args[args.startIndex + 2]) : .auto
    guard let choice else { fail("unknown engine") }
    let diagram = DOTWriter().diagram(SyntheticGraph.make(nodes: nodes, seed: 7))
    var bytes = 0
    let time = try seconds { bytes = try GraphvizRenderer.shared.render(diagram, layout: choice, format: .svg).count }
    print(choice.engine(nodes: diagram.nodeCount, edges: diagram.edgeCount).rawValue, String(format: "%.3f", time),
          diagram.nodeCount, diagram.edgeCount, bytes)
case "source":
    guard args.count >= 2, let nodes = Int(args[args.startIndex + 1]) else { fail("usage: source NODES") }
    let options = DiagramOptions(edgeLabels: .both, groupBy: .state, legend: true)
    print(DOTWriter(options: options).write(SyntheticGraph.make(nodes: nodes, seed: 7)), terminator: "")
case "leaks":
    // Graphviz's cgraph keeps its blocks reachable from global state, so LeakSanitizer cannot see a
    // graph that is never closed; this measures instead whether the heap grows from round to round
    // of the same renders: every format, several engines, the parse-error path, read-back.
    let rounds = args.count > 1 ? Int(args[args.startIndex + 1]) ?? 20 : 20
    let diagram = DOTWriter(options: DiagramOptions(edgeLabels: .both)).diagram(SyntheticGraph.make(nodes: 40, seed: 5))
    func round() {
        for format in OutputFormat.allCases { _ = try? GraphvizRenderer.shared.render(diagram, layout: .engine(.dot), format: format) }
        for engine in [LayoutEngine.neato, .sfdp, .twopi] { _ = try? GraphvizRenderer.shared.render(diagram, layout: .engine(engine)) }
        _ = try? GraphvizRenderer.shared.render(dot: "digraph { a -> ; }")
        _ = try? GraphvizRenderer.shared.parse(dot: diagram.dot)
        _ = GraphvizRenderer.shared.plugins(kind: "layout")
    }
    for _ in 0..<3 { round() }
    let before = parley_heap_in_use()
    for _ in 0..<rounds { round() }
    let own = (Int(parley_heap_in_use()) - Int(before)) / rounds
    // Without the legend, clusters and osage: Graphviz 2.43 itself loses memory on HTML-like
    // labels (about 8 KB a render of this graph), on dot's clusters (about 125 KB) and in osage
    // (about 165 KB); see scripts/leaks-render.supp. The other engines lose up to 5 KB a render.
    print("heap growth per round of renders: \(own) bytes over \(rounds) rounds (limit 16384)")
    if own > 16_384 { fail("the heap grows by \(own) bytes a round: something Graphviz allocated is not released") }
case "graph":
    guard args.count >= 2, let nodes = Int(args[args.startIndex + 1]) else { fail("usage: graph NODES") }
    FileHandle.standardOutput.write(Data(SyntheticGraph.make(nodes: nodes, seed: 7).jsonData()))
default:
    fail("usage: parley-bench-render ego DIR [COUNT] | auto NODES [ENGINE] | graph NODES")
}
