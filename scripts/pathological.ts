// Generators of pathological filing text, shared by the bench (time at n and 4n) and the robustness tests.
export interface Pathological {
  name: string;
  n: number;
  make(n: number): string;
}

const header = 'ACME CORP\n\nForm 10-K\n\nMarch 1, 2024\n\n';

export const pathological: Pathological[] = [
  { name: 'TAB row with n columns', n: 25_000, make: (n) => header + 'Name\t' + Array.from({ length: n }, (_, i) => `${i}%`).join('\t') + '\n' },
  { name: 'single line of n chars', n: 2_500_000, make: (n) => header + '1,2'.repeat(Math.ceil(n / 3)).slice(0, n) },
  { name: 'n unclosed <TABLE>', n: 25_000, make: (n) => '<DOCUMENT>\n<TYPE>10-K\n<TEXT>\n' + '<TABLE>\n<S> <C>\nx 1\n'.repeat(n) },
  { name: 'n unclosed <td> (HTML)', n: 25_000, make: (n) => '<html><body><table><tr>' + '<td>1%'.repeat(n) + '</body></html>' },
  { name: 'unterminated <DOCUMENT>, n lines', n: 50_000, make: (n) => '<SEC-DOCUMENT>\n<DOCUMENT>\n<TYPE>10-K\n<TEXT>\n' + 'ITEM 1. BUSINESS 12.5%\n'.repeat(n) },
  { name: 'n nested list markers', n: 2_500, make: (n) => header + Array.from({ length: n }, (_, i) => ' '.repeat(i % 200) + '- (1) ').join('\n') + '\n' },
  { name: 'table with n rows', n: 16_000, make: (n) => header + 'Name\tShares\t% of Class\n' + Array.from({ length: n }, (_, i) => `Holder ${i}\t${1000 + i}\t${((1000 + i) / 1e6 * 100).toFixed(2)}%`).join('\n') + '\n' },
];
