import type { Column, ColumnMeaning, ColumnPeriod, Table } from '../core/model';

/**
 * A column's meaning in words, for hovers: "% change, 6 months ended July 1, 2023 vs July 2, 2022, at
 * constant currency: not derivable from the amounts shown".
 */
const KIND: Record<ColumnMeaning['kind'], string> = {
  amount: 'amount',
  'percent-change': '% change',
  'points-change': 'change in points',
  share: 'share of a base',
  ownership: 'ownership percent',
  rate: 'rate (not derivable from the row’s amounts)',
  count: 'count',
  'per-share': 'per-share amount',
  text: 'text',
  unknown: 'meaning unknown',
};

const BASIS: Record<ColumnMeaning['basis'], string> = {
  reported: '',
  'constant-currency': 'at constant currency',
  'ex-currency': 'excluding currency effects',
  organic: 'organic',
  adjusted: 'adjusted (non-GAAP)',
  'pro-forma': 'pro forma',
  comparable: 'comparable basis',
};

export function meaningText(column: Column, table: Table): string | undefined {
  const m = column.meaning;
  if (!m || m.kind === 'text') return undefined;
  // An amount column that compares two others is a change in amount ("$ Change", "Inc/(Dec)", "Variance").
  const parts: string[] = [m.kind === 'amount' && m.compares ? 'change in amount' : KIND[m.kind]];
  const cols = table.columns;
  // A change on another basis compares nothing derivable; its reported sibling just before it names the periods.
  const pair =
    m.compares ?? (m.kind === 'percent-change' || m.kind === 'points-change' ? siblingPair(column, table) : null);
  if (pair) {
    const [a, b] = pair.map((i) => cols[i]?.meaning?.period);
    parts.push(`${periodText(a) ?? `column ${pair[0] + 1}`} vs ${shortPeriod(b) ?? `column ${pair[1] + 1}`}`);
  } else if (m.period) {
    const p = periodText(m.period);
    if (p) parts.push(p);
  }
  if (BASIS[m.basis]) parts.push(BASIS[m.basis]);
  if (m.sign === 'better-worse') parts.push('favorable positive, unfavorable negative');
  if (m.shareOf) {
    const base = m.shareOf.row !== null ? table.rows[m.shareOf.row]?.label : undefined;
    parts.push(
      `of ${cols[m.shareOf.column]?.path.join(' ') || `column ${m.shareOf.column + 1}`}${base ? `, base row “${base}”` : ''}`,
    );
  }
  let text = parts.join(', ');
  const derivable =
    (m.kind === 'percent-change' || m.kind === 'points-change') && m.compares !== null && m.basis === 'reported';
  if ((m.kind === 'percent-change' || m.kind === 'points-change') && !derivable) {
    text += ': not derivable from the amounts shown';
  }
  if (m.source === 'xbrl' && m.period) {
    const said = m.headerPeriod ? periodText(m.headerPeriod) : undefined;
    text += ` (period from inline XBRL facts${said ? `; the header says ${said}` : ''})`;
  }
  if (m.why) text += ` (${m.why})`;
  return text;
}

function siblingPair(column: Column, table: Table): [number, number] | null {
  for (let i = column.index - 1; i >= 0 && i >= column.index - 3; i--) {
    const m = table.columns[i].meaning;
    if (m?.compares && m.kind === column.meaning?.kind) return m.compares;
  }
  return null;
}

function periodText(p: ColumnPeriod | undefined): string | undefined {
  if (!p) return undefined;
  const months = p.months ? `${p.months} months ended ` : p.instant ? 'as of ' : '';
  const end = p.end ? isoText(p.end) : undefined;
  if (end) return `${months}${end}`;
  return p.label;
}

function shortPeriod(p: ColumnPeriod | undefined): string | undefined {
  if (!p) return undefined;
  return p.end ? isoText(p.end) : p.label;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

function isoText(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${MONTHS[m - 1]} ${d}, ${y}`;
}
