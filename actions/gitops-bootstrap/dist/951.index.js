export const id = 951;
export const ids = [951];
export const modules = {

/***/ 5951:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  bootstrapOutputs: () => (/* binding */ bootstrapOutputs),
  runBootstrap: () => (/* binding */ runBootstrap),
  runTeardown: () => (/* binding */ runTeardown)
});

// UNUSED EXPORTS: BootstrapTimeoutError

// EXTERNAL MODULE: ./src/common/errors.ts
var errors = __webpack_require__(4225);
// EXTERNAL MODULE: ./src/bootstrap/argocd.ts + 1 modules
var argocd = __webpack_require__(7184);
// EXTERNAL MODULE: ../../main/node_modules/@kubernetes-models/argo-cd/argoproj.io/v1alpha1/AppProject.js + 13 modules
var AppProject = __webpack_require__(2373);
// EXTERNAL MODULE: ../../main/node_modules/@kubernetes-models/argo-cd/argoproj.io/v1alpha1/ApplicationSet.js + 105 modules
var ApplicationSet = __webpack_require__(2141);
// EXTERNAL MODULE: ./src/bootstrap/template.ts
var bootstrap_template = __webpack_require__(6263);
;// CONCATENATED MODULE: ./src/bootstrap/render.ts





/**
 * The root objects of a cluster's GitOps: one AppProject and one ApplicationSet per environment,
 * whose list generator holds the environment's apps and whose template takes them from the
 * runtime-facts repository and branch. Pure: the same settings give the same objects, so a second
 * bootstrap changes nothing.
 */
/** Every root object carries these labels: a later bootstrap finds the ones it no longer renders. */
const ROOT_LABEL = 'platform-actions.io/bootstrap';
const ROOT_LABEL_VALUE = 'root';
const ROOT_SELECTOR = `${ROOT_LABEL}=${ROOT_LABEL_VALUE}`;
const MANAGED_BY = { 'app.kubernetes.io/managed-by': 'platform-actions' };
const IN_CLUSTER = 'https://kubernetes.default.svc';
function applicationSetName(project, env) {
    return `${project}-${env}`;
}
function defaultTemplate(s) {
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
function rootMetadata(name, s, env) {
    return {
        name,
        namespace: argocd/* ARGOCD_NAMESPACE */.$u,
        labels: {
            ...MANAGED_BY,
            [ROOT_LABEL]: ROOT_LABEL_VALUE,
            ...(env === undefined ? {} : { 'platform-actions.io/env': env })
        },
        annotations: { 'platform-actions.io/cluster': s.cluster }
    };
}
/** The AppProject and the ApplicationSets, each checked against the Argo CD schema. */
function renderRootObjects(s) {
    const problems = (0,bootstrap_template/* templateProblems */.bi)(s.path).map((p) => `path: ${p}`);
    if (problems.length > 0)
        throw new bootstrap_template/* TemplateError */.$w(`malformed path template:\n  ${problems.join('\n  ')}`);
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
    const checked = [];
    for (const [object, Model] of [
        [project, AppProject/* AppProject */.H],
        ...sets.map((set) => [set, ApplicationSet/* ApplicationSet */.N])
    ]) {
        try {
            new Model(object).validate();
        }
        catch (error) {
            throw new bootstrap_template/* TemplateError */.$w(`${object.kind} ${object.metadata.name}${where} breaks the Argo CD schema: ${error instanceof Error ? error.message : String(error)}`);
        }
        checked.push(object);
    }
    return checked;
}

;// CONCATENATED MODULE: ./src/bootstrap/job.ts



class BootstrapTimeoutError extends errors/* ActionError */.lZ {
}
const NAMESPACE = {
    apiVersion: 'v1',
    kind: 'Namespace',
    metadata: { name: argocd/* ARGOCD_NAMESPACE */.$u, labels: { 'app.kubernetes.io/part-of': 'argocd' } }
};
/** Applies a few objects at a time: the server is quicker with some requests in flight. */
async function applyAll(objects, deps, fieldManager, result) {
    const queue = [...objects];
    const worker = async () => {
        for (let object = queue.shift(); object !== undefined; object = queue.shift()) {
            const applied = await deps.cluster.apply(object, fieldManager);
            if ('refused' in applied) {
                result.refused.push(applied.refused);
                deps.log.warning(`the API server refused ${applied.refused.kind} ${applied.refused.name}: ${applied.refused.message}`);
            }
            else
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
function established(crd) {
    const conditions = crd?.status?.conditions;
    return conditions?.some((c) => c.type === 'Established' && c.status === 'True') ?? false;
}
async function waitForCrds(names, settings, deps, started) {
    const deadline = started + settings.timeoutMs;
    let pending = [...names];
    for (;;) {
        const states = await Promise.all(pending.map(async (name) => ({
            name,
            ok: established(await deps.cluster.read({
                apiVersion: 'apiextensions.k8s.io/v1',
                kind: 'CustomResourceDefinition',
                name
            }))
        })));
        pending = states.filter((s) => !s.ok).map((s) => s.name);
        if (pending.length === 0)
            return;
        if (deps.clock.now() >= deadline)
            throw new BootstrapTimeoutError(`The CRDs ${pending.join(', ')} were not Established within ${settings.timeoutMs / 1000} s`);
        await deps.clock.sleep(settings.intervalMs);
    }
}
const sortRefs = (refs) => refs.sort((a, b) => `${a.kind}/${a.name}`.localeCompare(`${b.kind}/${b.name}`));
/**
 * Runs the bootstrap. Everything that can be checked without the cluster (versions, manifests,
 * rendered objects) is checked first, then the server is reached and the credentials proved:
 * a bad input or an unreachable, untrusted or refusing server applies nothing.
 */
async function runBootstrap(settings, deps) {
    const started = deps.clock.now();
    const manifests = (0,argocd/* loadArgoCdManifests */.rE)(settings.argocdVersion, settings.manifestsDir);
    const roots = renderRootObjects(settings.roots);
    const { gitVersion } = await deps.log.group(`Reach ${deps.cluster.server} (context ${settings.context})`, () => deps.cluster.preflight());
    const result = {
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
        if (result.refused.length > 0)
            return;
        await waitForCrds(manifests.crds.map((c) => c.metadata.name), settings, deps, started);
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
                namespace: argocd/* ARGOCD_NAMESPACE */.$u,
                labelSelector: ROOT_SELECTOR
            });
            for (const o of live) {
                const name = o.metadata?.name ?? '';
                if (!rendered.has(`${kind}/${name}`))
                    result.stale.push({
                        apiVersion: 'argoproj.io/v1alpha1',
                        kind,
                        name,
                        namespace: argocd/* ARGOCD_NAMESPACE */.$u
                    });
            }
        }
        sortRefs(result.stale);
        if (result.stale.length === 0)
            deps.log.info('none');
        for (const ref of result.stale) {
            if (settings.prune) {
                await deps.cluster.delete(ref, 'Background');
                result.pruned.push(ref);
                deps.log.info(`pruned ${ref.kind} ${ref.name}`);
            }
            else
                deps.log.info(`${ref.kind} ${ref.name}: no longer rendered; kept (prune is off)`);
        }
    });
    if (result.refused.length > 0)
        result.failure = `The API server refused ${result.refused.length} root object(s): ${result.refused
            .map((r) => `${r.kind} ${r.name}`)
            .join(', ')}`;
    result.totalMs = deps.clock.now() - started;
    return result;
}
function bootstrapOutputs(result) {
    const count = (o) => String(result.applied.filter((a) => a.outcome === o).length);
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
async function blockers(cluster) {
    const found = [];
    const finalizers = (o) => o.metadata?.finalizers ?? [];
    const why = (o, what) => finalizers(o).length > 0 ? `${what}, finalizers ${finalizers(o).join(', ')}` : what;
    for (const s of await cluster.list('v1', 'Service')) {
        if (s.spec?.type === 'LoadBalancer')
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
    return found.sort((a, b) => `${a.kind}/${a.namespace}/${a.name}`.localeCompare(`${b.kind}/${b.namespace}/${b.name}`));
}
/**
 * Teardown before a destroy: deletes the root ApplicationSets and AppProject and the Applications
 * they made, with cascade, then waits until no LoadBalancer Service, PersistentVolumeClaim or
 * Application with finalizers is left: these hold cloud load balancers and disks that would
 * outlive the cluster, or block its deletion.
 */
async function runTeardown(settings, deps) {
    const started = deps.clock.now();
    await deps.log.group(`Reach ${deps.cluster.server} (context ${settings.context})`, () => deps.cluster.preflight());
    const result = {
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
        const refs = [];
        for (const kind of ['ApplicationSet', 'AppProject'])
            for (const o of await deps.cluster.list('argoproj.io/v1alpha1', kind, {
                namespace: argocd/* ARGOCD_NAMESPACE */.$u,
                labelSelector: ROOT_SELECTOR
            }))
                refs.push({
                    apiVersion: 'argoproj.io/v1alpha1',
                    kind,
                    name: o.metadata?.name ?? '',
                    namespace: argocd/* ARGOCD_NAMESPACE */.$u
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
        const order = { Application: 0, ApplicationSet: 1, AppProject: 2 };
        refs.sort((a, b) => (order[a.kind] ?? 9) - (order[b.kind] ?? 9) || a.name.localeCompare(b.name));
        for (const ref of refs)
            if (await deps.cluster.delete(ref, 'Background'))
                result.deleted.push(ref);
        deps.log.info(result.deleted.length === 0
            ? 'none to delete'
            : result.deleted.map((r) => `deleted ${r.kind} ${r.name}`).join('\n'));
    });
    await deps.log.group('Wait for LoadBalancer Services, PVCs and Application finalizers', async () => {
        const deadline = started + settings.timeoutMs;
        for (;;) {
            const left = crd === undefined
                ? (await blockers(deps.cluster)).filter((b) => b.kind !== 'Application')
                : await blockers(deps.cluster);
            result.waitedMs = deps.clock.now() - started;
            if (left.length === 0)
                return;
            if (deps.clock.now() >= deadline) {
                result.remaining = left;
                result.failure = `Teardown timed out after ${settings.timeoutMs / 1000} s; still there: ${left
                    .map((b) => `${b.kind} ${b.namespace}/${b.name} (${b.why})`)
                    .join('; ')}`;
                return;
            }
            await deps.clock.sleep(settings.intervalMs);
        }
    });
    return result;
}


/***/ })

};
