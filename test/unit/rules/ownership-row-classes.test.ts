// Ownership tables whose rows are per class of stock (the fixtures in test/fixtures/ownership-classes): each row
// divides by its own class's shares outstanding; a row whose class or count is missing is inconclusive.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyze } from '../../../src/core/analyze';
import { runRules } from '../../../src/rules/index';

const fixture = (name: string) =>
  readFileSync(new URL(`../../fixtures/ownership-classes/${name}.txt`, import.meta.url), 'utf8');

function check(text: string) {
  const r = runRules(analyze(text, { uri: 'fixture.txt' }), {});
  const status = (id: string) => r.tableChecks.find((c) => c.ruleId === id);
  return {
    findings: r.findings.filter((f) => f.ruleId === 'percent-of-class' || f.ruleId === 'less-than-one-percent'),
    pc: status('percent-of-class'),
    lt: status('less-than-one-percent'),
    at: (f: { span: { start: number; end: number } }) => text.slice(f.span.start, f.span.end),
  };
}

/** The text with `from` (which must occur once) replaced. */
function edit(text: string, from: string, to: string): string {
  assert.equal(text.split(from).length, 2, `'${from}' occurs once in the fixture`);
  return text.replace(from, to);
}

test('a holder listed with Class A and Class B rows: each row divides by its own class count, so the table is silent', () => {
  const r = check(fixture('holder-rows'));
  assert.deepEqual(
    r.findings.map((f) => f.message),
    [],
  );
  assert.equal(r.pc?.status, 'checked');
  assert.match(r.pc?.reason ?? '', /O 20,000,000 .*O 2,000,000/);
});

test('holder rows: a misprinted Class B percent is flagged against the Class B count, a Class A one against Class A', () => {
  const text = fixture('holder-rows');
  const b = check(edit(text, '400,000\t20.0%', '400,000\t2.0%'));
  assert.equal(b.findings.length, 1);
  assert.equal(b.at(b.findings[0]), '2.0%');
  assert.match(b.findings[0].detail ?? '', /2,000,000 shares outstanding/);
  const a = check(edit(text, '3,000,000\t15.0%', '3,000,000\t1.5%'));
  assert.equal(a.findings.length, 1);
  assert.equal(a.at(a.findings[0]), '1.5%');
  assert.match(a.findings[0].detail ?? '', /20,000,000 shares outstanding/);
});

test('sub-sections of rows headed by their class take that class count (stated per class in one note)', () => {
  const text = fixture('class-sections');
  const clean = check(text);
  assert.deepEqual(clean.findings, []);
  assert.equal(clean.pc?.status, 'checked');
  assert.match(clean.pc?.reason ?? '', /O 50,000,000 .*O 5,000,000/);
  const wrong = check(edit(text, '1,400,000\t28.0%', '1,400,000\t2.8%'));
  assert.equal(wrong.findings.length, 1);
  assert.match(wrong.findings[0].detail ?? '', /5,000,000 shares outstanding/);
});

test("a '*' on a Class B holding is weighed against the Class B count", () => {
  const r = check(edit(fixture('class-sections'), '1,400,000\t28.0%', '1,400,000\t*'));
  assert.equal(r.findings.length, 1);
  assert.equal(r.findings[0].ruleId, 'less-than-one-percent');
  assert.match(r.findings[0].message, /at least 21\.\d+%/);
});

test('a class column: Class A rows are checked, the lone Class B row with no Class B count is inconclusive, never checked against Class A', () => {
  const text = fixture('class-column');
  const clean = check(text);
  assert.deepEqual(clean.findings, []);
  assert.equal(clean.pc?.status, 'inconclusive');
  assert.match(clean.pc?.reason ?? '', /class b rows: no count of class b shares outstanding/);
  // Wrong under any count: still no finding, since the table gives no Class B count.
  assert.deepEqual(check(edit(text, '300,000\t60.0%', '300,000\t6.0%')).findings, []);
  const a = check(edit(text, '480,000\t6.0%', '480,000\t9.0%'));
  assert.equal(a.findings.length, 1);
  assert.match(a.findings[0].detail ?? '', /8,000,000 shares outstanding/);
});

test("a class column with the Class B count in the table's notes: the Class B row is checked against it", () => {
  const text =
    edit(fixture('class-column'), 'Ann Banker\tClass B', 'Ann Banker (3)\tClass B') +
    '- (3) Based on 500,000 shares of Class B common stock outstanding as of February 28, 2024.\n';
  const clean = check(text);
  assert.deepEqual(clean.findings, []);
  assert.equal(clean.pc?.status, 'checked');
  const wrong = check(edit(text, '300,000\t60.0%', '300,000\t6.0%'));
  assert.equal(wrong.findings.length, 1);
  assert.match(wrong.findings[0].detail ?? '', /500,000 shares outstanding/);
});

test('a row whose class a per-class table does not tell is inconclusive with the reason, whatever it prints', () => {
  const text = edit(
    fixture('holder-rows'),
    '\tClass B common stock\t400,000\t20.0%',
    '\tVoting trust certificates\t400,000\t2.0%',
  );
  const r = check(text);
  assert.deepEqual(r.findings, []);
  assert.equal(r.pc?.status, 'inconclusive');
  assert.match(r.pc?.reason ?? '', /rows are per class of stock, but not the class of 'Voting trust certificates'/);
});
