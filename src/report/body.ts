/**
 * The summary's body markup: metadata, counts, findings, charts, tables (each with what could be read of it),
 * footnotes. Every value that came from the filing goes through esc(); places go in data-start/data-end as
 * integers.
 */
import type { Metadata } from '../core/model';
import { chartSvg } from './svg';
import { esc } from './escape';
import type { Loc, Summary, SummaryFinding, SummaryFootnote, SummaryTable } from './summaryModel';

/** Longer lists are cut here (a note says how many were left out); the panel stays responsive. */
export const MAX_LIST_ROWS = 1000;

export function renderBody(s: Summary, interactive: boolean): string {
  return [
    header(s),
    counts(s),
    findings(s, interactive),
    charts(s),
    tables(s, interactive),
    footnotes(s, interactive),
    warnings(s),
    `<footer><p>Filing Lens summary · ${esc(s.format)} text · ${s.lines} lines${interactive ? ' · click a row to reveal it in the editor' : ''}</p></footer>`,
  ].join('\n');
}

function header(s: Summary): string {
  const m: Metadata = s.metadata;
  const fields: [string, string, string | undefined][] = [
    ['form', 'Form', m.formType],
    ['date', 'Filed', m.filingDate],
    ['cik', 'CIK', m.cik],
    ['period', 'Period', m.period],
  ];
  const dl = fields
    .map(
      ([key, name, value]) =>
        `<div data-field="${key}"><dt>${name}</dt><dd>${value ? esc(value) : '<span class="none">—</span>'}</dd></div>`,
    )
    .join('');
  // The heading is the company when the filing names one (else the file name, and no company field).
  const h1 = `<h1 data-field="${m.company ? 'company' : 'title'}">${esc(s.title)}</h1>`;
  const file = s.fileName && s.fileName !== s.title ? `<p class="sub file">${esc(s.fileName)}</p>` : '';
  return `<header>${h1}${file}<dl class="meta">${dl}</dl></header>`;
}

function card(key: string, name: string, n: number, detail: string, tone = ''): string {
  return `<div class="card${tone ? ' ' + tone : ''}" data-count="${key}"><dt>${name}</dt><dd class="n">${n}</dd><dd class="detail">${detail}</dd></div>`;
}

function counts(s: Summary): string {
  const c = s.counts;
  const notChecked = c.tables - c.checkedTables - c.partlyTables - c.inconclusiveTables;
  const sev = (['error', 'warning', 'info'] as const)
    .filter((k) => c.bySeverity[k] > 0)
    .map((k) => `${c.bySeverity[k]} ${k}`);
  return (
    '<section class="counts" aria-label="Counts"><dl>' +
    card(
      'tables',
      'Tables',
      c.tables,
      `<span data-count="checked">${c.checkedTables}</span> checked · ` +
        (c.partlyTables > 0 ? `<span data-count="partly">${c.partlyTables}</span> partly · ` : '') +
        `<span data-count="inconclusive">${c.inconclusiveTables}</span> inconclusive` +
        (notChecked > 0 ? ` · ${notChecked} not checked` : ''),
    ) +
    card(
      'findings',
      'Findings',
      c.findings,
      sev.length ? esc(sev.join(' · ')) : 'all checked figures agree',
      c.findings > 0 ? 'bad' : 'good',
    ) +
    card(
      'footnotes',
      'Footnotes',
      c.footnotes,
      `<span data-count="referenced">${c.footnotesReferenced}</span> referenced · <span data-count="unreferenced">${c.footnotesUnreferenced}</span> unreferenced`,
    ) +
    card(
      'markers',
      'Footnote markers',
      c.references,
      `<span data-count="unresolved">${c.referencesUnresolved}</span> unresolved`,
      c.referencesUnresolved > 0 ? 'warn' : '',
    ) +
    '</dl></section>'
  );
}

function where(loc: Loc, interactive: boolean): string {
  const text = `Ln ${loc.line + 1}, Col ${loc.column + 1}`;
  return interactive
    ? `<button type="button" class="loc reveal" data-start="${loc.start}" data-end="${loc.end}" title="Reveal in the editor">${text}</button>`
    : `<span class="loc">${text}</span>`;
}

function itemAttrs(loc: Loc, interactive: boolean, extra = ''): string {
  return ` class="item${interactive ? ' reveal' : ''}${extra}" data-start="${loc.start}" data-end="${loc.end}"`;
}

function list<T>(items: T[], head: string, row: (item: T) => string, columns: number): string {
  const shown = items.slice(0, MAX_LIST_ROWS);
  const more = items.length - shown.length;
  const tail = more > 0 ? `<tr class="more"><td colspan="${columns}">${more} more not shown</td></tr>` : '';
  return `<table class="list"><thead><tr>${head}</tr></thead><tbody>${shown.map(row).join('')}${tail}</tbody></table>`;
}

function findings(s: Summary, interactive: boolean): string {
  const c = s.counts;
  const byRule = c.byRule.length
    ? `<ul class="by-rule">${c.byRule.map((r) => `<li><code>${esc(r.ruleId)}</code> <span class="badge">${r.count}</span></li>`).join('')}</ul>`
    : '';
  const body = s.findings.length
    ? list(
        s.findings,
        '<th>Severity</th><th>Rule</th><th>Message</th><th>Printed</th><th>Computed</th><th>Where</th>',
        (f: SummaryFinding) =>
          `<tr${itemAttrs(f.loc, interactive, ' finding')}>` +
          `<td><span class="sev sev-${esc(f.severity)}">${esc(f.severity)}</span></td>` +
          `<td class="rule"><code>${esc(f.ruleId)}</code></td>` +
          `<td class="message">${esc(f.message)}${f.section ? `<div class="sub">${esc(f.section)}</div>` : ''}</td>` +
          `<td class="num" data-label="Printed">${esc(f.actual ?? '')}</td><td class="num" data-label="Computed">${esc(f.expected ?? '')}</td>` +
          `<td>${where(f.loc, interactive)}</td></tr>`,
        6,
      )
    : `<p class="empty">No findings. ${c.checkedTables + c.partlyTables > 0 ? 'Every checked figure agrees with the numbers beside it.' : 'No table had all the inputs a rule needs.'}</p>`;
  return `<section id="findings"><h2>Findings <span class="badge" data-count="findings-list">${s.findings.length}</span></h2>${byRule}${body}</section>`;
}

function charts(s: Summary): string {
  if (s.charts.length === 0) return '';
  const figures = s.charts.map(
    (chart, i) =>
      `<figure class="chart-figure" data-chart="${esc(chart.id)}"><figcaption>${esc(chart.title)}</figcaption>${chartSvg(chart, i)}` +
      (chart.omitted > 0 ? `<p class="sub">${chart.omitted} more not drawn</p>` : '') +
      '</figure>',
  );
  return `<section id="charts"><h2>Charts</h2>${figures.join('')}</section>`;
}

function tables(s: Summary, interactive: boolean): string {
  const body = s.tables.length
    ? list(
        s.tables,
        '<th>Table</th><th>Size</th><th>Read</th><th>Checks</th><th>Findings</th><th>Where</th>',
        (t: SummaryTable) =>
          `<tr${itemAttrs(t.loc, interactive, ' table-row')}>` +
          `<td>${esc(t.title)}${t.section && t.section !== t.title ? `<div class="sub">${esc(t.section)}</div>` : ''}</td>` +
          `<td class="num" data-label="Size">${t.rows} × ${t.columns}</td>` +
          `<td class="read" data-label="Read">${esc(t.read)}</td>` +
          `<td>${checks(t)}</td>` +
          `<td class="num" data-label="Findings">${t.findings}</td>` +
          `<td>${where(t.loc, interactive)}</td></tr>`,
        6,
      )
    : '<p class="empty">No tables found.</p>';
  return `<section id="tables"><h2>Tables <span class="badge">${s.tables.length}</span></h2>${body}</section>`;
}

function checks(t: SummaryTable): string {
  if (t.checks.length === 0) return '<span class="status status-not-checked">not checked</span>';
  return t.checks
    .map(
      (c) =>
        `<div><span class="status status-${esc(c.status)}">${esc(c.status)}</span> <code>${esc(c.ruleId)}</code>` +
        (c.reason ? ` <span class="sub">${esc(c.reason)}</span>` : '') +
        (c.skipped ? ` <span class="sub">partly: ${esc(c.skipped)}</span>` : '') +
        '</div>',
    )
    .join('');
}

function footnotes(s: Summary, interactive: boolean): string {
  const body = s.footnotes.length
    ? list(
        s.footnotes,
        '<th>Marker</th><th>Text</th><th>Refs</th><th>Where</th>',
        (f: SummaryFootnote) =>
          `<tr${itemAttrs(f.loc, interactive, ' footnote')}>` +
          `<td><code>${esc(f.marker)}</code></td><td>${esc(f.text)}</td>` +
          `<td class="num${f.references === 0 ? ' unreferenced' : ''}">${f.references}</td>` +
          `<td>${where(f.loc, interactive)}</td></tr>`,
        4,
      )
    : '<p class="empty">No footnotes found.</p>';
  return `<section id="footnotes"><h2>Footnotes <span class="badge">${s.footnotes.length}</span></h2>${body}</section>`;
}

function warnings(s: Summary): string {
  if (s.warnings.length === 0) return '';
  return `<section id="warnings"><h2>Notes from the reader</h2><ul>${s.warnings.map((w) => `<li>${esc(w)}</li>`).join('')}</ul></section>`;
}
