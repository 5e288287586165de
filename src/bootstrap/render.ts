import { AppProject } from '@kubernetes-models/argo-cd/argoproj.io/v1alpha1/AppProject';
import { ApplicationSet } from '@kubernetes-models/argo-cd/argoproj.io/v1alpha1/ApplicationSet';
import { isDocument, parseDocument } from 'yaml';
import { ActionError } from '../common/errors.js';
import { ARGOCD_NAMESPACE, type ManifestObject } from './argocd.js';

/**
 * The root objects of a cluster's GitOps: one AppProject and one ApplicationSet per environment,
 * whose list generator holds the environment's apps and whose template takes them from the
 * runtime-facts repository and branch. Pure: the same settings give the same objects, so a second
 * bootstrap changes nothing.
 */

/** Every root object carries these labels: a later bootstrap finds the ones it no longer renders. */
export const ROOT_LABEL = 'platform-actions.io/bootstrap';
export const ROOT_LABEL_VALUE = 'root';
export const ROOT_SELECTOR = `${ROOT_LABEL}=${ROOT_LABEL_VALUE}`;
const MANAGED_BY = { 'app.kubernetes.io/managed-by': 'platform-actions' };
const IN_CLUSTER = 'https://kubernetes.default.svc';

/** What each generated Application's template may refer to, as `{{.name}}`. */
export const TEMPLATE_KEYS = [
  'app',
  'env',
  'cluster',
  'cloud',
  'repoURL',
  'branch',
  'project'
] as const;

export interface RootSettings {
  cluster: string;
  cloud: string;
  environments: readonly string[];
  apps: readonly string[];
  repository: string;
  branch: string;
  /** Path of an app in the repository, a Go template over TEMPLATE_KEYS. */
  path: string;
  project: string;
  /** A replacement for the Application template (metadata and spec), already parsed. */
  template?: ApplicationTemplate;
}

export interface ApplicationTemplate {
  file: string;
  metadata: Record<string, unknown>;
  spec: Record<string, unknown>;
}

/** A template file or rendered object that cannot be sent, with where and why. */
export class TemplateError extends ActionError {}

/** The Go template references of a string that are not TEMPLATE_KEYS, and unclosed actions. */
export function templateProblems(text: string): string[] {
  const problems: string[] = [];
  const opens = text.split('{{').length - 1;
  const closes = text.split('}}').length - 1;
  if (opens !== closes) problems.push(`'${text}' has ${opens} '{{' but ${closes} '}}'`);
  for (const action of text.matchAll(/\{\{(.*?)\}\}/g))
    for (const ref of (action[1] ?? '').matchAll(/(?<![\w)\]])\.([A-Za-z_]\w*)/g)) {
      const key = ref[1] ?? '';
      if (!(TEMPLATE_KEYS as readonly string[]).includes(key))
        problems.push(
          `'{{${action[1] ?? ''}}}' refers to .${key}: the elements have ${TEMPLATE_KEYS.map((k) => `.${k}`).join(', ')}`
        );
    }
  return problems;
}

function walkStrings(
  value: unknown,
  path: string,
  visit: (text: string, path: string) => void
): void {
  if (typeof value === 'string') visit(value, path);
  else if (Array.isArray(value)) value.forEach((v, i) => walkStrings(v, `${path}[${i}]`, visit));
  else if (value !== null && typeof value === 'object')
    for (const [k, v] of Object.entries(value))
      walkStrings(v, path === '' ? k : `${path}.${k}`, visit);
}

/** Parses a template file: a mapping with `metadata` and `spec`, every reference known. */
export function parseApplicationTemplate(file: string, text: string): ApplicationTemplate {
  const doc = parseDocument(text, { prettyErrors: true });
  if (!isDocument(doc) || doc.errors.length > 0)
    throw new TemplateError(`${file}: not valid YAML: ${doc.errors[0]?.message ?? ''}`);
  const data: unknown = doc.toJS();
  if (data === null || typeof data !== 'object' || Array.isArray(data))
    throw new TemplateError(
      `${file}: expected a mapping with metadata and spec (the template of each generated Application)`
    );
  const record = data as Record<string, unknown>;
  const extra = Object.keys(record).filter((k) => k !== 'metadata' && k !== 'spec');
  if (extra.length > 0)
    throw new TemplateError(
      `${file}: unknown key ${extra.join(', ')}: a template has metadata and spec only`
    );
  const isMap = (v: unknown): v is Record<string, unknown> =>
    v !== null && typeof v === 'object' && !Array.isArray(v);
  if (!isMap(record['metadata']) || !isMap(record['spec']))
    throw new TemplateError(`${file}: metadata and spec must both be mappings`);
  const problems: string[] = [];
  walkStrings(record, '', (s, path) => {
    for (const p of templateProblems(s)) problems.push(`${path}: ${p}`);
  });
  if (problems.length > 0)
    throw new TemplateError(
      `${file}: malformed template:\n${problems.map((p) => `  ${p}`).join('\n')}`
    );
  return { file, metadata: record['metadata'], spec: record['spec'] };
}

export function applicationSetName(project: string, env: string): string {
  return `${project}-${env}`;
}

function defaultTemplate(s: RootSettings): {
  metadata: Record<string, unknown>;
  spec: Record<string, unknown>;
} {
  return {
    metadata: {
      name: '{{.app}}-{{.env}}',
      labels: {
        ...MANAGED_BY,
        'platform-actions.io/env': '{{.env}}',
        'platform-actions.io/app': '{{.app}}'
      },
      // Deleting an Application then deletes what it deployed (the cascade teardown relies on).
      finalizers: ['resources-finalizer.argocd.argoproj.io']
    },
    spec: {
      project: s.project,
      source: { repoURL: s.repository, targetRevision: s.branch, path: s.path },
      destination: { server: IN_CLUSTER, namespace: '{{.app}}-{{.env}}' },
      syncPolicy: {
        automated: { prune: true, selfHeal: true },
        syncOptions: ['CreateNamespace=true']
      }
    }
  };
}

function rootMetadata(name: string, s: RootSettings, env?: string): ManifestObject['metadata'] {
  return {
    name,
    namespace: ARGOCD_NAMESPACE,
    labels: {
      ...MANAGED_BY,
      [ROOT_LABEL]: ROOT_LABEL_VALUE,
      ...(env === undefined ? {} : { 'platform-actions.io/env': env })
    },
    annotations: { 'platform-actions.io/cluster': s.cluster }
  };
}

/** The AppProject and the ApplicationSets, each checked against the Argo CD schema. */
export function renderRootObjects(s: RootSettings): ManifestObject[] {
  const problems = templateProblems(s.path).map((p) => `path: ${p}`);
  if (problems.length > 0)
    throw new TemplateError(`malformed path template:\n  ${problems.join('\n  ')}`);
  const project = {
    apiVersion: 'argoproj.io/v1alpha1',
    kind: 'AppProject',
    metadata: rootMetadata(s.project, s),
    spec: {
      description: `Applications of cluster ${s.cluster}, from ${s.repository} (${s.branch})`,
      sourceRepos: [s.repository],
      destinations: [{ server: IN_CLUSTER, namespace: '*' }],
      clusterResourceWhitelist: [{ group: '', kind: 'Namespace' }]
    }
  };
  const template = s.template ?? defaultTemplate(s);
  const sets = s.environments.map((env) => ({
    apiVersion: 'argoproj.io/v1alpha1',
    kind: 'ApplicationSet',
    metadata: rootMetadata(applicationSetName(s.project, env), s, env),
    spec: {
      goTemplate: true,
      goTemplateOptions: ['missingkey=error'],
      generators: [
        {
          list: {
            elements: s.apps.map((app) => ({
              app,
              env,
              cluster: s.cluster,
              cloud: s.cloud,
              repoURL: s.repository,
              branch: s.branch,
              project: s.project
            }))
          }
        }
      ],
      template: { metadata: template.metadata, spec: template.spec }
    }
  }));
  const where = s.template === undefined ? '' : ` (template-file ${s.template.file})`;
  const checked: ManifestObject[] = [];
  for (const [object, Model] of [
    [project, AppProject],
    ...sets.map((set) => [set, ApplicationSet] as const)
  ] as const) {
    try {
      new Model(object as never).validate();
    } catch (error) {
      throw new TemplateError(
        `${object.kind} ${object.metadata.name}${where} breaks the Argo CD schema: ${error instanceof Error ? error.message : String(error)}`
      );
    }
    checked.push(object as ManifestObject);
  }
  return checked;
}
