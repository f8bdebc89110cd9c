// The table builder types a percent column's bare numbers as percents once its meaning is read (percentCells.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildTable, meaning, type TableSpec } from '../../rules/fixture';
import type { ColumnMeaning } from '../../../../src/core/model';

const kinds = (spec: TableSpec, column: number) => buildTable(spec).table.rows.map((r) => r.cells[column].value.kind);
const col = (path: string, m: Partial<ColumnMeaning> & Pick<ColumnMeaning, 'kind'>) => ({
  path: [path],
  meaning: meaning(m),
});

test('bare numbers of ownership, share, rate and percent-change columns are percents; a % cell stays one', () => {
  for (const kind of ['ownership', 'share', 'rate', 'percent-change'] as const) {
    const spec: TableSpec = {
      columns: [
        ['Name'],
        ['2024'],
        ['2023'],
        col('Percent', { kind, compares: kind === 'percent-change' ? [1, 2] : null }),
      ],
      rows: [
        ['A', '120', '100', '20.0%'],
        ['B', '50', '40', '25.0'],
      ],
    };
    assert.deepEqual(kinds(spec, 3), ['percent', 'percent'], kind);
  }
});

test('points changes, money and unread columns keep their numbers', () => {
  const spec: TableSpec = {
    columns: [
      ['Name'],
      ['2024'],
      ['2023'],
      col('Change (bps)', { kind: 'points-change' }),
      col('Rate', { kind: 'rate' }),
      ['Other'],
    ],
    rows: [
      ['A', '12.0%', '10.0%', '200', '$ 5.0', '7.5'],
      ['B', '11.0%', '10.0%', '100', '4.0%', '2.5'],
    ],
  };
  assert.deepEqual(kinds(spec, 3), ['number', 'number']);
  assert.deepEqual(kinds(spec, 4), ['number', 'percent']);
  assert.deepEqual(kinds(spec, 5), ['number', 'number'], 'no meaning read: nothing typed');
});

test('a bare number in a percent-change column whose compared cells are percents stays a number (a points change)', () => {
  const spec: TableSpec = {
    columns: [['Name'], ['2024'], ['2023'], col('% Change', { kind: 'percent-change', compares: [1, 2] })],
    rows: [
      ['Net sales', '1,200', '1,000', '20.0%'],
      ['Gross margin', '22.7%', '19.9%', '280'],
      ['Costs', '300', '240', '25.0'],
    ],
  };
  assert.deepEqual(kinds(spec, 3), ['percent', 'number', 'percent']);
});

test("a share column whose cells and own header say no percent keeps its counts ('# of Shares' under a Percent band)", () => {
  const spec: TableSpec = {
    columns: [
      ['Name'],
      { path: ['Common Shares Owned and Percent of Total Outstanding', '# of Shares'], meaning: { kind: 'share' } },
    ],
    rows: [
      ['A', '1,350,000'],
      ['B', '750,000'],
    ],
  };
  assert.deepEqual(kinds(spec, 1), ['number', 'number']);
});
