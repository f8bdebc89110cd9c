import { CHECK_USAGE, checkCommand } from './check';
import { inspect } from './inspect';
import { RENDER_USAGE, renderCommand } from './render';
import { SUMMARY_USAGE, summaryCommand } from './summary';
import { UsageError } from './readInput';

const USAGE = `Usage: filing-lens <command> [options] FILE...

Commands:
  ${CHECK_USAGE}
  inspect FILE [--format text|json]   what the engine reads in a filing
  ${RENDER_USAGE}
  ${SUMMARY_USAGE}

Exit codes: 0 clean, 1 findings, 2 usage or read errors.`;

/** Runs one CLI invocation and returns its exit code; `bin/filing-lens.js` calls it. */
export async function main(
  argv: string[],
  out = (s: string) => void process.stdout.write(s + '\n'),
  err = (s: string) => void process.stderr.write(s + '\n'),
): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'inspect': {
        const { files, format } = parseArgs(rest, ['text', 'json']);
        if (files.length !== 1) throw new UsageError('inspect takes exactly one FILE');
        return inspect(files[0], format as 'text' | 'json', out);
      }
      case 'check':
        return checkCommand(rest, out, err);
      case 'summary':
        return summaryCommand(rest, out, err);
      case 'render':
        return renderCommand(rest, out);
      case undefined:
      case '-h':
      case '--help':
        out(USAGE);
        return command === undefined ? 2 : 0;
      default:
        throw new UsageError(`unknown command '${command}'`);
    }
  } catch (e) {
    if (e instanceof UsageError) {
      err(`filing-lens: ${e.message}`);
      return 2;
    }
    err(`filing-lens: internal error: ${(e as Error).stack ?? e}`);
    return 2;
  }
}

function parseArgs(args: string[], formats: string[]): { files: string[]; format: string } {
  const files: string[] = [];
  let format = formats[0];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--format' || a === '-f') {
      format = args[++i];
      if (!formats.includes(format)) throw new UsageError(`--format takes ${formats.join('|')}`);
    } else if (a.startsWith('--format=')) {
      format = a.slice('--format='.length);
      if (!formats.includes(format)) throw new UsageError(`--format takes ${formats.join('|')}`);
    } else if (a.startsWith('-')) {
      throw new UsageError(`unknown option '${a}'`);
    } else files.push(a);
  }
  return { files, format };
}
