import { readFileSync, statSync } from 'node:fs';
import { binaryReason } from '../core/textChecks';

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
  const text = bytes.toString('utf8');
  // The extension's check too (core/textChecks), so the CLI and the editor refuse the same files.
  if (binaryReason(text)) throw new UsageError(`${path}: binary file, not filing text`);
  return text;
}
