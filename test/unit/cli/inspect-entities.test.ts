import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { main } from '../../../src/cli/main';

// Notes whose marker sits in a block of its own ("<p>(1)</p><p>text</p>") are read by the fallback footnote
// reader, which decodes their entities itself: every named reference, and numbers 128-159 as Windows-1252.
const FIXTURE = fileURLToPath(new URL('../../fixtures/html/entities.html', import.meta.url));

async function inspectJson(path: string): Promise<{ footnotes: { key: string; text: string }[] }> {
  const out: string[] = [];
  const code = await main(
    ['inspect', '--format', 'json', path],
    (s) => void out.push(s),
    () => {},
  );
  assert.equal(code, 0);
  return JSON.parse(out.join('\n'));
}

test('inspect decodes &dagger;, &sect; and &eacute; in notes the fallback reader finds', async () => {
  const { footnotes } = await inspectJson(FIXTURE);
  const text = (key: string) => footnotes.find((f) => f.key === key)?.text;
  assert.equal(text('1'), 'Includes shares held in trust \u2020 for the Doe family, under \u00a7 13(d).');
  assert.equal(text('2'), 'Ms. Roe is a director of Soci\u00e9t\u00e9 Anonyme.');
});

test('inspect reads &#150; and &#151; as the en and em dashes browsers show, not C1 control characters', async () => {
  const { footnotes } = await inspectJson(FIXTURE);
  const note = footnotes.find((f) => f.key === '3')?.text ?? '';
  assert.equal(note, 'Held 2019\u20132021 \u2014 through a partnership.');
  assert.doesNotMatch(note, /[\u0080-\u009f]/);
});
