import { renderFiling } from '../core/render/renderFiling';
import { parseCommand } from './args';
import { readFilingFile, UsageError } from './readInput';

export const RENDER_USAGE = 'render FILE                         an HTML filing (or full submission) as SEC text';

const RENDER_HELP = `Usage: filing-lens render FILE

Prints an HTML filing (or a full submission) as SEC text: the seed-style converted text the editor's
"Open as SEC Text" shows.

Options:
  -h, --help  this help`;

/** `filing-lens render FILE`: prints the seed-style converted text the editor's "Open as SEC Text" shows. */
export function renderCommand(args: string[], out: (s: string) => void): number {
  const { positionals: files } = parseCommand('render', args, {}, RENDER_HELP);
  if (files.length !== 1) throw new UsageError('render takes exactly one FILE');
  const text = readFilingFile(files[0]);
  out(renderFiling(text, files[0]).text);
  return 0;
}
