package org.childcare.compliance.report.format;

/** The report's stylesheet and SVG patterns: constants, inlined so the page fetches nothing. */
final class HtmlStyle {
    private HtmlStyle() {}

    static final String CSS = """
            :root {
              --ink: #1b1b1b; --muted: #4a4a4a; --rule: #b8b8b8; --soft: #f3f3f1; --accent: #1d3f6e;
              --g1-bg: #cde8d5; --g1-fg: #0c3b1d; --g2-bg: #d2e3f3; --g2-fg: #0a3157;
              --g3-bg: #fbe2b4; --g3-fg: #4a3000; --g4-bg: #f5cccc; --g4-fg: #680d0d;
              --g0-bg: #e4e4e4; --g0-fg: #2e2e2e;
            }
            * { box-sizing: border-box; }
            html { -webkit-print-color-adjust: exact; print-color-adjust: exact; font-size: 15px; }
            body { margin: 0 auto; max-width: 62rem; padding: 1.5rem 2rem 3rem; color: var(--ink); background: #fff;
              font: 1rem/1.45 "Segoe UI", Arial, "Liberation Sans", "Helvetica Neue", sans-serif; }
            h1, h2, h3, h4 { line-height: 1.2; color: var(--accent); break-after: avoid; }
            h1 { font-size: 1.9rem; margin: .2rem 0 .3rem; }
            h2 { font-size: 1.45rem; margin: 2.2rem 0 .8rem; padding-bottom: .25rem; border-bottom: 3px solid var(--accent); }
            h3 { font-size: 1.15rem; margin: 1.6rem 0 .5rem; }
            h4 { font-size: 1.1rem; margin: 1rem 0 .4rem; }
            h5 { font-size: .95rem; margin: .7rem 0 .25rem; color: var(--ink); }
            section.judgement-section > h3 { background: var(--accent); color: #fff; padding: .35rem .6rem; font-size: 1.1rem; }
            p { margin: .35rem 0 .6rem; }
            a { color: #0b4f8a; }
            a:focus { outline: 3px solid #ffbf47; }
            .eyebrow { text-transform: uppercase; letter-spacing: .08em; font-size: .8rem; color: var(--muted); margin: 0; font-weight: 600; }
            .subtitle { font-size: 1.1rem; margin: 0 0 1rem; }
            header.masthead { border-top: 8px solid var(--accent); padding-top: .8rem; }
            dl.meta { display: grid; grid-template-columns: repeat(2, minmax(0, 1fr)); gap: .3rem 1.5rem; margin: .6rem 0 1rem;
              padding: .7rem .9rem; background: var(--soft); border-left: 4px solid var(--accent); }
            dl.meta div { display: flex; gap: .5rem; }
            dl.meta dt { font-weight: 700; min-width: 8.5rem; }
            dl.meta dd { margin: 0; }
            nav.toc ol { display: flex; flex-wrap: wrap; gap: .2rem 1.2rem; padding: 0; margin: .4rem 0 0; list-style: none; font-size: .92rem; }
            nav.toc h2 { font-size: 1rem; border: 0; margin: .6rem 0 0; padding: 0; }
            .grade { display: inline-block; padding: .05em .55em; border-radius: .3em; border: 1px solid;
              font-weight: 600; white-space: nowrap; }
            .grade .shape { font-size: .95em; }
            .g1 { background: var(--g1-bg); color: var(--g1-fg); border-color: var(--g1-fg); }
            .g2 { background: var(--g2-bg); color: var(--g2-fg); border-color: var(--g2-fg); }
            .g3 { background: var(--g3-bg); color: var(--g3-fg); border-color: var(--g3-fg); }
            .g4 { background: var(--g4-bg); color: var(--g4-fg); border-color: var(--g4-fg); border-width: 2px; font-weight: 700; }
            .g0 { background: var(--g0-bg); color: var(--g0-fg); border-color: var(--g0-fg); border-style: dashed; }
            .trend { white-space: nowrap; font-weight: 600; }
            .tag { display: inline-block; font-size: .78rem; padding: 0 .45em; border: 1px solid var(--muted); border-radius: 1em;
              color: var(--ink); background: #fff; white-space: nowrap; font-weight: 600; }
            .tag.critical { border: 2px solid var(--g4-fg); color: var(--g4-fg); }
            .box { border: 2px solid var(--rule); border-radius: .4rem; padding: .6rem 1rem .7rem; margin: 1rem 0; break-inside: avoid; }
            .box h2, .box h3 { margin-top: .2rem; border: 0; padding: 0; }
            .box.critical { border: 4px double var(--g4-fg); background: #fdf1f1; }
            .box.critical h2 { color: var(--g4-fg); font-size: 1.3rem; }
            .box.gate-failed { border-color: var(--g4-fg); border-left-width: 10px; }
            .box.gate-passed { border-color: var(--g1-fg); border-left-width: 10px; }
            .box.gate h2 { font-size: 1.2rem; color: var(--ink); }
            .box.none { border-style: dashed; }
            table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; font-size: .92rem; }
            caption { text-align: left; font-weight: 700; padding: .3rem 0; color: var(--ink); caption-side: top; }
            table.record caption { font-size: 1.25rem; color: var(--accent); }
            table.record td.change { white-space: nowrap; }
            .mark { text-decoration: none; font-weight: 700; }
            .measure-text { font-style: italic; }
            th, td { text-align: left; vertical-align: top; padding: .35rem .5rem; border-bottom: 1px solid var(--rule); }
            thead th { border-bottom: 2px solid var(--ink); background: var(--soft); }
            tr { break-inside: avoid; }
            th.section-row { background: var(--accent); color: #fff; font-size: 1rem; padding: .4rem .5rem; }
            table.record th[scope=row] { font-weight: 400; }
            table.record tr.derived th[scope=row] { font-weight: 700; }
            table.record td.grade-cell { width: 15rem; }
            td ul { margin: 0; padding-left: 1.1rem; }
            .lead { font-size: 1.05rem; }
            td.num, th.num { text-align: right; white-space: nowrap; }
            .small { font-size: .85rem; color: var(--muted); }
            .cid { font-family: "DejaVu Sans Mono", Consolas, monospace; font-size: .92em; white-space: nowrap; }
            .key-list { display: flex; flex-wrap: wrap; gap: .4rem 1rem; list-style: none; padding: 0; margin: .3rem 0; font-size: .9rem; }
            ol.reasons { margin: .2rem 0 .8rem; padding-left: 1.4rem; }
            ol.actions { padding-left: 1.6rem; }
            ol.actions li { margin: .35rem 0; }
            article.area, article.criterion { border-top: 1px solid var(--rule); padding-top: .2rem; margin-top: 1.2rem; }
            article.area h4, article.criterion h3 { margin-top: .8rem; }
            .verdict { display: flex; flex-wrap: wrap; align-items: center; gap: .4rem .8rem; margin: .3rem 0 .6rem; }
            dl.facts { display: grid; grid-template-columns: 11rem 1fr; gap: .15rem .8rem; margin: .5rem 0; font-size: .93rem; }
            dl.facts dt { font-weight: 700; }
            dl.facts dd { margin: 0; }
            figure.chart { margin: .6rem 0 .8rem; max-width: 40rem; break-inside: avoid; }
            figure.chart figcaption { font-size: .82rem; color: var(--muted); }
            svg.chart { display: block; width: 100%; height: auto; font-family: Arial, "Liberation Sans", sans-serif; }
            svg.chart .zone.g1 { fill: #9fd3ae; } svg.chart .zone.g2 { fill: #a9c9ea; }
            svg.chart .zone.g3 { fill: #f6cc7d; } svg.chart .zone.g4 { fill: #eea3a3; }
            svg.chart .zone { stroke: none; }
            svg.chart .bar-frame { fill: none; stroke: #333; stroke-width: 1; }
            svg.chart .zone-label { font-size: 11px; fill: #111; font-weight: 700; }
            svg.chart .tick { stroke: #333; }
            svg.chart .tick-label, svg.chart .previous-label { font-size: 11px; fill: #222; }
            svg.chart .marker { stroke: #000; stroke-width: 3; }
            svg.chart .marker-head { fill: #000; }
            svg.chart .marker-label { font-size: 12px; font-weight: 700; fill: #000; }
            svg.chart .previous-marker { fill: #fff; stroke: #000; stroke-width: 1.5; }
            svg.chart .trend-line { stroke: #000; stroke-width: 1.5; stroke-dasharray: 4 3; }
            svg.chart .trend-head { fill: #000; }
            svg.chart .axis-break { fill: none; stroke: #222; stroke-width: 1.5; }
            details { margin: .4rem 0 .8rem; border: 1px solid var(--rule); border-radius: .3rem; padding: .2rem .6rem; }
            details > summary { cursor: pointer; font-weight: 600; padding: .2rem 0; }
            details[open] > summary { border-bottom: 1px solid var(--rule); margin-bottom: .3rem; }
            .missing { background: var(--soft); border-left: 4px dashed var(--g0-fg); padding: .3rem .8rem; margin: .5rem 0; }
            .callout { background: var(--soft); padding: .5rem .9rem; border-left: 4px solid var(--accent); }
            .sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
            .defs { position: absolute; width: 0; height: 0; overflow: hidden; }
            footer { margin-top: 3rem; border-top: 1px solid var(--rule); padding-top: .6rem; font-size: .85rem; color: var(--muted); }
            @page { size: A4; margin: 15mm 14mm 17mm;
              @bottom-center { content: "Page " counter(page) " of " counter(pages); font: 8pt Arial, sans-serif; color: #444; } }
            @media print {
              html { font-size: 9.5pt; }
              body { max-width: none; padding: 0; }
              .keep, table.record, .box { break-inside: avoid; }
              table.record th, table.record td { padding: .2rem .4rem; }
              nav.toc { display: none; }
              section.major { break-before: page; }
              h2 { margin-top: 0; }
              a { color: inherit; text-decoration: none; }
              details { border: 0; padding: 0; }
              details::details-content { content-visibility: visible; display: block; }
              figure.chart { max-width: 150mm; }
            }
            """;

    /** Fill patterns of the four grade zones, so that the chart reads in greyscale. */
    static final String PATTERNS = """
            <svg class="defs" aria-hidden="true" focusable="false" xmlns="http://www.w3.org/2000/svg"><defs>
            <pattern id="pattern-g1" width="10" height="10" patternUnits="userSpaceOnUse"><rect width="10" height="10" fill="none"/></pattern>
            <pattern id="pattern-g2" width="6" height="6" patternUnits="userSpaceOnUse"><line x1="0" y1="3" x2="6" y2="3" stroke="#0a3157" stroke-opacity=".25" stroke-width="1"/></pattern>
            <pattern id="pattern-g3" width="6" height="6" patternUnits="userSpaceOnUse"><circle cx="3" cy="3" r="1.1" fill="#4a3000" fill-opacity=".35"/></pattern>
            <pattern id="pattern-g4" width="7" height="7" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><line x1="0" y1="0" x2="0" y2="7" stroke="#680d0d" stroke-opacity=".35" stroke-width="2.5"/></pattern>
            </defs></svg>
            """;
}
