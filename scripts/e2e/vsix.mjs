// Checks what filing-lens.vsix holds before it is installed: every file the extension reads at run time is there,
// and nothing from the allow-list's outside (sources, tests, node_modules, maps) slipped in.
import { readFileSync } from 'node:fs';

/** Entry names of a zip file, read from its central directory (no unzip needed). */
export function zipEntries(path) {
  const buf = readFileSync(path);
  const eocd = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0) throw new Error(`${path} is not a zip file`);
  const count = buf.readUInt16LE(eocd + 10);
  let at = buf.readUInt32LE(eocd + 16);
  const names = [];
  for (let i = 0; i < count; i++) {
    if (buf.readUInt32LE(at) !== 0x02014b50) throw new Error(`${path}: bad central directory entry ${i}`);
    const nameLength = buf.readUInt16LE(at + 28);
    const extraLength = buf.readUInt16LE(at + 30);
    const commentLength = buf.readUInt16LE(at + 32);
    names.push(buf.toString('utf8', at + 46, at + 46 + nameLength));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}

const REQUIRED = [
  'extension/package.json',
  'extension/dist/extension.js',
  'extension/dist/analysisWorker.js',
  'extension/media/panel.css',
  'extension/media/build/panel.js',
  'extension/syntaxes/sec-filing.tmLanguage.json',
  'extension/language-configuration.json',
  'extension/readme.md',
  'extension/LICENSE.txt',
  'extension/docs/rules/percent-of-class.md',
];
const FORBIDDEN =
  /^extension\/(src|test|scripts|node_modules|out|samples|\.ci|media\/src)\/|\.map$|\.ts$|^extension\/dist\/(cli|bench)\.js$/;

/** Throws when the package lacks a run-time file or carries one it should not; returns a one-line description. */
export function verifyVsix(path) {
  const names = zipEntries(path);
  const missing = REQUIRED.filter((n) => !names.includes(n));
  const extra = names.filter((n) => FORBIDDEN.test(n));
  if (missing.length || extra.length) {
    throw new Error(
      `${path}: ${missing.length ? `missing ${missing.join(', ')}` : ''}${missing.length && extra.length ? '; ' : ''}` +
        `${extra.length ? `should not hold ${extra.join(', ')}` : ''}`,
    );
  }
  return `${names.length} entries, ${Math.round(readFileSync(path).length / 1024)} KB, every run-time file present`;
}
