import { readFileSync } from 'node:fs';
import { ActionError } from './errors.js';

/**
 * Configuration read strictly: bytes that are not UTF-8 are refused with the file and line (a
 * lenient read turns them into U+FFFD and a key or a name silently changes), and a JSON object
 * with the same key twice is refused naming the key (JSON.parse keeps the last one, so which
 * value counts would depend on the parser).
 */

export class TextEncodingError extends ActionError {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly column: number,
    readonly byte: number
  ) {
    super(
      `${file}:${line}:${column}: byte 0x${byte.toString(16).padStart(2, '0')} is not UTF-8: save the file as UTF-8`
    );
  }
}

const STRICT = new TextDecoder('utf-8', { fatal: true });

/** The offset of the first byte that does not start or continue a valid UTF-8 sequence. */
function firstInvalidByte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    const need =
      b < 0x80
        ? 0
        : b >= 0xc2 && b <= 0xdf
          ? 1
          : b >= 0xe0 && b <= 0xef
            ? 2
            : b >= 0xf0 && b <= 0xf4
              ? 3
              : -1;
    if (need === -1) return i;
    if (need === 0) {
      i++;
      continue;
    }
    // The whole sequence must decode on its own (overlong forms and surrogates are refused too).
    const seq = bytes.subarray(i, i + need + 1);
    try {
      if (seq.length < need + 1) return i;
      STRICT.decode(seq);
    } catch {
      return i;
    }
    i += need + 1;
  }
  return -1;
}

/** Decodes UTF-8, refusing anything else with `file:line:column`. A leading BOM is dropped. */
export function decodeUtf8(bytes: Uint8Array, file: string): string {
  try {
    return STRICT.decode(bytes);
  } catch {
    const at = Math.max(0, firstInvalidByte(bytes));
    const before = bytes.subarray(0, at);
    let line = 1;
    let lineStart = 0;
    for (let i = 0; i < before.length; i++)
      if (before[i] === 0x0a) {
        line++;
        lineStart = i + 1;
      }
    const column = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, at)).length + 1;
    throw new TextEncodingError(file, line, column, bytes[at] ?? 0);
  }
}

/** Reads a configuration file as UTF-8, refusing any other bytes with `file:line:column`. */
export function readUtf8File(path: string, shown: string = path): string {
  return decodeUtf8(readFileSync(path), shown);
}

export interface DuplicateKey {
  key: string;
  line: number;
  column: number;
  /** The keys of the objects it sits in, outermost first. */
  path: string[];
}

/**
 * The first key that appears twice in one object of a JSON text, or undefined. The text is
 * expected to be valid JSON (parse it first); the scan only follows strings and nesting.
 */
export function duplicateJsonKey(text: string): DuplicateKey | undefined {
  type Frame =
    { kind: 'object'; keys: Set<string>; expectKey: boolean; key?: string } | { kind: 'array' };
  const stack: Frame[] = [];
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') {
      line++;
      lineStart = i + 1;
    } else if (c === '{') stack.push({ kind: 'object', keys: new Set(), expectKey: true });
    else if (c === '[') stack.push({ kind: 'array' });
    else if (c === '}' || c === ']') stack.pop();
    else if (c === ',') {
      const top = stack[stack.length - 1];
      if (top?.kind === 'object') top.expectKey = true;
    } else if (c === '"') {
      const start = i;
      for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === '\\') i++;
      const top = stack[stack.length - 1];
      if (top?.kind === 'object' && top.expectKey) {
        const key = JSON.parse(text.slice(start, i + 1)) as string;
        if (top.keys.has(key)) {
          const path = stack
            .slice(0, -1)
            .flatMap((f) => (f.kind === 'object' && f.key !== undefined ? [f.key] : []));
          return { key, line, column: start - lineStart + 1, path };
        }
        top.keys.add(key);
        top.key = key;
        top.expectKey = false;
      }
    }
  }
  return undefined;
}

/** JSON.parse that refuses a key given twice in one object, naming it with its place. */
export class DuplicateKeyError extends ActionError {
  constructor(
    readonly file: string,
    readonly duplicate: DuplicateKey
  ) {
    const where = [...duplicate.path, duplicate.key].join('.');
    super(
      `${file}:${duplicate.line}:${duplicate.column}: the key '${where}' is given twice: keep one, as which value counts would depend on the reader`
    );
  }
}

export function parseJsonStrict(text: string, file: string): unknown {
  const value: unknown = JSON.parse(text);
  const duplicate = duplicateJsonKey(text);
  if (duplicate !== undefined) throw new DuplicateKeyError(file, duplicate);
  return value;
}
