import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readHtml } from '../../src/core/formats/html/readHtml';
import { renderFiling } from '../../src/core/render/renderFiling';
import { corpusUrl } from '../corpusPaths';

const dir = corpusUrl('html/');
const files = readdirSync(fileURLToPath(dir)).sort();

test('every HTML file of the corpus reads and renders without error, and the time is printed', () => {
  assert.ok(files.length >= 15);
  for (const f of files) {
    const text = readFileSync(new URL(f, dir), 'utf8');
    let t0 = performance.now();
    const r = readHtml(text);
    const readMs = performance.now() - t0;
    t0 = performance.now();
    const rendering = renderFiling(text, f);
    const renderMs = performance.now() - t0;
    console.log(`${f}: ${(text.length / 1e6).toFixed(2)} MB, read ${readMs.toFixed(0)} ms, render ${renderMs.toFixed(0)} ms, ${r.tables.length} tables, ${r.headings.length} headings, ${r.footnotes.length} footnotes`);
    for (const t of r.tables) {
      assert.ok(t.span.start >= 0 && t.span.end <= text.length, f);
      for (const row of t.rows) for (const c of row.cells) assert.ok(c.span.start <= c.span.end && c.span.end <= text.length, f);
    }
    for (const [out, len, src, srcLen] of rendering.map.segments()) {
      assert.ok(out + len <= rendering.text.length && src + srcLen <= text.length, f);
    }
  }
});

test('every table cell of the corpus spans text that holds the cell text, tags aside', () => {
  for (const f of ['Nestbuilder_10-K_2021.htm', 'Apple_10-Q_2025.html', 'Buckle_8-K_EX99.1.html']) {
    const text = readFileSync(new URL(f, dir), 'utf8');
    for (const t of readHtml(text).tables) {
      for (const row of t.rows) {
        for (const c of row.cells) {
          if (!c.text) continue;
          const first = c.text[0];
          const last = c.text[c.text.length - 1];
          if (/[A-Za-z0-9$%()]/.test(first)) assert.equal(text[c.span.start], first, `${f} ${c.text}`);
          if (/[A-Za-z0-9$%()]/.test(last)) assert.equal(text[c.span.end - 1], last, `${f} ${c.text}`);
        }
      }
    }
  }
});

test('reads inline XBRL metadata from the corpus', () => {
  const md = (f: string) => readHtml(readFileSync(new URL(f, dir), 'utf8')).metadata;
  assert.deepEqual(md('Nestbuilder_10-K_2021.htm'), { company: 'NESTBUILDER.COM CORP.', formType: '10-K', period: '2021-11-30', cik: '0001725516' });
  assert.deepEqual(md('Apple_10-Q_2025.html'), { company: 'Apple Inc.', formType: '10-Q', period: '2025-06-28', cik: '0000320193' });
  assert.equal(md('Cabot_DEF14A_ixbrl.html').formType, 'DEF 14A');
});

test('renders an HTML-bearing full submission from the corpus with its header lines first', () => {
  const text = readFileSync(new URL('../sgml/CVREnergy_SC-TO-TA_2025.txt', dir), 'utf8');
  const r = renderFiling(text);
  assert.deepEqual(r.text.split('\n').slice(0, 5), ['CVR ENERGY INC', '', 'Form SC TO-T/A', '', 'January 10, 2025']);
  assert.ok(!r.text.includes('<div') && !r.text.includes('<TEXT>'));
});
