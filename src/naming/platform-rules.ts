/**
 * The rules of the platforms that consume derived names and tags (clusters, Kubernetes, DNS,
 * storage, registries, tags), each with the page of the provider's documentation it comes from.
 * Part of the rule table of rules.ts, in its order.
 */
import { DNS_LABEL, dnsLabelRule, length, match, reject, type NamingRule } from './rule-checks.js';

export const PLATFORM_RULES: readonly NamingRule[] = [
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
