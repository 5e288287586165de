/**
 * What a naming config folder may contain: the zod schemas of `dictionary.yaml`, `globals.yaml` and
 * `local.yaml`, and the types inferred from them. Reading the files is load.ts's job; filling in
 * defaults and merging overrides is resolve.ts's.
 */
import { z } from 'zod';
import { checkRule } from './rules.js';

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

export const DictionarySchema = z.strictObject({
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
 * utilisation. Every key is optional at every level; KEDA_DEFAULTS (resolve.ts) fills what no
 * file sets.
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

export const CAPACITY_TYPES = ['on-demand', 'spot', 'reserved'] as const;
export const ARCHITECTURES = ['amd64', 'arm64'] as const;

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

/** globals.yaml's `defaults`: every deployment setting, KEDA's and Karpenter's optional. */
export type DeploymentDefaults = z.infer<typeof DeploymentDefaults>;

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

export const GlobalsSchema = z.strictObject({
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

export const LocalSchema = DeploymentOverrides.extend({
  base_domain: BaseDomainSchema.optional(),
  registry: RegistrySchema.optional(),
  argocd: ArgoCdSchema.optional(),
  chart: ChartSchema.optional()
});
export type LocalOverrides = z.infer<typeof LocalSchema>;
