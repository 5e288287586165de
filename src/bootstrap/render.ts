import { AppProject } from '@kubernetes-models/argo-cd/argoproj.io/v1alpha1/AppProject';
import { ApplicationSet } from '@kubernetes-models/argo-cd/argoproj.io/v1alpha1/ApplicationSet';
import { ARGOCD_NAMESPACE, type ManifestObject } from './argocd.js';
import { TemplateError, templateProblems, type ApplicationTemplate } from './template.js';

export {
  parseApplicationTemplate,
  TEMPLATE_KEYS,
  TemplateError,
  templateProblems,
  type ApplicationTemplate
} from './template.js';

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
