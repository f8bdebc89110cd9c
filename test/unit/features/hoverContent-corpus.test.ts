import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { check } from '../../../src/check';
import { LineIndex } from '../../../src/core/lineIndex';
import { hoverAt } from '../../../src/features/hoverContent';
import type { CheckResult } from '../../../src/rules/types';
import { corpusUrl } from '../../corpusPaths';

const corpus = (p: string) => readFileSync(corpusUrl(p), 'utf8');

/** The hover's Markdown as a reader sees it: backslash escapes removed. */
const plain = (md: string) => md.replace(/\\(.)/g, '$1');

const lineIndexes = new Map<string, LineIndex>();

function hover(text: string, result: CheckResult, offset: number) {
  let lines = lineIndexes.get(text);
  if (!lines) lineIndexes.set(text, (lines = new LineIndex(text)));
  return hoverAt({
    analysis: result.analysis,
    findings: result.findings,
    checked: result.checkedCells,
    offset,
    tolerance: 1,
    lineOf: (o) => lines.position(o).line,
  });
}

test("a hover on the seed's 1.42% shows the percent-of-class arithmetic the rule used, and the column path", () => {
  const text = corpus('seed/000_e04a9582158dea8b.txt');
  const h = hover(text, check(text), text.indexOf('1.42%') + 2)!;
  assert.equal(text.slice(h.span.start, h.span.end), '1.42%');
  assert.match(h.markdown, /% of Class/);
  assert.match(plain(h.markdown), /`percent-of-class`: 101,700 \/ \(O \+ x\)/);
  assert.match(plain(h.markdown), /stands for 1\.415%–1\.425%/);
});

test("a hover on a holder's (3) in the seed shows footnote (3) and the line it is defined on", () => {
  const text = corpus('seed/000_e04a9582158dea8b.txt');
  const at = text.indexOf('Betts (3)') + 'Betts ('.length;
  const h = hover(text, check(text), at)!;
  const line = text.slice(0, text.indexOf('- (3) James')).split('\n').length;
  assert.match(h.markdown, new RegExp(`^\\*\\*Footnote \`\\(3\\)\`\\*\\*, defined on line ${line}`));
  assert.match(h.markdown, /James T\\. Betts has investment and voting power/);
});

// percent-change checks only columns whose meaning pairs them: gated until the column-meaning reader is merged.
test("a hover on Apple 1997's (28%) net sales change shows the percent-change arithmetic", () => {
  const text = corpus('sgml/Apple_10-K_1997.txt');
  const result = check(text);
  const checked = (result.checkedCells ?? []).find(
    (c) => c.ruleId === 'percent-change' && text.slice(c.span.start, c.span.end).includes('(28%)'),
  );
  assert.ok(checked, 'the rule checked a (28%) cell');
  const h = hover(text, result, checked.span.start + 1)!;
  assert.match(plain(h.markdown), /`percent-change`: \(\$ 7,081 − \$ 9,833\) \/ \$ 9,833 = -28\.0%/);
});

test('a hover on a * cell of the seed shows the less-than-1% legend and what the rules made of the holding', () => {
  const text = corpus('seed/000_e04a9582158dea8b.txt');
  const result = check(text);
  const star = result.analysis.references.find((r) => r.key === '*')!;
  const h = plain(hover(text, result, star.span.start)!.markdown);
  assert.match(h, /^\*\*Footnote `\*`\*\*, defined on line \d+/);
  assert.match(h, /Represents less than 1%/);
  if (
    (result.checkedCells ?? []).some((c) => c.span.start <= star.span.start && star.span.start < c.span.end && c.note)
  ) {
    assert.match(h, /`less-than-one-percent`|`percent-of-class`/);
  }
});
