import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { ActionError } from '../common/errors.js';

/**
 * Argo CD's official install manifests at pinned versions: `manifests/install.yaml` and
 * `manifests/crds/` of the `github.com/argoproj/argo-cd/v3` module, which `npm run tools` fetches
 * into the cache. A version not in this table is refused, and so is a file whose sha256 is not
 * the pinned one: what is installed is exactly what was reviewed.
 */
export const ARGOCD_VERSIONS: Readonly<Record<string, { installSha256: string }>> = {
  '3.6.1': { installSha256: '7be23ca7d9ca3d3074dee8332f1ca92a933b990cee7c9cf22cf3843ee8c2913e' }
};
export const DEFAULT_ARGOCD_VERSION = '3.6.1';
/** install.yaml binds its cluster roles to service accounts of this namespace. */
export const ARGOCD_NAMESPACE = 'argocd';

/** The kinds of install.yaml that are not namespaced. */
const CLUSTER_SCOPED = new Set(['CustomResourceDefinition', 'ClusterRole', 'ClusterRoleBinding']);

export interface ManifestObject {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; [key: string]: unknown };
  [key: string]: unknown;
}

export interface ArgoCdManifests {
  version: string;
  dir: string;
  /** The CRDs, applied first and waited for. */
  crds: ManifestObject[];
  /** Everything else of install.yaml, namespaced objects in the Argo CD namespace. */
  objects: ManifestObject[];
  /** Names of the CRDs in manifests/crds/. */
  crdNames: string[];
}

export class ArgoCdManifestError extends ActionError {}

/** Where `npm run tools` puts the manifests of a version. */
export function defaultManifestsDir(version: string, env: NodeJS.ProcessEnv = process.env): string {
  const cache = env['XDG_CACHE_HOME'] || join(homedir(), '.cache');
  return join(cache, 'platform-actions', 'argocd', version);
}

export function knownVersion(version: string): boolean {
  return Object.hasOwn(ARGOCD_VERSIONS, version);
}

function parseObjects(file: string, text: string): ManifestObject[] {
  const objects: ManifestObject[] = [];
  for (const doc of parseAllDocuments(text)) {
    if ('errors' in doc && doc.errors.length > 0)
      throw new ArgoCdManifestError(`${file}: not valid YAML: ${doc.errors[0]?.message ?? ''}`);
    const value: unknown = doc.toJS();
    if (value === null || value === undefined) continue;
    const object = value as Partial<ManifestObject>;
    if (
      typeof object.apiVersion !== 'string' ||
      typeof object.kind !== 'string' ||
      typeof object.metadata?.name !== 'string'
    )
      throw new ArgoCdManifestError(
        `${file}: a document without apiVersion, kind or metadata.name`
      );
    objects.push(object as ManifestObject);
  }
  return objects;
}

/** Reads and checks the manifests of a pinned version from `dir`. */
export function loadArgoCdManifests(version: string, dir: string): ArgoCdManifests {
  const pinned = ARGOCD_VERSIONS[version];
  if (pinned === undefined)
    throw new ArgoCdManifestError(
      `Argo CD ${version} is not a pinned version: use one of ${Object.keys(ARGOCD_VERSIONS).join(', ')}`
    );
  const installFile = join(dir, 'install.yaml');
  const crdDir = join(dir, 'crds');
  if (!existsSync(installFile) || !existsSync(crdDir))
    throw new ArgoCdManifestError(
      `${dir} has no install.yaml and crds/ of Argo CD ${version}: run 'TOOLS_ONLY=argocd-manifests npm run tools', or give argocd-manifests`
    );
  const bytes = readFileSync(installFile);
  const sum = createHash('sha256').update(bytes).digest('hex');
  if (sum !== pinned.installSha256)
    throw new ArgoCdManifestError(
      `${installFile} has sha256 ${sum}, but Argo CD ${version}'s install.yaml has ${pinned.installSha256}: fetch it again with 'TOOLS_ONLY=argocd-manifests npm run tools'`
    );
  const all = parseObjects(installFile, bytes.toString('utf8'));
  const crds = all.filter((o) => o.kind === 'CustomResourceDefinition');
  const objects = all
    .filter((o) => o.kind !== 'CustomResourceDefinition')
    .map((o) =>
      CLUSTER_SCOPED.has(o.kind)
        ? o
        : { ...o, metadata: { ...o.metadata, namespace: ARGOCD_NAMESPACE } }
    );
  // crds/ also holds a kustomization.yaml: only the CRD files are read.
  // Only the names are needed from crds/ (the CRDs themselves are install.yaml's): read from the
  // top-level metadata, without parsing megabytes of schema a second time.
  const crdNames = readdirSync(crdDir)
    .filter((f) => f.endsWith('-crd.yaml'))
    .sort()
    .map((f) => {
      const text = readFileSync(join(crdDir, f), 'utf8');
      const name = /^metadata:\n(?: {2}.*\n)*? {2}name: (\S+)$/m.exec(text)?.[1];
      if (!/^kind: CustomResourceDefinition$/m.test(text) || name === undefined)
        throw new ArgoCdManifestError(
          `${join(crdDir, f)}: not a CustomResourceDefinition with metadata.name`
        );
      return name;
    });
  const inInstall = new Set(crds.map((c) => c.metadata.name));
  const missing = crdNames.filter((n) => !inInstall.has(n));
  if (missing.length > 0)
    throw new ArgoCdManifestError(`${installFile} lacks the CRDs ${missing.join(', ')} of crds/`);
  return { version, dir, crds, objects, crdNames };
}
