/**
 * The facts change detection needs from a `.tf` file: its backend, its module calls and its
 * `terraform_remote_state` data sources, each with the line it is on.
 *
 * Why a scanner and not the HCL library's wasm build (`@cdktf/hcl2json`): that build takes about
 * 240 ms to load and 0.4 ms a file, so a repository of 1,000 stacks would spend close to a second
 * parsing before any diff is read, and it reports no line numbers for what it returns, while every
 * error here must name file:line. This scanner is a real lexer of HCL's native syntax (quoted
 * templates with nested `${…}`/`%{…}`, heredocs, the three comment forms, brackets across lines),
 * so text in strings and comments is never mistaken for a block; on top of it, it reads blocks
 * and attributes the way HCL's grammar has them and keeps only literal values. A property test
 * checks it against the HCL library on generated files (`__tests__/unit/targets-hcl.test.ts`),
 * and `bench/targets-detect.mjs` prints both timings.
 */

export class HclScanError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly detail: string
  ) {
    super(`${file}:${line}: ${detail}`);
    this.name = 'HclScanError';
  }
}

/** A literal value (a string without interpolation, a number or a bool), or an object of them. */
export type HclValue =
  | { kind: 'literal'; value: string; line: number }
  | { kind: 'object'; entries: Map<string, HclValue>; line: number }
  | { kind: 'expression'; line: number };

export interface HclBlock {
  type: string;
  labels: string[];
  line: number;
  attributes: Map<string, HclValue>;
  blocks: HclBlock[];
}

type TokenKind = 'ident' | 'string' | 'number' | 'punct' | 'newline' | 'heredoc';
interface Token {
  kind: TokenKind;
  value: string;
  line: number;
  /** For strings: true when the string holds no interpolation or directive. */
  literal?: boolean;
}

const IDENT_START = /[A-Za-z_]/;
const IDENT_PART = /[A-Za-z0-9_-]/;

/** Splits HCL native syntax into tokens; comments are dropped, newlines kept (they end attributes). */
export function tokenize(text: string, file: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  let line = 1;
  const n = text.length;

  /** Reads a quoted template starting after its opening quote; returns [decoded, literal]. */
  const readQuoted = (): [string, boolean] => {
    let out = '';
    let literal = true;
    const startLine = line;
    while (i < n) {
      const c = text[i]!;
      if (c === '"') {
        i++;
        return [out, literal];
      }
      if (c === '\n') throw new HclScanError(file, startLine, 'a quoted string is not closed');
      if (c === '\\') {
        const next = text[i + 1] ?? '';
        const escapes: Record<string, string> = { n: '\n', t: '\t', r: '\r', '"': '"', '\\': '\\' };
        if (next in escapes) {
          out += escapes[next];
          i += 2;
          continue;
        }
        if (next === 'u' || next === 'U') {
          const width = next === 'u' ? 4 : 8;
          const hex = text.slice(i + 2, i + 2 + width);
          const code = /^[0-9A-Fa-f]+$/.test(hex) ? parseInt(hex, 16) : NaN;
          if (hex.length !== width || !(code <= 0x10ffff))
            throw new HclScanError(
              file,
              line,
              `invalid escape '\\${next}${hex}' in a quoted string`
            );
          out += String.fromCodePoint(code);
          i += 2 + width;
          continue;
        }
        throw new HclScanError(file, line, `invalid escape '\\${next}' in a quoted string`);
      }
      if ((c === '$' || c === '%') && text[i + 1] === '{') {
        if (text[i - 1] === c && text[i - 2] !== c) {
          // `$${` and `%%{` are the escaped, literal forms: the first sign was already added.
          out += '{';
          i += 2;
          continue;
        }
        literal = false;
        i += 2;
        skipTemplateExpression();
        continue;
      }
      out += c;
      i++;
    }
    throw new HclScanError(file, startLine, 'a quoted string is not closed');
  };

  /** Skips the inside of `${ … }` up to its closing brace, strings and nesting included. */
  const skipTemplateExpression = (): void => {
    let depth = 1;
    const startLine = line;
    while (i < n) {
      const c = text[i]!;
      if (c === '"') {
        i++;
        readQuoted();
        continue;
      }
      if (c === '\n') line++;
      if (c === '{') depth++;
      if (c === '}') {
        depth--;
        if (depth === 0) {
          i++;
          return;
        }
      }
      i++;
    }
    throw new HclScanError(file, startLine, 'a template interpolation is not closed');
  };

  while (i < n) {
    const c = text[i]!;
    if (c === '\n') {
      tokens.push({ kind: 'newline', value: '\n', line });
      line++;
      i++;
    } else if (c === ' ' || c === '\t' || c === '\r' || c === '\uFEFF') {
      i++;
    } else if (c === '#' || (c === '/' && text[i + 1] === '/')) {
      while (i < n && text[i] !== '\n') i++;
    } else if (c === '/' && text[i + 1] === '*') {
      const startLine = line;
      const end = text.indexOf('*/', i + 2);
      if (end < 0) throw new HclScanError(file, startLine, 'a /* comment is not closed');
      for (let k = i; k < end; k++) if (text[k] === '\n') line++;
      i = end + 2;
    } else if (c === '"') {
      const startLine = line;
      i++;
      const [value, literal] = readQuoted();
      tokens.push({ kind: 'string', value, line: startLine, literal });
    } else if (c === '<' && text[i + 1] === '<' && /[-A-Za-z_]/.test(text[i + 2] ?? '')) {
      const startLine = line;
      const match = /^<<(-?)([A-Za-z_][A-Za-z0-9_-]*)[ \t]*\r?\n/.exec(text.slice(i, i + 200));
      if (match === null)
        throw new HclScanError(file, line, 'a heredoc needs its marker and a newline');
      const marker = match[2]!;
      i += match[0].length;
      line++;
      for (;;) {
        if (i >= n) throw new HclScanError(file, startLine, `heredoc ${marker} is not closed`);
        let end = text.indexOf('\n', i);
        if (end < 0) end = n;
        const content = text.slice(i, end).replace(/\r$/, '');
        i = end;
        if (content.trim() === marker) break;
        i++;
        line++;
      }
      tokens.push({ kind: 'heredoc', value: '', line: startLine });
    } else if (IDENT_START.test(c)) {
      const start = i;
      while (i < n && IDENT_PART.test(text[i]!)) i++;
      tokens.push({ kind: 'ident', value: text.slice(start, i), line });
    } else if (/[0-9]/.test(c)) {
      const match = /^[0-9]+(\.[0-9]+)?([eE][+-]?[0-9]+)?/.exec(text.slice(i, i + 64))!;
      tokens.push({ kind: 'number', value: match[0], line });
      i += match[0].length;
    } else {
      const two = text.slice(i, i + 2);
      const value = ['==', '!=', '<=', '>=', '&&', '||', '=>', '...'].includes(two)
        ? two
        : text.slice(i, i + 3) === '...'
          ? '...'
          : c;
      tokens.push({ kind: 'punct', value, line });
      i += value.length;
    }
  }
  return tokens;
}

const OPEN: Record<string, string> = { '{': '}', '[': ']', '(': ')' };

/** Reads the top-level blocks (and attributes) of a file of HCL native syntax. */
export function scanHcl(text: string, file: string): HclBlock[] {
  const tokens = tokenize(text, file);
  let p = 0;
  const peek = (): Token | undefined => tokens[p];
  const lastLine = (): number => tokens[tokens.length - 1]?.line ?? 1;

  const skipNewlines = (): void => {
    while (peek()?.kind === 'newline') p++;
  };

  /** Skips a bracketed run from its opening token (at p) to the matching closing one. */
  const skipBracketed = (): void => {
    const stack: string[] = [];
    const startLine = peek()?.line ?? lastLine();
    do {
      const t = tokens[p];
      if (t === undefined) throw new HclScanError(file, startLine, 'a bracket is not closed');
      if (t.kind === 'punct' && t.value in OPEN) stack.push(OPEN[t.value]!);
      else if (t.kind === 'punct' && (t.value === '}' || t.value === ']' || t.value === ')')) {
        if (stack.pop() !== t.value)
          throw new HclScanError(file, t.line, `unexpected '${t.value}'`);
      }
      p++;
    } while (stack.length > 0);
  };

  /** Whether the `{` at p opens a for expression (`{ for k, v in m : k => v }`), not an object. */
  const isForExpression = (): boolean => {
    let q = p + 1;
    while (tokens[q]?.kind === 'newline') q++;
    const next = tokens[q];
    return next?.kind === 'ident' && next.value === 'for';
  };

  /** An expression up to the end of its line (or a ',' / '}' of an enclosing object). */
  const readExpression = (inObject: boolean): HclValue => {
    const first = peek();
    const line = first?.line ?? lastLine();
    if (first === undefined) throw new HclScanError(file, line, 'an attribute has no value');
    const parts: Token[] = [];
    let object: HclValue | undefined;
    for (;;) {
      const t = peek();
      if (t === undefined || t.kind === 'newline') break;
      if (inObject && t.kind === 'punct' && (t.value === ',' || t.value === '}')) break;
      if (!inObject && t.kind === 'punct' && t.value === '}') break;
      if (t.kind === 'punct' && t.value === '{' && parts.length === 0 && !isForExpression()) {
        object = readObject();
        parts.push(t);
        continue;
      }
      if (t.kind === 'punct' && t.value in OPEN) {
        parts.push(t);
        skipBracketed();
        continue;
      }
      parts.push(t);
      p++;
    }
    if (parts.length === 0) throw new HclScanError(file, line, 'an attribute has no value');
    if (parts.length === 1) {
      const only = parts[0]!;
      if (object !== undefined) return object;
      if (only.kind === 'string' && only.literal === true)
        return { kind: 'literal', value: only.value, line };
      if (only.kind === 'number') return { kind: 'literal', value: only.value, line };
      if (only.kind === 'ident' && (only.value === 'true' || only.value === 'false'))
        return { kind: 'literal', value: only.value, line };
    }
    return { kind: 'expression', line };
  };

  /** An object constructor `{ key = value, … }`, from its opening brace. */
  const readObject = (): HclValue => {
    const line = peek()!.line;
    p++;
    const entries = new Map<string, HclValue>();
    for (;;) {
      while (peek()?.kind === 'newline' || (peek()?.kind === 'punct' && peek()?.value === ',')) p++;
      const t = peek();
      if (t === undefined) throw new HclScanError(file, line, "an object's '{' is not closed");
      if (t.kind === 'punct' && t.value === '}') {
        p++;
        return { kind: 'object', entries, line };
      }
      let key: string | undefined;
      if (t.kind === 'ident' || (t.kind === 'string' && t.literal === true)) {
        key = t.value;
        p++;
      } else if (t.kind === 'punct' && t.value === '(') {
        skipBracketed();
      } else {
        // A computed key: not a literal one, so nothing here is read.
        p++;
      }
      const sep = peek();
      if (sep?.kind !== 'punct' || (sep.value !== '=' && sep.value !== ':')) {
        if (key === undefined) continue;
        throw new HclScanError(file, sep?.line ?? t.line, `object key '${key}' needs '=' or ':'`);
      }
      p++;
      const value = readExpression(true);
      if (key !== undefined) entries.set(key, value);
    }
  };

  /** The body of a block (or the file), up to its closing brace (or the end of the file). */
  const readBody = (
    closed: boolean,
    openLine: number
  ): Omit<HclBlock, 'type' | 'labels' | 'line'> => {
    const attributes = new Map<string, HclValue>();
    const blocks: HclBlock[] = [];
    for (;;) {
      skipNewlines();
      const t = peek();
      if (t === undefined) {
        if (closed) throw new HclScanError(file, openLine, "a block's '{' is not closed");
        return { attributes, blocks };
      }
      if (t.kind === 'punct' && t.value === '}') {
        if (!closed) throw new HclScanError(file, t.line, "unexpected '}'");
        p++;
        return { attributes, blocks };
      }
      if (t.kind !== 'ident')
        throw new HclScanError(
          file,
          t.line,
          `expected an attribute or a block, found '${t.value}'`
        );
      p++;
      const next = peek();
      if (next?.kind === 'punct' && next.value === '=') {
        p++;
        attributes.set(t.value, readExpression(false));
        continue;
      }
      const labels: string[] = [];
      for (;;) {
        const label = peek();
        if (label?.kind === 'string' || label?.kind === 'ident') {
          labels.push(label.value);
          p++;
          continue;
        }
        break;
      }
      const brace = peek();
      if (brace?.kind !== 'punct' || brace.value !== '{')
        throw new HclScanError(file, brace?.line ?? t.line, `block '${t.value}' needs a '{'`);
      p++;
      const body = readBody(true, brace.line);
      blocks.push({ type: t.value, labels, line: t.line, ...body });
    }
  };

  return readBody(false, 1).blocks;
}

/** What a stack or a module declares, as far as change detection is concerned. */
export interface TerraformFacts {
  backend?: { type: string; settings: Record<string, string>; line: number };
  modules: { name: string; source: string | undefined; line: number }[];
  remoteStates: {
    name: string;
    backend: string | undefined;
    settings: Record<string, string>;
    line: number;
  }[];
}

function literalSettings(value: HclValue | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  if (value?.kind !== 'object') return out;
  for (const [k, v] of value.entries) if (v.kind === 'literal') out[k] = v.value;
  return out;
}

function literal(value: HclValue | undefined): string | undefined {
  return value?.kind === 'literal' ? value.value : undefined;
}

/** The facts of one `.tf` file. */
export function terraformFacts(text: string, file: string): TerraformFacts {
  const facts: TerraformFacts = { modules: [], remoteStates: [] };
  for (const block of scanHcl(text, file)) {
    if (block.type === 'terraform') {
      for (const inner of block.blocks) {
        if (inner.type === 'backend' && inner.labels[0] !== undefined) {
          const settings: Record<string, string> = {};
          for (const [k, v] of inner.attributes) if (v.kind === 'literal') settings[k] = v.value;
          facts.backend = { type: inner.labels[0], settings, line: inner.line };
        } else if (inner.type === 'cloud') {
          facts.backend = { type: 'cloud', settings: {}, line: inner.line };
        }
      }
    } else if (block.type === 'module' && block.labels[0] !== undefined) {
      facts.modules.push({
        name: block.labels[0],
        source: literal(block.attributes.get('source')),
        line: block.line
      });
    } else if (
      block.type === 'data' &&
      block.labels[0] === 'terraform_remote_state' &&
      block.labels[1] !== undefined
    ) {
      facts.remoteStates.push({
        name: block.labels[1],
        backend: literal(block.attributes.get('backend')),
        settings: literalSettings(block.attributes.get('config')),
        line: block.line
      });
    }
  }
  return facts;
}

/** The same facts from a `.tf.json` file (no line numbers in JSON's model: line 1). */
export function terraformJsonFacts(text: string, file: string): TerraformFacts {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new HclScanError(file, 1, `not valid JSON: ${(error as Error).message}`);
  }
  const facts: TerraformFacts = { modules: [], remoteStates: [] };
  const asList = (v: unknown): Record<string, unknown>[] =>
    (Array.isArray(v) ? v : [v]).filter(
      (x): x is Record<string, unknown> => typeof x === 'object' && x !== null
    );
  const strings = (v: unknown): Record<string, string> => {
    const out: Record<string, string> = {};
    for (const item of asList(v))
      for (const [k, s] of Object.entries(item)) if (typeof s === 'string') out[k] = s;
    return out;
  };
  const root = asList(json)[0] ?? {};
  for (const terraform of asList(root['terraform'])) {
    for (const backend of asList(terraform['backend'])) {
      const type = Object.keys(backend)[0];
      if (type !== undefined) facts.backend = { type, settings: strings(backend[type]), line: 1 };
    }
    if (terraform['cloud'] !== undefined) facts.backend = { type: 'cloud', settings: {}, line: 1 };
  }
  for (const modules of asList(root['module'])) {
    for (const [name, body] of Object.entries(modules)) {
      const source = asList(body)[0]?.['source'];
      facts.modules.push({
        name,
        source: typeof source === 'string' ? source : undefined,
        line: 1
      });
    }
  }
  for (const data of asList(root['data'])) {
    for (const states of asList(data['terraform_remote_state'])) {
      for (const [name, body] of Object.entries(states)) {
        const first = asList(body)[0] ?? {};
        const backend = first['backend'];
        facts.remoteStates.push({
          name,
          backend: typeof backend === 'string' ? backend : undefined,
          settings: strings(first['config']),
          line: 1
        });
      }
    }
  }
  return facts;
}
