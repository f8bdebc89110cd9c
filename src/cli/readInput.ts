import { readFileSync, statSync } from 'node:fs';

export class UsageError extends Error {}

/** The CLI's one way to read a filing: a one-line reason for anything that is not a readable text file. */
export function readFilingFile(path: string): string {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    throw new UsageError(`${path}: no such file`);
  }
  if (stat.isDirectory()) throw new UsageError(`${path}: is a directory (inspect takes a file)`);
  if (!stat.isFile()) throw new UsageError(`${path}: not a regular file`);
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    throw new UsageError(`${path}: cannot read (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  if (looksBinary(bytes)) throw new UsageError(`${path}: binary file, not filing text`);
  return bytes.toString('utf8');
}

/** NUL bytes or many control characters in the first 8 KB mean binary. */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return n > 0 && control / n > 0.1;
}
