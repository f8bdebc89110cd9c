import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/analyze';
import { check } from '../../../../src/check';
import type { Analysis, FormatId } from '../../../../src/core/model';
import { hoverAt } from '../../../../src/features/hoverContent';
import { definitionAt, referencesAt } from '../../../../src/features/positionIndex';

const tab = (rows: string[][]) => rows.map((r) => r.join('\t')).join('\n');
const resolvedTo = (a: Analysis) =>
  a.references.map((r) => [r.marker, a.footnotes.find((f) => f.id === r.footnoteId)?.text.split(' ')[0] ?? 'NONE']);
const footnoteFindings = (text: string, hint: FormatId) =>
  check(text, { languageHint: hint }).findings.filter((f) => f.ruleId.startsWith('footnote-'));

const TITLED: [FormatId, string][] = [
  [
    'converted',
    [
      'SECURITY OWNERSHIP OF MANAGEMENT(1)',
      '',
      tab([
        ['Name', 'Shares', 'Percent'],
        ['John Smith', '1,000', '5.0%'],
        ['Jane Doe(2)', '2,000', '10.0%'],
      ]),
      '',
      '(1) As of March 1, 2024, the record date.',
      '(2) Includes options exercisable within 60 days.',
      '',
    ].join('\n'),
  ],
  [
    'markdown',
    [
      '## Security Ownership of Management(1)',
      '',
      '| Name | Shares | Percent |',
      '|---|---|---|',
      '| John Smith | 1,000 | 5.0% |',
      '| Jane Doe(2) | 2,000 | 10.0% |',
      '',
      '(1) As of March 1, 2024, the record date.',
      '',
      '(2) Includes options exercisable within 60 days.',
      '',
    ].join('\n'),
  ],
  [
    'html',
    '<html><body><p><b>Security Ownership of Management<sup>(1)</sup></b></p><table><tr><td>Name</td><td>Shares</td><td>Percent</td></tr><tr><td>John Smith</td><td>1,000</td><td>5.0%</td></tr><tr><td>Jane Doe<sup>(2)</sup></td><td>2,000</td><td>10.0%</td></tr></table><p>(1) As of March 1, 2024, the record date.</p><p>(2) Includes options exercisable within 60 days.</p></body></html>',
  ],
  [
    'sgml',
    [
      '<DOCUMENT>',
      '<TYPE>DEF 14A',
      '<TEXT>',
      '                SECURITY OWNERSHIP OF MANAGEMENT<F1>',
      '',
      '<TABLE>',
      '<CAPTION>',
      'NAME                         SHARES     PERCENT',
      '<S>                          <C>        <C>',
      'John Smith                   1,000        5.0%',
      'Jane Doe<F2>                 2,000       10.0%',
      '</TABLE>',
      '<FN>',
      '<F1> As of March 1, 2024, the record date.',
      '<F2> Includes options exercisable within 60 days.',
      '</FN>',
      '</TEXT>',
      '</DOCUMENT>',
      '',
    ].join('\n'),
  ],
];

for (const [hint, text] of TITLED) {
  test(`a marker in the title line above a ${hint} table is that table's reference and resolves to its note`, () => {
    const a = analyze(text, { languageHint: hint });
    const title = a.references.find((r) => r.key === '1')!;
    assert.ok(title, 'the title marker is a reference');
    assert.equal(title.tableId, a.tables[0].id);
    assert.equal(title.cell, undefined);
    assert.ok(title.span.end <= a.tables[0].span.start, 'it sits above the table');
    assert.deepEqual(
      resolvedTo(a).map((r) => r[1]),
      ['As', 'Includes'],
    );
    assert.deepEqual(footnoteFindings(text, hint), []);
  });
}

test('a "(1)" opening a line of prose above a table is not a title marker', () => {
  const text = [
    'Holders',
    '(1) the Company may redeem the notes at any time, as the indenture says.',
    '',
    tab([
      ['Name', 'Shares', 'Percent'],
      ['Jane Doe(1)', '2,000', '10.0%'],
    ]),
    '',
    '(1) Includes options exercisable within 60 days.',
    '',
  ].join('\n');
  const a = analyze(text, { languageHint: 'converted' });
  assert.deepEqual(
    a.references.map((r) => r.cell?.row),
    [0],
  );
});

const SHARED_TAB = [
  'Compensation',
  '',
  tab([
    ['Name', 'Salary', 'Bonus'],
    ['John Smith(1)', '1,000', '500'],
    ['Jane Doe', '2,000', '700'],
  ]),
  '',
  '(1) Salary includes a car allowance for the year.',
  '',
  'The following tables show the ownership of our directors and officers as of the record date for the meeting.',
  '',
  'Directors',
  '',
  tab([
    ['Name', 'Shares', 'Percent'],
    ['John Smith(1)', '1,000', '5.0%'],
    ['Jane Doe', '2,000', '10.0%'],
  ]),
  '',
  'Officers',
  '',
  tab([
    ['Officer', 'Common Shares', 'Percent'],
    ['Bob Brown(2)', '1,500', '7.5%'],
    ['Al Green(1)', '500', '2.5%'],
  ]),
  '',
  '(1) Includes options exercisable within 60 days.',
  '(2) Held in a family trust for his children.',
  '',
].join('\n');

test('one block of notes after two consecutive tables serves both, not the same number under an earlier table', () => {
  const a = analyze(SHARED_TAB, { languageHint: 'converted' });
  assert.deepEqual(resolvedTo(a), [
    ['(1)', 'Salary'],
    ['(1)', 'Includes'],
    ['(2)', 'Held'],
    ['(1)', 'Includes'],
  ]);
  assert.deepEqual(footnoteFindings(SHARED_TAB, 'converted'), []);
});

test('one block of HTML notes after two consecutive tables serves both', () => {
  const html =
    '<html><body><table><tr><td>Name</td><td>Salary</td></tr><tr><td>John Smith<sup>(1)</sup></td><td>1,000</td></tr><tr><td>Jane Doe</td><td>2,000</td></tr></table><p>(1) Salary includes a car allowance for the year.</p><p>The following tables show the ownership of our directors and officers as of the record date.</p><p>The second paragraph keeps the notes above apart from the tables below, as prose does.</p><p>A third paragraph of prose.</p>' +
    '<table><tr><td>Name</td><td>Shares</td><td>Percent</td></tr><tr><td>John Smith<sup>(1)</sup></td><td>1,000</td><td>5.0%</td></tr><tr><td>Jane Doe</td><td>2,000</td><td>10.0%</td></tr></table><p>Officers</p><table><tr><td>Officer</td><td>Common Shares</td><td>Percent</td></tr><tr><td>Bob Brown<sup>(2)</sup></td><td>1,500</td><td>7.5%</td></tr></table><p>(1) Includes options exercisable within 60 days.</p><p>(2) Held in a family trust for his children.</p></body></html>';
  const a = analyze(html, { languageHint: 'html' });
  assert.deepEqual(resolvedTo(a), [
    ['(1)', 'Salary'],
    ['(1)', 'Includes'],
    ['(2)', 'Held'],
  ]);
});

test('a parenthesised amount set off after a figure in a number column, (13), is not a marker; a glued (1) on a label is', () => {
  const text = [
    'Results',
    '',
    tab([
      ['', '2023', '2022'],
      ['Revenue(1)', '1,234', '1,100'],
      ['Other income', '(13)', '(2)'],
      ['Net', '1,221 (13)', '1,098'],
    ]),
    '',
    '(1) Revenue is net of returns.',
    '',
  ].join('\n');
  const a = analyze(text, { languageHint: 'converted' });
  assert.deepEqual(
    a.references.map((r) => r.marker),
    ['(1)'],
  );
  assert.deepEqual(footnoteFindings(text, 'converted'), []);
});

test("a figure's spaced (2) in a number column stays a marker when the table has a note 2", () => {
  const text = [
    'Holdings',
    '',
    tab([
      ['Name', 'Shares', 'Percent'],
      ['Jane Doe', '81,156 (2)', '10.0%'],
      ['John Roe', '1,000', '(1)'],
    ]),
    '',
    '(2) Includes options exercisable within 60 days.',
    '',
  ].join('\n');
  const a = analyze(text, { languageHint: 'converted' });
  assert.deepEqual(resolvedTo(a), [['(2)', 'Includes']]);
});

const STARS: [FormatId, string][] = [
  [
    'converted',
    [
      'Ownership',
      '',
      tab([
        ['Name', 'Shares', 'Percent'],
        ['John Smith**', '1,000', '*'],
        ['Jane Doe***', '2,000', '10.0%'],
      ]),
      '',
      '* Less than 1%.',
      '** Includes options exercisable within 60 days.',
      '*** Held in a family trust for her children.',
      '',
    ].join('\n'),
  ],
  [
    'html',
    '<html><body><table><tr><td>Name</td><td>Shares</td><td>Percent</td></tr><tr><td>John Smith**</td><td>1,000</td><td>*</td></tr><tr><td>Jane Doe***</td><td>2,000</td><td>10.0%</td></tr></table><p>* Less than 1%.</p><p>** Includes options exercisable within 60 days.</p><p>*** Held in a family trust for her children.</p></body></html>',
  ],
  [
    'sgml',
    [
      '<DOCUMENT>',
      '<TYPE>DEF 14A',
      '<TEXT>',
      '<TABLE>',
      '<CAPTION>',
      'NAME                         SHARES     PERCENT',
      '<S>                          <C>        <C>',
      'John Smith**                 1,000          *',
      'Jane Doe***                  2,000       10.0%',
      '</TABLE>',
      '- --------',
      '  * Less than 1%.',
      ' ** Includes options exercisable within 60 days.',
      '*** Held in a family trust for her children.',
      '</TEXT>',
      '</DOCUMENT>',
      '',
    ].join('\n'),
  ],
];

for (const [hint, text] of STARS) {
  test(`*, ** and *** legends after a ${hint} table resolve, each to its own legend`, () => {
    const a = analyze(text, { languageHint: hint });
    assert.deepEqual(resolvedTo(a), [
      ['**', 'Includes'],
      ['*', 'Less'],
      ['***', 'Held'],
    ]);
    assert.deepEqual(footnoteFindings(text, hint), []);
  });
}

test('a <sup>1</sup> marker in an HTML paragraph resolves, hovers and goes to its note; "(1) the Company" in prose is no marker', () => {
  const html =
    '<html><body><p>Revenue grew<sup>1</sup> in the year, and (1) the Company paid a dividend.</p><p><sup>1</sup> Excluding the acquired business, revenue grew 3%.</p></body></html>';
  const a = analyze(html, { languageHint: 'html' });
  assert.equal(a.references.length, 1);
  const ref = a.references[0];
  assert.deepEqual([ref.marker, ref.tableId, ref.cell], ['¹', undefined, undefined]);
  const note = a.footnotes.find((f) => f.id === ref.footnoteId)!;
  assert.match(note.text, /^Excluding the acquired business/);
  const hover = hoverAt({ analysis: a, findings: [], offset: ref.span.start, tolerance: 0.05, lineOf: () => 0 })!;
  assert.match(hover.markdown, /Excluding the acquired business/);
  assert.deepEqual(definitionAt(a, ref.span.start), note.markerSpan);
  assert.deepEqual(referencesAt(a, note.markerSpan.start, false), [ref.span]);
  assert.deepEqual(footnoteFindings(html, 'html'), []);
});

test('an SGML <F1> in prose resolves to its <F1> note; an unresolved prose marker gives no footnote-undefined finding', () => {
  const text = [
    '<DOCUMENT>',
    '<TYPE>10-K',
    '<TEXT>',
    'The Company sold the division<F1> in the year, as the notes below explain at length.',
    '',
    'A second paragraph of prose follows, long enough that the line with the marker is no title line of the table below: it runs on for a while here.',
    '',
    '<TABLE>',
    '<S>            <C>',
    'Revenue<F2>     1,000',
    'Cost              400',
    '</TABLE>',
    '<FN>',
    '<F1> The sale closed on June 30.',
    '</FN>',
    '',
    'Sales grew<F7> in every region of the world last year.',
    '</TEXT>',
    '</DOCUMENT>',
    '',
  ].join('\n');
  const a = analyze(text, { languageHint: 'sgml' });
  const prose = a.references.filter((r) => !r.tableId);
  assert.deepEqual(
    prose.map((r) => [r.marker, a.footnotes.find((f) => f.id === r.footnoteId)?.text.slice(0, 27) ?? 'NONE']),
    [
      ['<F1>', 'The sale closed on June 30.'],
      ['<F7>', 'NONE'],
    ],
  );
  assert.ok(!footnoteFindings(text, 'sgml').some((f) => /<F7>/.test(f.message)));
});
