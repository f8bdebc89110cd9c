import { test } from 'node:test';
import assert from 'node:assert/strict';
import { binaryReason } from '../../../src/core/textChecks';

test('calls text with NUL bytes or mostly control characters binary, and filing text not', () => {
  assert.match(binaryReason('%PDF-1.4\u0000\u0001stream') ?? '', /NUL/);
  assert.match(binaryReason('\u0001\u0002\u0003\u0004\ufffd\ufffd\ufffd abc') ?? '', /control/);
  assert.equal(binaryReason('<SEC-DOCUMENT>\r\n<TYPE>10-K\r\n\tNumber\t% of Class\n'), undefined);
  assert.equal(binaryReason(''), undefined);
  assert.equal(binaryReason('\uFEFFACME CORP\n\nForm 10-K\n'), undefined);
});
