import Testing
import ParleyGraph
import ParleyRender
@testable import ParleyReport

private let hostileLabel = "\"><script>alert(1)</script>"
private let hostileQuote = "<img src=x onerror=alert(2)> said \"no\" & [left](http://example.com) *now*"

private func evidence(_ doc: String, _ text: String) -> [Evidence] { [Evidence(doc: doc, text: text, start: 0, end: text.utf8.count)] }

/// Two ministers who met under Qatar's mediation and signed a memorandum, plus an actor whose
/// label, quote and document name try to inject markup.
private func sampleGraph() -> Graph {
    var g = Graph()
    g.add(Node(id: "person:varga", kind: .person, label: "Lena Varga", aliases: ["Varga"], mentions: 3))
    g.add(Node(id: "person:ilves", kind: .person, label: "Tomas Ilves", mentions: 2))
    g.add(Node(id: "person:hostile", kind: .person, label: hostileLabel, mentions: 1))
    g.add(Node(id: "state:moldova", kind: .state, label: "Moldova"))
    g.add(Node(id: "state:qatar", kind: .state, label: "Qatar"))
    g.add(Node(id: "agreement:lisbon-memorandum", kind: .agreement, label: "Lisbon Memorandum"))
    g.add(Edge(source: "person:varga", target: "state:moldova", type: .represents,
               evidence: evidence("a.txt", "Moldovan Foreign Minister Lena Varga arrived.")))
    g.add(Edge(source: "person:varga", target: "person:ilves", type: .metWith, date: "2024-03-03", place: "Chisinau",
               evidence: evidence("a.txt", "Varga met Ilves in Chisinau.") + evidence("b.txt", "The two ministers held talks.")))
    g.add(Edge(source: "state:qatar", target: "person:varga", type: .mediated, date: "2024-03-03",
               evidence: evidence("a.txt", "Qatar brokered the talks.")))
    g.add(Edge(source: "state:qatar", target: "person:ilves", type: .mediated, date: "2024-03-03",
               evidence: evidence("a.txt", "Qatar brokered the talks.")))
    g.add(Edge(source: "person:varga", target: "agreement:lisbon-memorandum", type: .agreedTo, date: "2024-03-04",
               evidence: evidence("a.txt", "Varga signed the Lisbon Memorandum.")))
    g.add(Edge(source: "person:ilves", target: "agreement:lisbon-memorandum", type: .agreedTo, date: "2024-03-04",
               evidence: evidence("b.txt", "Ilves signed it too.")))
    g.add(Edge(source: "person:hostile", target: "person:ilves", type: .metWith, status: .planned, date: "2023-12",
               evidence: evidence("evil<doc>.txt", hostileQuote)))
    return g
}

private func build(_ graph: Graph = sampleGraph(), paths: [String] = ["Varga:Qatar"]) throws -> Report {
    try ReportBuilder(options: ReportOptions(title: "Test & <report>", paths: paths)).build(graph)
}

@Test func htmlReportHasEverySectionAndLinksKeyActorsToTheirSections() throws {
    let report = try build()
    let html = HTMLReportWriter().write(report)
    for id in ["overview", "key-actors", "actors", "agreements", "timeline", "paths"] {
        #expect(html.contains("<section id=\"\(id)\">"), "section \(id)")
    }
    #expect(report.keyActors.map(\.node.id) == ["person:ilves", "person:varga", "state:qatar", "person:hostile", "state:moldova"])
    for actor in report.actors {
        #expect(html.contains("<article class=\"actor\" id=\"\(actor.anchor)\">"))
        #expect(html.contains("<a href=\"#\(actor.anchor)\">"))
    }
    // Every in-page link has its target.
    for href in html.split(separator: "href=\"#").dropFirst().map({ $0.prefix { $0 != "\"" } }) {
        #expect(html.contains("id=\"\(href)\""), "link target #\(href)")
    }
    #expect(html.contains("<table class=\"ranking\">"))
    #expect(html.contains("<title>Test &amp; &lt;report&gt;</title>"))
}

@Test func everyEvidenceQuoteAppearsEscapedWithItsDocument() throws {
    let html = HTMLReportWriter().write(try build())
    for edge in sampleGraph().edges {
        for item in edge.evidence {
            #expect(html.contains("<q>\(DOT.xmlEscaped(item.text))</q> <cite>\(DOT.xmlEscaped(item.doc))</cite>"), "\(item.text)")
        }
    }
}

@Test func injectedMarkupIsRenderedAsText() throws {
    let html = HTMLReportWriter().write(try build())
    #expect(!html.contains("<script"))
    #expect(!html.contains("<img"))
    #expect(!html.contains("evil<doc>"))
    #expect(html.contains("&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"))
    #expect(html.contains("&lt;img src=x onerror=alert(2)&gt;"))
    // Self-contained: nothing is fetched.
    for outside in [" src=\"", "<link", "url(", "@import", "href=\"http"] { #expect(!html.contains(outside), "\(outside)") }
}

@Test func agreementListsPartiesMediatorsAndDates() throws {
    let agreement = try #require(try build().agreements.first)
    #expect(agreement.parties.map(\.id) == ["person:ilves", "person:varga"])
    #expect(agreement.mediators.map(\.id) == ["state:qatar"])
    #expect(agreement.dates == ["2024-03-04"])
    #expect(agreement.relations.count == 2)
}

@Test func timelineIsInDateOrderAndGroupsAMediatorsEdgesOfOneDay() throws {
    let report = try build()
    #expect(report.timeline.map(\.date) == ["2023-12", "2024-03-03", "2024-03-03", "2024-03-04"])
    let mediation = try #require(report.timeline.first { $0.type == .mediated })
    #expect(mediation.subjects.map(\.id) == ["state:qatar"])
    #expect(mediation.objects.map(\.id) == ["person:ilves", "person:varga"])
    let chart = try #require(report.timelineChart)
    #expect(chart.svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\""))
    #expect(chart.svg.contains("<text") && chart.svg.contains("<circle"))
}

@Test func actorSectionGroupsRelationsByTypeAndDirection() throws {
    let varga = try #require(try build().actors.first { $0.node.id == "person:varga" })
    #expect(varga.represents.map(\.id) == ["state:moldova"])
    #expect(varga.groups.map(\.heading) == ["Met with", "Mediation by", "Agreed to", "Represents"])
    #expect(varga.diagram.svg.contains("<svg"))
}

@Test func pathSectionShowsEachHopWithEvidence() throws {
    let report = try build(paths: ["person:varga:state:qatar", "Varga:Moldova"])
    let path = try #require(report.paths.first)
    #expect(path.hops.map(\.to.id) == ["state:qatar"])
    #expect(path.diagram?.svg.contains("highlighted") == true)
    let html = HTMLReportWriter().write(report)
    #expect(html.contains("<article class=\"path\" id=\"path-2\">"))
    #expect(html.contains("<q>Qatar brokered the talks.</q>"))
}

@Test func unknownPathEndpointIsAnErrorNamingIt() {
    #expect(throws: ReportError.self) { try build(paths: ["Varga:Nobody"]) }
    do {
        _ = try build(paths: ["Varga"])
        Issue.record("a path without a colon was accepted")
    } catch {
        #expect("\(error)".contains("A:B"))
    }
}

@Test func markdownLinksFiguresBesideItAndEscapesArticleText() throws {
    let markdown = MarkdownReportWriter(filePrefix: "report").write(try build())
    let names = markdown.files.map(\.name)
    #expect(names.first == "report-overview.svg")
    #expect(names.contains("report-timeline.svg") && names.contains("report-path-1.svg"))
    for name in names { #expect(markdown.text.contains("](\(name))")) }
    #expect(Set(names).count == names.count)
    #expect(!markdown.text.contains("<script") && !markdown.text.contains("<img"))
    #expect(markdown.text.contains("&lt;img src=x onerror=alert\\(2\\)&gt; said \"no\" &amp; \\[left\\]\\(http://example.com\\) \\*now\\*"))
    for heading in ["## Overview", "## Key actors and brokers", "## Actors", "## Agreements", "## Timeline", "## Paths"] {
        #expect(markdown.text.contains("\n\(heading)\n"), "\(heading)")
    }
    #expect(markdown.text.contains("| 1 | [Tomas Ilves](#actor-person_3Ailves) | person |"))
}

@Test func markdownEscapingKeepsTextLiteral() {
    #expect(Markdown.escaped("- a") == "\\- a")
    #expect(Markdown.escaped("1. a") == "1\\. a")
    #expect(Markdown.escaped("a-b 1.5") == "a-b 1.5")
    #expect(Markdown.escaped("1972-04") == "1972-04")
    #expect(Markdown.escaped("x|y\nz") == "x\\|y z")
}

@Test func sameGraphGivesSameBytes() throws {
    let first = try build(), second = try build()
    #expect(HTMLReportWriter().write(first) == HTMLReportWriter().write(second))
    let a = MarkdownReportWriter().write(first), b = MarkdownReportWriter().write(second)
    #expect(a.text == b.text)
    #expect(a.files.map(\.svg) == b.files.map(\.svg))
}

@Test func scoresAndCoordinatesAreWrittenTheSameEverywhere() {
    #expect(ReportFormat.score(0.1234) == "0.123")
    #expect(ReportFormat.score(1) == "1.000")
    #expect(ReportFormat.score(0.0005) == "0.001")
    #expect(TimelineChart.number(12.25) == "12.3" || TimelineChart.number(12.25) == "12.2")
    #expect(TimelineChart.number(-3) == "-3")
}
