// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Parley",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "parley", targets: ["parley"]),
        .library(name: "ParleyGraph", targets: ["ParleyGraph"]),
        .library(name: "ParleyExtraction", targets: ["ParleyExtraction"]),
        .library(name: "ParleyRender", targets: ["ParleyRender"]),
        .library(name: "ParleyQuery", targets: ["ParleyQuery"]),
        .library(name: "ParleyReport", targets: ["ParleyReport"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"])]
        ),
        .target(name: "ParleyGraph"),
        .target(
            name: "ParleyExtraction",
            dependencies: ["ParleyGraph", "Yams"],
            resources: [.copy("Resources")]
        ),
        .target(name: "ParleyRender", dependencies: ["ParleyGraph", "CGraphviz"]),
        .target(name: "ParleyQuery", dependencies: ["ParleyGraph"]),
        .target(name: "ParleyReport", dependencies: ["ParleyGraph", "ParleyQuery", "ParleyRender"]),
        .target(name: "ParleyCorpus", dependencies: ["ParleyGraph", "ParleyExtraction"]),
        .target(name: "ParleyEval", dependencies: ["ParleyGraph"]),
        .executableTarget(
            name: "parley",
            dependencies: [
                "ParleyGraph", "ParleyExtraction", "ParleyRender", "ParleyCorpus", "ParleyEval", "ParleyQuery", "ParleyReport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "parley-bench-render", dependencies: ["ParleyGraph", "ParleyRender", "CGraphviz"]),
        // libFuzzer harness for `make fuzz`; built normally it replays inputs given as files.
        .executableTarget(name: "parley-fuzz", dependencies: ["ParleyExtraction", "ParleyGraph", "ParleyRender"]),
        .testTarget(name: "ParleyGraphTests", dependencies: ["ParleyGraph"]),
        .testTarget(name: "ParleyExtractionTests", dependencies: ["ParleyExtraction"]),
        .testTarget(name: "ParleyRenderTests", dependencies: ["ParleyRender", "CGraphviz"]),
        .testTarget(name: "ParleyQueryTests", dependencies: ["ParleyQuery", "ParleyRender", "parley"]),
        .testTarget(
            name: "ParleyCorpusTests",
            dependencies: ["ParleyCorpus", "ParleyGraph", "ParleyExtraction", "ParleyRender", "CGraphviz"]
        ),
        .testTarget(name: "ParleyReportTests", dependencies: ["ParleyReport", "ParleyQuery", "ParleyRender"]),
        .testTarget(name: "ParleyEvalTests", dependencies: ["ParleyEval"]),
        .testTarget(name: "ParleyEndToEndTests", dependencies: ["ParleyGraph", "ParleyRender", "parley"]),
    ],
    swiftLanguageModes: [.v6]
)
