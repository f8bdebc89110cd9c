import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readFilingFile, UsageError } from '../../../src/cli/readInput';
import { binaryReason } from '../../../src/core/textChecks';

test('the CLI refuses exactly the files the extension calls binary: NUL bytes, control characters, invalid UTF-8', () => {
  const dir = mkdtempSync(join(tmpdir(), 'filing-lens-read-'));
  const cases: [string, Buffer][] = [
    ['nul.txt', Buffer.from([0x3c, 0x53, 0, 0x45])],
    ['control.txt', Buffer.from('\u0001\u0002\u0003\u0004 abc')],
    ['latin1-image.txt', Buffer.alloc(64, 0xff)],
    ['filing.txt', Buffer.from('<SEC-DOCUMENT>\r\n<TYPE>10-K\r\n\tNumber\t% of Class\n')],
  ];
  for (const [name, bytes] of cases) {
    const path = join(dir, name);
    writeFileSync(path, bytes);
    const binary = binaryReason(bytes.toString('utf8')) !== undefined;
    if (binary) {
      assert.throws(
        () => readFilingFile(path),
        (e) => e instanceof UsageError && /binary file/.test(e.message),
        name,
      );
    } else assert.equal(readFilingFile(path), bytes.toString('utf8'), name);
    assert.equal(binary, name !== 'filing.txt', name);
  }
});
