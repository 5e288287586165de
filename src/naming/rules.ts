/**
 * The naming rule table: for every platform that consumes a derived name, what it accepts, with the
 * page of the provider's documentation the rule comes from. The OpenTofu module
 * `terraform-modules/common` evaluates this same table (written to its `rules.json` by
 * `moduleRulesDocument`), so both implementations break the same rules with the same ids and limits.
 *
 * Patterns are written in the common subset of JavaScript (`u` flag) and RE2 (OpenTofu's `regex`),
 * and are always anchored.
 */

/** A length bound, counted in characters (Unicode code points). */
export interface LengthCheck {
  id: string;
  kind: 'length';
  min: number;
  max: number;
}

/** A pattern the value must match (`match`) or must not match (`reject`). */
export interface PatternCheck {
  id: string;
  kind: 'match' | 'reject';
  pattern: string;
  /** What the value must (not) be, completing "… breaks <rule>/<check>: ". */
  text: string;
  /** The limit the check enforces when it is not the rule's (a label length in a host name). */
  limit?: number;
}

export type RuleCheck = LengthCheck | PatternCheck;

export interface NamingRule {
  id: string;
  /** Who consumes a value checked by this rule. */
  platform: string;
  /** The rule in one sentence, limits included. */
  summary: string;
  /** The provider's documentation of the rule; empty for this library's own input rules. */
  doc: string;
  /** The rule's length limit, reported with every violation. */
  limit: number;
  checks: readonly RuleCheck[];
}

/** Where the dictionary keeps each kind of input. */
export const DICTIONARY_SECTION = {
  cloud: 'clouds',
  env: 'environments',
  region: 'regions',
  bu: 'business_units',
  app: 'apps'
} as const;

const DICTIONARY_LISTS = {
  cloud: 'Clouds',
  env: 'Environments',
  region: 'The regions of each cloud',
  bu: 'Business units',
  app: 'Apps'
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

/** Lowercase letters, digits and hyphens, starting and ending with a letter or digit. */
const DNS_LABEL = '[a-z0-9]([-a-z0-9]*[a-z0-9])?';

const length = (min: number, max: number): LengthCheck => ({
  id: 'length',
  kind: 'length',
  min,
  max
});
const match = (pattern: string, text: string): PatternCheck => ({
  id: 'pattern',
  kind: 'match',
  pattern,
  text
});
const reject = (id: string, pattern: string, text: string, limit?: number): PatternCheck =>
  limit === undefined
    ? { id, kind: 'reject', pattern, text }
    : { id, kind: 'reject', pattern, text, limit };

const dnsLabelRule = (id: string, platform: string, doc: string): NamingRule => ({
  id,
  platform,
  summary: `${platform} names are DNS-1123 labels: 1 to 63 lowercase letters, digits and hyphens, starting and ending with a letter or digit.`,
  doc,
  limit: 63,
  checks: [
    length(1, 63),
    match(
      `^${DNS_LABEL}$`,
      'must be lowercase letters, digits and hyphens, starting and ending with a letter or digit'
    )
  ]
});

export const NAMING_RULES: readonly NamingRule[] = [
  // Inputs. The org starts every cluster name, and GKE wants a leading letter; it is a DNS label so
  // that it fits the registry path and every name it is part of.
  {
    id: 'input-org',
    platform: 'This library (input org)',
    summary: 'The org is 1 to 63 lowercase letters and digits, starting with a letter.',
    doc: '',
    limit: 63,
    checks: [
      length(1, 63),
      match('^[a-z][a-z0-9]*$', 'must be lowercase letters and digits, starting with a letter')
    ]
  },
  // The owner is an email local part or a team slug, kept to what every cloud's tags and labels and
  // a Kubernetes label value accept apart from the dot (see gcp-label-value).
  {
    id: 'input-owner',
    platform: 'This library (input owner)',
    summary:
      'The owner is an email local part or a team slug: 1 to 63 lowercase letters and digits in groups joined by single ".", "_" or "-".',
    doc: '',
    limit: 63,
    checks: [
      length(1, 63),
      match(
        '^[a-z0-9]+([._-][a-z0-9]+)*$',
        'must be lowercase letters and digits in groups joined by single ".", "_" or "-"'
      )
    ]
  },
  // Names from the dictionary: these rules have no checks of their own, the dictionary is the check.
  ...(['cloud', 'env', 'region', 'bu', 'app'] as const).map((input): NamingRule => ({
    id: `unknown-${input}`,
    platform: 'This library (dictionary.yaml)',
    summary: `${DICTIONARY_LISTS[input]} and their short codes are listed in dictionary.yaml.`,
    doc: '',
    limit: 0,
    checks: []
  })),
  // https://docs.aws.amazon.com/eks/latest/APIReference/API_CreateCluster.html
  {
    id: 'eks-cluster-name',
    platform: 'Amazon EKS',
    summary:
      'EKS cluster names are 1 to 100 letters, digits, hyphens and underscores, starting with a letter or digit.',
    doc: 'https://docs.aws.amazon.com/eks/latest/APIReference/API_CreateCluster.html',
    limit: 100,
    checks: [
      length(1, 100),
      match(
        '^[0-9A-Za-z][A-Za-z0-9_-]*$',
        'must be letters, digits, hyphens and underscores, starting with a letter or digit'
      )
    ]
  },
  // https://learn.microsoft.com/en-us/azure/azure-resource-manager/management/resource-name-rules#microsoftcontainerservice
  {
    id: 'aks-cluster-name',
    platform: 'Azure Kubernetes Service',
    summary:
      'AKS cluster names are 1 to 63 letters, digits, hyphens and underscores, starting and ending with a letter or digit.',
    doc: 'https://learn.microsoft.com/en-us/azure/azure-resource-manager/management/resource-name-rules#microsoftcontainerservice',
    limit: 63,
    checks: [
      length(1, 63),
      match(
        '^[A-Za-z0-9]([A-Za-z0-9_-]*[A-Za-z0-9])?$',
        'must be letters, digits, hyphens and underscores, starting and ending with a letter or digit'
      )
    ]
  },
  // https://cloud.google.com/kubernetes-engine/docs/reference/rest/v1/projects.locations.clusters#Cluster
  {
    id: 'gke-cluster-name',
    platform: 'Google Kubernetes Engine',
    summary:
      'GKE cluster names are 1 to 40 lowercase letters, digits and hyphens, starting with a letter and ending with a letter or digit.',
    doc: 'https://cloud.google.com/kubernetes-engine/docs/reference/rest/v1/projects.locations.clusters#Cluster',
    limit: 40,
    checks: [
      length(1, 40),
      match(
        '^[a-z]([-a-z0-9]*[a-z0-9])?$',
        'must be lowercase letters, digits and hyphens, starting with a letter and ending with a letter or digit'
      )
    ]
  },
  // A local cluster (kind, k3d) is named like a DNS label, which also makes a valid kubeconfig context.
  // https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#dns-label-names
  dnsLabelRule(
    'dns-1123-label',
    'Kubernetes (DNS-1123 label)',
    'https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#dns-label-names'
  ),
  // https://kubernetes.io/docs/concepts/overview/working-with-objects/namespaces/
  dnsLabelRule(
    'k8s-namespace',
    'Kubernetes namespace',
    'https://kubernetes.io/docs/concepts/overview/working-with-objects/namespaces/'
  ),
  // Helm keeps release names to 53 characters so that chart-generated names stay within 63.
  // https://helm.sh/docs/chart_template_guide/getting_started/
  {
    id: 'helm-release-name',
    platform: 'Helm release',
    summary:
      'Helm release names are 1 to 53 characters: DNS-1123 labels of lowercase letters, digits and hyphens, optionally joined by dots.',
    doc: 'https://helm.sh/docs/chart_template_guide/getting_started/',
    limit: 53,
    checks: [
      length(1, 53),
      match(
        `^${DNS_LABEL}(\\.${DNS_LABEL})*$`,
        'must be lowercase letters, digits and hyphens in dot-separated labels, each starting and ending with a letter or digit'
      )
    ]
  },
  // Host names: at most 253 characters in text form, labels of at most 63 (RFC 1035 2.3.4),
  // letters, digits and hyphens not at either end of a label (RFC 1123 2.1); lowercase as Kubernetes
  // Ingress hosts and certificate names want them.
  // https://datatracker.ietf.org/doc/html/rfc1035#section-2.3.4
  {
    id: 'dns-host',
    platform: 'DNS host name',
    summary:
      'DNS host names are at most 253 characters, in dot-separated labels of 1 to 63 lowercase letters, digits and hyphens, each starting and ending with a letter or digit.',
    doc: 'https://datatracker.ietf.org/doc/html/rfc1035#section-2.3.4',
    limit: 253,
    checks: [
      length(1, 253),
      reject('label-length', '[^.]{64}', 'must not have a label longer than 63 characters', 63),
      match(
        `^${DNS_LABEL}(\\.${DNS_LABEL})*$`,
        'must be dot-separated labels of lowercase letters, digits and hyphens, each starting and ending with a letter or digit'
      )
    ]
  },
  // https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucketnamingrules.html
  {
    id: 's3-bucket',
    platform: 'Amazon S3 bucket',
    summary:
      'S3 bucket names are 3 to 63 lowercase letters, digits, dots and hyphens, start and end with a letter or digit, and are not IP addresses nor use a reserved prefix or suffix.',
    doc: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucketnamingrules.html',
    limit: 63,
    checks: [
      length(3, 63),
      match(
        '^[a-z0-9][a-z0-9.-]*[a-z0-9]$',
        'must be lowercase letters, digits, dots and hyphens, starting and ending with a letter or digit'
      ),
      reject('adjacent-periods', '\\.\\.', 'must not contain two adjacent periods'),
      reject(
        'ip-address',
        '^[0-9]+\\.[0-9]+\\.[0-9]+\\.[0-9]+$',
        'must not be formatted as an IP address'
      ),
      reject(
        'reserved-prefix',
        '^(xn--|sthree-|amzn-s3-demo-)',
        'must not start with "xn--", "sthree-" or "amzn-s3-demo-"'
      ),
      reject(
        'reserved-suffix',
        '(-s3alias|--ol-s3|\\.mrap|--x-s3|--table-s3)$',
        'must not end with "-s3alias", "--ol-s3", ".mrap", "--x-s3" or "--table-s3"'
      )
    ]
  },
  // https://cloud.google.com/storage/docs/buckets#naming
  {
    id: 'gcs-bucket',
    platform: 'Google Cloud Storage bucket',
    summary:
      'GCS bucket names are 3 to 63 lowercase letters, digits, hyphens and underscores (up to 222 with dots, 63 between dots), start and end with a letter or digit, do not start with "goog", do not contain "google" and are not IP addresses.',
    doc: 'https://cloud.google.com/storage/docs/buckets#naming',
    limit: 63,
    checks: [
      length(3, 222),
      reject(
        'component-length',
        '[^.]{64}',
        'must be at most 63 characters, or 63 between dots',
        63
      ),
      match(
        '^[a-z0-9][a-z0-9._-]*[a-z0-9]$',
        'must be lowercase letters, digits, dots, hyphens and underscores, starting and ending with a letter or digit'
      ),
      reject(
        'ip-address',
        '^[0-9]+\\.[0-9]+\\.[0-9]+\\.[0-9]+$',
        'must not be formatted as an IP address'
      ),
      reject('reserved-prefix', '^goog', 'must not start with "goog"'),
      reject(
        'reserved-word',
        'g[o0][o0]gle',
        'must not contain "google" or a close misspelling of it'
      )
    ]
  },
  // The state of an Azure stack lives in a blob container of the storage account.
  // https://learn.microsoft.com/en-us/rest/api/storageservices/naming-and-referencing-containers--blobs--and-metadata#container-names
  {
    id: 'azure-blob-container',
    platform: 'Azure Blob Storage container',
    summary:
      'Azure blob container names are 3 to 63 lowercase letters, digits and single hyphens, starting and ending with a letter or digit.',
    doc: 'https://learn.microsoft.com/en-us/rest/api/storageservices/naming-and-referencing-containers--blobs--and-metadata#container-names',
    limit: 63,
    checks: [
      length(3, 63),
      match(
        '^[a-z0-9]+(-[a-z0-9]+)*$',
        'must be lowercase letters and digits with single hyphens between them'
      )
    ]
  },
  // https://learn.microsoft.com/en-us/azure/azure-resource-manager/management/resource-name-rules#microsoftstorage
  {
    id: 'azure-storage-account',
    platform: 'Azure storage account',
    summary: 'Azure storage account names are 3 to 24 lowercase letters and digits only.',
    doc: 'https://learn.microsoft.com/en-us/azure/azure-resource-manager/management/resource-name-rules#microsoftstorage',
    limit: 24,
    checks: [length(3, 24), match('^[a-z0-9]+$', 'must be lowercase letters and digits only')]
  },
  // https://learn.microsoft.com/en-us/azure/azure-resource-manager/management/resource-name-rules#microsoftresources
  {
    id: 'azure-resource-group',
    platform: 'Azure resource group',
    summary:
      'Azure resource group names are 1 to 90 letters, digits, underscores, hyphens, periods and parentheses, not ending with a period.',
    doc: 'https://learn.microsoft.com/en-us/azure/azure-resource-manager/management/resource-name-rules#microsoftresources',
    limit: 90,
    checks: [
      length(1, 90),
      match(
        '^[\\p{L}\\p{N}_().-]+$',
        'must be letters, digits, underscores, hyphens, periods and parentheses'
      ),
      reject('trailing-period', '\\.$', 'must not end with a period')
    ]
  },
  // The registry host (and port), then path components of lowercase letters and digits joined by
  // ".", "_", "__" or hyphens; clients limit the whole reference to 255 characters.
  // https://github.com/opencontainers/distribution-spec/blob/main/spec.md#pulling-manifests
  {
    id: 'oci-repository',
    platform: 'OCI registry repository',
    summary:
      'Repository references are at most 255 characters: a registry host, then "/"-separated path components of lowercase letters and digits joined by ".", "_", "__" or hyphens.',
    doc: 'https://github.com/opencontainers/distribution-spec/blob/main/spec.md#pulling-manifests',
    limit: 255,
    checks: [
      length(1, 255),
      match(
        '^[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*(:[0-9]+)?(/[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*)+$',
        'must be a registry host followed by "/"-separated path components of lowercase letters and digits joined by ".", "_", "__" or hyphens'
      )
    ]
  },
  // https://docs.aws.amazon.com/tag-editor/latest/userguide/tagging.html
  {
    id: 'aws-tag-value',
    platform: 'AWS tag value',
    summary:
      'AWS tag values are at most 256 letters, digits, spaces and the characters _ . : / = + - @.',
    doc: 'https://docs.aws.amazon.com/tag-editor/latest/userguide/tagging.html',
    limit: 256,
    checks: [
      length(0, 256),
      match(
        '^[\\p{L}\\p{Z}\\p{N}_.:/=+@-]*$',
        'must be letters, digits, spaces and _ . : / = + - @'
      )
    ]
  },
  // https://learn.microsoft.com/en-us/azure/azure-resource-manager/management/tag-resources#limitations
  {
    id: 'azure-tag-value',
    platform: 'Azure tag value',
    summary: 'Azure tag values are at most 256 characters.',
    doc: 'https://learn.microsoft.com/en-us/azure/azure-resource-manager/management/tag-resources#limitations',
    limit: 256,
    checks: [length(0, 256)]
  },
  // https://cloud.google.com/resource-manager/docs/labels-overview#requirements
  {
    id: 'gcp-label-value',
    platform: 'Google Cloud label value',
    summary:
      'Google Cloud label values are at most 63 lowercase letters, digits, underscores and hyphens (no dots).',
    doc: 'https://cloud.google.com/resource-manager/docs/labels-overview#requirements',
    limit: 63,
    checks: [
      length(0, 63),
      match(
        '^[\\p{Ll}\\p{Lo}\\p{N}_-]*$',
        'must be lowercase letters, digits, underscores and hyphens'
      )
    ]
  },
  // Tags of a local stack become Kubernetes labels.
  // https://kubernetes.io/docs/concepts/overview/working-with-objects/labels/#syntax-and-character-set
  {
    id: 'k8s-label-value',
    platform: 'Kubernetes label value',
    summary:
      'Kubernetes label values are at most 63 letters, digits, hyphens, underscores and dots, starting and ending with a letter or digit.',
    doc: 'https://kubernetes.io/docs/concepts/overview/working-with-objects/labels/#syntax-and-character-set',
    limit: 63,
    checks: [
      length(0, 63),
      match(
        '^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$',
        'must be letters, digits, hyphens, underscores and dots, starting and ending with a letter or digit'
      )
    ]
  }
];

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

const RULES_BY_ID = new Map(NAMING_RULES.map((rule) => [rule.id, rule]));

export function namingRule(id: string): NamingRule {
  const rule = RULES_BY_ID.get(id);
  if (rule === undefined) throw new Error(`No naming rule '${id}'`);
  return rule;
}

/** One check of a rule that a value fails. */
export interface CheckFailure {
  rule: string;
  check: string;
  /** What is wrong, completing "… breaks <rule>/<check>: ". */
  detail: string;
  limit: number;
}

const compiled = new Map<string, RegExp>();
function regex(pattern: string): RegExp {
  let re = compiled.get(pattern);
  if (re === undefined) {
    re = new RegExp(pattern, 'u');
    compiled.set(pattern, re);
  }
  return re;
}

/**
 * Characters, counted as code points. OpenTofu's `length` counts grapheme clusters: the same for
 * every name this library builds (inputs and dictionary are ASCII once they pass their rules).
 */
export function characters(value: string): number {
  return [...value].length;
}

/** Every check of the rule that the value fails, in the rule's order; empty when it passes. */
export function checkRule(ruleId: string, value: string): CheckFailure[] {
  const rule = namingRule(ruleId);
  const failures: CheckFailure[] = [];
  for (const check of rule.checks) {
    if (check.kind === 'length') {
      const n = characters(value);
      if (n < check.min || n > check.max) {
        failures.push({
          rule: rule.id,
          check: check.id,
          detail: `is ${n} characters, must be ${check.min} to ${check.max}`,
          limit: check.max
        });
      }
    } else if (regex(check.pattern).test(value) !== (check.kind === 'match')) {
      failures.push({
        rule: rule.id,
        check: check.id,
        detail: check.text,
        limit: check.limit ?? rule.limit
      });
    }
  }
  return failures;
}

/**
 * The rule table as `terraform-modules/common/modules/name-rules/rules.json` holds it: every check
 * with the same attributes (null where they do not apply), as OpenTofu's `jsondecode` wants for a
 * list it iterates over.
 */
export function moduleRulesDocument(): Record<string, unknown> {
  return {
    $comment:
      'Written from src/naming/rules.ts (the naming rule table, with the documentation of each rule); checked by __tests__/unit/naming-rules.test.ts. Do not edit by hand.',
    rules: Object.fromEntries(
      NAMING_RULES.map((rule) => [
        rule.id,
        {
          platform: rule.platform,
          summary: rule.summary,
          doc: rule.doc,
          limit: rule.limit,
          checks: rule.checks.map((check) =>
            check.kind === 'length'
              ? {
                  id: check.id,
                  kind: check.kind,
                  min: check.min,
                  max: check.max,
                  pattern: null,
                  text: null,
                  limit: check.max
                }
              : {
                  id: check.id,
                  kind: check.kind,
                  min: null,
                  max: null,
                  pattern: check.pattern,
                  text: check.text,
                  limit: check.limit ?? rule.limit
                }
          )
        }
      ])
    ),
    name_keys: NAME_KEYS,
    tag_keys: TAG_KEYS,
    bindings: NAME_RULES,
    derivations: DERIVATIONS,
    dictionary_sections: DICTIONARY_SECTION,
    managed_by: MANAGED_BY
  };
}
