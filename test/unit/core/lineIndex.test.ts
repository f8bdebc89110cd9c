import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LineIndex } from '../../../src/core/lineIndex';

test('maps offsets to 0-based lines and columns across LF and CRLF lines', () => {
  const index = new LineIndex('ab\r\ncd\nef');
  assert.deepEqual(index.position(0), { line: 0, column: 0 });
  assert.deepEqual(index.position(4), { line: 1, column: 0 });
  assert.deepEqual(index.position(8), { line: 2, column: 1 });
  assert.equal(index.lineEnd(0), 2);
  assert.equal(index.offset({ line: 2, column: 1 }), 8);
});
