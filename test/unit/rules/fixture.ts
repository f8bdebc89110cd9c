// Builds small Table objects (and the text they point into) for rule tests, independent of the readers; cells
// are typed by the engine's own cell typing (core/tables/cells.ts), so rules see what they see on real filings.
import type { Analysis, Cell, Column, ColumnMeaning, ColumnRole, Row, RowKind, Table } from '../../../src/core/model';
import { typeCell } from '../../../src/core/tables/cells';
import { splitMarkers } from '../../../src/core/tables/markers';
import { basedOnCandidate } from '../../../src/core/tables/notes';
import { typePercentColumns } from '../../../src/core/tables/percentCells';

/** A column as a test gives it: a header path, or the path with a role, a year and a meaning. */
export type ColumnSpec =
  | string[]
  | {
      path: string[];
      role?: ColumnRole;
      year?: number;
      meaning?: Partial<ColumnMeaning> & Pick<ColumnMeaning, 'kind'>;
    };

/** A full meaning from the parts a test names (reported basis, nothing compared, from the header). */
export function meaning(m: Partial<ColumnMeaning> & Pick<ColumnMeaning, 'kind'>): ColumnMeaning {
  return { basis: 'reported', compares: null, shareOf: null, source: 'header', ...m };
}

/** An amount column for a period: `amount('2024')`. */
export function amountColumn(label: string, extra: Partial<ColumnMeaning> = {}): ColumnSpec {
  return { path: [label], meaning: { kind: 'amount', period: { label }, ...extra } };
}

/** A percent change column comparing two columns (by index): `changeColumn('% Change', [1, 2])`. */
export function changeColumn(
  label: string,
  compares: [number, number] | null,
  extra: Partial<ColumnMeaning> = {},
): ColumnSpec {
  return { path: [label], meaning: { kind: 'percent-change', compares, ...extra } };
}

/** A share column dividing by column `column`, base row `row`: `shareColumn('% of total', 1, 5)`. */
export function shareColumn(
  label: string,
  column: number,
  row: number | null,
  extra: Partial<ColumnMeaning> = {},
): ColumnSpec {
  return { path: [label], meaning: { kind: 'share', shareOf: { column, row }, ...extra } };
}

export interface TableSpec {
  title?: string;
  /** Header path per column, top band first; the first column is the label column. */
  columns: ColumnSpec[];
  /** Rows: label then cell texts. A label ending in `!total` makes a total row. */
  rows: string[][];
  scale?: number;
  lessThanOneLegend?: boolean;
  statedOutstanding?: number;
}

/** A cell typed as the engine types it: footnote markers split off (spans in `text`), then typeCell. */
function cellAt(t: string, start: number): Cell {
  const split = splitMarkers(t, start);
  return { text: t, span: { start, end: start + t.length }, value: typeCell(split.text), markers: split.markers };
}

/** A table and the text it lives in: header lines, then one TAB-separated line per row. */
export function buildTable(spec: TableSpec, id = 't0', offset = 0): { table: Table; text: string } {
  let text = '';
  const columns: Column[] = spec.columns.map((c, index) => {
    const path = Array.isArray(c) ? c : c.path;
    const role = (Array.isArray(c) ? undefined : c.role) ?? (index === 0 ? 'label' : guessRole(path));
    const year = Array.isArray(c) ? undefined : c.year;
    const m = Array.isArray(c) || !c.meaning ? undefined : meaning(c.meaning);
    return { index, path, role, year, headerSpans: [], markers: [], ...(m ? { meaning: m } : {}) };
  });
  text += spec.columns.map((c) => (Array.isArray(c) ? c : c.path).join(' / ')).join('\t') + '\n';
  const rows: Row[] = spec.rows.map((cellsText, index) => {
    let kind: RowKind = 'data';
    const texts = [...cellsText];
    if (texts[0].endsWith('!total')) {
      kind = 'total';
      texts[0] = texts[0].slice(0, -'!total'.length);
    }
    const start = offset + text.length;
    const cells: Cell[] = texts.map((t, i) => {
      if (i > 0) text += '\t';
      const s = offset + text.length;
      text += t;
      return i === 0
        ? { text: t, span: { start: s, end: s + t.length }, value: { kind: 'text' }, markers: [] }
        : cellAt(t, s);
    });
    const row: Row = { index, label: texts[0], kind, cells, span: { start, end: offset + text.length } };
    text += '\n';
    return row;
  });
  let outstandingCandidates: Table['outstandingCandidates'];
  if (spec.statedOutstanding !== undefined) {
    const note = `Based on ${spec.statedOutstanding.toLocaleString('en-US')} shares outstanding.`;
    const s = offset + text.length + 'Based on '.length;
    outstandingCandidates = [
      basedOnCandidate({
        value: spec.statedOutstanding,
        span: { start: s, end: s + spec.statedOutstanding.toLocaleString('en-US').length },
      }),
    ];
    text += note + '\n';
  }
  if (spec.lessThanOneLegend) text += '* Represents less than 1%\n';
  const table: Table = {
    id,
    layout: 'tab',
    span: { start: offset, end: offset + text.length },
    title: spec.title,
    scale: spec.scale ?? 1,
    columns,
    headerRows: [],
    rows,
    lessThanOneLegend: !!spec.lessThanOneLegend,
    ...(outstandingCandidates ? { outstandingCandidates } : {}),
    footnoteIds: [],
  };
  // As the table builder does once meanings are read: bare numbers of a percent column typed as percents.
  typePercentColumns(table);
  return { table, text };
}

function guessRole(path: string[]): ColumnRole {
  const last = path.join(' ').toLowerCase();
  if (/change|increase|decrease/.test(last)) return /%/.test(last) ? 'percent-change' : 'change';
  if (/%|percent/.test(last)) return 'percent';
  if (/number|shares/.test(last)) return 'shares';
  return 'amount';
}

/** An Analysis holding the given tables (and their text, joined). */
export function analysisOf(...specs: TableSpec[]): { analysis: Analysis; text: string } {
  let text = '';
  const tables: Table[] = [];
  specs.forEach((spec, i) => {
    const built = buildTable(spec, `t${i}`, text.length);
    tables.push(built.table);
    text += built.text + '\n';
  });
  return {
    text,
    analysis: {
      format: 'converted',
      length: text.length,
      metadata: {},
      documents: [],
      sections: [],
      tables,
      footnotes: [],
      references: [],
      warnings: [],
    },
  };
}

/** The seed's selling-stockholder table, with the first row's before-offering percent as given. */
export function seedTable(firstPercent = '1.42%'): TableSpec {
  const band = 'Shares of Common Stock Beneficially Owned';
  return {
    title: 'Selling Stockholders',
    columns: [
      ['Name'],
      [band, 'Before Offering', 'Number'],
      [band, 'Before Offering', '% of Class'],
      ['Number of Shares of Common Stock Offered Hereby'],
      [band, 'Following the Offering', 'Number'],
      [band, 'Following the Offering', '% of Class'],
    ],
    rows: [
      [
        'Shipman & Goodwin LLP Profit Sharing Plan Trust fbo James T. Betts (3)',
        '101,700',
        firstPercent,
        '20,000',
        '81,700',
        '1.14%',
      ],
      ['Trust u/a Helen M. Betts fbo James T. Betts et al. (4)', '26,500', '*', '14,000', '12,500', '*'],
    ],
    lessThanOneLegend: true,
  };
}
