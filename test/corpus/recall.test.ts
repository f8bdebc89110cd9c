// Recall over every checkable cell, not only those the rules chose to check. A TEST-SIDE predicate, written
// without the rules' code, picks every percent cell in a change or share column (by header keywords) whose row
// holds the amounts it derives from: two amounts for a change, an amount (and a larger one in its column, the
// base) for a share. Each is misprinted three ways; a finding on that cell by the column's rule is a catch.
// Prints, per rule, recall (misprints caught) and coverage (cells checked, not inconclusive).
// The bars (recall >= 95%, coverage >= 90%) hold only once Column.meaning is filled: gated by
// COLUMN_MEANING_MERGED (test/corpus/rules-corpus.ts) or FILING_LENS_MEANING_MERGED=1.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Analysis, Cell, Column, Row, Table } from '../../src/core/model';
import { runRules } from '../../src/rules/index';
import { COLUMN_MEANING_MERGED, corpusFiles } from './rules-corpus';
import { mutateTable, mutations } from './mutate';

const RECALL_BAR = 95;
const COVERAGE_BAR = 90;

type RuleId = 'percent-change' | 'percent-of-total';

const CHANGE = /\bchange\b|% ?chg|increase|decrease|\bvs\.?\b|versus|growth|better|worse|favou?rable/;
const SHARE = /%\s*of\b|percent(?:age)? of\b|as a % of|% to\b/;
// Ownership (% of class, voting power) and rates are other rules' or no rule's.
const NOT_OURS = /class|beneficial|outstanding|voting|owned|rate|yield|margin|tax/;

const header = (c: Column) => c.path.join(' ').toLowerCase();
const amount = (cell: Cell | undefined) => !!cell && cell.value.kind === 'number' && typeof cell.value.value === 'number';

/** Which rule should check a column, by its header alone; undefined for any other column. */
function columnRule(column: Column): RuleId | undefined {
  const h = header(column);
  if (column.index === 0 || NOT_OURS.test(h)) return undefined;
  if (SHARE.test(h)) return 'percent-of-total';
  if (CHANGE.test(h)) return 'percent-change';
  return undefined;
}

/** The row holds the inputs: two amounts in non-change columns (a change), or an amount and a larger base in its column (a share). */
function rowHoldsInputs(table: Table, row: Row, column: Column, rule: RuleId): boolean {
  const amountColumns = table.columns.filter((c) => c !== column && c.index > 0 && !columnRule(c) && amount(row.cells[c.index]));
  if (rule === 'percent-change') return amountColumns.length >= 2;
  return amountColumns.some((c) => table.rows.some((r) => r !== row && amount(r.cells[c.index]) &&
    Math.abs(r.cells[c.index].value.value!) >= Math.abs(row.cells[c.index].value.value!)));
}

interface Tally { cells: number; checked: number; tried: number; caught: number; misses: string[] }

test('recall and coverage over every checkable change and share cell (bars gated by COLUMN_MEANING_MERGED)', () => {
  const tally: Record<RuleId, Tally> = {
    'percent-change': { cells: 0, checked: 0, tried: 0, caught: 0, misses: [] },
    'percent-of-total': { cells: 0, checked: 0, tried: 0, caught: 0, misses: [] },
  };
  for (const file of corpusFiles()) {
    const { checkedCells } = runRules(file.analysis, {});
    const checked = new Set(checkedCells.map((c) => `${c.ruleId}@${c.span.start}`));
    for (const table of file.analysis.tables) {
      for (const column of table.columns) {
        const rule = columnRule(column);
        if (!rule) continue;
        for (const row of table.rows) {
          const cell = row.cells[column.index];
          if (!cell || cell.value.kind !== 'percent' || !rowHoldsInputs(table, row, column, rule)) continue;
          const t = tally[rule];
          t.cells++;
          if (checked.has(`${rule}@${cell.span.start}`)) t.checked++;
          for (const mutation of mutations(cell)) {
            // Column checks read their own table only: re-check the mutated copy alone.
            const analysis: Analysis = { ...file.analysis, tables: [mutateTable(table, cell, mutation)], warnings: [] };
            const hit = runRules(analysis, { rules: { [rule]: 'warning' } }).findings
              .some((f) => f.ruleId === rule && f.span.start < cell.span.end && f.span.end > cell.span.start);
            t.tried++;
            if (hit) t.caught++;
            else if (t.misses.length < 10) t.misses.push(`${file.name} ${table.id} row ${row.index} '${cell.text}' -> ${mutation.digits} (${mutation.kind}) under '${column.path.join(' > ')}'`);
          }
        }
      }
    }
  }
  const pct = (a: number, b: number) => (b ? (100 * a) / b : 0);
  for (const [rule, t] of Object.entries(tally)) {
    console.log(
      `\nRECALL ${rule}: ${pct(t.caught, t.tried).toFixed(1)}% (${t.caught}/${t.tried} misprints caught over ${t.cells} checkable cells); ` +
      `COVERAGE ${pct(t.checked, t.cells).toFixed(1)}% (${t.checked}/${t.cells} checked, not inconclusive)` +
      (COLUMN_MEANING_MERGED ? '' : ' [bars gated: COLUMN_MEANING_MERGED is off]'),
    );
    for (const miss of t.misses) console.log(`  missed: ${miss}`);
  }
  // The predicate must find cells whatever the rules do (433 change and 36 share cells when written).
  assert.ok(tally['percent-change'].cells >= 200 && tally['percent-of-total'].cells >= 20, `too few checkable cells: ${Object.values(tally).map((t) => t.cells).join(', ')}`);
  if (!COLUMN_MEANING_MERGED) return;
  for (const [rule, t] of Object.entries(tally)) {
    assert.ok(pct(t.caught, t.tried) >= RECALL_BAR, `${rule}: recall ${pct(t.caught, t.tried).toFixed(1)}% under ${RECALL_BAR}%`);
    assert.ok(pct(t.checked, t.cells) >= COVERAGE_BAR, `${rule}: coverage ${pct(t.checked, t.cells).toFixed(1)}% under ${COVERAGE_BAR}%`);
  }
});
