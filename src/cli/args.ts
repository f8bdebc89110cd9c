import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './readInput';

type Options = NonNullable<ParseArgsConfig['options']>;

/** Thrown for `--help` / `-h`: the command's usage goes to stdout and the exit code is 0. */
export class HelpRequest extends Error {
  constructor(readonly usage: string) {
    super('help');
  }
}

/**
 * A command's arguments through `node:util` parseArgs (strict: unknown options and missing values are
 * errors), every error turned into one line naming the option and pointing at the command's --help.
 */
export function parseCommand<O extends Options>(command: string, args: string[], options: O, usage: string) {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      options: { ...options, help: { type: 'boolean', short: 'h' } },
      strict: true,
      allowPositionals: true,
    });
  } catch (e) {
    throw new UsageError(
      `${command}: ${argumentError(e as Error & { code?: string })} (see filing-lens ${command} --help)`,
    );
  }
  const values = parsed.values as Partial<Record<keyof O | 'help', string | boolean | string[]>>;
  if (values.help) throw new HelpRequest(usage);
  return { values, positionals: parsed.positionals };
}

/** parseArgs' messages are several sentences; one clause is enough. */
function argumentError(e: Error & { code?: string }): string {
  const option = /'(?:-\w, )?(-[^' <]+)/.exec(e.message)?.[1];
  switch (e.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `unknown option '${option}'`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      if (/does not take an argument/.test(e.message)) return `${option} takes no value`;
      return `${option} needs a value`;
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `unexpected argument`;
    default:
      return e.message.split('\n')[0];
  }
}

/** A value from a fixed set, or a usage error listing the set. */
export function oneOf<T extends string>(
  option: string,
  value: string | undefined,
  allowed: readonly T[],
  fallback: T,
): T {
  if (value === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(value)) {
    throw new UsageError(`${option} takes ${allowed.join('|')}, not '${value}'`);
  }
  return value as T;
}
