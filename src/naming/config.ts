import { join } from 'node:path';
import { z } from 'zod';
import { InputError } from '../common/errors.js';
import { CLOUDS, checkRule } from './rules.js';
import { closest } from './suggest.js';
import { ConfigError, type ConfigIssue, type KeyPath, YamlSource } from './yaml-source.js';

/** The files of a config folder (by default `infrastructure/config/`). */
export const CONFIG_FILES = {
  dictionary: 'dictionary.yaml',
  globals: 'globals.yaml',
  local: 'local.yaml'
} as const;

export const DEFAULT_CONFIG_DIR = 'infrastructure/config';

const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

const NameKeySchema = z
  .string()
  .max(63, 'a name is at most 63 characters')
  .regex(
    DNS_LABEL,
    'a name is lowercase letters, digits and hyphens, starting and ending with a letter or digit'
  );

const EntrySchema = z.strictObject({
  code: z
    .string({ error: 'a short code: 1 to 8 lowercase letters and digits' })
    .regex(/^[a-z0-9]{1,8}$/, 'a short code is 1 to 8 lowercase letters and digits'),
  description: z.string().optional()
});
export type DictionaryEntry = z.infer<typeof EntrySchema>;

const nonEmpty = <T extends z.ZodType>(schema: T, what: string) =>
  z
    .record(NameKeySchema, schema)
    .refine((value) => Object.keys(value).length > 0, `at least one ${what}`);

const DictionarySchema = z.strictObject({
  clouds: nonEmpty(EntrySchema, 'cloud'),
  environments: nonEmpty(EntrySchema, 'environment'),
  regions: z.record(NameKeySchema, nonEmpty(EntrySchema, 'region')),
  business_units: nonEmpty(EntrySchema, 'business unit'),
  apps: nonEmpty(EntrySchema, 'app')
});
export type Dictionary = z.infer<typeof DictionarySchema>;

/** A Kubernetes quantity; YAML may give a plain number (`cpu: 1`). */
const quantity = (pattern: RegExp, example: string) => {
  const error = `a Kubernetes quantity such as ${example}`;
  return z
    .union([z.string().regex(pattern, error), z.number().positive(error)], { error })
    .transform(String);
};
const Cpu = quantity(/^[0-9]+(\.[0-9]+)?m?$/, '"250m" or 1');
const Memory = quantity(/^[0-9]+(\.[0-9]+)?(Ki|Mi|Gi|Ti|Pi|Ei|k|M|G|T|P|E)?$/, '"256Mi"');
const ResourceAmounts = z.strictObject({ cpu: Cpu, memory: Memory });

const SyncSchema = z.strictObject({
  automated: z.boolean(),
  prune: z.boolean(),
  self_heal: z.boolean()
});

const DeploymentDefaults = z.strictObject({
  resources: z.strictObject({ requests: ResourceAmounts, limits: ResourceAmounts }),
  replicas: z
    .int({ error: 'a whole number of replicas, 0 or more' })
    .min(0, 'a whole number of replicas, 0 or more'),
  ingress_class: NameKeySchema,
  sync: SyncSchema
});
export type DeploymentSettings = z.infer<typeof DeploymentDefaults>;

/** The same settings, each optional: what an environment or a repository overrides. */
const DeploymentOverrides = z.strictObject({
  resources: z
    .strictObject({ requests: ResourceAmounts.partial(), limits: ResourceAmounts.partial() })
    .partial()
    .optional(),
  replicas: DeploymentDefaults.shape.replicas.optional(),
  ingress_class: NameKeySchema.optional(),
  sync: SyncSchema.partial().optional()
});
export type DeploymentOverrides = z.infer<typeof DeploymentOverrides>;

const OrgSchema = z
  .string({ error: 'the org: lowercase letters and digits, starting with a letter' })
  .regex(
    /^[a-z][a-z0-9]{0,62}$/,
    'the org is 1 to 63 lowercase letters and digits, starting with a letter'
  );

const BaseDomainSchema = z
  .string({ error: 'a DNS domain such as example.com' })
  .superRefine((value, ctx) => {
    const failure = checkRule('dns-host', value)[0];
    if (failure !== undefined)
      ctx.addIssue({
        code: 'custom',
        message: `a DNS domain such as example.com: ${failure.detail}`
      });
  });

const RegistrySchema = z
  .string({ error: 'a registry host and optional path such as ghcr.io/acme' })
  .regex(
    /^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*(:[0-9]+)?(\/[a-z0-9]+((\.|_|__|-+)[a-z0-9]+)*)*$/,
    'a registry host and optional path of lowercase letters and digits, such as ghcr.io/acme'
  );

const GlobalsSchema = z.strictObject({
  org: OrgSchema,
  base_domain: BaseDomainSchema,
  /** Defaults to `ghcr.io/<org>`. */
  registry: RegistrySchema.optional(),
  defaults: DeploymentDefaults,
  environments: z.record(NameKeySchema, DeploymentOverrides).optional()
});
export type Globals = z.infer<typeof GlobalsSchema>;

const LocalSchema = DeploymentOverrides.extend({
  base_domain: BaseDomainSchema.optional(),
  registry: RegistrySchema.optional()
});
export type LocalOverrides = z.infer<typeof LocalSchema>;

/** A validated config folder. */
export interface Config {
  dir: string;
  dictionary: Dictionary;
  globals: Globals;
  /** local.yaml, when the repository has one. */
  local: LocalOverrides | undefined;
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
  if (globals !== undefined && dictionary !== undefined && globalsSource !== undefined) {
    for (const env of Object.keys(globals.environments ?? {})) {
      const known = Object.keys(dictionary.environments);
      if (!known.includes(env))
        issues.push(
          globalsSource.issue(
            ['environments', env],
            unknownMessage('an environment of dictionary.yaml', env, known),
            true
          )
        );
    }
  }
  // An empty local.yaml is no override at all.
  const local =
    localSource && localSource.data() === null
      ? {}
      : localSource && validate(localSource, LocalSchema, issues);

  if (issues.length > 0 || dictionary === undefined || globals === undefined)
    throw new ConfigError(issues);
  return { dir: configDir, dictionary, globals, local };
}

/** "is not X; expected one of a, b. Did you mean "a"?" */
export function unknownMessage(what: string, given: string, allowed: readonly string[]): string {
  const suggestion = closest(given, allowed);
  return (
    `${JSON.stringify(given)} is not ${what}; expected one of ${[...allowed].sort().join(', ')}` +
    (suggestion === undefined ? '' : `. Did you mean ${JSON.stringify(suggestion)}?`)
  );
}

function validate<S extends z.ZodType>(
  source: YamlSource,
  schema: S,
  issues: ConfigIssue[]
): z.infer<S> | undefined {
  const result = schema.safeParse(source.data());
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const path = issue.path as KeyPath;
    if (issue.code === 'unrecognized_keys') {
      const allowed = keysAt(schema, path);
      for (const key of issue.keys)
        issues.push(
          source.issue([...path, key], unknownMessage('a known key', key, allowed), true)
        );
    } else if (issue.code === 'invalid_key') {
      const detail = issue.issues[0]?.message ?? issue.message;
      issues.push(
        source.issue(
          path,
          `the key ${JSON.stringify(String(path.at(-1)))} is not valid: ${detail}`,
          true
        )
      );
    } else {
      const missing = issue.code === 'invalid_type' && valueAt(source.data(), path) === undefined;
      issues.push(
        source.issue(
          path,
          missing
            ? `is missing: expected ${expected(issue.message)}`
            : `expected ${expected(issue.message)}`
        )
      );
    }
  }
  return undefined;
}

/** zod's "Invalid input: expected string, received undefined" reads as "string". */
function expected(message: string): string {
  return message.replace(/^Invalid input: expected /, '').replace(/, received \w+$/, '');
}

function valueAt(data: unknown, path: KeyPath): unknown {
  let value = data;
  for (const segment of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[segment];
  }
  return value;
}

interface ZodDef {
  type: string;
  shape?: Record<string, { _zod: { def: ZodDef } }>;
  valueType?: { _zod: { def: ZodDef } };
  innerType?: { _zod: { def: ZodDef } };
  in?: { _zod: { def: ZodDef } };
  element?: { _zod: { def: ZodDef } };
}

/** The keys an object schema allows at a path, for "did you mean" on an unknown key. */
function keysAt(schema: z.ZodType, path: KeyPath): string[] {
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
  for (const cloud of Object.keys(dictionary.regions)) {
    if (!clouds.includes(cloud))
      issues.push(
        source.issue(
          ['regions', cloud],
          unknownMessage('a cloud of this dictionary', cloud, clouds),
          true
        )
      );
  }
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

/** Deployment settings for one environment, with the org, domain and registry names are built from. */
export interface Settings extends DeploymentSettings {
  org: string;
  base_domain: string;
  registry: string;
}

/** The base domain: local.yaml over globals.yaml. */
export function baseDomain(config: Config): string {
  return config.local?.base_domain ?? config.globals.base_domain;
}

/** The registry: local.yaml over globals.yaml over `ghcr.io/<org>`. */
export function registry(config: Config, org: string = config.globals.org): string {
  return config.local?.registry ?? config.globals.registry ?? `ghcr.io/${org}`;
}

/**
 * The settings of one environment: local.yaml over the environment's override in globals.yaml over
 * the defaults of globals.yaml, key by key (an override of `resources.limits.cpu` keeps the rest).
 * An environment the dictionary does not list is an InputError.
 */
export function resolveSettings(config: Config, env: string): Settings {
  const known = Object.keys(config.dictionary.environments);
  if (!known.includes(env))
    throw new InputError(
      'env',
      env,
      unknownMessage('an environment of dictionary.yaml', env, known)
    );
  const { defaults, environments } = config.globals;
  const local: Plain = { ...config.local };
  // Not deployment settings: they name things (see baseDomain and registry).
  delete local['base_domain'];
  delete local['registry'];
  const merged = merge(merge(defaults, environments?.[env]), local) as DeploymentSettings;
  return {
    ...merged,
    org: config.globals.org,
    base_domain: baseDomain(config),
    registry: registry(config)
  };
}

type Plain = Record<string, unknown>;
const isPlain = (value: unknown): value is Plain =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

function merge(base: Plain, override: Plain | undefined): Plain {
  const result: Plain = { ...base };
  for (const [key, value] of Object.entries(override ?? {})) {
    if (value === undefined) continue;
    const current = result[key];
    result[key] = isPlain(current) && isPlain(value) ? merge(current, value) : value;
  }
  return result;
}
