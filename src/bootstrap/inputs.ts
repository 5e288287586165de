import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseDuration } from '../common/duration.js';
import { ActionError, InputError, InputErrors } from '../common/errors.js';
import {
  booleanField,
  durationRule,
  isTrue,
  readAll,
  splitLines,
  type InputReader,
  existingPath
} from '../common/inputs.js';
import { readFactMap, FACTS_FILE } from '../facts/fact-map.js';
import {
  defaultManifestsDir,
  knownVersion,
  ARGOCD_VERSIONS,
  DEFAULT_ARGOCD_VERSION
} from './argocd.js';
import type { BootstrapSettings, TeardownSettings } from './job.js';
import {
  parseApplicationTemplate,
  templateProblems,
  type ApplicationTemplate
} from './template.js';

/** The inputs of gitops-bootstrap, shared by the action and `platformctl bootstrap`. */
export const BOOTSTRAP_INPUTS = [
  'operation',
  'facts-file',
  'kubeconfig',
  'kubeconfig-file',
  'repository',
  'branch',
  'environments',
  'apps',
  'path',
  'project',
  'template-file',
  'argocd-version',
  'argocd-manifests',
  'prune',
  'field-manager',
  'timeout',
  'interval',
  'request-timeout'
] as const;

/** The defaults of action.yml, for readers (the CLI, tests) that do not fill them in. */
export const BOOTSTRAP_DEFAULTS: Readonly<Record<string, string>> = {
  operation: 'bootstrap',
  branch: 'runtime-facts',
  path: '{{.cloud}}/{{.env}}/apps/{{.app}}',
  project: 'platform',
  'argocd-version': DEFAULT_ARGOCD_VERSION,
  prune: 'false',
  'field-manager': 'platform-actions-bootstrap',
  timeout: '5m',
  interval: '1s',
  'request-timeout': '30s'
};

const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const FIELD_MANAGER = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;

export interface BootstrapInputs {
  operation: 'bootstrap' | 'teardown';
  /** Where the kubeconfig came from, for messages (never its content). */
  kubeconfigSource: string;
  kubeconfig: string;
  bootstrap: BootstrapSettings;
  teardown: TeardownSettings;
  requestTimeoutMs: number;
}

/** The facts the bootstrap reads: the context, the cluster and its environments. */
interface ClusterFacts {
  context: string;
  cluster: string;
  cloud: string;
  environments: string[];
}

function readFacts(file: string, shown: string, errors: InputError[]): ClusterFacts | undefined {
  let facts;
  try {
    facts = readFactMap(file, shown);
  } catch (error) {
    errors.push(
      new InputError('facts-file', shown, error instanceof Error ? error.message : String(error))
    );
    return undefined;
  }
  const v = facts.values;
  const text = (name: string) =>
    typeof v[name] === 'string' && v[name] !== '' ? (v[name] as string) : undefined;
  const context = text('kube_context');
  const cluster = text('cluster_name');
  if (context === undefined)
    errors.push(
      new InputError(
        'facts-file',
        shown,
        'the facts have no kube_context: expected the kubectl context of the cluster (an output of every cluster stack)'
      )
    );
  if (cluster === undefined)
    errors.push(
      new InputError(
        'facts-file',
        shown,
        'the facts have no cluster_name: expected the name of the cluster'
      )
    );
  const gateways = v['env_gateway_public_addresses'];
  const environments =
    gateways !== null && typeof gateways === 'object' && !Array.isArray(gateways)
      ? Object.keys(gateways).sort()
      : [];
  if (context === undefined || cluster === undefined) return undefined;
  return { context, cluster, cloud: text('cluster_type') ?? 'local', environments };
}

function duration(
  name: string,
  raw: string,
  min: number,
  max: number,
  errors: InputError[]
): number {
  const rule = durationRule(raw, min, max);
  if (rule !== undefined) errors.push(new InputError(name, raw, rule));
  return parseDuration(raw) ?? 0;
}

function file(
  name: string,
  raw: string,
  workspace: string,
  errors: InputError[],
  what: string
): string | undefined {
  return existingPath(errors, {
    input: name,
    raw,
    path: resolve(workspace, raw),
    kind: 'file',
    hint: `expected ${what}`
  });
}

/** Every input, read and checked once, before the cluster is reached. */
export function getInputs(
  read: InputReader,
  workspace: string,
  env: NodeJS.ProcessEnv = process.env
): BootstrapInputs {
  const raw = readAll(read, BOOTSTRAP_INPUTS);
  for (const [name, value] of Object.entries(BOOTSTRAP_DEFAULTS)) raw[name] ||= value;
  const get = (name: (typeof BOOTSTRAP_INPUTS)[number]) => raw[name] ?? '';
  const errors: InputError[] = [];

  const operation = get('operation');
  if (operation !== 'bootstrap' && operation !== 'teardown')
    errors.push(new InputError('operation', operation, 'must be bootstrap or teardown'));
  const teardown = operation === 'teardown';

  let facts: ClusterFacts | undefined;
  if (get('facts-file') === '')
    errors.push(new InputError('facts-file', '', `is required: ${FACTS_FILE}`));
  else {
    const path = file('facts-file', get('facts-file'), workspace, errors, FACTS_FILE);
    if (path !== undefined) facts = readFacts(path, get('facts-file'), errors);
  }

  let kubeconfig = '';
  let kubeconfigSource = '';
  if (get('kubeconfig') !== '' && get('kubeconfig-file') !== '')
    errors.push(
      new InputError(
        'kubeconfig-file',
        get('kubeconfig-file'),
        'is given with kubeconfig: give one of them'
      )
    );
  else if (get('kubeconfig') !== '') {
    kubeconfig = get('kubeconfig');
    kubeconfigSource = "the input 'kubeconfig'";
  } else if (get('kubeconfig-file') !== '') {
    const path = file(
      'kubeconfig-file',
      get('kubeconfig-file'),
      workspace,
      errors,
      'a kubeconfig file'
    );
    if (path !== undefined) {
      kubeconfig = readFileSync(path, 'utf8');
      kubeconfigSource = `kubeconfig-file ${get('kubeconfig-file')}`;
    }
  } else
    errors.push(
      new InputError(
        'kubeconfig',
        '',
        'is required (or kubeconfig-file): the access to the cluster'
      )
    );

  const repository = get('repository');
  if (!teardown) {
    if (repository === '')
      errors.push(
        new InputError(
          'repository',
          '',
          'is required: the URL of the runtime-facts repository Argo CD reads the apps from'
        )
      );
    else if (!/^(https:\/\/|ssh:\/\/|git@)[^\s]+$/.test(repository))
      errors.push(
        new InputError(
          'repository',
          repository,
          'must be a git URL: https://…, ssh://… or git@host:path'
        )
      );
  }
  const branch = get('branch');
  if (!/^[^\s~^:?*[\\]+$/.test(branch) || branch.startsWith('-'))
    errors.push(new InputError('branch', branch, 'must be a branch name'));

  const apps = splitLines(get('apps'));
  if (!teardown && apps.length === 0)
    errors.push(
      new InputError('apps', '', 'is required: the apps of each environment, one a line')
    );
  for (const app of apps)
    if (!DNS_LABEL.test(app) || app.length > 40)
      errors.push(
        new InputError(
          'apps',
          app,
          'each app must be a DNS label of at most 40 characters (lowercase letters, digits, -)'
        )
      );
  if (new Set(apps).size !== apps.length)
    errors.push(new InputError('apps', get('apps'), 'lists an app twice'));

  let environments = splitLines(get('environments'));
  for (const e of environments)
    if (!DNS_LABEL.test(e) || e.length > 20)
      errors.push(
        new InputError(
          'environments',
          e,
          'each environment must be a DNS label of at most 20 characters'
        )
      );
  if (environments.length === 0 && facts !== undefined) {
    environments = facts.environments;
    if (!teardown && environments.length === 0)
      errors.push(
        new InputError(
          'environments',
          '',
          'is empty and the facts have no env_gateway_public_addresses to take the environments from'
        )
      );
  }

  const project = get('project');
  if (!DNS_LABEL.test(project) || project.length > 40)
    errors.push(new InputError('project', project, 'must be a DNS label of at most 40 characters'));
  for (const p of templateProblems(get('path')))
    errors.push(new InputError('path', get('path'), p));

  let template: ApplicationTemplate | undefined;
  if (get('template-file') !== '') {
    const path = file(
      'template-file',
      get('template-file'),
      workspace,
      errors,
      'a YAML Application template (metadata and spec)'
    );
    if (path !== undefined)
      try {
        template = parseApplicationTemplate(get('template-file'), readFileSync(path, 'utf8'));
      } catch (error) {
        if (!(error instanceof ActionError)) throw error;
        errors.push(new InputError('template-file', get('template-file'), error.message));
      }
  }

  const version = get('argocd-version');
  if (!knownVersion(version))
    errors.push(
      new InputError(
        'argocd-version',
        version,
        `is not a pinned Argo CD version: use one of ${Object.keys(ARGOCD_VERSIONS).join(', ')}`
      )
    );
  const manifestsDir =
    get('argocd-manifests') === ''
      ? defaultManifestsDir(version, env)
      : resolve(workspace, get('argocd-manifests'));

  const prune = get('prune');
  if (!booleanField.safeParse(prune).success)
    errors.push(new InputError('prune', prune, 'must be true or false'));
  const fieldManager = get('field-manager');
  if (!FIELD_MANAGER.test(fieldManager))
    errors.push(
      new InputError(
        'field-manager',
        fieldManager,
        'must be 1 to 128 letters, digits, ., _, : or -'
      )
    );
  const timeoutMs = duration('timeout', get('timeout'), 1000, 6 * 3_600_000, errors);
  const intervalMs = duration('interval', get('interval'), 10, 600_000, errors);
  const requestTimeoutMs = duration(
    'request-timeout',
    get('request-timeout'),
    100,
    600_000,
    errors
  );

  if (errors.length > 0 || facts === undefined) throw new InputErrors(errors);
  return {
    operation: teardown ? 'teardown' : 'bootstrap',
    kubeconfig,
    kubeconfigSource,
    requestTimeoutMs,
    teardown: { context: facts.context, timeoutMs, intervalMs },
    bootstrap: {
      factsFile: get('facts-file'),
      context: facts.context,
      roots: {
        cluster: facts.cluster,
        cloud: facts.cloud,
        environments,
        apps,
        repository,
        branch,
        path: get('path'),
        project,
        ...(template === undefined ? {} : { template })
      },
      argocdVersion: version,
      manifestsDir,
      prune: isTrue(prune),
      fieldManager,
      timeoutMs,
      intervalMs
    }
  };
}

/** Masks a kubeconfig whole and line by line: the runner matches secrets within one line. */
export function maskKubeconfig(text: string, mask: (secret: string) => void): void {
  if (text.trim() === '') return;
  mask(text);
  for (const line of text.split(/\r?\n/)) {
    const value = line.replace(/^\s*[\w-]+:\s*/, '').trim();
    if (value.length >= 8) mask(value);
  }
}
