import { neutralizeCommands } from '../common/log.js';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { InputError, InputErrors } from '../common/errors.js';
import { closest } from '../naming/suggest.js';

/** Exit codes: 0 done, 1 the job failed or found a problem, 2 the command line is wrong. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

export type Values = Record<string, string | boolean | (string | boolean)[] | undefined>;

/** A wrong command line: printed with the usage of the command it is about. */
export class UsageError extends Error {
  constructor(
    message: string,
    /** '' for the help of the whole CLI. */
    readonly usage: string = ''
  ) {
    super(message);
    this.name = 'UsageError';
  }
}

/** One flag of a subcommand, as its help shows it and its parser reads it. */
export interface Flag {
  name: string;
  /** What the value is in the help (`DIR`, `tofu|terraform`); absent for a switch. */
  value?: string;
  /** May be given more than once (its values are one item a line for the action's input). */
  multiple?: boolean;
  required?: boolean;
  /** The default, as the help shows it. */
  default?: string;
  description: string;
  /** The action input it fills, when it is not the flag's own name. */
  input?: string;
  /** Older names still accepted, with a warning naming the new one. */
  deprecated?: readonly string[];
}

/**
 * A subcommand: its help is made from these fields, its flags parsed from `flags`, so a new one
 * supplies its text, its flags and `run`, and is registered with one line in main.ts.
 */
export interface Command {
  /** The words after `platformctl`: `plan`, `argocd sync`. */
  name: string;
  /** One line: what it does. */
  summary: string;
  /** The synopsis lines, each without the leading `platformctl <name>`. */
  usage: readonly string[];
  /** Paragraphs after the synopsis. */
  description?: string;
  flags: readonly Flag[];
  /** One or more command lines a user can copy. */
  example: readonly string[];
  /** What the exit codes mean, when more than 0 done, 1 failed, 2 usage error. */
  exitCodes?: string;
  /** Takes the parsed flags (by their current names) and the words after the flags, if allowed. */
  run(values: Values, context: CommandContext): Promise<number>;
  /** Words allowed after the command's name (e.g. `action run NAME`): their names in the usage. */
  positionals?: readonly string[];
  /**
   * Fixed words that come after the name, one at most (`run plan|apply`, `bootstrap [teardown]`):
   * checked before the flags are, handed to `run` as the positionals.
   */
  verbs?: { words: readonly string[]; required: boolean };
  /** Extra text at the end of `--help`, computed when asked for (e.g. the actions and inputs). */
  moreHelp?: () => string;
}

export interface CommandContext {
  positionals: string[];
  /** The command's help text, for the usage errors it raises itself. */
  usage: string;
  /** The flag names the user typed (a deprecated alias, if that was the one), by flag name. */
  typed: Record<string, string>;
}

/** The flags every command takes. */
export const FORMAT_FLAG: Flag = {
  name: 'format',
  value: 'text|json',
  default: 'text',
  description: 'how results are printed on stdout'
};
const HELP_FLAG: Flag = { name: 'help', description: 'this text' };

/**
 * `--format` as a command prints it: a `format` flag among the command's own says what each
 * format shows, or offers more than text and json (`targets` also prints a matrix).
 */
export function formatFlag(description: string, value = FORMAT_FLAG.value): Flag {
  return { ...FORMAT_FLAG, ...(value === undefined ? {} : { value }), description };
}

/** Every flag a command reads: its own, then --format (its own, if it has one) and --help. */
function allFlags(command: Command): Flag[] {
  const own = command.flags.filter((f) => f.name !== 'format');
  return [...own, command.flags.find((f) => f.name === 'format') ?? FORMAT_FLAG, HELP_FLAG];
}

function flagLabel(flag: Flag): string {
  return `--${flag.name}${flag.value === undefined ? '' : ` ${flag.value}`}`;
}

/**
 * Wraps text at `width` columns, the later lines indented by `indent` spaces (not included), the
 * first by `first`.
 */
function wrap(text: string, width: number, indent: number, first = indent): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    const pad = lines.length === 0 ? first : indent;
    if (line !== '' && pad + line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** The `--help` text of a command: usage, flags with their defaults, an example, exit codes. */
export function renderHelp(command: Command): string {
  const prefix = `platformctl ${command.name}`;
  const out: string[] = [`${prefix}: ${command.summary}`, '', 'Usage:'];
  for (const line of command.usage)
    out.push(
      // A line starting with a space goes on the one before it, under its flags.
      line.startsWith(' ')
        ? `  ${' '.repeat(prefix.length + 1)}${line.trim()}`
        : `  ${prefix}${line === '' ? '' : ` ${line}`}`
    );
  for (const paragraph of (command.description ?? '').split(/\n\s*\n/))
    if (paragraph.trim() !== '') out.push('', ...wrap(paragraph, 100, 0));
  const flags = allFlags(command);
  const width = Math.min(28, Math.max(...flags.map((f) => flagLabel(f).length)) + 2);
  out.push('', 'Flags:');
  for (const flag of flags) {
    const notes: string[] = [];
    if (flag.required === true) notes.push('required');
    if (flag.multiple === true) notes.push('repeatable');
    if (flag.default !== undefined) notes.push(`default: ${flag.default}`);
    if (flag.deprecated !== undefined && flag.deprecated.length > 0)
      notes.push(`formerly ${flag.deprecated.map((d) => `--${d}`).join(', ')}`);
    const text = `${flag.description}${notes.length > 0 ? ` (${notes.join('; ')})` : ''}`;
    const label = flagLabel(flag);
    const body = wrap(text, 100, width + 2);
    const first =
      label.length + 2 <= width
        ? `  ${label.padEnd(width)}`
        : `  ${label}\n${' '.repeat(width + 2)}`;
    out.push(`${first}${body[0] ?? ''}`);
    for (const line of body.slice(1)) out.push(`${' '.repeat(width + 2)}${line}`);
  }
  out.push('', 'Example:');
  for (const line of command.example) out.push(`  ${line}`);
  // Lines as the command wrote them; one longer than the others' 100 columns is wrapped.
  const exits = `Exit codes: ${command.exitCodes ?? '0 done, 1 failed, 2 usage error.'}`
    .split('\n')
    .flatMap((line) =>
      line.length <= 100
        ? [line]
        : wrap(line, 100, 12, 0).map((part, j) => (j === 0 ? part : `${' '.repeat(12)}${part}`))
    );
  out.push('', ...exits);
  if (command.moreHelp !== undefined) out.push('', command.moreHelp().trimEnd());
  return `${out.join('\n')}\n`;
}

/** `--flag` of the closest known flag, as a sentence to append, or ''. */
function didYouMean(given: string, known: Iterable<string>, dashes = '--'): string {
  const match = closest(given, known);
  return match === undefined ? '' : `: did you mean ${dashes}${match}?`;
}

export interface ParsedCommandLine {
  values: Values;
  positionals: string[];
  typed: Record<string, string>;
  /** A deprecated name was used: the warnings to print. */
  warnings: string[];
}

/**
 * Reads a command's flags: unknown flags get the closest known one suggested, a deprecated name is
 * read as its flag (with a warning), and every name is one of `command.flags`, `--format`, `--help`.
 */
export function parseCommandLine(command: Command, args: string[]): ParsedCommandLine {
  const usage = renderHelp(command);
  const byName = new Map<string, Flag>();
  for (const flag of allFlags(command)) {
    byName.set(flag.name, flag);
    for (const old of flag.deprecated ?? []) byName.set(old, flag);
  }
  const options: ParseArgsConfig['options'] = {};
  for (const [name, flag] of byName)
    options[name] = {
      type: flag.value === undefined ? 'boolean' : 'string',
      ...(flag.multiple === true ? { multiple: true } : {})
    };
  const names = allFlags(command).map((f) => f.name);
  args = args.map((arg) => (arg === '-h' ? '--help' : arg));
  // Checked before node's parser, which would only say that the option is unknown.
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--') break;
    if (!arg.startsWith('-') || arg === '-') continue;
    const name = arg.replace(/^--?/, '').split('=')[0] ?? '';
    const flag = byName.get(name);
    // The next word is this flag's value, whatever it looks like.
    if (flag?.value !== undefined && !arg.includes('=')) i++;
    if (flag === undefined) {
      const label = arg.startsWith('--') ? `--${name}` : arg;
      throw new UsageError(`${command.name} has no flag ${label}${didYouMean(name, names)}`, usage);
    }
  }
  let parsed;
  try {
    parsed = parseArgs({
      args,
      options,
      allowPositionals: (command.positionals?.length ?? 0) > 0 || command.verbs !== undefined,
      strict: true
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error), usage);
  }
  const values: Values = {};
  const typed: Record<string, string> = {};
  const warnings: string[] = [];
  for (const [name, value] of Object.entries(parsed.values)) {
    const flag = byName.get(name);
    if (flag === undefined || value === undefined) continue;
    if (name !== flag.name) {
      warnings.push(`--${name} is deprecated: use --${flag.name}`);
      if (parsed.values[flag.name] !== undefined)
        throw new UsageError(`give --${flag.name} or --${name}, not both`, usage);
    }
    values[flag.name] = value as Values[string];
    typed[flag.name] = `--${name}`;
  }
  return { values, positionals: parsed.positionals, typed, warnings };
}

/** Fails with the command's usage when the words after its name are not one of its verbs. */
export function checkVerbs(command: Command, positionals: readonly string[]): void {
  const verbs = command.verbs;
  if (verbs === undefined) return;
  const [given, ...extra] = positionals;
  const usage = renderHelp(command);
  const words = verbs.words.join(' or ');
  if (given === undefined) {
    if (verbs.required) throw new UsageError(`${command.name} needs ${words}`, usage);
    return;
  }
  if (!verbs.words.includes(given)) {
    const hint = suggestWord(given, verbs.words);
    throw new UsageError(
      verbs.required
        ? `${command.name} needs ${words}, not '${given}'${hint}`
        : `unknown ${command.name} command '${given}'${hint}`,
      usage
    );
  }
  if (extra.length > 0)
    throw new UsageError(
      `${command.name} takes ${given}, then flags, not '${extra.join(' ')}'`,
      usage
    );
}

/** Fails with the command's usage when any of its required flags was not given. */
export function checkRequired(command: Command, values: Values): void {
  const missing = command.flags
    .filter((f) => f.required === true && values[f.name] === undefined)
    .map((f) => `--${f.name}`);
  if (missing.length > 0)
    throw new UsageError(`${command.name} needs ${missing.join(', ')}`, renderHelp(command));
}

/** The flags as the action's raw inputs (by each flag's `input` name); repeated flags one a line. */
export function flagInputs(
  command: Pick<Command, 'flags'>,
  values: Values
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const flag of command.flags) {
    const value = values[flag.name];
    if (value === undefined || flag.name === 'format') continue;
    out[flag.input ?? flag.name] = Array.isArray(value) ? value.join('\n') : String(value);
  }
  return out;
}

/** `--format`: one of the formats the command's format flag offers, else a usage error. */
export function checkFormat(command: Command, values: Values): string {
  const offered = (allFlags(command).find((f) => f.name === 'format')?.value ?? '').split('|');
  const f = String(values['format'] ?? offered[0] ?? 'text');
  if (!offered.includes(f)) {
    const list = `${offered.slice(0, -1).join(', ')} or ${offered.at(-1) ?? ''}`;
    throw new UsageError(`--format must be ${list}, not '${f}'`, renderHelp(command));
  }
  return f;
}

/** `--format`: text or json, else a usage error. */
export function outputFormat(values: Values, usage: string): 'text' | 'json' {
  const f = values['format'] ?? 'text';
  if (f !== 'text' && f !== 'json')
    throw new UsageError(`--format must be text or json, not '${String(f)}'`, usage);
  return f;
}

/** An input error of the action's reader, told with the flag the user typed instead of the input. */
export class FlagError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FlagError';
  }
}

/**
 * Rewrites an action's input errors (`Input 'facts-file' is …`) to name the flag that fills the
 * input, as the user typed it (`--facts-file is …`); other errors are returned as they are.
 */
export function inFlagTerms(
  command: Command,
  typed: Record<string, string>,
  error: unknown
): unknown {
  const errors =
    error instanceof InputErrors ? error.errors : error instanceof InputError ? [error] : undefined;
  if (errors === undefined) return error;
  const flagOf = new Map<string, { label: string; given: boolean }>();
  for (const flag of command.flags)
    flagOf.set(flag.input ?? flag.name, {
      label: typed[flag.name] ?? `--${flag.name}`,
      given: typed[flag.name] !== undefined
    });
  const lines = errors.map((e) => {
    const flag = flagOf.get(e.input);
    if (flag === undefined) return e.message;
    const value =
      e.value === '' ? 'is empty' : `is '${e.value}'${flag.given ? '' : ' (its default)'}`;
    return `${flag.label} ${value}: ${e.rule}`;
  });
  return new FlagError(lines.join('\n'));
}

/** The closest of several command words, as a sentence to append, or ''. */
export function suggestWord(given: string, words: Iterable<string>): string {
  return didYouMean(given, words, '');
}

/** Outputs as `name: value` lines, or one JSON object. */
export function printOutputs(results: Record<string, string>, how: 'text' | 'json'): void {
  if (how === 'json') process.stdout.write(JSON.stringify(results, null, 2) + '\n');
  else
    for (const [k, v] of Object.entries(results))
      process.stdout.write(`${neutralizeCommands(`${k}: ${v}`)}\n`);
}
