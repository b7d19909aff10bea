extension ReportHTMLReporter {
    /// The page's only style sheet, inline: system fonts only (DejaVu, Noto,
    /// Segoe UI, Arial — all with Vietnamese letters), A4 pages when printed.
    static let style = """
        :root { --ink: #1a1a1a; --muted: #5f6368; --rule: #cfd5dc; --band: #f3f5f7; --head: #1f4e79;
          --met: #2e7d32; --met-bar: #6aa96e; --unmet: #c62828; --unmet-bar: #e2837a; --line: #d35400; --line2: #6a1b9a; }
        * { box-sizing: border-box; }
        html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        body { margin: 0; background: #fff; color: var(--ink); font: 14px/1.4 "DejaVu Sans", "Noto Sans", "Segoe UI", Arial, sans-serif; }
        main { max-width: 1120px; margin: 0 auto; padding: 24px 32px 40px; }
        header { border-bottom: 3px solid var(--head); padding-bottom: 10px; margin-bottom: 16px; }
        h1 { font-size: 24px; margin: 0 0 4px; color: var(--head); }
        h2 { font-size: 17px; color: var(--head); margin: 22px 0 8px; padding-bottom: 3px; border-bottom: 1px solid var(--rule); }
        .plan-name { font-size: 17px; font-weight: bold; margin: 0 0 4px; }
        .meta { margin: 0; color: var(--muted); }
        .incomplete { background: #b00020; color: #fff; font-weight: bold; padding: .75em 1em; border-radius: 4px; }
        code { font-family: "DejaVu Sans Mono", "Noto Sans Mono", Consolas, monospace; font-size: .92em; }
        .cards { display: grid; grid-template-columns: repeat(4, 1fr); gap: 12px; }
        .card { border: 1px solid var(--rule); border-left: 6px solid var(--muted); border-radius: 4px; padding: 10px 12px; background: var(--band); }
        .card.met { border-left-color: var(--met); }
        .card.unmet { border-left-color: var(--unmet); }
        .card-title { font-size: 12px; color: var(--muted); text-transform: uppercase; letter-spacing: .02em; }
        .card-value { font-size: 28px; font-weight: bold; line-height: 1.2; margin-top: 2px; }
        .verdict { font-weight: bold; }
        .card.met .verdict { color: var(--met); }
        .card.unmet .verdict { color: var(--unmet); }
        .card-detail { font-size: 12px; color: var(--muted); margin-top: 2px; }
        figure { margin: 18px 0 0; }
        figcaption { font-weight: bold; font-size: 16px; color: var(--head); margin-bottom: 2px; }
        svg.chart { display: block; width: 100%; height: auto; font-family: inherit; }
        svg .grid { stroke: #e4e8ec; stroke-width: 1; }
        svg .rule { stroke: var(--rule); stroke-width: 1; }
        svg .axis { font-size: 11px; fill: var(--muted); }
        svg .label { font-size: 13px; fill: var(--ink); }
        svg .value { font-size: 12px; fill: var(--ink); paint-order: stroke; stroke: #fff; stroke-width: 3px; stroke-linejoin: round; }
        svg .total { font-weight: bold; }
        svg .none { fill: var(--muted); }
        svg .bar.met { fill: var(--met-bar); }
        svg .bar.unmet { fill: var(--unmet-bar); }
        svg .bar.total.met { fill: var(--met); }
        svg .bar.total.unmet { fill: var(--unmet); }
        svg line.target { stroke: var(--line); stroke-width: 2; stroke-dasharray: 6 4; }
        svg line.target.secondary { stroke: var(--line2); stroke-dasharray: 2 3; }
        svg text.target { fill: var(--line); font-size: 12px; font-weight: bold; stroke: none; }
        svg text.target.secondary { fill: var(--line2); }
        .legend { font-size: 12px; color: var(--muted); margin: 6px 0 0; }
        .swatch { display: inline-block; width: 14px; height: 10px; margin: 0 4px 0 12px; vertical-align: baseline; }
        .swatch.met { background: var(--met-bar); }
        .swatch.unmet { background: var(--unmet-bar); }
        .swatch.line { height: 0; border-top: 2px dashed var(--line); }
        table.figures tbody th { white-space: nowrap; }
        table { border-collapse: collapse; width: 100%; font-size: 13px; }
        th, td { border: 1px solid var(--rule); padding: 4px 6px; text-align: left; vertical-align: top; }
        thead th { background: var(--head); color: #fff; font-weight: bold; vertical-align: bottom; }
        .num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
        thead th.num { white-space: normal; }
        tbody th { font-weight: normal; }
        tr.total th, tr.total td { font-weight: bold; background: var(--band); }
        .badge { display: inline-block; padding: 1px 8px; border-radius: 10px; color: #fff; font-size: 12px; font-weight: bold; white-space: nowrap; }
        .badge.met { background: var(--met); }
        .badge.unmet { background: var(--unmet); }
        .note { color: var(--muted); font-size: 12px; }
        table.annex { table-layout: fixed; font-size: 12px; }
        col.stt { width: 4%; } col.code { width: 12.5%; } col.name { width: 25%; } col.days { width: 8.5%; }
        col.rate { width: 7%; } col.basis { width: 26%; }
        table.annex thead th { font-size: 11px; padding: 4px 4px; }
        td.code { font-family: "DejaVu Sans Mono", "Noto Sans Mono", Consolas, monospace; font-size: 10.5px; overflow-wrap: anywhere; }
        ul.basis { margin: 0; padding-left: 1.1em; }
        ul.basis li { margin: 0 0 2px; }
        tr.level th { background: #d9e2ec; text-transform: uppercase; font-weight: bold; }
        tr.sector th { background: var(--band); font-weight: bold; font-style: italic; }
        @page { size: A4; margin: 12mm 10mm; }
        @media print {
          body { font-size: 10pt; }
          main { max-width: none; padding: 0; }
          h1 { font-size: 18pt; }
          .card-value { font-size: 18pt; }
          .cards, figure, table.figures, table.targets, table.plan-targets { break-inside: avoid; }
          h2, figcaption { break-after: avoid; }
          thead { display: table-header-group; }
          tr { break-inside: avoid; }
          section.annex { break-before: page; }
          table.annex { font-size: 8pt; }
          table.annex thead th { font-size: 7.5pt; }
          td.code { font-size: 7.5pt; }
        }

        """
}
