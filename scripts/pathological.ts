// Generators of pathological filing text, shared by the bench (time at n and 4n) and the robustness tests.
export interface Pathological {
  name: string;
  n: number;
  make(n: number): string;
}

const header = 'ACME CORP\n\nForm 10-K\n\nMarch 1, 2024\n\n';

export const pathological: Pathological[] = [
  {
    name: 'TAB row with n columns',
    n: 25_000,
    make: (n) => header + 'Name\t' + Array.from({ length: n }, (_, i) => `${i}%`).join('\t') + '\n',
  },
  { name: 'single line of n chars', n: 2_500_000, make: (n) => header + '1,2'.repeat(Math.ceil(n / 3)).slice(0, n) },
  {
    name: 'n unclosed <TABLE>',
    n: 25_000,
    make: (n) => '<DOCUMENT>\n<TYPE>10-K\n<TEXT>\n' + '<TABLE>\n<S> <C>\nx 1\n'.repeat(n),
  },
  {
    name: 'n unclosed <td> (HTML)',
    n: 25_000,
    make: (n) => '<html><body><table><tr>' + '<td>1%'.repeat(n) + '</body></html>',
  },
  {
    name: 'unterminated <DOCUMENT>, n lines',
    n: 50_000,
    make: (n) => '<SEC-DOCUMENT>\n<DOCUMENT>\n<TYPE>10-K\n<TEXT>\n' + 'ITEM 1. BUSINESS 12.5%\n'.repeat(n),
  },
  {
    name: 'n nested list markers',
    n: 2_500,
    make: (n) => header + Array.from({ length: n }, (_, i) => ' '.repeat(i % 200) + '- (1) ').join('\n') + '\n',
  },
  {
    name: 'table with n rows',
    n: 16_000,
    make: (n) =>
      header +
      'Name\tShares\t% of Class\n' +
      Array.from({ length: n }, (_, i) => `Holder ${i}\t${1000 + i}\t${(((1000 + i) / 1e6) * 100).toFixed(2)}%`).join(
        '\n',
      ) +
      '\n',
  },
];

/**
 * Tall tables for `check` (the rules, not only the engine): one table of n data rows in converted text, each a
 * shape a rule sweeps or searches over. Time at 4n must stay under 5x time at n (10k to 400k rows).
 */
export const tallTables: Pathological[] = [
  {
    // Rows disagree on O: the outstanding-count sweep sees n scattered intervals.
    name: 'ownership, n holders (O inferred)',
    n: 25_000,
    make: (n) =>
      header +
      'Name\tShares\t% of Class\n' +
      Array.from({ length: n }, (_, i) => `Holder ${i}\t${1000 + i}\t${((i % 90) + 1) / 10}%`).join('\n') +
      '\n',
  },
  {
    // Every row agrees on one O: every interval overlaps every other.
    name: 'ownership, n holders (consistent)',
    n: 25_000,
    make: (n) =>
      header +
      'Name\tShares\t% of Class\n' +
      Array.from({ length: n }, (_, i) => `Holder ${i}\t${1000 + i}\t${(((1000 + i) / 1e6) * 100).toFixed(2)}%`).join(
        '\n',
      ) +
      '\n',
  },
  {
    name: 'percent change, n line items',
    n: 25_000,
    make: (n) =>
      header +
      'Results of Operations\n\n\t2023\t% Change\t2022\n' +
      Array.from({ length: n }, (_, i) => {
        const older = 1000 + (i % 500);
        const newer = older + (i % 50) * 10;
        return `Item ${i}\t$ ${newer}\t${(((newer - older) / older) * 100).toFixed(1)}%\t$ ${older}`;
      }).join('\n') +
      '\n',
  },
  {
    name: 'percent of total, n rows and a Total',
    n: 25_000,
    make: (n) =>
      header +
      'Revenue by product\n\n\tAmount\t% of total\n' +
      Array.from(
        { length: n },
        (_, i) => `Product ${i}\t${100 + (i % 7)}\t${(((100 + (i % 7)) / (n * 103)) * 100).toFixed(1)}%`,
      ).join('\n') +
      `\nTotal\t${n * 103}\t100.0%\n`,
  },
  {
    // Apple's layout: each line item followed by its "Percentage of net sales" row (n pairs).
    name: 'percentage-of-net-sales rows, n items',
    n: 12_500,
    make: (n) =>
      header +
      'Results of Operations\n\n\t2023\t2022\nNet sales\t$ 100,000\t$ 90,000\n' +
      Array.from(
        { length: n },
        (_, i) =>
          `Cost item ${i}\t$ ${1000 + (i % 100)}\t$ ${900 + (i % 90)}\nPercentage of net sales\t${((1000 + (i % 100)) / 1000).toFixed(1)}%\t${((900 + (i % 90)) / 900).toFixed(1)}%`,
      ).join('\n') +
      '\n',
  },
];
