import { join } from 'node:path';
import { z } from 'zod';
import { InputError } from '../common/errors.js';
import { CLOUDS, checkRule } from './rules.js';
import { closest } from './suggest.js';
import { valueAt, zodIssues } from '../config/zod-issues.js';
import {
  ConfigError,
  pathText,
  type ConfigIssue,
  type KeyPath,
  YamlSource
} from '../config/yaml-source.js';

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

const wholeNumber = (min: number, max: number | undefined, what: string) => {
  const error =
    max === undefined ? `${what}: a whole number, ${min} or more` : `${what}: ${min} to ${max}`;
  const n = z.int({ error }).min(min, error);
  return max === undefined ? n : n.max(max, error);
};

/**
 * A KEDA ScaledObject for the app (keda-scaledobject.yaml), on CPU and optionally memory
 * utilisation. Every key is optional at every level; KEDA_DEFAULTS fills what no file sets.
 */
const KedaBlock = z
  .strictObject({
    enabled: z.boolean(),
    // CPU and memory triggers cannot scale to zero: KEDA needs at least one replica for them.
    min_replicas: wholeNumber(1, undefined, 'the fewest replicas'),
    max_replicas: wholeNumber(1, undefined, 'the most replicas'),
    cpu_utilization: wholeNumber(1, 100, 'a target CPU utilisation in percent'),
    memory_utilization: wholeNumber(1, 100, 'a target memory utilisation in percent')
  })
  .partial();

const CAPACITY_TYPES = ['on-demand', 'spot', 'reserved'] as const;
const ARCHITECTURES = ['amd64', 'arm64'] as const;

/** A Karpenter NodePool for the app (karpenter-nodepool.yaml): AWS only. */
const KarpenterBlock = z
  .strictObject({
    enabled: z.boolean(),
    /** The EC2NodeClass the pool's nodes are made from. */
    node_class: NameKeySchema,
    capacity_types: z
      .array(z.enum(CAPACITY_TYPES, { error: `one of ${CAPACITY_TYPES.join(', ')}` }))
      .min(1, `at least one of ${CAPACITY_TYPES.join(', ')}`),
    architectures: z
      .array(z.enum(ARCHITECTURES, { error: `one of ${ARCHITECTURES.join(', ')}` }))
      .min(1, `at least one of ${ARCHITECTURES.join(', ')}`),
    /** The most CPU and memory the pool's nodes may add up to. */
    cpu_limit: quantity(/^[0-9]+(\.[0-9]+)?m?$/, '"64" or "64000m"'),
    memory_limit: quantity(/^[0-9]+(\.[0-9]+)?(Ki|Mi|Gi|Ti|Pi|Ei|k|M|G|T|P|E)?$/, '"256Gi"'),
    consolidate_after: z
      .string({ error: 'a duration such as 30s, 5m or 1h, or Never' })
      .regex(/^(Never|([0-9]+(s|m|h))+)$/, 'a duration such as 30s, 5m or 1h, or Never')
  })
  .partial();

const DeploymentDefaults = z.strictObject({
  resources: z.strictObject({ requests: ResourceAmounts, limits: ResourceAmounts }),
  replicas: z
    .int({ error: 'a whole number of replicas, 0 or more' })
    .min(0, 'a whole number of replicas, 0 or more'),
  ingress_class: NameKeySchema,
  sync: SyncSchema,
  keda: KedaBlock.optional(),
  karpenter: KarpenterBlock.optional()
});

export interface KedaSettings {
  enabled: boolean;
  min_replicas: number;
  max_replicas: number;
  cpu_utilization: number;
  memory_utilization?: number;
}

export interface KarpenterSettings {
  enabled: boolean;
  node_class: string;
  capacity_types: (typeof CAPACITY_TYPES)[number][];
  architectures: (typeof ARCHITECTURES)[number][];
  cpu_limit?: string;
  memory_limit?: string;
  consolidate_after: string;
}

/** What a config that says nothing of KEDA or Karpenter gets: both off. */
export const KEDA_DEFAULTS: KedaSettings = {
  enabled: false,
  min_replicas: 1,
  max_replicas: 10,
  cpu_utilization: 80
};
export const KARPENTER_DEFAULTS: KarpenterSettings = {
  enabled: false,
  node_class: 'default',
  capacity_types: ['on-demand'],
  architectures: ['amd64'],
  consolidate_after: '1m'
};

/** The deployment settings of one environment, every default filled in. */
export interface DeploymentSettings extends Omit<
  z.infer<typeof DeploymentDefaults>,
  'keda' | 'karpenter'
> {
  keda: KedaSettings;
  karpenter: KarpenterSettings;
}

/** The same settings, each optional: what an environment or a repository overrides. */
const DeploymentOverrides = z.strictObject({
  resources: z
    .strictObject({ requests: ResourceAmounts.partial(), limits: ResourceAmounts.partial() })
    .partial()
    .optional(),
  replicas: DeploymentDefaults.shape.replicas.optional(),
  ingress_class: NameKeySchema.optional(),
  sync: SyncSchema.partial().optional(),
  keda: KedaBlock.optional(),
  karpenter: KarpenterBlock.optional()
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

/** Where Argo CD fetches from: an https, ssh or scp-like git URL, or an OCI Helm registry path. */
const RepoUrlSchema = z
  .string({ error: 'a repository URL such as https://github.com/acme/charts.git' })
  .regex(
    /^((https?|ssh|git|oci):\/\/[^\s/]+(\/\S*)?|[\w.-]+@[\w.-]+:\S+|[a-z0-9]([a-z0-9.-]*[a-z0-9])?(:[0-9]+)?\/\S+)$/,
    'a repository URL: https://, ssh://, git@host:path, or an OCI registry path such as ghcr.io/acme/charts'
  );

/** A folder inside a repository: relative, `/`-separated, never leaving the repository. */
const RepoPathSchema = z
  .string({ error: 'a folder inside the repository, such as charts/web' })
  .regex(
    /^(?!\/)(?!.*(^|\/)\.\.?(\/|$))[A-Za-z0-9._/-]+(?<!\/)$/,
    'a relative folder inside the repository such as charts/web: letters, digits, ".", "_", "-" and "/", no ".." and no leading or trailing "/"'
  );

/** A git branch name, as `git check-ref-format --branch` accepts the common ones. */
const BranchSchema = z
  .string({ error: 'a branch name such as runtime-facts' })
  .regex(
    /^(?!-)(?!.*(\.\.|\/\/|@\{|\.lock(\/|$)))[A-Za-z0-9._/-]+(?<![./])$/,
    'a branch name: letters, digits, ".", "_", "-" and "/", not starting with "-", without ".." or "//", not ending in "." or "/"'
  );

/**
 * The Helm chart the Argo CD Application deploys: from a git repository (`path`) or a Helm or OCI
 * repository (`name`), at `version` (a git revision, or a chart version).
 */
const ChartSchema = z
  .strictObject({
    repo_url: RepoUrlSchema,
    path: RepoPathSchema.optional(),
    name: NameKeySchema.optional(),
    version: z
      .string({ error: 'a chart version or git revision such as 1.4.0' })
      .regex(/^[A-Za-z0-9][A-Za-z0-9._+/-]*$/, 'a chart version or git revision such as 1.4.0')
  })
  .refine(
    (chart) => (chart.path === undefined) !== (chart.name === undefined),
    'exactly one of path (a chart in a git repository) or name (a chart in a Helm or OCI repository)'
  );
export type ChartSettings = z.infer<typeof ChartSchema>;

/** The repository and branch CI keeps runtime facts and generated values in (Argo CD's `$values`). */
const RuntimeFactsSchema = z.strictObject({
  repo_url: RepoUrlSchema,
  branch: BranchSchema,
  /** The folder under which each app's generated files are kept. */
  path: RepoPathSchema
});
export type RuntimeFactsRepo = z.infer<typeof RuntimeFactsSchema>;

const ArgoCdSchema = z.strictObject({
  /** The Argo CD AppProject of the applications (default `default`). */
  project: NameKeySchema.optional(),
  /** The namespace Argo CD runs in (default `argocd`). */
  namespace: NameKeySchema.optional(),
  /** The cluster the applications deploy to (default: Argo CD's own cluster). */
  destination_server: z
    .string({ error: 'a Kubernetes API server URL such as https://kubernetes.default.svc' })
    .regex(
      /^https:\/\/[^\s/]+(\/\S*)?$/,
      'a Kubernetes API server URL such as https://kubernetes.default.svc'
    )
    .optional()
});

const GlobalsSchema = z.strictObject({
  org: OrgSchema,
  base_domain: BaseDomainSchema,
  /** Defaults to `ghcr.io/<org>`. */
  registry: RegistrySchema.optional(),
  defaults: DeploymentDefaults,
  environments: z.record(NameKeySchema, DeploymentOverrides).optional(),
  argocd: ArgoCdSchema.optional(),
  chart: ChartSchema.optional(),
  runtime_facts: RuntimeFactsSchema.optional()
});
export type Globals = z.infer<typeof GlobalsSchema>;

const LocalSchema = DeploymentOverrides.extend({
  base_domain: BaseDomainSchema.optional(),
  registry: RegistrySchema.optional(),
  argocd: ArgoCdSchema.optional(),
  chart: ChartSchema.optional()
});
export type LocalOverrides = z.infer<typeof LocalSchema>;

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
  // Not deployment settings: they name things (see baseDomain and registry) or say where GitOps
  // sources live (see gitOpsSettings).
  for (const key of ['base_domain', 'registry', 'argocd', 'chart']) delete local[key];
  const merged = merge(merge(defaults, environments?.[env]), local) as Omit<
    DeploymentSettings,
    'keda' | 'karpenter'
  > &
    Partial<Pick<DeploymentOverrides, 'keda' | 'karpenter'>>;
  const keda = { ...KEDA_DEFAULTS, ...merged.keda } as KedaSettings;
  if (keda.min_replicas > keda.max_replicas)
    throw new ConfigError([
      settingIssue(
        config,
        env,
        ['keda', 'max_replicas'],
        `expected at least keda.min_replicas (${keda.min_replicas}) for ${env}, not ${keda.max_replicas}`
      )
    ]);
  return {
    ...merged,
    keda,
    karpenter: { ...KARPENTER_DEFAULTS, ...merged.karpenter } as KarpenterSettings,
    org: config.globals.org,
    base_domain: baseDomain(config),
    registry: registry(config)
  };
}

/** Where Argo CD finds the chart and the generated values, and which project it files them under. */
export interface GitOpsSettings {
  argocd: { project: string; namespace: string; destination_server: string };
  /** Absent when no file names a chart. */
  chart: ChartSettings | undefined;
  /** Absent when globals.yaml names no runtime-facts repository. */
  runtime_facts: RuntimeFactsRepo | undefined;
}

export const ARGOCD_DEFAULTS = {
  project: 'default',
  namespace: 'argocd',
  destination_server: 'https://kubernetes.default.svc'
} as const;

/**
 * The GitOps settings: `argocd` key by key from local.yaml over globals.yaml over ARGOCD_DEFAULTS;
 * `chart` whole from local.yaml or else globals.yaml (a repository that deploys its own chart
 * names all of it); `runtime_facts` from globals.yaml only, as CI owns that repository.
 */
export function gitOpsSettings(config: Config): GitOpsSettings {
  return {
    argocd: merge(
      merge(ARGOCD_DEFAULTS, config.globals.argocd),
      config.local?.argocd
    ) as GitOpsSettings['argocd'],
    chart: config.local?.chart ?? config.globals.chart,
    runtime_facts: config.globals.runtime_facts
  };
}

/**
 * A ConfigIssue at the file and line a resolved deployment setting of an environment comes from:
 * local.yaml, else the environment's override in globals.yaml, else its defaults; the key of the
 * deepest existing parent when no file sets it (as for a missing key).
 */
export function settingIssue(
  config: Config,
  env: string,
  path: readonly string[],
  message: string
): ConfigIssue {
  const sources = config.sources;
  const has = (data: unknown) => valueAt(data, path) !== undefined;
  if (sources === undefined)
    return { file: join(config.dir, CONFIG_FILES.globals), path: pathText(path), message };
  if (sources.local !== undefined && has(config.local)) return sources.local.issue(path, message);
  const envPath = ['environments', env, ...path];
  if (has(config.globals.environments?.[env])) return sources.globals.issue(envPath, message);
  return sources.globals.issue(['defaults', ...path], message);
}

/** A ConfigIssue at a top-level setting of globals.yaml (its deepest existing parent if absent). */
export function globalIssue(config: Config, path: readonly string[], message: string): ConfigIssue {
  const sources = config.sources;
  if (sources === undefined)
    return { file: join(config.dir, CONFIG_FILES.globals), path: pathText(path), message };
  return sources.globals.issue(path, message);
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
