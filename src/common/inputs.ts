import { statSync } from 'node:fs';
import { z } from 'zod';
import { parseDuration } from './duration.js';
import { InputError, InputErrors } from './errors.js';

/**
 * Where raw inputs come from: `core.getInput` in an action, flags in the CLI, a map in tests.
 * Returns the raw string ('' when absent), as the runner gives it.
 */
export type InputReader = (name: string) => string;

/** Inputs that the runner gives as `INPUT_<NAME>` environment variables. */
export function envInputReader(env: NodeJS.ProcessEnv = process.env): InputReader {
  return (name) => (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

export function mapInputReader(values: Record<string, string | undefined>): InputReader {
  return (name) => (values[name] ?? '').trim();
}

/** One item a line; blank lines and `#` comments dropped. */
export function splitLines(raw: string): string[] {
  return raw
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];

/** YAML 1.2 core booleans, as `core.getBooleanInput` accepts them. */
export function parseBoolean(input: string, raw: string, fallback: boolean): boolean {
  if (raw === '') return fallback;
  if (TRUE.includes(raw)) return true;
  if (FALSE.includes(raw)) return false;
  throw new InputError(input, raw, 'must be true or false');
}

/** A boolean input's raw text (YAML 1.2 core booleans); read it with isTrue. */
export const booleanField = z
  .string()
  .refine((raw) => TRUE.includes(raw) || FALSE.includes(raw), 'must be true or false');

/** Whether a boolean input's checked text says true. */
export function isTrue(raw: string): boolean {
  return TRUE.includes(raw);
}

/**
 * The rule a duration input breaks (`90s`, `10m`, `1h30m`, within min..max milliseconds), or
 * undefined when it is good; `what` says what the duration is for.
 */
export function durationRule(
  raw: string,
  min: number,
  max: number,
  what?: string
): string | undefined {
  const ms = parseDuration(raw);
  const why = what === undefined ? '' : ` (${what})`;
  if (ms === undefined) return `must be a duration such as 90s, 10m or 1h30m${why}`;
  if (ms < min || ms > max) return `must be between ${min} ms and ${max / 60_000} minutes${why}`;
  return undefined;
}

/** A duration input's zod field, with durationRule's messages. */
export const durationField = (min: number, max: number, what?: string) =>
  z.string().superRefine((raw, ctx) => {
    const rule = durationRule(raw, min, max, what);
    if (rule !== undefined) ctx.addIssue({ code: 'custom', message: rule });
  });

/**
 * Validates raw inputs with a zod schema whose keys are the input names. Every issue becomes an
 * InputError naming the input, its value and the rule, all reported together.
 */
export function parseInputs<S extends z.ZodType>(
  schema: S,
  raw: Record<string, string>
): z.infer<S> {
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  const errors = result.error.issues.map((issue) => {
    const input = String(issue.path[0] ?? '(inputs)');
    return new InputError(input, raw[input] ?? '', issue.message);
  });
  throw new InputErrors(errors);
}

/** Reads the named inputs once into a plain record. */
export function readAll(reader: InputReader, names: readonly string[]): Record<string, string> {
  return Object.fromEntries(names.map((name) => [name, reader(name)]));
}

/**
 * Reads groups of inputs that are checked separately, reporting the bad inputs of every group
 * together, so a user fixes them all in one go.
 */
export function readInputGroups<T extends unknown[]>(
  ...readers: { [K in keyof T]: () => T[K] }
): T {
  const errors: InputError[] = [];
  const values = readers.map((read) => {
    try {
      return read();
    } catch (error) {
      if (error instanceof InputErrors) errors.push(...error.errors);
      else if (error instanceof InputError) errors.push(error);
      else throw error;
      return undefined;
    }
  });
  if (errors.length > 0) throw new InputErrors(errors);
  return values as T;
}

/**
 * What is wrong with a path an input names, in the words of its error (`no such file (path)`,
 * then the hint, e.g. `expected tf-apply's outputs-path`); undefined when it is a file (or, for
 * 'folder', a folder).
 */
export function missingPath(
  path: string,
  kind: 'file' | 'folder',
  hint?: string
): string | undefined {
  let found = false;
  try {
    const stat = statSync(path);
    found = kind === 'file' ? stat.isFile() : stat.isDirectory();
  } catch {
    // Absent, or not readable: not there for this input.
  }
  return found ? undefined : `no such ${kind} (${path})${hint === undefined ? '' : `: ${hint}`}`;
}

/**
 * The path, when it is the file (folder) the input must name; else undefined, with the input's
 * error added to `errors`, so every bad input is reported at once.
 */
export function existingPath(
  errors: InputError[],
  o: { input: string; raw: string; path: string; kind: 'file' | 'folder'; hint?: string }
): string | undefined {
  const problem = missingPath(o.path, o.kind, o.hint);
  if (problem === undefined) return o.path;
  errors.push(new InputError(o.input, o.raw, problem));
  return undefined;
}
