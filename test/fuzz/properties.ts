// Property checks over the engine and every rule, shared by the fixed-seed run in `npm test`
// (test/unit/fuzz.test.ts) and the larger `npm run fuzz`.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { check } from '../../src/check';

/** Pieces filings are made of, so random text reaches deep into every reader. */
const TOKENS = [
  '\t',
  '\n',
  '\r\n',
  ' ',
  '  ',
  '<TABLE>',
  '</TABLE>',
  '<S>',
  '<C>',
  '<CAPTION>',
  '<FN>',
  '<F1>',
  '<F2>',
  '<PAGE>',
  '<DOCUMENT>',
  '</DOCUMENT>',
  '<TYPE>10-K',
  '<TEXT>',
  '</TEXT>',
  '<SEC-HEADER>',
  'COMPANY CONFORMED NAME: ACME',
  '(1)',
  '(2)',
  '(a)',
  '*',
  '**',
  '†',
  '1.42%',
  '(28%)',
  '101,700',
  '(1,045)',
  '$',
  ')',
  '%',
  'NM',
  '--',
  '—',
  '<html>',
  '<table>',
  '<tr>',
  '<td>',
  '</td>',
  '</tr>',
  '</table>',
  '<th colspan="2">',
  '<ix:nonNumeric>',
  '&nbsp;',
  '|',
  '| --- |',
  '---',
  '# ',
  'Item 1A.',
  'PART II',
  'Total',
  '% of Class',
  'Number',
  'Before Offering',
  '- (1) note',
  '* Represents less than 1%',
  'Form 424B3',
  'based on 7,150,000 shares outstanding',
  '. . . . .',
  '\u0000',
  '\uFEFF',
  '\uD800',
  'é',
];

export const filingText = fc.array(fc.constantFrom(...TOKENS), { maxLength: 400 }).map((parts) => parts.join(''));

/** Every {start, end} in the result lies inside the text, start <= end. */
export function assertSpansInside(value: unknown, length: number, path = 'result'): void {
  if (value === null || typeof value !== 'object') return;
  const o = value as Record<string, unknown>;
  if (typeof o.start === 'number' && typeof o.end === 'number') {
    assert.ok(Number.isInteger(o.start) && Number.isInteger(o.end), `${path}: integer span`);
    assert.ok(
      o.start >= 0 && o.start <= o.end && o.end <= length,
      `${path}: span ${o.start}-${o.end} outside 0-${length}`,
    );
  }
  for (const [k, v] of Object.entries(o)) assertSpansInside(v, length, `${path}.${k}`);
}

/** The analysis never throws, keeps its spans inside the text, and is the same when run twice. */
export function holdsFor(text: string, uri?: string): void {
  const a = check(text, { uri });
  assertSpansInside(a, text.length);
  const b = check(text, { uri });
  assert.deepEqual(JSON.parse(JSON.stringify(b)), JSON.parse(JSON.stringify(a)));
}

export interface Edit {
  at: number;
  remove: number;
  insert: string;
}

export const editOf = (length: number) =>
  fc.record({
    at: fc.nat({ max: Math.max(0, length) }),
    remove: fc.nat({ max: 40 }),
    insert: fc.array(fc.constantFrom(...TOKENS), { maxLength: 6 }).map((p) => p.join('')),
  });

export function apply(text: string, e: Edit): { text: string; undo: Edit } {
  const at = Math.min(e.at, text.length);
  const removed = text.slice(at, at + e.remove);
  return {
    text: text.slice(0, at) + e.insert + text.slice(at + removed.length),
    undo: { at, remove: e.insert.length, insert: removed },
  };
}
