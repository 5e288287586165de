import type { ParseArgsConfig } from 'node:util';
import { UsageError, type Values } from './command.js';
import { parse } from './legacy.js';

/**
 * Kept for subcommands written before `Command` (see command.ts): the flags of
 * `platformctl <command> <verb> …`, undefined when help was asked for (and printed).
 */
export function verbFlags(
  command: string,
  verb: string,
  args: string[],
  flags: readonly string[],
  usage: string,
  switches: readonly string[] = []
): Values | undefined {
  const [given, ...rest] = args;
  if (given === '--help' || given === 'help') {
    process.stdout.write(usage);
    return undefined;
  }
  if (given !== verb) throw new UsageError(`unknown ${command} command '${given ?? ''}'`, usage);
  const options: ParseArgsConfig['options'] = { help: { type: 'boolean' } };
  for (const name of [...flags, 'format']) options[name] = { type: 'string' };
  for (const name of switches) options[name] = { type: 'boolean' };
  const values = parse(rest, options, usage);
  if (values['help'] === true) {
    process.stdout.write(usage);
    return undefined;
  }
  return values;
}
