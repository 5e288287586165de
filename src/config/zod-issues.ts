import type { z } from 'zod';
import type { ConfigIssue, KeyPath, YamlSource } from './yaml-source.js';

/**
 * The one translation of zod's issues into problems at a file's line: an unknown key on the key
 * itself (with the keys the schema allows there, for a "did you mean"), a missing value said as
 * missing, zod's "Invalid input: expected string, received number" read as "expected string".
 */
export interface ZodIssueWording {
  /** The message of an unknown key, given the keys the schema allows at that place. */
  unknownKey: (key: string, allowed: readonly string[], path: KeyPath) => string;
  /** A key of a record that its key schema refuses. */
  invalidKey?: (key: string, detail: string) => string;
  /** Say a missing required value as missing (`is missing: expected …`), not as a wrong type. */
  sayMissing?: boolean;
  /** Any other issue's message; by default `expected …` from zod's own. */
  message?: (zodMessage: string) => string;
}

/** Places the issues of a failed parse in the source; `at` turns a schema path into the file's. */
export function zodIssues(
  source: YamlSource,
  schema: z.ZodType,
  error: z.ZodError,
  wording: ZodIssueWording,
  at: (path: KeyPath) => KeyPath = (path) => path,
  make: (path: KeyPath, message: string, onKey: boolean) => ConfigIssue = (path, message, onKey) =>
    source.issue(path, message, onKey)
): ConfigIssue[] {
  const issues: ConfigIssue[] = [];
  // The document as data, converted once, and only when an issue asks whether a value is absent.
  let data: { value: unknown } | undefined;
  const parsed = (): unknown => (data ??= { value: source.data() }).value;
  for (const issue of error.issues) {
    const path = issue.path as KeyPath;
    if (issue.code === 'unrecognized_keys') {
      const allowed = keysAt(schema, path);
      for (const key of issue.keys)
        issues.push(make(at([...path, key]), wording.unknownKey(key, allowed, path), true));
    } else if (issue.code === 'invalid_key' && wording.invalidKey !== undefined) {
      const detail = issue.issues[0]?.message ?? issue.message;
      issues.push(make(at(path), wording.invalidKey(String(path.at(-1)), detail), true));
    } else {
      const missing =
        wording.sayMissing === true &&
        issue.code === 'invalid_type' &&
        valueAt(parsed(), at(path)) === undefined;
      issues.push(
        make(
          at(path),
          missing
            ? `is missing: expected ${expected(issue.message)}`
            : (wording.message ?? ((m: string) => `expected ${expected(m)}`))(issue.message),
          false
        )
      );
    }
  }
  return issues;
}

/** zod's "Invalid input: expected string, received undefined" reads as "string". */
export function expected(message: string): string {
  return message.replace(/^Invalid input: expected /, '').replace(/, received \w+$/, '');
}

/** The value at a key path of parsed YAML, or undefined when any step of it is absent. */
export function valueAt(data: unknown, path: KeyPath): unknown {
  let value = data;
  for (const segment of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[segment];
  }
  return value;
}

/**
 * What zod 4 keeps of a schema's structure. zod has no public way to ask which keys an object
 * schema allows at a nested path, so this reads its definition; a test holds it to zod's shape.
 */
interface ZodDef {
  type: string;
  shape?: Record<string, { _zod: { def: ZodDef } }>;
  valueType?: { _zod: { def: ZodDef } };
  innerType?: { _zod: { def: ZodDef } };
  in?: { _zod: { def: ZodDef } };
  element?: { _zod: { def: ZodDef } };
}

/** The keys an object schema allows at a path, for "did you mean" on an unknown key. */
export function keysAt(schema: z.ZodType, path: KeyPath): string[] {
  let def = (schema as unknown as { _zod: { def: ZodDef } })._zod.def;
  const unwrap = () => {
    for (;;) {
      const inner = def.innerType ?? (def.type === 'pipe' ? def.in : undefined);
      if (inner === undefined) return;
      def = inner._zod.def;
    }
  };
  unwrap();
  for (const segment of path) {
    const next =
      def.type === 'object'
        ? def.shape?.[String(segment)]
        : def.type === 'record'
          ? def.valueType
          : def.type === 'array'
            ? def.element
            : undefined;
    if (next === undefined) return [];
    def = next._zod.def;
    unwrap();
  }
  return def.type === 'object' ? Object.keys(def.shape ?? {}) : [];
}
