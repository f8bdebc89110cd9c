// Hover text as plain Markdown (no 'vscode' import, so it is unit-tested); hover.ts only wraps it.
import type { Analysis, Column, Footnote, FootnoteRef, Span, Table } from '../core/model';
import { positionIndex, type CellHit } from './positionIndex';
import type { CheckedCell, Finding } from '../rules/types';
import { explainOwnershipCell } from './percentExplain';
import { firstStartingAtOrAfter } from '../core/spanSearch';
import { halfUnit } from '../core/interval';
import { meaningText } from './meaningText';

export interface HoverInput {
  analysis: Analysis;
  findings: Finding[];
  /** The cells the rules checked, each with its arithmetic (CheckResult.checkedCells). */
  checked?: CheckedCell[];
  offset: number;
  tolerance: number;
  /** 0-based line of an offset. */
  lineOf(offset: number): number;
}

export interface HoverContent {
  markdown: string;
  span: Span;
}

/** What to show at an offset: a marker's footnote, a footnote's uses, a header's path or a percent's arithmetic. */
export function hoverAt(input: HoverInput): HoverContent | undefined {
  const index = positionIndex(input.analysis);
  const ref = index.referenceAt(input.offset);
  const hit = index.cellAt(input.offset);
  if (ref) {
    const parts = [
      markerHover(ref, index.footnote(ref.footnoteId), index.table(index.footnote(ref.footnoteId)?.tableId), input),
    ];
    if (hit?.kind === 'header') parts.push(columnsText(hit.columns, hit.table));
    // A `*` (less than 1%) is a marker and a value: show what the rules made of the cell too.
    if (hit?.kind === 'cell') {
      for (const c of checkedAt(input.checked, hit.cell.span)) parts.push(`${code(c.ruleId)}: ${escape(c.note!)}`);
    }
    return { markdown: parts.join('\n\n'), span: ref.span };
  }
  const fn = index.footnoteAt(input.offset);
  if (fn && input.offset < fn.markerSpan.end && input.offset >= fn.markerSpan.start) {
    return { markdown: usesHover(fn, index.referencesTo(fn), input), span: fn.markerSpan };
  }
  if (!hit) return undefined;
  if (hit.kind === 'header') return { markdown: columnsText(hit.columns, hit.table), span: hit.span };
  return cellHover(hit, input);
}

function markerHover(ref: FootnoteRef, fn: Footnote | undefined, table: Table | undefined, input: HoverInput): string {
  const marker = code(ref.marker.trim());
  if (!fn) return `**Footnote ${marker}**: no footnote with this marker was found for this table or section.`;
  const name = table ? tableName(table) : '';
  const where = table ? (name ? `, below the table ${name}` : ', below its table') : '';
  return `**Footnote ${code(fn.marker.trim())}**, defined on line ${input.lineOf(fn.markerSpan.start) + 1}${where}\n\n${quote(fn.text)}`;
}

function usesHover(fn: Footnote, refs: FootnoteRef[], input: HoverInput): string {
  if (refs.length === 0) return `**Footnote ${code(fn.marker.trim())}**: no marker points to this footnote.`;
  const lines = [...new Set(refs.map((r) => input.lineOf(r.span.start) + 1))];
  const shown = lines.slice(0, 12).join(', ') + (lines.length > 12 ? ', …' : '');
  return `**Footnote ${code(fn.marker.trim())}**: ${refs.length} marker${refs.length === 1 ? '' : 's'} point here (line${lines.length === 1 ? '' : 's'} ${shown}).`;
}

function cellHover(hit: Extract<CellHit, { kind: 'cell' }>, input: HoverInput): HoverContent | undefined {
  const { cell, table } = hit;
  const notes = checkedAt(input.checked, cell.span);
  const percent = cell.value.kind === 'percent' || cell.value.kind === 'less-than-one';
  if (!percent && notes.length === 0) return undefined;
  const column = table.columns[hit.column];
  const out = [
    `**${escape(cell.text.trim())}** · ${column ? escape(column.path.join(' › ')) : `column ${hit.column + 1}`}`,
  ];
  // The rules' own arithmetic first (what they used); the ownership detail and the printed interval explain it.
  for (const c of notes) out.push(`${code(c.ruleId)}: ${escape(c.note!)}`);
  // Our own ownership detail only when no rule left a note: it recomputes the table's groups (costly once).
  const explained =
    percent && notes.length === 0 ? explainOwnershipCell(table, cell, input.tolerance, input.lineOf) : undefined;
  if (explained) out.push(explained.join('  \n'));
  else if (percent) {
    out.push(printedInterval(cell.value.value, cell.value.decimals));
    if (notes.length === 0) out.push('_No rule checked this cell (see the summary for why a table is inconclusive)._');
  }
  for (const f of input.findings) {
    if (f.span.start < cell.span.end && cell.span.start < f.span.end) {
      out.push(`${code(f.ruleId)}: ${escape(f.message)}${f.detail ? `  \n${escape(f.detail)}` : ''}`);
    }
  }
  return { markdown: out.join('\n\n'), span: cell.span };
}

const checkedIndex = new WeakMap<CheckedCell[], CheckedCell[]>();

/** The checked cells with a note over `span`: a binary search over the list sorted once per result. */
function checkedAt(checked: CheckedCell[] | undefined, span: Span): CheckedCell[] {
  if (!checked || checked.length === 0) return [];
  let sorted = checkedIndex.get(checked);
  if (!sorted) {
    checkedIndex.set(checked, (sorted = checked.filter((c) => c.note).sort((a, b) => a.span.start - b.span.start)));
  }
  const lo = firstStartingAtOrAfter(sorted, span.start, (c) => c.span.start);
  const out: CheckedCell[] = [];
  for (let i = lo; i < sorted.length && sorted[i].span.start < span.end; i++) out.push(sorted[i]);
  return out;
}

function printedInterval(value: number | undefined, decimals: number | undefined): string {
  if (value === undefined) return 'Less than 1%.';
  const d = decimals ?? 0;
  const half = halfUnit(d);
  return `Printed ${value.toFixed(d)}% stands for ${(value - half).toFixed(d + 1)}%–${(value + half).toFixed(d + 1)}%.`;
}

function columnsText(columns: Column[], table: Table): string {
  const paths = columns.map((c) => {
    const path = escape(c.path.join(' › ')) || `column ${c.index + 1}`;
    const meaning = meaningText(c, table);
    return meaning ? `${path} — ${escape(meaning)}` : path;
  });
  return columns.length === 1 ? `Column: ${paths[0]}` : `Columns:\n${paths.map((p) => `- ${p}`).join('\n')}`;
}

function tableName(t: Table): string {
  const name = (t.caption || t.title || '').replace(/\s+/g, ' ').trim();
  return name ? `“${escape(name.slice(0, 80))}”` : '';
}

const SPECIAL = /[\\`*_{}[\]()#+\-.!<>|~&]/g;

/** Markdown-escapes text from the filing, so a footnote can never turn into links, HTML or commands. */
export function escape(s: string): string {
  return s.replace(SPECIAL, (c) => `\\${c}`);
}

function code(s: string): string {
  return `\`${s.replace(/`/g, "'")}\``;
}

function quote(s: string): string {
  const text = s.replace(/\s+/g, ' ').trim();
  return `> ${escape(text.length > 1500 ? text.slice(0, 1500) + '…' : text)}`;
}
