import {
  Application,
  type IApplication
} from '@kubernetes-models/argo-cd/argoproj.io/v1alpha1/Application';
import { NodePool, type INodePool } from '@kubernetes-models/karpenter/karpenter.sh/v1/NodePool';
import {
  ScaledObject,
  type IScaledObject
} from '@kubernetes-models/keda/keda.sh/v1alpha1/ScaledObject';
import { Ingress } from 'kubernetes-models/networking.k8s.io/v1/Ingress';
import { ServiceAccount } from 'kubernetes-models/v1/ServiceAccount';
import { ActionError, errorMessage } from '../common/errors.js';
import type { CloudIdentity, IdentityKind } from '../facts/runtime-facts.js';
import type {
  ChartSettings,
  GitOpsSettings,
  KarpenterSettings,
  KedaSettings,
  Names,
  RuntimeFactsRepo,
  Settings
} from '../naming/index.js';
import type { ImageReference } from './image.js';

/** The files gen-values writes, in the order it writes and lists them. */
export const ARTIFACT_FILES = {
  values: 'values.yaml',
  application: 'argocd-application.yaml',
  keda: 'keda-scaledobject.yaml',
  karpenter: 'karpenter-nodepool.yaml',
  names: 'names.json'
} as const;
export type ArtifactFile = (typeof ARTIFACT_FILES)[keyof typeof ARTIFACT_FILES];

/** A generated manifest does not validate against its published schema. */
export class ManifestError extends ActionError {
  constructor(
    readonly file: string,
    readonly schema: string,
    readonly detail: string
  ) {
    super(`${file} does not validate against the ${schema} schema: ${detail}`);
  }
}

/** The service-account annotation each cloud's workload identity is bound by. */
export const IDENTITY_ANNOTATIONS: Record<IdentityKind, string> = {
  aws_role_arn: 'eks.amazonaws.com/role-arn',
  azure_client_id: 'azure.workload.identity/client-id',
  gcp_service_account: 'iam.gke.io/gcp-service-account'
};

export const EXTERNAL_DNS_HOSTNAME = 'external-dns.alpha.kubernetes.io/hostname';
export const EXTERNAL_DNS_TARGET = 'external-dns.alpha.kubernetes.io/target';
/** Karpenter labels each node with the pool that made it. */
export const NODEPOOL_LABEL = 'karpenter.sh/nodepool';

/** Keys sorted, so a map from data (labels, annotations) always serialises alike. */
export function sorted<T>(map: Readonly<Record<string, T>>): Record<string, T> {
  return Object.fromEntries(Object.entries(map).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

export interface ValuesInput {
  names: Names;
  labels: Record<string, string>;
  settings: Settings;
  image: ImageReference | undefined;
  identity: CloudIdentity | undefined;
  /** The public address of the environment's gateway, when the runtime facts give it. */
  gatewayAddress: string | undefined;
}

/**
 * Helm values in the layout of `helm create`'s chart (replicaCount, image, serviceAccount,
 * podLabels, ingress, resources, nodeSelector), plus `fullnameOverride` so that the objects are
 * named after the release and `commonLabels` for charts that label every object.
 */
export interface HelmValues {
  fullnameOverride: string;
  replicaCount: number;
  image: { repository: string; digest?: string; tag?: string; pullPolicy: 'IfNotPresent' };
  commonLabels: Record<string, string>;
  podLabels: Record<string, string>;
  serviceAccount: { create: true; name: string; annotations: Record<string, string> };
  ingress: {
    enabled: true;
    className: string;
    annotations: Record<string, string>;
    hosts: { host: string; paths: { path: string; pathType: 'Prefix' }[] }[];
  };
  resources: {
    requests: { cpu: string; memory: string };
    limits: { cpu: string; memory: string };
  };
  nodeSelector?: Record<string, string>;
}

export function helmValues(input: ValuesInput): HelmValues {
  const { names, settings, image, identity } = input;
  const podLabels: Record<string, string> = { ...input.labels };
  // Azure's webhook injects the token only into pods that ask for it.
  if (identity?.kind === 'azure_client_id') podLabels['azure.workload.identity/use'] = 'true';
  const ingressAnnotations: Record<string, string> = { [EXTERNAL_DNS_HOSTNAME]: names.dns_host };
  if (input.gatewayAddress !== undefined)
    ingressAnnotations[EXTERNAL_DNS_TARGET] = input.gatewayAddress;
  const values: HelmValues = {
    fullnameOverride: names.release_name,
    // With KEDA, its HPA owns the count; the chart's starts at KEDA's minimum.
    replicaCount: settings.keda.enabled ? settings.keda.min_replicas : settings.replicas,
    image: {
      repository: image?.repository ?? names.registry_repository,
      // A digest pins what runs; a tag alone is kept only when there is no digest.
      ...(image?.digest !== undefined
        ? { digest: image.digest }
        : image?.tag !== undefined
          ? { tag: image.tag }
          : {}),
      pullPolicy: 'IfNotPresent' as const
    },
    commonLabels: sorted(input.labels),
    podLabels: sorted(podLabels),
    serviceAccount: {
      create: true,
      name: names.release_name,
      annotations:
        identity === undefined ? {} : { [IDENTITY_ANNOTATIONS[identity.kind]]: identity.value }
    },
    ingress: {
      enabled: true,
      className: settings.ingress_class,
      annotations: sorted(ingressAnnotations),
      hosts: [{ host: names.dns_host, paths: [{ path: '/', pathType: 'Prefix' as const }] }]
    },
    resources: {
      requests: {
        cpu: settings.resources.requests.cpu,
        memory: settings.resources.requests.memory
      },
      limits: { cpu: settings.resources.limits.cpu, memory: settings.resources.limits.memory }
    }
  };
  if (settings.karpenter.enabled) values.nodeSelector = { [NODEPOOL_LABEL]: names.namespace };
  return values;
}

/**
 * Helm values have no schema of their own: what the chart makes of them is validated instead, the
 * Ingress and the ServiceAccount as `helm create`'s templates render them, which also checks the
 * resources, labels and annotations.
 */
export function validateValues(values: HelmValues, namespace: string): void {
  const v = values;
  const metadata = (name: string, annotations: Record<string, string>) => ({
    name,
    namespace,
    labels: v.commonLabels,
    annotations
  });
  check(ARTIFACT_FILES.values, 'Kubernetes ServiceAccount (from serviceAccount)', () =>
    new ServiceAccount({
      metadata: metadata(v.serviceAccount.name, v.serviceAccount.annotations)
    }).validate()
  );
  check(ARTIFACT_FILES.values, 'Kubernetes Ingress (from ingress)', () =>
    new Ingress({
      metadata: metadata(v.fullnameOverride, v.ingress.annotations),
      spec: {
        ingressClassName: v.ingress.className,
        rules: v.ingress.hosts.map((host) => ({
          host: host.host,
          http: {
            paths: host.paths.map((p) => ({
              path: p.path,
              pathType: p.pathType,
              backend: { service: { name: v.fullnameOverride, port: { name: 'http' } } }
            }))
          }
        }))
      }
    }).validate()
  );
  const quantities = [v.resources.requests, v.resources.limits].flatMap((a) => [a.cpu, a.memory]);
  for (const quantity of quantities)
    if (!/^[0-9]+(\.[0-9]+)?(m|Ki|Mi|Gi|Ti|Pi|Ei|k|M|G|T|P|E)?$/.test(quantity))
      throw new ManifestError(
        ARTIFACT_FILES.values,
        'Kubernetes quantity',
        `resources: ${JSON.stringify(quantity)} is not a quantity`
      );
}

export interface ApplicationInput {
  names: Names;
  labels: Record<string, string>;
  settings: Settings;
  argocd: GitOpsSettings['argocd'];
  chart: ChartSettings;
  runtimeFacts: RuntimeFactsRepo;
  /** The app's folder in the runtime-facts repository. */
  valuesPath: string;
  /** Manifests beside values.yaml that Argo CD applies as they are (KEDA, Karpenter). */
  manifests: readonly string[];
}

/**
 * An Argo CD Application with several sources: the chart, with values.yaml from the runtime-facts
 * repository (`ref: values`, read as `$values/…`), and that repository's folder for the other
 * manifests when there are any. Named after the namespace, which is unique per env, bu and app.
 */
export function argoApplication(input: ApplicationInput): IApplication {
  const { names, chart, runtimeFacts, settings } = input;
  const chartSource = {
    repoURL: chart.repo_url,
    ...(chart.path === undefined ? { chart: chart.name ?? '' } : { path: chart.path }),
    targetRevision: chart.version,
    helm: {
      releaseName: names.release_name,
      valueFiles: [`$values/${input.valuesPath}/${ARTIFACT_FILES.values}`]
    }
  };
  const sources: NonNullable<IApplication['spec']['sources']> = [
    chartSource,
    { repoURL: runtimeFacts.repo_url, targetRevision: runtimeFacts.branch, ref: 'values' }
  ];
  if (input.manifests.length > 0) {
    sources.push({
      repoURL: runtimeFacts.repo_url,
      targetRevision: runtimeFacts.branch,
      path: input.valuesPath,
      directory: {
        include:
          input.manifests.length === 1
            ? (input.manifests[0] ?? '')
            : `{${input.manifests.join(',')}}`
      }
    });
  }
  const { sync } = settings;
  const syncOptions = ['CreateNamespace=true'];
  // KEDA's HPA changes the Deployment's replicas: Argo CD must neither show that as drift nor undo it.
  const ignoreDifferences = settings.keda.enabled
    ? [
        {
          group: 'apps',
          kind: 'Deployment',
          name: names.release_name,
          jsonPointers: ['/spec/replicas']
        }
      ]
    : [];
  if (ignoreDifferences.length > 0) syncOptions.push('RespectIgnoreDifferences=true');
  return {
    apiVersion: 'argoproj.io/v1alpha1',
    kind: 'Application',
    metadata: {
      name: names.namespace,
      namespace: input.argocd.namespace,
      labels: sorted(input.labels)
    },
    spec: {
      project: input.argocd.project,
      sources,
      destination: { server: input.argocd.destination_server, namespace: names.namespace },
      ...(ignoreDifferences.length > 0 ? { ignoreDifferences } : {}),
      syncPolicy: {
        ...(sync.automated ? { automated: { prune: sync.prune, selfHeal: sync.self_heal } } : {}),
        syncOptions,
        managedNamespaceMetadata: { labels: sorted(input.labels) }
      }
    }
  };
}

/** A KEDA ScaledObject for the chart's Deployment (named after the release). */
export function kedaScaledObject(
  names: Names,
  labels: Record<string, string>,
  keda: KedaSettings
): IScaledObject {
  const triggers: IScaledObject['spec']['triggers'] = [
    { type: 'cpu', metricType: 'Utilization', metadata: { value: String(keda.cpu_utilization) } }
  ];
  if (keda.memory_utilization !== undefined)
    triggers.push({
      type: 'memory',
      metricType: 'Utilization',
      metadata: { value: String(keda.memory_utilization) }
    });
  return {
    apiVersion: 'keda.sh/v1alpha1',
    kind: 'ScaledObject',
    metadata: { name: names.release_name, namespace: names.namespace, labels: sorted(labels) },
    spec: {
      scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: names.release_name },
      minReplicaCount: keda.min_replicas,
      maxReplicaCount: keda.max_replicas,
      triggers
    }
  };
}

/**
 * A Karpenter NodePool for the app's pods (values.yaml selects it by `karpenter.sh/nodepool`),
 * made from the EC2NodeClass the config names. Cluster-scoped: named after the namespace.
 */
export function karpenterNodePool(
  names: Names,
  labels: Record<string, string>,
  karpenter: KarpenterSettings
): INodePool {
  const limits: Record<string, string> = {};
  if (karpenter.cpu_limit !== undefined) limits['cpu'] = karpenter.cpu_limit;
  if (karpenter.memory_limit !== undefined) limits['memory'] = karpenter.memory_limit;
  return {
    apiVersion: 'karpenter.sh/v1',
    kind: 'NodePool',
    metadata: { name: names.namespace, labels: sorted(labels) },
    spec: {
      template: {
        metadata: { labels: sorted(labels) },
        spec: {
          nodeClassRef: {
            group: 'karpenter.k8s.aws',
            kind: 'EC2NodeClass',
            name: karpenter.node_class
          },
          requirements: [
            {
              key: 'karpenter.sh/capacity-type',
              operator: 'In',
              values: [...karpenter.capacity_types]
            },
            { key: 'kubernetes.io/arch', operator: 'In', values: [...karpenter.architectures] },
            { key: 'kubernetes.io/os', operator: 'In', values: ['linux'] }
          ]
        }
      },
      ...(Object.keys(limits).length > 0 ? { limits } : {}),
      disruption: {
        consolidationPolicy: 'WhenEmptyOrUnderutilized',
        consolidateAfter: karpenter.consolidate_after
      }
    }
  };
}

/** Validates a manifest against the schema its kind publishes (the CRD's OpenAPI schema). */
export function validateManifest(
  file: string,
  manifest: IApplication | IScaledObject | INodePool
): void {
  switch (manifest.kind) {
    case 'Application':
      return check(file, 'Argo CD Application (argoproj.io/v1alpha1)', () =>
        new Application(manifest).validate()
      );
    case 'ScaledObject':
      return check(file, 'KEDA ScaledObject (keda.sh/v1alpha1)', () =>
        new ScaledObject(manifest).validate()
      );
    case 'NodePool':
      return check(file, 'Karpenter NodePool (karpenter.sh/v1)', () =>
        new NodePool(manifest).validate()
      );
  }
}

function check(file: string, schema: string, validate: () => void): void {
  try {
    validate();
  } catch (error) {
    throw new ManifestError(file, schema, errorMessage(error));
  }
}
