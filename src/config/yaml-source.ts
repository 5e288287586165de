import { existsSync } from 'node:fs';
import { readUtf8File } from '../common/strict-text.js';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import { ActionError } from '../common/errors.js';

/** Where in a file a problem is, 1-based, as an editor shows it. */
export interface Position {
  line: number;
  column: number;
}

/** One problem of a configuration file: where it is, which key, what was expected. */
export interface ConfigIssue {
  file: string;
  /** Absent when the file itself is missing. */
  position?: Position;
  /** The key path, dot-separated; `(root)` for the document itself. */
  path: string;
  message: string;
}

export function formatIssue(issue: ConfigIssue): string {
  const where =
    issue.position === undefined
      ? issue.file
      : `${issue.file}:${issue.position.line}:${issue.position.column}`;
  return `${where}: ${issue.path}: ${issue.message}`;
}

/** A configuration file that cannot be used, with every problem found in it and its siblings. */
export class ConfigError extends ActionError {
  constructor(readonly issues: readonly ConfigIssue[]) {
    super(issues.map(formatIssue).join('\n'));
  }
}

export type KeyPath = readonly PropertyKey[];

export function pathText(path: KeyPath): string {
  return path.length === 0 ? '(root)' : path.map(String).join('.');
}

/** A parsed YAML file that can tell where each key path is. */
export class YamlSource {
  private constructor(
    readonly file: string,
    private readonly doc: Document.Parsed,
    private readonly lines: LineCounter
  ) {}

  /**
   * Reads and parses a file. Syntax errors (duplicate keys included) are a ConfigError at once, as
   * nothing else can be said of the file. A missing optional file gives undefined.
   */
  static read(file: string, options: { optional: boolean }): YamlSource | undefined {
    if (!existsSync(file)) {
      if (options.optional) return undefined;
      throw new ConfigError([{ file, path: '(root)', message: 'the file is missing' }]);
    }
    return YamlSource.parse(file, readUtf8File(file));
  }

  static parse(file: string, text: string): YamlSource {
    const lines = new LineCounter();
    const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
    const source = new YamlSource(file, doc, lines);
    if (doc.errors.length > 0) {
      throw new ConfigError(
        doc.errors.map((error) => ({
          file,
          position: source.at(error.pos[0]),
          path: '(root)',
          message: `not valid YAML: ${error.message}`
        }))
      );
    }
    return source;
  }

  /** The document as plain data; null for an empty file. */
  data(): unknown {
    try {
      return this.doc.toJS({ maxAliasCount: 100 });
    } catch (error) {
      // An alias to no anchor (`*x`) or too many aliases: the parser finds these only here.
      throw new ConfigError([
        {
          file: this.file,
          position: this.at(0),
          path: '(root)',
          message: `not valid YAML: ${error instanceof Error ? error.message : String(error)}`
        }
      ]);
    }
  }

  /**
   * Where a key path is: its value, or its key when `onKey` (a bad or unknown key). A path that
   * does not exist (a missing key) points to the key of its deepest existing parent.
   */
  position(path: KeyPath, onKey = false): Position {
    let node: unknown = this.doc.contents;
    let offset = rangeStart(node) ?? 0;
    let parentKey = 0;
    for (const [index, segment] of path.entries()) {
      const last = index === path.length - 1;
      let next: unknown;
      let keyStart: number | undefined;
      if (isMap(node)) {
        const pair = node.items.find(
          (item) => isScalar(item.key) && String(item.key.value) === String(segment)
        );
        next = pair?.value;
        keyStart = pair === undefined ? undefined : rangeStart(pair.key);
        if (pair === undefined) return this.at(parentKey);
      } else if (isSeq(node)) {
        next = node.items[Number(segment)];
        if (next === undefined) return this.at(parentKey);
      } else {
        return this.at(parentKey);
      }
      if (last && onKey && keyStart !== undefined) return this.at(keyStart);
      parentKey = keyStart ?? rangeStart(next) ?? parentKey;
      node = next;
      offset = rangeStart(next) ?? keyStart ?? offset;
    }
    return this.at(offset);
  }

  private at(offset: number): Position {
    const { line, col } = this.lines.linePos(offset);
    return { line, column: col };
  }

  issue(path: KeyPath, message: string, onKey = false): ConfigIssue {
    return { file: this.file, position: this.position(path, onKey), path: pathText(path), message };
  }
}

function rangeStart(node: unknown): number | undefined {
  if (node !== null && typeof node === 'object' && 'range' in node) {
    const range = (node as { range?: readonly number[] | null }).range;
    return range?.[0];
  }
  return undefined;
}
