import { CHECK_USAGE, checkCommand } from './check';
import { inspect } from './inspect';
import { RENDER_USAGE, renderCommand } from './render';
import { SUMMARY_USAGE, summaryCommand } from './summary';
import { HelpRequest, oneOf, parseCommand } from './args';
import { UsageError } from './readInput';

const INSPECT_HELP = `Usage: filing-lens inspect FILE [--format text|json]

What the engine reads in one filing: format, metadata, documents, sections, tables, footnotes.

Options:
  -f, --format text|json  text: a few lines of counts (default); json: the whole analysis, every span
                          with 1-based line/column twins
  -h, --help              this help`;

const USAGE = `Usage: filing-lens <command> [options] FILE...

Commands:
  ${CHECK_USAGE}
  inspect FILE [--format text|json]   what the engine reads in a filing
  ${RENDER_USAGE}
  ${SUMMARY_USAGE}

filing-lens COMMAND --help shows a command's options.
Exit codes: 0 clean, 1 findings, 2 usage or read errors.`;

/** Runs one CLI invocation and returns its exit code; `bin/filing-lens.js` calls it. */
export async function main(
  argv: string[],
  out = (s: string) => void process.stdout.write(s + '\n'),
  err = (s: string) => void process.stderr.write(s + '\n'),
  stdin?: () => string,
): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'inspect': {
        const { values, positionals } = parseCommand(
          'inspect',
          rest,
          { format: { type: 'string', short: 'f' } },
          INSPECT_HELP,
        );
        const format = oneOf('--format', values.format as string | undefined, ['text', 'json'] as const, 'text');
        if (positionals.length !== 1) throw new UsageError('inspect takes exactly one FILE');
        return inspect(positionals[0], format, out);
      }
      case 'check':
        return checkCommand(rest, out, err, undefined, stdin);
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
    if (e instanceof HelpRequest) {
      out(e.usage);
      return 0;
    }
    if (e instanceof UsageError) {
      err(`filing-lens: ${e.message}`);
      return 2;
    }
    err(`filing-lens: internal error: ${(e as Error).stack ?? e}`);
    return 2;
  }
}
