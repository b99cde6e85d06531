/// The page's style sheet: readable on screen, and on paper (diagrams fit the page, navigation
/// hidden, folded quotes unfolded where the browser allows it).
enum ReportStyle {
    static let css = """
    :root { --ink: #1f2328; --muted: #59636e; --rule: #d1d9e0; --accent: #0072B2; --soft: #f6f8fa; }
    html { -webkit-text-size-adjust: 100%; }
    body { font: 15px/1.5 -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; color: var(--ink);
      max-width: 64rem; margin: 0 auto; padding: 1.5rem; background: #fff; }
    h1 { font-size: 1.9rem; margin: 0 0 .25rem; }
    h2 { font-size: 1.4rem; border-bottom: 2px solid var(--rule); padding-bottom: .2rem; margin-top: 2.5rem; }
    h3 { font-size: 1.15rem; margin: 2rem 0 .25rem; }
    h4 { font-size: 1rem; margin: 1rem 0 .25rem; }
    a { color: var(--accent); }
    .meta, cite, .count { color: var(--muted); }
    cite { font-style: normal; font-size: .85em; }
    .kind { font-size: .75rem; font-weight: normal; color: var(--muted); border: 1px solid var(--rule); border-radius: 3px; padding: 0 .3rem; vertical-align: middle; }
    nav ol { columns: 2; margin: 0; }
    .counts { display: flex; flex-wrap: wrap; gap: 0 2rem; }
    .counts table { width: auto; min-width: 12rem; }
    table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; }
    caption { text-align: left; font-weight: 600; padding: .25rem 0; }
    th, td { text-align: left; padding: .25rem .5rem; border-bottom: 1px solid var(--rule); vertical-align: top; }
    thead th { background: var(--soft); }
    .num { text-align: right; font-variant-numeric: tabular-nums; }
    figure.diagram { margin: 1rem 0; padding: .5rem; border: 1px solid var(--rule); border-radius: 6px; background: #fff; }
    figure.diagram svg { display: block; max-width: 100%; height: auto; margin: 0 auto; }
    figcaption { color: var(--muted); font-size: .85rem; text-align: center; margin-top: .25rem; }
    ul.relations, ol.hops { padding-left: 1.25rem; }
    ul.relations > li, ol.hops > li { margin: .35rem 0; }
    ul.evidence { list-style: none; margin: .2rem 0; padding: 0 0 0 .75rem; border-left: 3px solid var(--rule); }
    ul.evidence li { margin: .15rem 0; }
    q { font-style: italic; }
    .type { font-size: .75rem; font-family: ui-monospace, Menlo, Consolas, monospace; background: var(--soft); border-radius: 3px; padding: 0 .3rem; }
    .status { font-size: .75rem; border: 1px dashed var(--muted); border-radius: 3px; padding: 0 .3rem; margin-left: .25rem; }
    details > summary { cursor: pointer; color: var(--accent); }
    details.more { margin-left: .75rem; }
    ol.timeline { list-style: none; padding-left: .5rem; }
    ol.timeline time { font-variant-numeric: tabular-nums; display: inline-block; min-width: 6.5rem; color: var(--muted); }
    dl { display: grid; grid-template-columns: max-content 1fr; gap: .1rem 1rem; margin: .25rem 0; }
    dt { font-weight: 600; }
    dd { margin: 0; }
    code { font-family: ui-monospace, Menlo, Consolas, monospace; background: var(--soft); padding: 0 .2rem; }
    footer { margin-top: 3rem; border-top: 1px solid var(--rule); }
    @media print {
      body { max-width: none; padding: 0; font-size: 10.5pt; }
      nav, p.top, details > summary { display: none; }
      a { color: inherit; text-decoration: none; }
      figure.diagram, table, ul.evidence li, dl { break-inside: avoid; }
      h2, h3, h4 { break-after: avoid; }
      details::details-content { content-visibility: visible; display: block; }
    }

    """
}
