import { renderFiling } from '../core/render/renderFiling';
import { readFilingFile, UsageError } from './readInput';

export const RENDER_USAGE = 'render FILE                         an HTML filing (or full submission) as SEC text';

/** `filing-lens render FILE`: prints the seed-style converted text the editor's "Open as SEC Text" shows. */
export function renderCommand(args: string[], out: (s: string) => void): number {
  const files = args.filter((a) => !a.startsWith('-'));
  const unknown = args.find((a) => a.startsWith('-'));
  if (unknown) throw new UsageError(`unknown option '${unknown}'`);
  if (files.length !== 1) throw new UsageError('render takes exactly one FILE');
  const text = readFilingFile(files[0]);
  out(renderFiling(text, files[0]).text);
  return 0;
}
