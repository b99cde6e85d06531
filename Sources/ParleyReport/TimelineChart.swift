import ParleyGraph
import ParleyRender

/// A small SVG chart of the timeline: one lane per event type, one dot per month with events
/// (area grows with their number), year ticks below. Written by hand, deterministic, every text
/// escaped; scales to any width through its `viewBox`.
struct TimelineChart {
    var events: [TimelineEvent]

    static let width = 800.0
    static let laneHeight = 28.0
    static let left = 96.0
    static let right = 16.0
    static let top = 12.0
    static let axisHeight = 28.0

    var figure: Figure? {
        guard let first = events.first.flatMap({ Self.month($0.date) }), let last = events.last.flatMap({ Self.month($0.date) }) else {
            return nil
        }
        let span = max(last - first, 1)
        let lanes = ReportBuilder.timelineTypes
        let plotWidth = Self.width - Self.left - Self.right
        let height = Self.top + Double(lanes.count) * Self.laneHeight + Self.axisHeight
        func x(_ month: Int) -> Double { Self.left + plotWidth * Double(month - first) / Double(span) }

        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"timeline-chart\" role=\"img\" "
        svg += "width=\"\(Self.number(Self.width))\" height=\"\(Self.number(height))\" viewBox=\"0 0 \(Self.number(Self.width)) \(Self.number(height))\" "
        svg += "font-family=\"Helvetica, Arial, sans-serif\" font-size=\"11\">\n"
        svg += "<title>Dated events by month, \(DOT.xmlEscaped(events.first!.date)) to \(DOT.xmlEscaped(events.last!.date))</title>\n"
        for (i, type) in lanes.enumerated() {
            let y = Self.top + (Double(i) + 0.5) * Self.laneHeight
            let color = DiagramStyle.okabeIto.look(for: type).color
            svg += "<text x=\"\(Self.number(Self.left - 10))\" y=\"\(Self.number(y + 4))\" text-anchor=\"end\" fill=\"#333\">\(type.rawValue)</text>\n"
            svg += "<line x1=\"\(Self.number(Self.left))\" y1=\"\(Self.number(y))\" x2=\"\(Self.number(Self.width - Self.right))\" y2=\"\(Self.number(y))\" stroke=\"#E0E0E0\"/>\n"
            var perMonth: [Int: Int] = [:]
            for event in events where event.type == type {
                if let month = Self.month(event.date) { perMonth[month, default: 0] += 1 }
            }
            for month in perMonth.keys.sorted() {
                let count = perMonth[month]!
                let radius = min(3 + 1.6 * Double(count).squareRoot(), Self.laneHeight / 2 - 1)
                svg += "<circle cx=\"\(Self.number(x(month)))\" cy=\"\(Self.number(y))\" r=\"\(Self.number(radius))\" "
                svg += "fill=\"\(color)\" fill-opacity=\"0.75\" stroke=\"\(color)\">"
                svg += "<title>\(Self.monthText(month)): \(count) \(type.rawValue) event\(count == 1 ? "" : "s")</title></circle>\n"
            }
        }
        let axisY = Self.top + Double(lanes.count) * Self.laneHeight
        svg += "<line x1=\"\(Self.number(Self.left))\" y1=\"\(Self.number(axisY))\" x2=\"\(Self.number(Self.width - Self.right))\" y2=\"\(Self.number(axisY))\" stroke=\"#888\"/>\n"
        let firstYear = first / 12, lastYear = last / 12
        let step = [1, 2, 5, 10, 20, 50, 100].first { (lastYear - firstYear) / $0 <= 10 } ?? 100
        var year = (firstYear + step - 1) / step * step
        if year * 12 < first { year += step }
        while year <= lastYear {
            let tx = x(year * 12)
            svg += "<line x1=\"\(Self.number(tx))\" y1=\"\(Self.number(axisY))\" x2=\"\(Self.number(tx))\" y2=\"\(Self.number(axisY + 5))\" stroke=\"#888\"/>"
            svg += "<text x=\"\(Self.number(tx))\" y=\"\(Self.number(axisY + 18))\" text-anchor=\"middle\" fill=\"#333\">\(year)</text>\n"
            year += step
        }
        svg += "</svg>\n"
        return Figure(name: "timeline", caption: "Dated events per month and type; hover a dot for its count", svg: svg)
    }

    /// Months since year 0 of an ISO date (`2024-03-05`, `2024-03` or `2024`, which counts as January).
    static func month(_ date: String) -> Int? {
        let parts = date.split(separator: "-")
        guard let year = parts.first.flatMap({ Int($0) }) else { return nil }
        let month = parts.count > 1 ? Int(parts[1]) ?? 1 : 1
        return year * 12 + min(max(month, 1), 12) - 1
    }

    static func monthText(_ month: Int) -> String {
        let m = month % 12 + 1
        return "\(month / 12)-\(m < 10 ? "0" : "")\(m)"
    }

    /// A coordinate with at most one decimal, written the same on every machine.
    static func number(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        let sign = tenths < 0 ? "-" : ""
        let magnitude = abs(tenths)
        return magnitude % 10 == 0 ? "\(sign)\(magnitude / 10)" : "\(sign)\(magnitude / 10).\(magnitude % 10)"
    }
}
