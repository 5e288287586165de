/**
 * A loaded config resolved for use: the deployment settings of one environment (local.yaml over
 * the environment's override over the defaults, every default filled in), the names' base domain
 * and registry, the GitOps settings, and the file and line a resolved setting comes from.
 */
import { join } from 'node:path';
import { InputError } from '../common/errors.js';
import { unknownMessage } from './suggest.js';
import { CONFIG_FILES, type Config } from './load.js';
import type {
  ARCHITECTURES,
  CAPACITY_TYPES,
  ChartSettings,
  DeploymentDefaults,
  DeploymentOverrides,
  RuntimeFactsRepo
} from './schema.js';
import { valueAt } from '../config/zod-issues.js';
import { ConfigError, pathText, type ConfigIssue } from '../config/yaml-source.js';

/** The KEDA ScaledObject of an environment, KEDA_DEFAULTS filling what no file sets. */
export interface KedaSettings {
  enabled: boolean;
  min_replicas: number;
  max_replicas: number;
  cpu_utilization: number;
  memory_utilization?: number;
}

/** The Karpenter NodePool of an environment, KARPENTER_DEFAULTS filling what no file sets. */
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
export interface DeploymentSettings extends Omit<DeploymentDefaults, 'keda' | 'karpenter'> {
  keda: KedaSettings;
  karpenter: KarpenterSettings;
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
