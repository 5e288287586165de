import { parseArgs, type ParseArgsConfig } from 'node:util';
import { errorMessage } from '../common/errors.js';
import { EXIT, outputFormat, printOutputs, UsageError, type Values } from './command.js';

export { EXIT, UsageError, type Values };

// Kept for subcommands written against the first CLI helpers: prefer a Command and its flags.

/** Node's parser with strict flags; a bad flag is a usage error with the given usage. */
export function parse(args: string[], options: ParseArgsConfig['options'], usage = ''): Values {
  try {
    return parseArgs({ args, options, allowPositionals: false, strict: true }).values as Values;
  } catch (error) {
    throw new UsageError(errorMessage(error), usage);
  }
}

/** Flags as the actions' raw inputs: repeated flags become one item a line. */
export function asInputs(
  values: Values,
  rename: Record<string, string> = {}
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [flag, value] of Object.entries(values)) {
    if (flag === 'format' || flag === 'help' || value === undefined) continue;
    out[rename[flag] ?? flag] = Array.isArray(value) ? value.join('\n') : String(value);
  }
  return out;
}

export function format(values: Values, usage = ''): 'text' | 'json' {
  return outputFormat(values, usage);
}

export const print = printOutputs;

/** Fails with the command's usage when any of the required flags was not given. */
export function requireFlags(
  values: Values,
  required: readonly string[],
  command: string,
  usage: string
): void {
  const missing = required.filter((name) => values[name] === undefined);
  if (missing.length > 0)
    throw new UsageError(`${command} needs ${missing.map((n) => `--${n}`).join(', ')}`, usage);
}
