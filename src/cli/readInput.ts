import { readFileSync, statSync } from 'node:fs';
import { binaryReason } from '../core/textChecks';

export class UsageError extends Error {}

/** A file the CLI could not read as filing text; `reason` is the message without the path. */
export class FileReadError extends UsageError {
  constructor(
    readonly path: string,
    readonly reason: string,
  ) {
    super(`${path}: ${reason}`);
  }
}

/** Larger than this is no filing the engine should hold in one string (V8 strings stop near 512 MB). */
export const MAX_FILE_BYTES = 256 * 1024 * 1024;

/** The CLI's one way to read a filing: a one-line reason for anything that is not a readable text file. */
export function readFilingFile(path: string, maxBytes = MAX_FILE_BYTES): string {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    throw new FileReadError(path, 'no such file');
  }
  if (stat.isDirectory()) throw new FileReadError(path, 'is a directory (inspect takes a file)');
  if (!stat.isFile()) throw new FileReadError(path, 'not a regular file');
  if (stat.size > maxBytes) throw new FileReadError(path, `too large (${stat.size} bytes; the limit is ${maxBytes})`);
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    throw new FileReadError(path, `cannot read (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  const text = bytes.toString('utf8');
  // The extension's check too (core/textChecks), so the CLI and the editor refuse the same files.
  if (binaryReason(text)) throw new FileReadError(path, 'binary file, not filing text');
  return text;
}
