// A small CheckResult built by hand (no reader needed): an ownership table with a mutated percent,
// its footnotes and one finding. Spans are found in the fixture text, so line/column twins are real.
import type { Analysis, Cell, CellValue, Column, Footnote, Row, Span, Table } from '../../../src/core/model';
import type { CheckResult, Finding } from '../../../src/rules/types';

export const FIXTURE_TEXT = [
  'ACME <b>HOLDINGS</b> INC',
  '',
  'Form 424B3',
  '',
  'Name\tNumber\t% of Class(1)\tAfter\t% of Class',
  'Jane Roe (2)\t101,700\t2.42%\t81,700\t1.14%',
  'John <script>window.__pwned=1</script>\t26,500\t*\t12,500\t*',
  '',
  '* Represents less than 1%',
  '- (1) Based on 7,150,000 shares </script><img src=x onerror=alert(1)> outstanding.',
  '- (2) Never referenced here.',
  '',
].join('\n');

const at = (needle: string, from = 0): Span => {
  const start = FIXTURE_TEXT.indexOf(needle, from);
  if (start < 0) throw new Error(`fixture has no ${needle}`);
  return { start, end: start + needle.length };
};

const value = (text: string): CellValue => {
  if (text === '*') return { kind: 'less-than-one' };
  const m = /^([\d,.]+)(%?)$/.exec(text);
  if (!m) return { kind: text ? 'text' : 'empty' };
  const n = Number(m[1].replace(/,/g, ''));
  return { kind: m[2] ? 'percent' : 'number', value: n, decimals: (m[1].split('.')[1] ?? '').length };
};

function row(index: number, line: string): Row {
  const span = at(line);
  let offset = span.start;
  const cells: Cell[] = line.split('\t').map((text) => {
    const cell: Cell = { text, span: { start: offset, end: offset + text.length }, value: value(text), markers: [] };
    offset += text.length + 1;
    return cell;
  });
  return { index, label: cells[0].text, kind: 'data', cells, span };
}

const column = (index: number, path: string[], role: Column['role']): Column => ({
  index,
  path,
  role,
  headerSpans: [],
  markers: [],
});

export function fixtureResult(withFinding = true): CheckResult {
  const rows = [
    row(0, 'Jane Roe (2)\t101,700\t2.42%\t81,700\t1.14%'),
    row(1, 'John <script>window.__pwned=1</script>\t26,500\t*\t12,500\t*'),
  ];
  const table: Table = {
    id: 't0',
    layout: 'tab',
    span: { start: at('Name\t').start, end: rows[1].span.end },
    title: 'Selling <stockholders> & "friends"',
    scale: 1,
    columns: [
      column(0, ['Name'], 'label'),
      column(1, ['Before Offering', 'Number'], 'shares'),
      column(2, ['Before Offering', '% of Class'], 'percent'),
      column(3, ['After Offering', 'Number'], 'shares'),
      column(4, ['After Offering', '% of Class'], 'percent'),
    ],
    headerRows: [],
    rows,
    lessThanOneLegend: true,
    footnoteIds: ['f0', 'f1', 'f2'],
  };
  const footnote = (id: string, marker: string, key: string, line: string, refIds: string[]): Footnote => {
    const span = at(line);
    return {
      id,
      marker,
      key,
      text: line.slice(line.indexOf(marker) + marker.length).trim(),
      span,
      markerSpan: at(marker, span.start),
      tableId: 't0',
      refIds,
    };
  };
  const footnotes = [
    footnote('f0', '*', '*', '* Represents less than 1%', ['r0', 'r1']),
    footnote('f1', '(1)', '1', '- (1) Based on 7,150,000 shares </script><img src=x onerror=alert(1)> outstanding.', [
      'r2',
    ]),
    footnote('f2', '(2)', '2', '- (2) Never referenced here.', []),
  ];
  const analysis: Analysis = {
    uri: 'file:///tmp/acme.txt',
    format: 'converted',
    length: FIXTURE_TEXT.length,
    metadata: { company: 'ACME <b>HOLDINGS</b> INC', formType: '424B3', filingDate: '2003-12-22', cik: '0000831547' },
    documents: [],
    sections: [],
    tables: [table],
    footnotes,
    references: [
      { id: 'r0', marker: '*', key: '*', span: rows[1].cells[2].span, tableId: 't0', footnoteId: 'f0' },
      { id: 'r1', marker: '*', key: '*', span: rows[1].cells[4].span, tableId: 't0', footnoteId: 'f0' },
      { id: 'r2', marker: '(1)', key: '1', span: at('(1)'), tableId: 't0', footnoteId: 'f1' },
      { id: 'r3', marker: '(3)', key: '3', span: at('(2)'), tableId: 't0' },
    ],
    warnings: ['A <warning> from the reader'],
  };
  const finding: Finding = {
    ruleId: 'percent-of-class',
    severity: 'warning',
    message: '2.42% of class does not match 101,700 shares of any outstanding count the other rows allow',
    span: rows[0].cells[2].span,
    expected: '1.40%-1.44%',
    actual: '2.42%',
    related: [],
    tableId: 't0',
  };
  return {
    analysis,
    findings: withFinding ? [finding] : [],
    tableChecks: [
      { tableId: 't0', ruleId: 'percent-of-class', status: 'checked' },
      { tableId: 't0', ruleId: 'offering-arithmetic', status: 'inconclusive', reason: 'no offered column' },
    ],
  };
}
