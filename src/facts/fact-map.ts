import { existsSync } from 'node:fs';
import { readUtf8File } from '../common/strict-text.js';
import { ActionError } from '../common/errors.js';
import { ConfigError, formatIssue, YamlSource, type ConfigIssue } from '../config/yaml-source.js';

/**
 * Runtime facts as plain values by name, for checks that refer to them (`${facts.a.b}`). Two
 * shapes are read: tf-apply's outputs file (the engine's `output -json`, `{name: {sensitive, type,
 * value}}`), the `facts.yaml` publish-runtime-facts writes (`facts` and `provenance` blocks: the
 * facts are read from the top, `provenance.*` beside them) and any plain mapping of facts. A sensitive output is kept out: only its name is known, so that a
 * reference to it fails instead of printing it.
 */
export interface FactMap {
  file: string;
  /** Which shape the file had. */
  shape: 'engine-outputs' | 'published' | 'mapping';
  values: Readonly<Record<string, unknown>>;
  /** Names of the sensitive outputs, whose values were not read. */
  sensitive: ReadonlySet<string>;
}

/** Reads a facts file; `shown` is what errors call it (a path relative to the workspace). */
/** The facts file is missing, not YAML or JSON, or not a mapping. */
export class FactMapError extends ActionError {
  constructor(readonly issues: readonly ConfigIssue[]) {
    super(`The facts file cannot be read:\n${issues.map((i) => `  ${formatIssue(i)}`).join('\n')}`);
  }
}

/** What a facts file is, as the errors about one name it. */
export const FACTS_FILE = "tf-apply's outputs-path or a published facts.yaml";

export function readFactMap(file: string, shown = file): FactMap {
  if (!existsSync(file))
    throw new FactMapError([
      {
        file: shown,
        path: '(root)',
        message: `the file is missing: expected ${FACTS_FILE}`
      }
    ]);
  return parseFactMap(shown, readUtf8File(file, shown));
}

/** JSON is YAML: one parser reads both shapes, and says where a syntax error is. */
export function parseFactMap(file: string, text: string): FactMap {
  let data: unknown;
  try {
    data = YamlSource.parse(file, text).data();
  } catch (error) {
    if (error instanceof ConfigError) throw new FactMapError(error.issues);
    throw error;
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data))
    throw new FactMapError([
      {
        file,
        path: '(root)',
        message: 'expected a mapping of facts by name, or the engine outputs by name'
      }
    ]);
  const entries = Object.entries(data as Record<string, unknown>);
  if (entries.length > 0 && entries.every(([, v]) => isEngineOutput(v))) {
    const values: Record<string, unknown> = {};
    const sensitive = new Set<string>();
    for (const [name, output] of entries as [string, EngineOutput][]) {
      if (output.sensitive) sensitive.add(name);
      else values[name] = output.value;
    }
    return { file, shape: 'engine-outputs', values, sensitive };
  }
  const mapping = data as Record<string, unknown>;
  if (isPublishedFacts(mapping)) {
    const values = { ...mapping.facts, provenance: mapping.provenance };
    return { file, shape: 'published', values, sensitive: new Set() };
  }
  return { file, shape: 'mapping', values: mapping, sensitive: new Set() };
}

type Mapping = Record<string, unknown>;

function isMapping(value: unknown): value is Mapping {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** The file publish-runtime-facts writes: exactly a `facts` and a `provenance` mapping. */
function isPublishedFacts(data: Mapping): data is { facts: Mapping; provenance: Mapping } {
  const keys = Object.keys(data).sort();
  return (
    keys.length === 2 &&
    keys[0] === 'facts' &&
    keys[1] === 'provenance' &&
    isMapping(data['facts']) &&
    isMapping(data['provenance'])
  );
}

interface EngineOutput {
  sensitive: boolean;
  value: unknown;
}

function isEngineOutput(value: unknown): value is EngineOutput {
  return (
    value !== null &&
    typeof value === 'object' &&
    !Array.isArray(value) &&
    typeof (value as Record<string, unknown>)['sensitive'] === 'boolean' &&
    'value' in value
  );
}

/** Why a dotted path names no usable fact. */
export type FactLookup =
  { found: true; value: unknown } | { found: false; reason: 'sensitive' | 'missing'; at: string };

/** The value at a dotted path (`a.b.0`): into mappings by key and into lists by index. */
export function lookupFact(facts: FactMap, path: string): FactLookup {
  const segments = path.split('.');
  const [first] = segments;
  if (first !== undefined && facts.sensitive.has(first))
    return { found: false, reason: 'sensitive', at: first };
  let node: unknown = facts.values;
  const walked: string[] = [];
  for (const segment of segments) {
    walked.push(segment);
    if (Array.isArray(node) && /^\d+$/.test(segment) && Number(segment) < node.length) {
      node = node[Number(segment)];
    } else if (
      node !== null &&
      typeof node === 'object' &&
      !Array.isArray(node) &&
      Object.hasOwn(node, segment)
    ) {
      node = (node as Record<string, unknown>)[segment];
    } else {
      return { found: false, reason: 'missing', at: walked.join('.') };
    }
  }
  return { found: true, value: node };
}
