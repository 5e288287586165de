/**
 * Reading a naming config folder: each file parsed as YAML and validated against its schema
 * (schema.ts), then what a schema cannot say alone (known clouds, unique codes, environments of the
 * dictionary), every problem of every file reported at once.
 */
import { join } from 'node:path';
import type { z } from 'zod';
import { CLOUDS } from './contract.js';
import { unknownMessage } from './suggest.js';
import {
  DictionarySchema,
  GlobalsSchema,
  LocalSchema,
  type Dictionary,
  type DictionaryEntry,
  type Globals,
  type LocalOverrides
} from './schema.js';
import { zodIssues } from '../config/zod-issues.js';
import { ConfigError, type ConfigIssue, type KeyPath, YamlSource } from '../config/yaml-source.js';

/** The files of a config folder (by default `infrastructure/config/`). */
export const CONFIG_FILES = {
  dictionary: 'dictionary.yaml',
  globals: 'globals.yaml',
  local: 'local.yaml'
} as const;

export const DEFAULT_CONFIG_DIR = 'infrastructure/config';

/** A validated config folder. */
export interface Config {
  dir: string;
  dictionary: Dictionary;
  globals: Globals;
  /** local.yaml, when the repository has one. */
  local: LocalOverrides | undefined;
  /** The parsed files, to point at the line a setting came from (see settingIssue). */
  sources?: { globals: YamlSource; local: YamlSource | undefined };
}

/**
 * Reads and validates a config folder (by default `infrastructure/config`, from the working
 * directory): `dictionary.yaml` and `globals.yaml` (required) and `local.yaml` (optional). Every problem of every file is reported at once, each with its file,
 * line and column, key path and what was expected.
 */
export function loadConfig(configDir: string = DEFAULT_CONFIG_DIR): Config {
  const issues: ConfigIssue[] = [];
  const read = (name: string, optional: boolean): YamlSource | undefined => {
    try {
      return YamlSource.read(join(configDir, name), { optional });
    } catch (error) {
      if (error instanceof ConfigError) {
        issues.push(...error.issues);
        return undefined;
      }
      throw error;
    }
  };
  const dictionarySource = read(CONFIG_FILES.dictionary, false);
  const globalsSource = read(CONFIG_FILES.globals, false);
  const localSource = read(CONFIG_FILES.local, true);

  const dictionary = dictionarySource && validate(dictionarySource, DictionarySchema, issues);
  if (dictionary !== undefined && dictionarySource !== undefined)
    issues.push(...dictionaryIssues(dictionary, dictionarySource));
  const globals = globalsSource && validate(globalsSource, GlobalsSchema, issues);
  if (globals !== undefined && dictionary !== undefined && globalsSource !== undefined)
    issues.push(
      ...unknownKeys(
        globalsSource,
        'environments',
        Object.keys(globals.environments ?? {}),
        'an environment of dictionary.yaml',
        Object.keys(dictionary.environments)
      )
    );
  // An empty local.yaml is no override at all.
  const local =
    localSource && localSource.data() === null
      ? {}
      : localSource && validate(localSource, LocalSchema, issues);

  if (issues.length > 0 || dictionary === undefined || globals === undefined)
    throw new ConfigError(issues);
  return {
    dir: configDir,
    dictionary,
    globals,
    local,
    ...(globalsSource === undefined
      ? {}
      : { sources: { globals: globalsSource, local: localSource } })
  };
}

function validate<S extends z.ZodType>(
  source: YamlSource,
  schema: S,
  issues: ConfigIssue[]
): z.infer<S> | undefined {
  const result = schema.safeParse(source.data());
  if (result.success) return result.data;
  issues.push(
    ...zodIssues(source, schema, result.error, {
      unknownKey: (key, allowed) => unknownMessage('a known key', key, allowed),
      invalidKey: (key, detail) => `the key ${JSON.stringify(key)} is not valid: ${detail}`,
      sayMissing: true
    })
  );
  return undefined;
}

/** What the schema cannot say alone: clouds this library knows, regions of known clouds, unique codes. */
function dictionaryIssues(dictionary: Dictionary, source: YamlSource): ConfigIssue[] {
  const issues: ConfigIssue[] = [];
  const clouds = Object.keys(dictionary.clouds);
  for (const cloud of clouds) {
    if (!(CLOUDS as readonly string[]).includes(cloud))
      issues.push(
        source.issue(
          ['clouds', cloud],
          unknownMessage('a cloud this library has naming rules for', cloud, CLOUDS),
          true
        )
      );
    else if (dictionary.regions[cloud] === undefined)
      issues.push(
        source.issue(
          ['clouds', cloud],
          `has no regions: expected regions.${cloud} with at least one region`,
          true
        )
      );
  }
  issues.push(
    ...unknownKeys(
      source,
      'regions',
      Object.keys(dictionary.regions),
      'a cloud of this dictionary',
      clouds
    )
  );
  const sections: [KeyPath, Record<string, DictionaryEntry>][] = [
    [['clouds'], dictionary.clouds],
    [['environments'], dictionary.environments],
    ...Object.entries(dictionary.regions).map(
      ([cloud, regions]): [KeyPath, Record<string, DictionaryEntry>] => [
        ['regions', cloud],
        regions
      ]
    ),
    [['business_units'], dictionary.business_units],
    [['apps'], dictionary.apps]
  ];
  // Two entries with one code would derive the same names for different things.
  for (const [path, entries] of sections) {
    const seen = new Map<string, string>();
    for (const [name, entry] of Object.entries(entries)) {
      const first = seen.get(entry.code);
      if (first === undefined) seen.set(entry.code, name);
      else
        issues.push(
          source.issue(
            [...path, name, 'code'],
            `the code ${JSON.stringify(entry.code)} is already the code of ${[...path, first].join('.')}: expected a code unique in ${path.join('.')}`
          )
        );
    }
  }
  return issues;
}

/** An issue at each key of a section that is not one of the allowed, suggesting the closest. */
function unknownKeys(
  source: YamlSource,
  section: string,
  keys: readonly string[],
  what: string,
  allowed: readonly string[]
): ConfigIssue[] {
  return keys
    .filter((key) => !allowed.includes(key))
    .map((key) => source.issue([section, key], unknownMessage(what, key, allowed), true));
}
