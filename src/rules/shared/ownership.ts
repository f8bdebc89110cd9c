/**
 * Ownership tables (Reg S-K Item 403, selling-stockholder tables) and their shares-outstanding count O.
 *
 * Rule 13d-3(d)(1)(i): holder i's percent is n_i / (O + x_i), x_i = the holder's own shares acquirable within
 * 60 days, 0 <= x_i <= n_i. A printed p_i (an interval, by rounding) is therefore explained by every O in
 * [n_i/p_hi - n_i, n_i/p_lo]. O is the stated count when the text gives one, else the O that explains the
 * most rows (a sweep over those intervals). Columns before and after an offering share O; shared by
 * `percent-of-class` and `less-than-one-percent`.
 */
import type { Cell, Column, Table } from '../../core/model';
import { maxOverlap, meets, type Interval } from '../../core/interval';
import { workCounters } from '../../core/workCounters';
import {
  columnText,
  isNumber,
  isOwnershipTable,
  isPercent,
  numberInterval,
  percentInterval,
  printed,
  typoDistance,
} from './cells';
import { chooseStated } from './outstandingStatement';
import { rowClasses } from './ownershipRowClasses';
import type { Outstanding, OwnershipCell, OwnershipGroup } from './ownershipTypes';

const PERCENT_HEADER = /%|percent|pct\b/;
const NOT_OWNERSHIP =
  /vot|change|increase|decrease|revenue|net sales|of total|rate|yield|margin|growth|return|interest in/;
const SHARES_HEADER = /number|shares|amount|owned|holdings|common/;

const cache = new WeakMap<Table, { tolerance: number; groups: OwnershipGroup[] }>();

/** The ownership groups of a table (one per set of columns sharing O), computed once per table. */
export function ownershipGroups(table: Table, tolerance: number): OwnershipGroup[] {
  const hit = cache.get(table);
  if (hit && hit.tolerance === tolerance) return hit.groups;
  const groups = buildGroups(table, tolerance);
  cache.set(table, { tolerance, groups });
  return groups;
}

function isOwnershipPercentColumn(table: Table, column: Column, ownershipTable: boolean): boolean {
  // A column whose meaning is read as something else is no % of class (Ford's "% of Outstandings" of
  // delinquent balances is a share of a total).
  const kind = column.meaning?.kind;
  if (kind !== undefined && kind !== 'ownership' && kind !== 'unknown') return false;
  const text = columnText(column);
  if (column.role !== 'percent' && !PERCENT_HEADER.test(text)) return false;
  // "As a percentage of common stock outstanding (55,429,217 shares)": a plain share of a stated base,
  // checked by percent-of-total.
  if (/\([\d,]{5,}\s+shares\)/.test(text)) return false;
  if (
    !table.rows.some((r) => isPercent(r.cells[column.index]) || r.cells[column.index]?.value.kind === 'less-than-one')
  ) {
    return false;
  }
  const own = (t: string) => /class|owned|ownership|beneficial|outstanding/.test(t);
  // The column's own header decides ("... Owned and Percent of Total Outstanding > % of Class" is ownership).
  const last = (column.path[column.path.length - 1] ?? '').toLowerCase();
  if (own(last) && !/vot/.test(last)) return true;
  if (NOT_OWNERSHIP.test(text)) return false;
  return own(text) || ownershipTable;
}

/** The shares column a percent column reports on: same band with a Number/Shares header, else the number column to its left. */
function sharesColumnFor(table: Table, percent: Column): Column | undefined {
  const parent = percent.path.slice(0, -1).join('\u0000');
  // By content, not role: a band "Shares Owned and Percent of Class" may make a shares column look like a percent.
  const count = (c: Column, f: (cell: Cell | undefined) => boolean) =>
    table.rows.filter((r) => f(r.cells[c.index])).length;
  const left = table.columns
    .filter((c) => c.index < percent.index && c.role !== 'label' && count(c, isNumber) > count(c, isPercent))
    .reverse();
  const numeric = (c: Column) => table.rows.filter((r) => isNumber(r.cells[c.index])).length >= 1;
  const sameBand = left.find(
    (c) =>
      parent !== '' && c.path.slice(0, -1).join('\u0000') === parent && SHARES_HEADER.test(columnText(c)) && numeric(c),
  );
  if (sameBand) return sameBand;
  for (const c of left) {
    if (/offered|sold|to be sold|being registered/.test(columnText(c))) return undefined;
    if (numeric(c)) return c;
    if (table.rows.some((r) => isPercent(r.cells[c.index]))) return undefined;
  }
  return undefined;
}

/** Columns of different classes of stock (Common / Series A Preferred) have different O. */
function classKey(column: Column): string {
  const m = /(preferred|class [a-z]\b|series [a-z0-9]+|ordinary|units?|warrants?|notes?)/.exec(columnText(column));
  return m ? m[1] : 'common';
}

function buildGroups(table: Table, tolerance: number): OwnershipGroup[] {
  const ownershipTable = isOwnershipTable(table);
  const byClass = new Map<string, OwnershipGroup>();
  const groupOf = (key: string) => {
    let group = byClass.get(key);
    if (!group) {
      group = { table, columns: [], cells: [], stars: [], outstanding: new Map() };
      byClass.set(key, group);
    }
    return group;
  };
  // Rows per class ("Class A common stock" and "Class B common stock" rows): each row's class is its group.
  // Read only for tables with an ownership column (every table of a filing passes through here).
  let rowClass: (string | undefined)[] | undefined;
  let classesRead = false;
  for (const percent of table.columns) {
    if (!isOwnershipPercentColumn(table, percent, ownershipTable)) continue;
    if (!classesRead) {
      rowClass = rowClasses(table);
      classesRead = true;
    }
    const columnKey = classKey(percent);
    const byRow = rowClass !== undefined && columnKey === 'common';
    const shares = sharesColumnFor(table, percent);
    if (!shares) {
      groupOf(columnKey).inconclusive = `no shares column for '${percent.path.join(' > ')}'`;
      continue;
    }
    if (!byRow) groupOf(columnKey).columns.push({ percent, shares });
    for (const row of table.rows) {
      const cell = row.cells[percent.index];
      const sharesCell = row.cells[shares.index];
      if (!cell || !isNumber(sharesCell) || sharesCell.value.value <= 0) continue;
      const key = byRow && rowClass ? (rowClass[row.index] ?? UNKNOWN_CLASS) : columnKey;
      const group = groupOf(key);
      if (byRow && !group.columns.some((c) => c.percent === percent)) group.columns.push({ percent, shares });
      const n = numberInterval(sharesCell, table.scale, tolerance);
      const base: OwnershipCell = {
        row,
        percentColumn: percent,
        sharesColumn: shares,
        cell,
        shares: sharesCell,
        n,
        ...(table.acquirableExcluded ? { xZero: true } : {}),
      };
      if (cell.value.kind === 'less-than-one') group.stars.push(base);
      else if (isPercent(cell) && cell.value.value > 0 && cell.value.value <= 100) {
        const pi = percentInterval(cell, tolerance);
        const p = { lo: Math.max(0, pi.lo / 100), hi: pi.hi / 100 };
        const admissible = {
          lo: Math.max(0, n.lo * (1 / p.hi - (base.xZero ? 0 : 1))),
          hi: p.lo > 0 ? n.hi / p.lo : Infinity,
        };
        group.cells.push({ ...base, p, admissible });
      }
    }
  }
  const unknown = byClass.get(UNKNOWN_CLASS);
  if (unknown) {
    const row = [...unknown.cells, ...unknown.stars][0]?.row;
    unknown.inconclusive = `the table's rows are per class of stock, but not the class of '${row?.label || 'a row'}'`;
  }
  const groups = [...byClass.values()];
  const known = groups.length - (unknown ? 1 : 0);
  for (const [key, g] of byClass) {
    if (key === UNKNOWN_CLASS) continue;
    // A row class needs a count of its own class (a count stated without one is not taken for it).
    chooseOutstanding(g, key, known === 1 && rowClass === undefined);
    if (rowClass !== undefined && g.inconclusive && key !== 'common') {
      g.inconclusive = `${key} rows: no count of ${key} shares outstanding stated or inferred (${g.inconclusive})`;
    }
  }
  return groups;
}

/** The group of rows whose class a per-class table does not tell: never given a count. */
const UNKNOWN_CLASS = '\u0000unknown';

/** The shares of class a row's printed percent implies under O: [n/(O_hi+n), n/O_lo], as a fraction. */
export function impliedShare(c: OwnershipCell, region: Interval): Interval {
  return { lo: c.n.lo / (region.hi + (c.xZero ? 0 : c.n.lo)), hi: region.lo > 0 ? c.n.hi / region.lo : Infinity };
}

export function explains(region: Interval, c: OwnershipCell): boolean {
  return !!c.admissible && meets(region, c.admissible);
}

function chooseOutstanding(g: OwnershipGroup, classKey: string, onlyGroup: boolean): void {
  if (g.cells.length === 0 && g.stars.length === 0) return;
  const set = (o: Outstanding, columns = g.columns) => columns.forEach(({ percent }) => g.outstanding.set(percent, o));
  const count = (value: number) => g.cells.filter((c) => explains({ lo: value, hi: value }, c)).length;
  const stated = chooseStated(g.table, classKey, g.cells.length, count, onlyGroup);
  if (stated && stated.value > 0) {
    const region = { lo: stated.value, hi: stated.value };
    const basis = g.cells.filter((c) => explains(region, c));
    // The text's count wins unless it explains no row while other rows agree on another count (then it is
    // for another date or class).
    if (basis.length > 0 || maxOverlap(g.cells.map((c) => c.admissible!)).count < 2) {
      set({
        region,
        source: 'stated',
        span: stated.span,
        scope: stated.scope,
        date: stated.date,
        text: stated.text,
        basis,
        of: g.cells.length,
      });
      // "Based on 10,000,000 shares outstanding before the offering": an after-offering column the stated
      // count explains nowhere, whose rows (a majority) agree on their own O, gets that O (a primary offering).
      for (const column of g.columns) {
        const cells = g.cells.filter((c) => c.percentColumn === column.percent);
        if (cells.length < 2 || cells.some((c) => explains(region, c))) continue;
        const own = infer(cells);
        if (typeof own !== 'string') set({ ...own, source: 'inferred', of: cells.length }, [column]);
      }
      return;
    }
  }
  const shared = infer(g.cells);
  // Before/after columns of a primary offering have different O (new shares): each column on its own,
  // when that explains more rows than one O for all.
  const own =
    g.columns.length > 1
      ? g.columns.map((c) => ({ c, cells: g.cells.filter((x) => x.percentColumn === c.percent) }))
      : [];
  const perColumn = own.map(({ c, cells }) => ({ c, cells, chosen: infer(cells) }));
  const perExplains = perColumn.reduce((n, p) => n + (typeof p.chosen === 'string' ? 0 : p.chosen.basis.length), 0);
  const allOwn = perColumn.length > 0 && perColumn.every((p) => typeof p.chosen !== 'string');
  if (typeof shared !== 'string' && !(allOwn && perExplains > shared.basis.length)) {
    return set({ ...shared, source: 'inferred', of: g.cells.length });
  }
  if (!allOwn) {
    g.inconclusive = typeof shared === 'string' ? shared : 'columns disagree on the shares outstanding';
    return;
  }
  for (const p of perColumn) {
    if (typeof p.chosen !== 'string') set({ ...p.chosen, source: 'inferred', of: p.cells.length }, [p.c]);
  }
}

/** The O region explaining the most rows; ties broken by the fewest key slips in the rows it flags, then the larger O. */
function infer(cells: OwnershipCell[]): { region: Interval; basis: OwnershipCell[] } | string {
  if (cells.length < 2) {
    return cells.length === 1
      ? 'one percent cell: nothing to infer shares outstanding from'
      : 'no percent cells with shares';
  }
  const best = maxOverlap(cells.map((c) => c.admissible!));
  const tie = best.count * 2 === cells.length;
  if (best.count * 2 < cells.length || (best.count < 2 && !tie)) {
    return `rows disagree on the shares outstanding (the best count explains ${best.count} of ${cells.length})`;
  }
  let candidates = best.regions.map((region) => ({
    region,
    cost: tie || best.regions.length > 1 ? slipCost(cells, region) : 0,
  }));
  const least = Math.min(...candidates.map((c) => c.cost));
  candidates = candidates.filter((c) => c.cost === least);
  // Still tied (two rows, scaled readings of each other): take the larger O, under which the rows it
  // flags print too high. Deterministic, and documented in docs/rules/percent-of-class.md.
  const region = candidates.reduce((a, b) => (b.region.lo > a.region.lo ? b : a)).region;
  return { region, basis: cells.filter((c) => explains(region, c)) };
}

/** How many key slips would make every row `region` does not explain consistent: the likelier misprint. */
function slipCost(cells: OwnershipCell[], region: Interval): number {
  let cost = 0;
  workCounters.rowVisits += cells.length;
  for (const c of cells) {
    if (explains(region, c)) continue;
    const share = impliedShare(c, region);
    cost += nearestSlip(c.cell, { lo: share.lo * 100, hi: share.hi * 100 });
  }
  return cost;
}

function nearestSlip(cell: Cell, target: Interval): number {
  const d = cell.value.decimals ?? 0;
  const text = printed(cell).replace(/[^\d.]/g, '');
  const step = Math.pow(10, -d);
  const lo = Math.max(0, Math.ceil(target.lo / step - 1e-9));
  const hi = Math.min(Math.floor(Math.min(target.hi, 100) / step + 1e-9), lo + 200);
  let best = Infinity;
  for (let k = lo; k <= hi; k++) best = Math.min(best, typoDistance(text, (k * step).toFixed(d)));
  return Number.isFinite(best) ? best : text.length;
}
