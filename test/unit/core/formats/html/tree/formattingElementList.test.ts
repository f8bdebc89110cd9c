import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createElement, type HElement } from '../../../../../../src/core/formats/html/tree/nodes';
import {
  FormattingElementList,
  MARKER,
  wantsSignature,
} from '../../../../../../src/core/formats/html/tree/formattingElementList';

const el = (tag: string, sig = '', open = true): HElement => ({ ...createElement(tag, {}, 0, 0, sig), open });
const names = (l: FormattingElementList) => l.entries.map((e) => (e === MARKER ? '|' : e.tagName)).join(' ');

test('formatting tags carry an attribute signature, others do not', () => {
  assert.equal(wantsSignature('b'), true);
  assert.equal(wantsSignature('font'), true);
  assert.equal(wantsSignature('div'), false);
});

test("Noah's Ark: a fourth equal element after the last marker drops the earliest of them", () => {
  const l = new FormattingElementList();
  const first = el('b', 'class=x\u0000');
  l.push(first);
  l.push(el('b', 'class=x\u0000'));
  l.push(el('b', 'class=y\u0000'));
  l.push(el('b', 'class=x\u0000'));
  assert.equal(l.length, 4, 'three equal ones are kept');
  l.push(el('b', 'class=x\u0000'));
  assert.equal(l.length, 4);
  assert.equal(l.has(first), false, 'the earliest equal one is gone');
  assert.deepEqual(
    l.entries.map((e) => e?.sig),
    ['class=x\u0000', 'class=y\u0000', 'class=x\u0000', 'class=x\u0000'],
  );
});

test("Noah's Ark counts only after the last marker", () => {
  const l = new FormattingElementList();
  for (let i = 0; i < 3; i++) l.push(el('i'));
  l.pushMarker();
  for (let i = 0; i < 3; i++) l.push(el('i'));
  assert.equal(names(l), 'i i i | i i i');
  l.push(el('i'));
  assert.equal(names(l), 'i i i | i i i');
  assert.equal(l.length, 7);
});

test('clearing to the last marker drops the marker and what follows it', () => {
  const l = new FormattingElementList();
  l.push(el('b'));
  l.pushMarker();
  l.push(el('i'));
  l.push(el('u'));
  l.clearToLastMarker();
  assert.equal(names(l), 'b');
  l.clearToLastMarker();
  assert.equal(names(l), '', 'no marker: everything goes');
});

test('the last element of a name is looked for after the last marker only', () => {
  const l = new FormattingElementList();
  const outer = el('a');
  l.push(outer);
  assert.equal(l.lastAfterMarker('a'), outer);
  l.pushMarker();
  assert.equal(l.lastAfterMarker('a'), undefined);
  const inner = el('a');
  l.push(inner);
  l.push(el('b'));
  assert.equal(l.lastAfterMarker('a'), inner);
});

test('reconstruction reopens the closed entries after the last open one or marker', () => {
  const l = new FormattingElementList();
  assert.equal(l.reopenFrom(), -1, 'empty list');
  l.push(el('b', '', true));
  assert.equal(l.reopenFrom(), -1, 'last entry open');
  l.push(el('i', '', false));
  l.push(el('u', '', false));
  assert.equal(l.reopenFrom(), 1, 'from the first closed one after the open b');
  l.pushMarker();
  assert.equal(l.reopenFrom(), -1, 'last entry a marker');
  l.push(el('s', '', false));
  assert.equal(l.reopenFrom(), 4, 'not across the marker');
  const all = new FormattingElementList();
  all.push(el('b', '', false));
  all.push(el('i', '', false));
  assert.equal(all.reopenFrom(), 0, 'all closed: from the first');
});

test('entries are replaced, inserted after and removed in place', () => {
  const l = new FormattingElementList();
  const b = el('b');
  const i = el('i');
  l.push(b);
  l.push(i);
  const mark = el('#bookmark');
  l.insertAfter(b, mark);
  assert.equal(names(l), 'b #bookmark i');
  const clone = el('b');
  l.replace(mark, clone);
  assert.equal(names(l), 'b b i');
  assert.equal(l.indexOf(clone), 1);
  l.remove(b);
  assert.equal(names(l), 'b i');
  assert.equal(l.entries[0], clone);
  l.remove(b);
  assert.equal(names(l), 'b i', 'removing what is not there changes nothing');
  l.setAt(1, el('u'));
  l.removeAt(0);
  assert.equal(names(l), 'u');
});
