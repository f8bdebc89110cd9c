import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { analyze } from '../../../../src/core/analyze';
import { check } from '../../../../src/check';
import type { Analysis, Table } from '../../../../src/core/model';
import { corpusUrl } from '../../../corpusPaths';
import { basedOnCount } from '../../../../src/core/tables/notes';

const corpus = (p: string) => readFileSync(corpusUrl(p), 'utf8');

const slice = (text: string, s: { start: number; end: number }) => text.slice(s.start, s.end);
const notesOf = (a: Analysis, t: Table) => a.footnotes.filter((f) => f.tableId === t.id);
const footnoteFindings = (text: string) => check(text).findings.filter((f) => f.ruleId.startsWith('footnote-'));

test("resolves the seed's (1)-(4) and * markers to its five footnotes, none unused, and the footnote rules stay quiet", () => {
  const text = corpus('seed/000_e04a9582158dea8b.txt');
  const a = analyze(text);
  assert.equal(a.footnotes.length, 5);
  assert.deepEqual(a.footnotes.map((f) => f.key).sort(), ['*', '1', '2', '3', '4']);
  assert.ok(a.footnotes.every((f) => f.refIds.length > 0 && f.tableId === a.tables[0].id));
  assert.ok(a.references.length >= 6 && a.references.every((r) => r.footnoteId));
  const byMarker = (m: string) => a.references.find((r) => r.marker === m)!;
  assert.match(
    a.footnotes.find((f) => f.id === byMarker('(3)').footnoteId)!.text,
    /^James T\. Betts has investment and voting power over the shares beneficially owned by Shipman/,
  );
  assert.equal(text.slice(byMarker('(1)').span.start - 10, byMarker('(1)').span.end), '% of Class(1)');
  assert.equal(a.references.filter((r) => r.key === '*').length, 2);
  assert.deepEqual(footnoteFindings(text), []);
});

test("resolves Page America's <F1> in the Selling Shareholders header to the <FN> note and the * cell to its legend", () => {
  const text = corpus('sgml/PageAmericaGroup_S-3A_1995.txt');
  const a = analyze(text);
  const f1 = a.references.find((r) => r.marker === '<F1>')!;
  assert.ok(f1, 'the <F1> marker is a reference');
  assert.equal(slice(text, f1.span), '<F1>');
  const note = a.footnotes.find((f) => f.id === f1.footnoteId)!;
  assert.match(note.text, /^Does not include shares of Common Stock issuable upon conversion of Series One Preferred/);
  assert.equal(slice(text, note.markerSpan), '<F1>');
  const star = a.references.find((r) => r.key === '*')!;
  assert.match(a.footnotes.find((f) => f.id === star.footnoteId)!.text, /Less than 1%/);
  assert.deepEqual(footnoteFindings(text), []);
});

test("resolves the Nestbuilder HTML ownership table's header and holder markers and reads its stated shares outstanding", () => {
  const text = corpus('html/Nestbuilder_10-K_2021.htm');
  const a = analyze(text);
  const t = a.tables.find((x) => x.columns.some((c) => /Percentage of Common Stock Ownership/.test(c.path.join(' '))))!;
  assert.ok(t, 'the ownership table is found');
  assert.deepEqual(
    notesOf(a, t).map((f) => f.marker),
    ['(1)', '(2)', '(3)', '(4)'],
  );
  assert.ok(
    notesOf(a, t).every((f) => f.refIds.length > 0),
    'every note of the table is pointed to',
  );
  const refs = a.references.filter((r) => r.tableId === t.id);
  assert.ok(refs.every((r) => r.footnoteId && slice(text, r.span) === r.marker));
  assert.equal(basedOnCount(t)?.value, 1673237);
  assert.deepEqual(footnoteFindings(text), []);
});

test('resolves a Markdown table\'s header marker "Programs(1)" to the (1) paragraph below it (Apple 10-K, edgartools)', () => {
  const text = corpus('txt/Apple_10-K_edgartools.md');
  const a = analyze(text, { uri: 'Apple_10-K_edgartools.md' });
  const ref = a.references.find(
    (r) => r.marker === '(1)' && /Programs\(1\)$/.test(text.slice(r.span.start - 9, r.span.end)),
  )!;
  assert.ok(ref, 'the header marker is a reference');
  assert.match(
    a.footnotes.find((f) => f.id === ref.footnoteId)!.text,
    /^As of September 28, 2024, the Company was authorized by the Board/,
  );
});

test("flags the seed with a holder's (4) misprinted as (5), and with a holder's (3) lost", () => {
  const seed = corpus('seed/000_e04a9582158dea8b.txt');
  const five = seed.replace('et al. (4)', 'et al. (5)');
  assert.deepEqual(
    footnoteFindings(five).map((f) => [f.ruleId, slice(five, f.span)]),
    [['footnote-undefined', '(5)']],
  );
  const lost = seed.replace('James T. Betts (3)', 'James T. Betts');
  assert.deepEqual(
    footnoteFindings(lost).map((f) => [f.ruleId, slice(lost, f.span)]),
    [['footnote-unused', '(3)']],
  );
});

test('keeps the footnote rules quiet on every filing of the corpus', () => {
  const dirs = ['seed', 'sgml', 'sectext', 'html', 'txt'];
  for (const dir of dirs) {
    for (const name of readdirSync(corpusUrl(dir))) {
      const text = corpus(`${dir}/${name}`);
      const findings = check(text, { uri: name }).findings.filter((f) => f.ruleId.startsWith('footnote-'));
      assert.deepEqual(
        findings.map((f) => f.message),
        [],
        `${dir}/${name}`,
      );
    }
  }
});
