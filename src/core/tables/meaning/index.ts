import type { ColumnMeaning, ColumnPeriod, Marker, Table } from '../../model';
import { basisOf } from './basis';
import { isYearText } from '../cells';
import { type Draft, comparesOf } from './compares';
import { isRate, kindOf } from './kind';
import { notMeaningfulChanges, ratiosOfColumns } from './acrossColumns';
import { readPeriod } from './period';
import { ownershipOf, shareOfColumn } from './shareOf';
import { statsOf } from './stats';
import { splitJoinedWords } from './joinedWords';
import { BETTER_WORSE, CHANGE } from './words';
import { type FactReading, disagreement, factPeriodOf, periodWords, settleFactPeriods } from './facts';

/**
 * Fills `column.meaning` for every column of a built table: kind, period, basis and sign from the header
 * words (and the footnotes attached to them), then, across columns, which two a change compares and which
 * amount and base row a share divides. What the header does not say stays unknown, with a reason.
 */
export interface MeaningInput {
  /** Per column, the bands no neighbour shares (BandResult.own). */
  own: string[][];
  /** Footnote texts by key, for the footnotes just below the table. */
  notes: Map<string, string>;
}

export function readMeanings(table: Table, input: MeaningInput): void {
  const labelColumn = table.columns[0]?.role === 'label';
  // The label column's own header ("Gross margin percentage:", "Sales Change", "Year Ended June 30,") heads every column.
  const labelPath = labelColumn ? table.columns[0].path.map(unjoin) : [];
  const labelWords = labelPath.join(' ');
  // Rows labelled by years ("2024 ... 2028, 2029-2033" under "Years Ended December 31,"): that header names the
  // rows' periods, not the columns', nor does a band spanning the label column and the figures.
  const rowYears = labelColumn && rowsAreYears(table);
  // the label column's header as each column's period reads it, joined once for the table
  const periodLabel = rowYears ? { path: [], words: '' } : { path: labelPath, words: labelWords };
  const tableWords = [table.title ?? '', table.caption ?? ''].join(' ');
  const headerMarkers = markersByStart(table);
  // Comcast's "Eliminations": Adjusted EBITDA $56 vs $23 printed (141.8)%, revenue $(631) vs $(664) printed (5.0)%:
  // the change of what the elimination takes away, a sign convention the header does not state.
  const eliminations = /^\s*eliminations\b/i.test(table.title ?? '');
  // "Change / %" over one block's percent column and a bare "%" over the next block's (its band not spread).
  const percentMeansChange = table.columns.some(
    (c) => c.path.length >= 2 && c.path[c.path.length - 1].trim() === '%' && CHANGE.test(c.path.slice(0, -1).join(' ')),
  );
  const drafts: Draft[] = [];
  const whys: (string | undefined)[] = [];
  const signs: (ColumnMeaning['sign'] | undefined)[] = [];
  const readings: (FactReading | undefined)[] = [];
  const headerPeriods: (ColumnPeriod | undefined)[] = [];
  for (const col of table.columns) {
    const cells = table.rows.map((r) => r.cells[col.index]).filter((c) => c !== undefined);
    const stats = statsOf(cells);
    const path = col.path.map(unjoin);
    const own = (input.own[col.index] ?? []).map(unjoin);
    // A 100 on a rate's row ("Expected volatility 100%") is that rate, not the base of shares.
    const hasHundred = table.rows.some((r) => {
      const v = r.cells[col.index]?.value;
      return (v?.kind === 'percent' || v?.kind === 'number') && v.value === 100 && !isRate(r.label);
    });
    const prev = drafts[col.index - 1];
    const besideAmount =
      prev !== undefined &&
      prev.kind === 'amount' &&
      !prev.change &&
      path.length >= 2 &&
      prev.path.slice(0, -1).join('|') === path.slice(0, -1).join('|');
    const spill =
      prev !== undefined &&
      prev.change &&
      !prev.driver &&
      stats.figures + stats.notMeaningful > 0 &&
      // dollars beside a points change are their own amounts (Comcast's "Effects of Foreign Currency": "20 bps" on
      // the margin rows, a slot of its own before "$(318)"), never the change's cells for other rows
      !(prev.kind === 'points-change' && stats.money > 0) &&
      isSpill(path, prev.path, stats, table.columns[col.index + 1]?.path.map(unjoin));
    const rowLabels = table.rows.filter((r) => r.cells[col.index]?.value.kind === 'percent').map((r) => r.label);
    const k = kindOf({
      path,
      own,
      stats,
      isLabel: labelColumn && col.index === 0,
      tableWords,
      hasHundred,
      besideAmount,
      spill,
      spillOfPercent: spill && prev?.kind === 'percent-change',
      rowLabels,
      percentMeansChange,
      labelWords,
    });
    const notes = noteTexts(
      col.headerSpans
        .map((s) => headerMarkers.get(s.start) ?? [])
        .flat()
        .concat(col.markers),
      input.notes,
    );
    const ownBasis = k.kind === 'text' ? 'reported' : basisOf(path, notes);
    // A slot continuing a change column (a `%` the HTML put beside it) is on that column's basis.
    const basis = spill && ownBasis === 'reported' && prev ? prev.basis : ownBasis;
    const headerPeriod =
      k.kind === 'text'
        ? undefined
        : periodOf(rowYears ? afterLabelBands(path, labelPath) : path, periodLabel, table.title ?? '');
    // Facts beat header words: the period most of the column's tagged cells are for.
    const reading = k.kind === 'text' ? undefined : factPeriodOf(cells, headerPeriod?.label);
    const period = reading?.period ?? headerPeriod;
    readings.push(reading);
    headerPeriods.push(headerPeriod);
    const figureRows = table.rows
      .filter((r) => {
        const v = r.cells[col.index]?.value.kind;
        return v === 'number' || v === 'percent';
      })
      .map((r) => r.index);
    drafts.push({
      index: col.index,
      kind: k.kind,
      change: k.change,
      driver: k.driver,
      basis,
      period,
      path,
      own,
      figureRows,
    });
    whys.push(k.why);
    const better = BETTER_WORSE.test(path.join(' ')) || (spill && signs[col.index - 1] === 'better-worse');
    signs.push(k.change ? (better ? 'better-worse' : 'increase-decrease') : undefined);
  }
  settleFactPeriods(drafts, readings, headerPeriods);
  notMeaningfulChanges(drafts);
  ratiosOfColumns(drafts, whys);
  for (const d of drafts) {
    const reading = readings[d.index];
    const m: ColumnMeaning = {
      kind: d.kind,
      basis: d.basis,
      compares: null,
      shareOf: null,
      source: reading ? 'xbrl' : 'header',
    };
    if (d.period) m.period = d.period;
    const sign = signs[d.index];
    if (sign) m.sign = sign;
    let why = whys[d.index];
    if (d.change) {
      const r = eliminations
        ? { compares: null, why: 'an eliminations table: its changes are of the amounts it subtracts, sign not said' }
        : comparesOf(d, drafts);
      m.compares = r.compares;
      if ('kind' in r && r.kind) m.kind = r.kind;
      why ??= r.why;
    } else if (d.kind === 'share') {
      const r = shareOfColumn(d, drafts, table.rows);
      m.shareOf = r.shareOf;
      why ??=
        r.why ?? (r.shareOf && r.shareOf.row === null ? 'no base row (100% or a total of sales) found' : undefined);
    } else if (d.kind === 'ownership') {
      const r = ownershipOf(d, drafts);
      m.shareOf = r.shareOf;
      why ??= r.why;
    }
    if (reading) {
      const header = headerPeriods[d.index];
      if (header && disagreement(header, reading.period)) m.headerPeriod = header;
      if (reading.agreeing < reading.tagged) {
        why ??= `period from the inline XBRL facts of ${reading.agreeing} of its ${reading.tagged} tagged cells (${periodWords(reading.period)}); the others are for other periods`;
      }
    }
    if (why) m.why = why;
    table.columns[d.index].meaning = m;
  }
}

/**
 * Words a rendering ran together ("Base SalaryIncrease", "Years endedDecember 31,", "percentageof Cabotcommon
 * stockoutstanding") apart again, for reading.
 */
function unjoin(band: string): string {
  return splitJoinedWords(band).replace(/([a-z])([A-Z])/g, '$1 $2');
}

const YEAR_RANGE = /^(?:19|20)\d\d\s*(?:-|–|—|through|to)\s*(?:19|20)\d\d$/i;

/** Most row labels are years or year ranges (at least two): the rows are the periods. */
function rowsAreYears(table: Table): boolean {
  let years = 0;
  let labels = 0;
  for (const r of table.rows) {
    if (r.label.length === 0) continue;
    labels++;
    if (isYearText(r.label) || YEAR_RANGE.test(r.label)) years++;
  }
  return years >= 2 && years * 2 > labels;
}

/** The path without the bands it shares with the label column, top down. */
function afterLabelBands(path: string[], labelPath: string[]): string[] {
  let i = 0;
  while (i < path.length && i < labelPath.length && path[i] === labelPath[i]) i++;
  return i === 0 ? path : path.slice(i);
}

/**
 * The column's period from its header, else with the label column's header before it ("Year Ended June 30," | 2016).
 * The label column's bands are read one by one, as the column's are, so a statement title over the period line
 * ("CONDENSED CONSOLIDATED STATEMENT OF SHAREHOLDERS' EQUITY" / "For the six months ended June 30, 2022") is not
 * part of the period's label: the same label as the HTML, where the title heads the columns too.
 */
function periodOf(
  path: string[],
  label: { path: string[]; words: string },
  title: string,
): ReturnType<typeof readPeriod> {
  const own = withTitleDuration(readPeriod(path), title);
  // Only a band phrase ("Year Ended June 30,", "Three Months Ended"): "Fiscal Quarter" over the rows names theirs.
  const { path: labelPath, words: labelWords } = label;
  if (!/\bend(?:ed|ing)\b/i.test(labelWords) || (own?.months !== undefined && own.end)) return own;
  // A band over the label column and this one ("Years Ended December 31," spanning both) is read once.
  if (path.join(' ').startsWith(labelWords)) return own;
  const withLabel = readPeriod([...labelPath, ...path]);
  return withLabel && (withLabel.months !== undefined || withLabel.end) && (own === undefined || own.label)
    ? withLabel
    : own;
}

/**
 * A dated column whose header states no duration, under a title that does ("Franchise Sales — Fiscal Six Months
 * Ended" over "July 2, 2023 | July 3, 2022"): the title's duration. Only a title phrase ending in "ended" or
 * "ending", so "Quarterly Financial Data" names no duration.
 */
function withTitleDuration(p: ReturnType<typeof readPeriod>, title: string): ReturnType<typeof readPeriod> {
  if (!p || p.months !== undefined || p.instant || !(p.end || p.label) || !/\bend(?:ed|ing)\s*[:,]?\s*$/i.test(title)) {
    return p;
  }
  const months = readPeriod([title])?.months;
  return months === undefined ? p : { ...p, months };
}

/** A `%` slot or a column of NM marks beside a change column holds that change's cells for other rows. */
function isSpill(
  path: string[],
  prev: string[],
  stats: ReturnType<typeof statsOf>,
  next: string[] | undefined,
): boolean {
  const own = path.join(' ').trim();
  if (own === '%' || path.join('|') === prev.join('|')) return true;
  // "1994 | Change | 1993 | Change | 1992" with 1992 all dashes: a column of its own year, not the change's slot.
  const year = /\b(?:19|20)\d{2}\b/;
  if (year.test(own) && !year.test(prev.join(' '))) return false;
  // Dashes under the header of the amount column after it ("EPS > 2023": `—` | $3.15) are that column's slot.
  if (next !== undefined && path.length > 0 && next.join('|') === path.join('|')) return false;
  return stats.figures === 0 && stats.notMeaningful > 0;
}

function markersByStart(table: Table): Map<number, Marker[]> {
  const out = new Map<number, Marker[]>();
  for (const row of table.headerRows) for (const c of row) if (c.markers.length > 0) out.set(c.span.start, c.markers);
  return out;
}

function noteTexts(markers: Marker[], notes: Map<string, string>): string[] {
  const out: string[] = [];
  for (const m of markers) {
    const t = notes.get(m.key);
    if (t && !out.includes(t)) out.push(t.slice(0, 400));
  }
  return out;
}
