import type { KubernetesObject } from '@kubernetes/client-node';
import type { Clock } from '../common/clock.js';
import { ActionError } from '../common/errors.js';
import type { Log } from '../common/log.js';
import { ARGOCD_NAMESPACE, loadArgoCdManifests, type ManifestObject } from './argocd.js';
import type { ApplyOutcome, KubeCluster, ObjectRef, Refusal } from './cluster.js';
import { renderRootObjects, ROOT_SELECTOR, type RootSettings } from './render.js';

/**
 * The GitOps bootstrap of a cluster: Argo CD from its pinned install manifests, then the root
 * AppProject and ApplicationSets rendered from the runtime facts, all by server-side apply under
 * one field manager, so that a second run changes nothing. Root objects of an earlier bootstrap
 * that are no longer rendered are listed, and deleted only with `prune`.
 */

export interface BootstrapSettings {
  /** Shown in messages: the facts file and the context it names. */
  factsFile: string;
  context: string;
  roots: RootSettings;
  argocdVersion: string;
  manifestsDir: string;
  prune: boolean;
  fieldManager: string;
  /** The whole wait for the CRDs (bootstrap) or for what blocks a destroy (teardown). */
  timeoutMs: number;
  intervalMs: number;
}

export interface BootstrapDeps {
  cluster: KubeCluster;
  log: Log;
  clock: Clock;
}

export interface AppliedObject {
  kind: string;
  name: string;
  namespace?: string | undefined;
  outcome: ApplyOutcome;
}

export interface BootstrapResult {
  server: string;
  serverVersion: string;
  argocdVersion: string;
  applied: AppliedObject[];
  refused: Refusal[];
  /** Root objects of an earlier bootstrap that this one no longer renders. */
  stale: ObjectRef[];
  pruned: ObjectRef[];
  crdsEstablishedMs: number;
  totalMs: number;
  /** Why the step fails, when it does. */
  failure?: string;
}

export class BootstrapTimeoutError extends ActionError {}

const NAMESPACE: ManifestObject = {
  apiVersion: 'v1',
  kind: 'Namespace',
  metadata: { name: ARGOCD_NAMESPACE, labels: { 'app.kubernetes.io/part-of': 'argocd' } }
};

/** Applies a few objects at a time: the server is quicker with some requests in flight. */
async function applyAll(
  objects: readonly ManifestObject[],
  deps: BootstrapDeps,
  fieldManager: string,
  result: BootstrapResult
): Promise<void> {
  const queue = [...objects];
  const worker = async () => {
    for (let object = queue.shift(); object !== undefined; object = queue.shift()) {
      const applied = await deps.cluster.apply(object, fieldManager);
      if ('refused' in applied) {
        result.refused.push(applied.refused);
        deps.log.warning(
          `the API server refused ${applied.refused.kind} ${applied.refused.name}: ${applied.refused.message}`
        );
      } else
        result.applied.push({
          kind: object.kind,
          name: object.metadata.name,
          namespace: object.metadata.namespace,
          outcome: applied.outcome
        });
    }
  };
  await Promise.all(Array.from({ length: Math.min(4, objects.length) }, worker));
}

function established(crd: KubernetesObject | undefined): boolean {
  const conditions = (
    crd as { status?: { conditions?: { type?: string; status?: string }[] } } | undefined
  )?.status?.conditions;
  return conditions?.some((c) => c.type === 'Established' && c.status === 'True') ?? false;
}

async function waitForCrds(
  names: readonly string[],
  settings: BootstrapSettings,
  deps: BootstrapDeps,
  started: number
) {
  const deadline = started + settings.timeoutMs;
  let pending = [...names];
  for (;;) {
    const states = await Promise.all(
      pending.map(async (name) => ({
        name,
        ok: established(
          await deps.cluster.read({
            apiVersion: 'apiextensions.k8s.io/v1',
            kind: 'CustomResourceDefinition',
            name
          })
        )
      }))
    );
    pending = states.filter((s) => !s.ok).map((s) => s.name);
    if (pending.length === 0) return;
    if (deps.clock.now() >= deadline)
      throw new BootstrapTimeoutError(
        `The CRDs ${pending.join(', ')} were not Established within ${settings.timeoutMs / 1000} s`
      );
    await deps.clock.sleep(settings.intervalMs);
  }
}

const sortRefs = (refs: ObjectRef[]) =>
  refs.sort((a, b) => `${a.kind}/${a.name}`.localeCompare(`${b.kind}/${b.name}`));

/**
 * Runs the bootstrap. Everything that can be checked without the cluster (versions, manifests,
 * rendered objects) is checked first, then the server is reached and the credentials proved:
 * a bad input or an unreachable, untrusted or refusing server applies nothing.
 */
export async function runBootstrap(
  settings: BootstrapSettings,
  deps: BootstrapDeps
): Promise<BootstrapResult> {
  const started = deps.clock.now();
  const manifests = loadArgoCdManifests(settings.argocdVersion, settings.manifestsDir);
  const roots = renderRootObjects(settings.roots);
  const { gitVersion } = await deps.log.group(
    `Reach ${deps.cluster.server} (context ${settings.context})`,
    () => deps.cluster.preflight()
  );
  const result: BootstrapResult = {
    server: deps.cluster.server,
    serverVersion: gitVersion,
    argocdVersion: manifests.version,
    applied: [],
    refused: [],
    stale: [],
    pruned: [],
    crdsEstablishedMs: 0,
    totalMs: 0
  };
  const fm = settings.fieldManager;
  await deps.log.group(`Install Argo CD ${manifests.version}`, async () => {
    await applyAll([NAMESPACE], deps, fm, result);
    await applyAll(manifests.crds, deps, fm, result);
    if (result.refused.length > 0) return;
    await waitForCrds(
      manifests.crds.map((c) => c.metadata.name),
      settings,
      deps,
      started
    );
    result.crdsEstablishedMs = deps.clock.now() - started;
    deps.log.info(`${manifests.crds.length} CRDs Established after ${result.crdsEstablishedMs} ms`);
    await applyAll(manifests.objects, deps, fm, result);
  });
  if (result.refused.length > 0) {
    result.failure = `The API server refused ${result.refused.length} object(s) of Argo CD's install manifests; the root ApplicationSets were not applied`;
    result.totalMs = deps.clock.now() - started;
    return result;
  }
  await deps.log.group('Apply the root AppProject and ApplicationSets', async () => {
    // The AppProject first: the ApplicationSets' applications belong to it.
    await applyAll(roots.slice(0, 1), deps, fm, result);
    await applyAll(roots.slice(1), deps, fm, result);
  });
  await deps.log.group('Root objects no longer rendered', async () => {
    const rendered = new Set(roots.map((o) => `${o.kind}/${o.metadata.name}`));
    for (const kind of ['ApplicationSet', 'AppProject']) {
      const live = await deps.cluster.list('argoproj.io/v1alpha1', kind, {
        namespace: ARGOCD_NAMESPACE,
        labelSelector: ROOT_SELECTOR
      });
      for (const o of live) {
        const name = o.metadata?.name ?? '';
        if (!rendered.has(`${kind}/${name}`))
          result.stale.push({
            apiVersion: 'argoproj.io/v1alpha1',
            kind,
            name,
            namespace: ARGOCD_NAMESPACE
          });
      }
    }
    sortRefs(result.stale);
    if (result.stale.length === 0) deps.log.info('none');
    for (const ref of result.stale) {
      if (settings.prune) {
        await deps.cluster.delete(ref, 'Background');
        result.pruned.push(ref);
        deps.log.info(`pruned ${ref.kind} ${ref.name}`);
      } else deps.log.info(`${ref.kind} ${ref.name}: no longer rendered; kept (prune is off)`);
    }
  });
  if (result.refused.length > 0)
    result.failure = `The API server refused ${result.refused.length} root object(s): ${result.refused
      .map((r) => `${r.kind} ${r.name}`)
      .join(', ')}`;
  result.totalMs = deps.clock.now() - started;
  return result;
}

export function bootstrapOutputs(result: BootstrapResult): Record<string, string> {
  const count = (o: ApplyOutcome) => String(result.applied.filter((a) => a.outcome === o).length);
  return {
    'argocd-version': result.argocdVersion,
    created: count('created'),
    configured: count('configured'),
    unchanged: count('unchanged'),
    pruned: String(result.pruned.length),
    stale: result.stale.map((r) => `${r.kind}/${r.name}`).join('\n'),
    refused: String(result.refused.length)
  };
}

// --- teardown ----------------------------------------------------------------

export interface TeardownSettings {
  context: string;
  timeoutMs: number;
  intervalMs: number;
}

export interface Blocker {
  kind: string;
  namespace: string;
  name: string;
  why: string;
}

export interface TeardownResult {
  server: string;
  deleted: ObjectRef[];
  /** How long the objects that block a destroy took to go. */
  waitedMs: number;
  /** What was still there at the end (empty when teardown completed). */
  remaining: Blocker[];
  failure?: string;
}

async function blockers(cluster: KubeCluster): Promise<Blocker[]> {
  const found: Blocker[] = [];
  const finalizers = (o: KubernetesObject) => o.metadata?.finalizers ?? [];
  const why = (o: KubernetesObject, what: string) =>
    finalizers(o).length > 0 ? `${what}, finalizers ${finalizers(o).join(', ')}` : what;
  for (const s of await cluster.list('v1', 'Service')) {
    if ((s as { spec?: { type?: string } }).spec?.type === 'LoadBalancer')
      found.push({
        kind: 'Service',
        namespace: s.metadata?.namespace ?? '',
        name: s.metadata?.name ?? '',
        why: why(s, 'type LoadBalancer')
      });
  }
  for (const p of await cluster.list('v1', 'PersistentVolumeClaim'))
    found.push({
      kind: 'PersistentVolumeClaim',
      namespace: p.metadata?.namespace ?? '',
      name: p.metadata?.name ?? '',
      why: why(p, 'a volume')
    });
  for (const a of await cluster.list('argoproj.io/v1alpha1', 'Application'))
    if (finalizers(a).length > 0)
      found.push({
        kind: 'Application',
        namespace: a.metadata?.namespace ?? '',
        name: a.metadata?.name ?? '',
        why: why(a, 'an Argo CD application')
      });
  return found.sort((a, b) =>
    `${a.kind}/${a.namespace}/${a.name}`.localeCompare(`${b.kind}/${b.namespace}/${b.name}`)
  );
}

/**
 * Teardown before a destroy: deletes the root ApplicationSets and AppProject and the Applications
 * they made, with cascade, then waits until no LoadBalancer Service, PersistentVolumeClaim or
 * Application with finalizers is left: these hold cloud load balancers and disks that would
 * outlive the cluster, or block its deletion.
 */
export async function runTeardown(
  settings: TeardownSettings,
  deps: BootstrapDeps
): Promise<TeardownResult> {
  const started = deps.clock.now();
  await deps.log.group(`Reach ${deps.cluster.server} (context ${settings.context})`, () =>
    deps.cluster.preflight()
  );
  const result: TeardownResult = {
    server: deps.cluster.server,
    deleted: [],
    waitedMs: 0,
    remaining: []
  };
  const crd = await deps.cluster.read({
    apiVersion: 'apiextensions.k8s.io/v1',
    kind: 'CustomResourceDefinition',
    name: 'applications.argoproj.io'
  });
  await deps.log.group('Delete the root applications (cascade)', async () => {
    if (crd === undefined) {
      deps.log.info('Argo CD is not installed: nothing to delete');
      return;
    }
    const refs: ObjectRef[] = [];
    for (const kind of ['ApplicationSet', 'AppProject'])
      for (const o of await deps.cluster.list('argoproj.io/v1alpha1', kind, {
        namespace: ARGOCD_NAMESPACE,
        labelSelector: ROOT_SELECTOR
      }))
        refs.push({
          apiVersion: 'argoproj.io/v1alpha1',
          kind,
          name: o.metadata?.name ?? '',
          namespace: ARGOCD_NAMESPACE
        });
    for (const o of await deps.cluster.list('argoproj.io/v1alpha1', 'Application', {
      labelSelector: 'app.kubernetes.io/managed-by=platform-actions'
    }))
      refs.push({
        apiVersion: 'argoproj.io/v1alpha1',
        kind: 'Application',
        name: o.metadata?.name ?? '',
        namespace: o.metadata?.namespace
      });
    // Applications before their sets and project, so the cascade runs under a project that exists.
    const order = { Application: 0, ApplicationSet: 1, AppProject: 2 } as Record<string, number>;
    refs.sort(
      (a, b) => (order[a.kind] ?? 9) - (order[b.kind] ?? 9) || a.name.localeCompare(b.name)
    );
    for (const ref of refs)
      if (await deps.cluster.delete(ref, 'Background')) result.deleted.push(ref);
    deps.log.info(
      result.deleted.length === 0
        ? 'none to delete'
        : result.deleted.map((r) => `deleted ${r.kind} ${r.name}`).join('\n')
    );
  });
  await deps.log.group(
    'Wait for LoadBalancer Services, PVCs and Application finalizers',
    async () => {
      const deadline = started + settings.timeoutMs;
      for (;;) {
        const left =
          crd === undefined
            ? (await blockers(deps.cluster)).filter((b) => b.kind !== 'Application')
            : await blockers(deps.cluster);
        result.waitedMs = deps.clock.now() - started;
        if (left.length === 0) return;
        if (deps.clock.now() >= deadline) {
          result.remaining = left;
          result.failure = `Teardown timed out after ${settings.timeoutMs / 1000} s; still there: ${left
            .map((b) => `${b.kind} ${b.namespace}/${b.name} (${b.why})`)
            .join('; ')}`;
          return;
        }
        await deps.clock.sleep(settings.intervalMs);
      }
    }
  );
  return result;
}
