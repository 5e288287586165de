import { stringify } from 'yaml';
import {
  factIssue,
  FactsError,
  type CloudIdentity,
  type RuntimeFacts
} from '../facts/runtime-facts.js';
import {
  checkRule,
  ConfigError,
  deriveNames,
  gitOpsSettings,
  globalIssue,
  resolveSettings,
  settingIssue,
  type Config,
  type ConfigIssue,
  type DerivedNames,
  type GitOpsSettings,
  type NamingInput,
  type NamingInputs,
  type Settings
} from '../naming/index.js';
import type { ImageReference } from './image.js';
import {
  ARTIFACT_FILES,
  argoApplication,
  helmValues,
  karpenterNodePool,
  kedaScaledObject,
  ManifestError,
  sorted,
  validateManifest,
  validateValues
} from './manifests.js';

export interface ArtifactRequest {
  config: Config;
  naming: NamingInput;
  image: ImageReference | undefined;
  facts: RuntimeFacts | undefined;
}

/** One generated file: its name in the output folder and its exact bytes. */
export interface Artifact {
  file: string;
  content: string;
}

/** Where the app's workload identity came from, for the summary. */
export interface WorkloadIdentity extends CloudIdentity {
  /** The fact it was read from, e.g. `workload_identities.checkout`. */
  fact: string;
}

export interface GeneratedArtifacts extends DerivedNames {
  inputs: NamingInputs;
  settings: Settings;
  gitops: GitOpsSettings;
  /** The app's folder in the runtime-facts repository, where these files belong. */
  valuesPath: string;
  identity: WorkloadIdentity | undefined;
  /** The cluster the runtime facts describe, when there are facts. */
  cluster: { name: string; type: string; file: string } | undefined;
  /** In the order they are written; names.json last. */
  files: Artifact[];
  /** What a person should know, that is not an error (e.g. no image given). */
  notes: string[];
}

/** The names as the OpenTofu module outputs them: its objects' keys in lexical order. */
export function namesDocument(derived: DerivedNames): { names: object; tags: object } {
  return { names: sorted(derived.names), tags: sorted(derived.tags) };
}

/** names.json: the names as the HCL module outputs `names`, plus the tags. */
export function renderNamesJson(derived: DerivedNames): string {
  return `${JSON.stringify(namesDocument(derived), null, 2)}\n`;
}

/**
 * Derives the names and everything gen-values writes from them, the config and the runtime facts,
 * and validates every manifest; nothing is written. Errors: NamingError (inputs or names),
 * ConfigError (a setting gen-values needs, or one that cannot hold for this cloud), FactsError
 * (facts of another cloud or environment), ManifestError (a manifest its schema refuses).
 */
export function generateArtifacts(request: ArtifactRequest): GeneratedArtifacts {
  const { config, image, facts } = request;
  const derived = deriveNames(request.naming, config);
  const { names, tags } = derived;
  const inputs: NamingInputs = { ...request.naming, org: tags.org } as NamingInputs;
  const settings = resolveSettings(config, inputs.env);
  const gitops = gitOpsSettings(config);

  const issues: ConfigIssue[] = [];
  if (gitops.chart === undefined)
    issues.push(
      globalIssue(
        config,
        ['chart'],
        'is missing: expected the Helm chart the Argo CD Application deploys (repo_url, path or name, version)'
      )
    );
  if (gitops.runtime_facts === undefined)
    issues.push(
      globalIssue(
        config,
        ['runtime_facts'],
        'is missing: expected the repository Argo CD reads values.yaml from (repo_url, branch, path)'
      )
    );
  if (settings.karpenter.enabled && inputs.cloud !== 'aws')
    issues.push(
      settingIssue(
        config,
        inputs.env,
        ['karpenter', 'enabled'],
        `is true for ${inputs.env}, but Karpenter NodePools run only on AWS (EKS) and the cloud is ${inputs.cloud}: expected false, or no karpenter block, for ${inputs.cloud}`
      )
    );
  const { chart, runtime_facts: runtimeFacts } = gitops;
  if (issues.length > 0 || chart === undefined || runtimeFacts === undefined) {
    throw new ConfigError(issues);
  }

  let identity: WorkloadIdentity | undefined;
  let gatewayAddress: string | undefined;
  const notes: string[] = [];
  if (facts !== undefined) {
    const factIssues: ConfigIssue[] = [];
    if (facts.cluster_type !== inputs.cloud)
      factIssues.push(
        factIssue(
          facts,
          ['cluster_type', 'value'],
          `is ${JSON.stringify(facts.cluster_type)}, but the cloud is ${JSON.stringify(inputs.cloud)}: expected the facts of a ${inputs.cloud} cluster stack`
        )
      );
    gatewayAddress = facts.env_gateway_public_addresses[inputs.env];
    if (gatewayAddress === undefined)
      factIssues.push(
        factIssue(
          facts,
          ['env_gateway_public_addresses', 'value'],
          `has no address for ${inputs.env}: expected one for every environment the cluster serves (has ${Object.keys(facts.env_gateway_public_addresses).sort().join(', ') || 'none'})`
        )
      );
    if (factIssues.length > 0) throw new FactsError(factIssues);
    const own = facts.workload_identities[inputs.app];
    if (own !== undefined) identity = { ...own, fact: `workload_identities.${inputs.app}` };
    else
      notes.push(
        `The runtime facts hold no workload_identities.${inputs.app}: the service account gets no cloud identity.`
      );
  } else {
    notes.push(
      'No runtime facts: no workload identity and no ExternalDNS target; the cluster is not checked against the cloud.'
    );
  }
  if (image === undefined)
    notes.push(
      `No image: values.yaml names ${names.registry_repository} without a tag, so the chart's default tag is deployed.`
    );
  else if (image.repository !== names.registry_repository)
    notes.push(
      `The image repository ${image.repository} is not the app's registry repository ${names.registry_repository}.`
    );

  const labels = labelsOf(derived);
  const valuesPath = [runtimeFacts.path, inputs.cloud, names.cluster_name, names.namespace].join(
    '/'
  );
  const values = helmValues({ names, labels, settings, image, identity, gatewayAddress });
  validateValues(values, names.namespace);

  const manifests: [string, ReturnType<typeof kedaScaledObject | typeof karpenterNodePool>][] = [];
  if (settings.keda.enabled)
    manifests.push([ARTIFACT_FILES.keda, kedaScaledObject(names, labels, settings.keda)]);
  if (settings.karpenter.enabled)
    manifests.push([
      ARTIFACT_FILES.karpenter,
      karpenterNodePool(names, labels, settings.karpenter)
    ]);
  const application = argoApplication({
    names,
    labels,
    settings,
    argocd: gitops.argocd,
    chart,
    runtimeFacts,
    valuesPath,
    manifests: manifests.map(([file]) => file)
  });
  validateManifest(ARTIFACT_FILES.application, application);
  for (const [file, manifest] of manifests) validateManifest(file, manifest);

  const header = headerOf(inputs);
  const files: Artifact[] = [
    { file: ARTIFACT_FILES.values, content: yaml(header, values) },
    { file: ARTIFACT_FILES.application, content: yaml(header, application) },
    ...manifests.map(([file, manifest]) => ({ file, content: yaml(header, manifest) })),
    { file: ARTIFACT_FILES.names, content: renderNamesJson(derived) }
  ];
  const cluster =
    facts === undefined
      ? undefined
      : { name: facts.cluster_name, type: facts.cluster_type, file: facts.file };
  return { ...derived, inputs, settings, gitops, valuesPath, identity, cluster, files, notes };
}

/** The tags as Kubernetes labels; each value is checked as a label value, whatever the cloud. */
function labelsOf(derived: DerivedNames): Record<string, string> {
  const labels = sorted(derived.tags as Record<string, string>);
  for (const [key, value] of Object.entries(labels)) {
    const failure = checkRule('k8s-label-value', value)[0];
    if (failure !== undefined)
      throw new ManifestError(
        ARTIFACT_FILES.values,
        'Kubernetes label',
        `the tag ${key}=${JSON.stringify(value)} cannot be a label: ${failure.detail}`
      );
  }
  return labels;
}

function headerOf(inputs: NamingInputs): string {
  const said = (['org', 'cloud', 'env', 'region', 'bu', 'app', 'owner'] as const)
    .map((key) => `${key}=${inputs[key]}`)
    .join(' ');
  return `# Generated by gen-values from ${said}.\n# Do not edit: change the config or the inputs and generate again.\n`;
}

function yaml(header: string, document: unknown): string {
  return header + stringify(document, { lineWidth: 0, aliasDuplicateObjects: false });
}
