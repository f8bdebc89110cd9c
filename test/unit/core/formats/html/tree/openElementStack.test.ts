import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createElement, type HElement } from '../../../../../../src/core/formats/html/tree/nodes';
import { OpenElementStack } from '../../../../../../src/core/formats/html/tree/openElementStack';

const root = (): HElement => ({
  type: 'element',
  tagName: '#root',
  properties: {},
  children: [],
  start: 0,
  end: 0,
  open: true,
});
const el = (tag: string): HElement => createElement(tag, {}, 0, 0);
/** A stack with `tags` pushed on the root, bottom first. */
function stackOf(...tags: string[]): OpenElementStack {
  const s = new OpenElementStack(root());
  for (const t of tags) s.push(el(t));
  return s;
}
const names = (s: OpenElementStack) => s.items.map((e) => e.tagName).join(' ');

test('push and pop open and close elements; the current node is the top', () => {
  const s = stackOf('html', 'body');
  const div = el('div');
  s.push(div);
  assert.equal(div.open, true);
  assert.equal(s.current, div);
  assert.equal(s.isOpen('div'), true);
  assert.equal(s.pop(), div);
  assert.equal(div.open, false);
  assert.equal(s.isOpen('div'), false);
  assert.equal(s.current.tagName, 'body');
});

test('a popped element ends at its own end tag, any other where the token starts', () => {
  const s = stackOf('div', 'p');
  s.closeStart = 10;
  s.closeEnd = 16;
  s.closeTag = 'div';
  const p = s.pop();
  const div = s.pop();
  assert.equal(p.end, 10);
  assert.equal(div.end, 16);
});

test('popping until a tag, one of several tags, or a node stops after it, and never pops the root', () => {
  let s = stackOf('div', 'p', 'b', 'i');
  s.popUntil('p');
  assert.equal(names(s), '#root div');
  s = stackOf('table', 'tr', 'td', 'span');
  s.popUntilOneOf(new Set(['td', 'th']));
  assert.equal(names(s), '#root table tr');
  s = stackOf('div');
  const node = s.current;
  s.push(el('span'));
  s.popUntilNode(node);
  assert.equal(names(s), '#root');
  s = stackOf('div', 'span');
  s.popUntil('table');
  assert.equal(names(s), '#root');
  s = stackOf('div', 'span');
  s.popAll();
  assert.equal(names(s), '#root');
});

test('clearing back to a table context pops until the current node is in it', () => {
  const s = stackOf('table', 'tbody', 'tr', 'td', 'p');
  s.clearBackTo(new Set(['tbody', 'tfoot', 'thead', 'template', '#root']));
  assert.equal(names(s), '#root table tbody');
  s.clearBackTo(new Set(['tbody', '#root']));
  assert.equal(names(s), '#root table tbody');
});

test('remove takes an element out of the middle and closes it; the root stays', () => {
  const s = stackOf('div', 'b', 'p');
  const b = s.items[2];
  s.remove(b);
  assert.equal(names(s), '#root div p');
  assert.equal(b.open, false);
  assert.equal(s.isOpen('b'), false);
  s.remove(s.items[0]);
  assert.equal(names(s), '#root div p');
});

test('insertAfter and replaceAt (the adoption agency) keep the counts and the open flags right', () => {
  const s = stackOf('div', 'p');
  const b = el('b');
  s.insertAfter(s.items[1], b);
  assert.equal(names(s), '#root div b p');
  assert.equal(b.open, true);
  assert.equal(s.isOpen('b'), true);
  const clone = el('b');
  s.replaceAt(2, clone);
  assert.equal(s.items[2], clone);
  assert.equal(clone.open, true);
  assert.equal(b.open, false);
  assert.equal(s.isOpen('b'), true);
});

test('has-in-scope variants stop at their own boundaries', () => {
  const s = stackOf('p', 'table', 'tr', 'td', 'span');
  assert.equal(s.hasInScope('span'), true);
  assert.equal(s.hasInScope('p'), false, 'td is a scope boundary');
  assert.equal(s.hasInTableScope('tr'), true, 'td and tr are no table-scope boundaries');
  assert.equal(s.hasInTableScope('p'), false, 'table is one');
  assert.equal(s.hasInScope('div'), false, 'not open at all');

  const list = stackOf('li', 'ul', 'span');
  assert.equal(list.hasInScope('li'), true);
  assert.equal(list.hasInListItemScope('li'), false, 'ul bounds list-item scope');

  const button = stackOf('p', 'button', 'span');
  assert.equal(button.hasInScope('p'), true);
  assert.equal(button.hasInButtonScope('p'), false, 'button bounds button scope');
  assert.equal(stackOf('p', 'span').hasInButtonScope('p'), true);
});

test('generating implied end tags pops p, li, dd ... but not the one excepted', () => {
  let s = stackOf('div', 'li', 'p', 'option');
  s.generateImpliedEndTags();
  assert.equal(names(s), '#root div');
  s = stackOf('div', 'li', 'p');
  s.generateImpliedEndTags('li');
  assert.equal(names(s), '#root div li');
  s = stackOf('li', 'span');
  s.generateImpliedEndTags();
  assert.equal(names(s), '#root li span');
});

test('svg and math make the stack foreign until they close', () => {
  const s = stackOf('div');
  assert.equal(s.inForeign(), false);
  s.push(el('svg'));
  s.push(el('path'));
  assert.equal(s.inForeign(), true);
  s.popUntil('svg');
  assert.equal(s.inForeign(), false);
});
