import { test } from 'node:test';
import assert from 'node:assert/strict';
import { footnoteKey, splitMarkers } from '../../../../src/core/tables/markers';

test('footnoteKey normalises every printed marker form to its key', () => {
  const cases: [string, string][] = [
    ['(1)', '1'],
    ['<F1>', '1'],
    ['(a)', 'a'],
    ['*', '*'],
    ['**', '**'],
    ['†', '†'],
    ['[1]', '1'],
    ['¹', '1'],
    ['( 2 )', '2'],
    ['<f12>', '12'],
    ['¹²', '12'],
  ];
  for (const [marker, key] of cases) assert.equal(footnoteKey(marker), key, marker);
});

function split(text: string, start = 100) {
  const r = splitMarkers(text, start);
  return { text: r.text, markers: r.markers.map((m) => [m.marker, m.key, m.span.start - start, m.span.end - start]) };
}

test('splitMarkers takes trailing markers off labels, headers and values with exact spans', () => {
  assert.deepEqual(split('Name (3)'), { text: 'Name', markers: [['(3)', '3', 5, 8]] });
  assert.deepEqual(split('% of Class(1)'), { text: '% of Class', markers: [['(1)', '1', 10, 13]] });
  assert.deepEqual(split('1.42%(1)'), { text: '1.42%', markers: [['(1)', '1', 5, 8]] });
  assert.deepEqual(split('Smith<F1>'), { text: 'Smith', markers: [['<F1>', '1', 5, 9]] });
  assert.deepEqual(split('Smith<F1><F2>'), {
    text: 'Smith',
    markers: [
      ['<F1>', '1', 5, 9],
      ['<F2>', '2', 9, 13],
    ],
  });
  assert.deepEqual(split('(1)(2)'), {
    text: '',
    markers: [
      ['(1)', '1', 0, 3],
      ['(2)', '2', 3, 6],
    ],
  });
  assert.deepEqual(split('Jones*'), { text: 'Jones', markers: [['*', '*', 5, 6]] });
  assert.deepEqual(split('Following the Offering(2)'), {
    text: 'Following the Offering',
    markers: [['(2)', '2', 22, 25]],
  });
  assert.deepEqual(split('Alex Aliksanyan (3)(4)'), {
    text: 'Alex Aliksanyan',
    markers: [
      ['(3)', '3', 16, 19],
      ['(4)', '4', 19, 22],
    ],
  });
  assert.deepEqual(split('Jones **'), { text: 'Jones', markers: [['**', '**', 6, 8]] });
  assert.deepEqual(split('Smith<F1> and Jones'), { text: 'Smith and Jones', markers: [['<F1>', '1', 5, 9]] });
  assert.deepEqual(split('Director†'), { text: 'Director', markers: [['†', '†', 8, 9]] });
  assert.deepEqual(split('Total¹'), { text: 'Total', markers: [['¹', '1', 5, 6]] });
  assert.deepEqual(split('Total [2]'), { text: 'Total', markers: [['[2]', '2', 6, 9]] });
});

test('splitMarkers leaves negative numbers, a lone star and a lone column letter alone', () => {
  for (const value of ['(28%)', '(1,045)', '(3.2)', '(3)', '*', '$ (3)', '(a)', 'Net (loss)', '(2,227)', '-', '**']) {
    assert.deepEqual(split(value), { text: value, markers: [] }, value);
  }
});

test('every marker span slices back to the marker in the original text', () => {
  const original = 'xx\tShipman & Goodwin LLP (3)\t1.42%(1)';
  for (const [cell, at] of [
    ['Shipman & Goodwin LLP (3)', 3],
    ['1.42%(1)', 29],
  ] as const) {
    for (const m of splitMarkers(cell, at).markers) assert.equal(original.slice(m.span.start, m.span.end), m.marker);
  }
});

test('splitMarkers reads markers listed with a comma, and leaves a comma after a word alone', () => {
  assert.deepEqual(split('10.19*, **'), {
    text: '10.19',
    markers: [
      ['*', '*', 5, 6],
      ['**', '**', 8, 10],
    ],
  });
  assert.deepEqual(split('Smith(1), (2)'), {
    text: 'Smith',
    markers: [
      ['(1)', '1', 5, 8],
      ['(2)', '2', 10, 13],
    ],
  });
  assert.deepEqual(split('Smith, (a)'), { text: 'Smith,', markers: [['(a)', 'a', 7, 10]] });
});
