// Property tests: tables printed from true figures (rounded as a filer would) never raise a finding, and
// random junk never throws. fast-check shrinks any counter-example to a small table.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { runRules } from '../../../src/rules/index';
import { analysisOf, changeColumn, type TableSpec } from './fixture';

const fmt = (v: number, d: number) => v.toLocaleString('en-US', { minimumFractionDigits: d, maximumFractionDigits: d });

test('an ownership table computed by Rule 13d-3 and rounded to its printed decimals is silent', () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 1_000_000, max: 500_000_000 }),
      fc.array(
        fc.record({
          n: fc.integer({ min: 1, max: 1_000_000_000 }),
          xShare: fc.double({ min: 0, max: 1, noNaN: true }),
        }),
        { minLength: 1, maxLength: 12 },
      ),
      fc.integer({ min: 0, max: 3 }),
      (outstanding, holders, d) => {
        const rows = holders.map(({ n, xShare }) => {
          const shares = Math.min(n, outstanding);
          const x = Math.floor(shares * xShare);
          const p = (100 * shares) / (outstanding + x);
          return [`Holder ${shares}`, fmt(shares, 0), p < 1 ? '*' : `${fmt(p, d)}%`];
        });
        const spec: TableSpec = {
          title: 'Security Ownership of Certain Beneficial Owners',
          columns: [['Name'], ['Shares Beneficially Owned'], ['Percent of Class']],
          rows,
          lessThanOneLegend: true,
        };
        const { analysis } = analysisOf(spec);
        assert.deepEqual(
          runRules(analysis, {}).findings.map((f) => f.message),
          [],
        );
      },
    ),
    { numRuns: 300 },
  );
});

test('a results table whose changes are computed from its rounded periods is silent', () => {
  let checked = 0;
  fc.assert(
    fc.property(
      fc.array(fc.tuple(fc.integer({ min: -50_000, max: 50_000 }), fc.integer({ min: 1, max: 50_000 }), fc.boolean()), {
        minLength: 1,
        maxLength: 10,
      }),
      fc.integer({ min: 0, max: 2 }),
      (lines, d) => {
        const rows = lines.map(([newer, olderAbs, negative], i) => {
          const older = negative ? -olderAbs : olderAbs;
          const change = (100 * (newer - older)) / Math.abs(older);
          const printed = change < 0 ? `(${fmt(-change, d)}%)` : `${fmt(change, d)}%`;
          const money = (v: number) => (v < 0 ? `$ (${fmt(-v, 0)})` : `$ ${fmt(v, 0)}`);
          return [`Line ${i}`, money(newer), money(older), printed];
        });
        const spec: TableSpec = {
          title: 'Results of Operations',
          columns: [
            [''],
            { path: ['2024'], year: 2024 },
            { path: ['2023'], year: 2023 },
            changeColumn('% Change', [1, 2]),
          ],
          rows,
        };
        const { analysis } = analysisOf(spec);
        const r = runRules(analysis, {});
        assert.deepEqual(
          r.findings.map((f) => f.message),
          [],
        );
        checked += r.checkedCells.filter((c) => c.ruleId === 'percent-change').length;
      },
    ),
    { numRuns: 300 },
  );
  assert.ok(checked > 300, `the meaning pairs the columns, so the rule checks (${checked} cells)`);
});

test('random tables never make a rule throw', () => {
  const cell = fc.oneof(
    fc.constantFrom('', '*', 'NM', '--', '—', '100%', '(28%)', '0%', '1,000', '$ (1,045)', 'n/a'),
    fc.string({ maxLength: 8 }),
    fc.double({ noNaN: true }).map(String),
  );
  fc.assert(
    fc.property(
      fc.array(
        fc.array(
          fc.constantFrom(
            '% of Class',
            'Number',
            'Before Offering',
            'After the Offering',
            'Offered',
            'Change',
            '2024',
            '1997',
            '% of total',
            'Percent',
          ),
          { maxLength: 3 },
        ),
        { minLength: 2, maxLength: 6 },
      ),
      fc.array(fc.array(cell, { minLength: 6, maxLength: 6 }), { maxLength: 8 }),
      fc.option(fc.integer({ min: 0, max: 10_000_000 })),
      (headers, body, stated) => {
        const width = headers.length;
        const spec: TableSpec = {
          title: 'Beneficial ownership and results',
          columns: headers,
          rows: body.map((r, i) => [i % 3 === 0 ? `Total!total` : `Row ${i}`, ...r.slice(0, width - 1)]),
          statedOutstanding: stated ?? undefined,
          lessThanOneLegend: true,
        };
        const { analysis, text } = analysisOf(spec);
        const r = runRules(analysis, {});
        assert.deepEqual(analysis.warnings, [], 'no rule failed');
        for (const f of r.findings) assert.ok(f.span.start >= 0 && f.span.end <= text.length);
      },
    ),
    { numRuns: 300 },
  );
});
