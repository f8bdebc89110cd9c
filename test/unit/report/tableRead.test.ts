import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check } from '../../../src/check';
import { renderBody } from '../../../src/report/body';
import { buildSummary } from '../../../src/report/summary';
import { periodsText } from '../../../src/report/tableRead';
import { readCorpus } from '../../corpusPaths';
import { FIXTURE_TEXT, fixtureResult } from './fixture';

// A results table with a reported and a constant-currency change, one whose amount columns do not say
// their years.
const HTML = `<html><body><p>ACME CORP</p><p>FORM 10-Q</p><p>Results of Operations</p><table>
<tr><td>(in millions, except percentages)</td><td colspan="2">Three Months Ended June 30,</td><td></td><td></td></tr>
<tr><td></td><td>2023</td><td>2022</td><td>% Change</td><td>Constant Currency Change</td></tr>
<tr><td>Revenue</td><td>$1,100</td><td>$1,000</td><td>10.0%</td><td>12.0%</td></tr>
<tr><td>Operating income</td><td>220</td><td>200</td><td>10.0</td><td>11.5</td></tr>
</table>
<p>Segment results</p><table>
<tr><td></td><td>Three Months Ended June 30,</td><td>Three Months Ended June 30,</td><td>Change</td></tr>
<tr><td>Revenue</td><td>$1,100</td><td>$1,000</td><td>10.0%</td></tr>
<tr><td>Operating income</td><td>220</td><td>200</td><td>10.0%</td></tr>
</table>
</body></html>`;

const summarise = (text: string, uri: string) => buildSummary(check(text, { uri }), text);

test('a results table reads as its amounts with their periods, the change comparing them and the constant-currency change not derivable', () => {
  const [results] = summarise(HTML, 'acme.htm').tables;
  assert.equal(results.title, 'Results of Operations');
  assert.equal(
    results.read,
    '2 amount columns (3 months ended 2023-06-30 / 2022-06-30), 1 % change comparing them, 1 at constant currency: not derivable' +
      '; percent-change partly checked: a change on the constant-currency basis; the amounts beside it are reported',
  );
});

test('a change whose amount columns do not say their years reads as not paired, with the why said once', () => {
  const segment = summarise(HTML, 'acme.htm').tables.find((t) => t.title === 'Segment results');
  assert.ok(segment);
  assert.equal(
    segment.read,
    '2 amount columns (3 months ended June 30), 1 % change not paired (the amount columns do not say their periods); percent-change inconclusive',
  );
  assert.deepEqual(
    segment.checks.map((c) => [c.ruleId, c.status, c.reason]),
    [['percent-change', 'inconclusive', 'the amount columns do not say their periods']],
  );
});

test('columns without a meaning read as not read, with the reason of each inconclusive rule', () => {
  const [t] = buildSummary(fixtureResult(), FIXTURE_TEXT).tables;
  assert.equal(t.read, '4 columns not read; offering-arithmetic inconclusive: no offered column');
});

test('periods group by duration, an instant reads as of its date, and a long list is cut', () => {
  assert.equal(
    periodsText([
      { months: 3, end: '2023-06-30' },
      { months: 3, end: '2022-06-30' },
      { months: 6, end: '2023-06-30' },
      { end: '2022-12-31' },
      { instant: true, end: '2023-06-30' },
      { label: '2021' },
    ]),
    '3 months ended 2023-06-30 / 2022-06-30; 6 months ended 2023-06-30; as of 2022-12-31 / 2023-06-30; 2021',
  );
  assert.equal(periodsText([{ months: 6, label: 'Six Months Ended June 30,' }]), '6 months ended June 30');
  assert.equal(
    periodsText(['2019', '2020', '2021', '2022', '2023'].map((label) => ({ label }))),
    '2019 / 2020 / 2021 / 2022 / …',
  );
});

test('the report shows each read line in the table list, escaped as every other filing value', () => {
  const s = buildSummary(fixtureResult(), FIXTURE_TEXT);
  s.tables[0].read = '1 amount column (as of <img src=x onerror=alert(1)> & "2023")';
  const html = renderBody(s, true);
  assert.match(html, /<th>Read<\/th>/);
  assert.ok(
    html.includes(
      '<td class="read" data-label="Read">1 amount column (as of &lt;img src=x onerror=alert(1)&gt; &amp; &quot;2023&quot;)</td>',
    ),
  );
  assert.doesNotMatch(html, /<img/);
});

test('Comcast 10-Q 2023: the segment results say which changes compare the amounts and which are at constant currency', () => {
  const text = readCorpus('incoming/html/Comcast_10-Q_2023.htm');
  const s = summarise(text, 'Comcast_10-Q_2023.htm');
  const byTitle = (title: string) => {
    const t = s.tables.find((x) => x.title === title);
    assert.ok(t, `a table titled ${title}`);
    return t;
  };
  const consolidated = byTitle('Consolidated Operating Results');
  assert.match(
    consolidated.read,
    /^4 amount columns \(3 months ended 2023-06-30 \/ 2022-06-30; 6 months ended 2023-06-30 \/ 2022-06-30\), \d+ % changes comparing them/,
  );
  assert.doesNotMatch(consolidated.read, /not derivable|percent-change inconclusive/);
  const connectivity = byTitle('Connectivity & Platforms Results of Operations');
  assert.match(
    connectivity.read,
    /^4 amount columns \(3 months ended 2023-06-30 \/ 2022-06-30; 6 months ended 2023-06-30 \/ 2022-06-30\), 2 % changes comparing them, 2 at constant currency: not derivable/,
  );
  // The cover page's check-box tables hold no figures.
  assert.equal(byTitle('(Mark One)').read, 'no columns of figures');
  // Every table's line is one short line, and every inconclusive rule of a table is named on it.
  for (const t of s.tables) {
    assert.ok(t.read.length > 0 && t.read.length <= 400 && !t.read.includes('\n'), `${t.id}: ${t.read}`);
    for (const c of t.checks) {
      if (c.status === 'inconclusive') {
        assert.ok(t.read.includes(`${c.ruleId} inconclusive`), `${t.id} names ${c.ruleId}`);
      }
    }
  }
  const html = renderBody(s, false);
  assert.ok(html.includes(`<td class="read" data-label="Read">${connectivity.read.replace(/&/g, '&amp;')}</td>`));
});
