import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parsePanelMessage } from '../../../src/report/messages';

test('accepts a reveal message with integer bounds in order', () => {
  assert.deepEqual(parsePanelMessage({ type: 'reveal', start: 3, end: 9 }), { type: 'reveal', start: 3, end: 9 });
  assert.deepEqual(parsePanelMessage({ type: 'reveal', start: 0, end: 0 }), { type: 'reveal', start: 0, end: 0 });
  assert.deepEqual(parsePanelMessage({ type: 'ready' }), { type: 'ready' });
});

test('refuses reveal messages with bad, reversed or non-integer bounds', () => {
  for (const m of [
    { type: 'reveal', start: 9, end: 3 },
    { type: 'reveal', start: -1, end: 3 },
    { type: 'reveal', start: 1.5, end: 3 },
    { type: 'reveal', start: '1', end: 3 },
    { type: 'reveal', start: 1, end: Number.POSITIVE_INFINITY },
    { type: 'reveal', start: 1, end: 2 ** 40 },
    { type: 'reveal', start: 1 },
  ]) {
    assert.equal(parsePanelMessage(m), undefined, JSON.stringify(m));
  }
});

test('refuses unknown types, extra keys and anything that is not a plain object', () => {
  for (const m of [
    null,
    undefined,
    'reveal',
    42,
    [],
    ['reveal'],
    { type: 'command', command: 'workbench.action.terminal.new' },
    { type: 'open', path: '/etc/passwd' },
    { type: 'reveal', start: 1, end: 2, uri: 'file:///etc/passwd' },
    { type: 'ready', extra: true },
    { type: 'toString' },
  ]) {
    assert.equal(parsePanelMessage(m), undefined, JSON.stringify(m));
  }
});
