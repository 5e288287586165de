/**
 * The naming contract: the clouds, the names and tags derived, how each name is derived, and which
 * rule of the rule table (rules.ts) checks each on each cloud. The OpenTofu module reads the same
 * through its `rules.json` (see moduleRulesDocument).
 */

/** Where the dictionary keeps each kind of input. */
export const DICTIONARY_SECTION = {
  cloud: 'clouds',
  env: 'environments',
  region: 'regions',
  bu: 'business_units',
  app: 'apps'
} as const;

/** The clouds this library has rules for; a dictionary may allow a subset. */
export const CLOUDS = ['aws', 'azure', 'gcp', 'local'] as const;
export type Cloud = (typeof CLOUDS)[number];

/** The derived names, in the order they are checked and reported. */
export const NAME_KEYS = [
  'cluster_name',
  'namespace',
  'dns_host',
  'release_name',
  'resource_group',
  'state_bucket',
  'storage_account',
  'registry_repository'
] as const;
export type NameKey = (typeof NAME_KEYS)[number];

/** The tags, in the order they are checked and reported. */
export const TAG_KEYS = ['org', 'env', 'bu', 'app', 'owner', 'managed-by'] as const;
export type TagKey = (typeof TAG_KEYS)[number];

/**
 * How each name is derived. Placeholders: the inputs, `{region_code}`, `{env_code}` and `{bu_code}`
 * (short codes from the dictionary, used where length is tight), `{base_domain}` and `{registry}`
 * (from globals.yaml, local.yaml may override). Nothing is truncated or rewritten: a name that
 * breaks a rule is an error.
 */
export const DERIVATIONS: Readonly<Record<NameKey, string>> = {
  cluster_name: '{org}-{env}-{region_code}-{bu}',
  namespace: '{env}-{bu}-{app}',
  dns_host: '{app}.{env}.{base_domain}',
  release_name: '{app}',
  resource_group: 'rg-{org}-{env}-{region_code}-{bu}',
  state_bucket: '{org}-tfstate-{env}-{region_code}',
  storage_account: '{org}{env_code}{region_code}{bu_code}',
  registry_repository: '{registry}/{bu}/{app}'
};

/** The value of the `managed-by` tag. */
export const MANAGED_BY = 'terraform';

const everyCloud = (rule: string): Record<Cloud, readonly string[]> => ({
  aws: [rule],
  azure: [rule],
  gcp: [rule],
  local: [rule]
});

/**
 * Which rules each name is checked against, per cloud: the platform that consumes the name there.
 * The storage account and the resource group are Azure's, yet checked on every cloud: the names are
 * one contract, and a name this library returns is always one some platform accepts.
 */
export const NAME_RULES: Readonly<Record<NameKey | 'tags', Record<Cloud, readonly string[]>>> = {
  cluster_name: {
    aws: ['eks-cluster-name'],
    azure: ['aks-cluster-name'],
    gcp: ['gke-cluster-name'],
    local: ['dns-1123-label']
  },
  namespace: everyCloud('k8s-namespace'),
  dns_host: everyCloud('dns-host'),
  release_name: everyCloud('helm-release-name'),
  resource_group: everyCloud('azure-resource-group'),
  state_bucket: {
    aws: ['s3-bucket'],
    azure: ['azure-blob-container'],
    gcp: ['gcs-bucket'],
    // A local stack keeps its state in an S3-compatible server.
    local: ['s3-bucket']
  },
  storage_account: everyCloud('azure-storage-account'),
  registry_repository: everyCloud('oci-repository'),
  tags: {
    aws: ['aws-tag-value'],
    azure: ['azure-tag-value'],
    gcp: ['gcp-label-value'],
    local: ['k8s-label-value']
  }
};
