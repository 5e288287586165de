export const id = 551;
export const ids = [551];
export const modules = {

/***/ 5551:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runBootstrapJob: () => (/* binding */ runBootstrapJob)
});

// EXTERNAL MODULE: ./node_modules/@kubernetes/client-node/dist/index.js + 828 modules
var dist = __webpack_require__(339);
// EXTERNAL MODULE: ./src/common/errors.ts
var errors = __webpack_require__(1922);
// EXTERNAL MODULE: ./src/common/retry.ts
var retry = __webpack_require__(9183);
;// CONCATENATED MODULE: ./src/bootstrap/cluster.ts



/** The cluster cannot be reached, or refuses the credentials. */
class ClusterAccessError extends errors/* ActionError */.lZ {
}
/** The kubeconfig and the context the facts name, checked before any request. */
function loadKubeConfig(text, context, source) {
    const kc = new dist/* KubeConfig */.ypW();
    try {
        kc.loadFromString(text);
    }
    catch (error) {
        throw new ClusterAccessError(`${source} is not a kubeconfig: ${error instanceof Error ? error.message : String(error)}`);
    }
    const contexts = kc.getContexts().map((c) => c.name);
    const found = kc.getContexts().find((c) => c.name === context);
    if (found === undefined)
        throw new ClusterAccessError(`${source} has no context '${context}' (the facts' kube_context): it has ${contexts.length === 0 ? 'none' : contexts.join(', ')}`);
    kc.setCurrentContext(context);
    const cluster = kc.getCurrentCluster();
    if (cluster === null)
        throw new ClusterAccessError(`${source}: context '${context}' names cluster '${found.cluster}', which it does not define`);
    if (kc.getCurrentUser() === null)
        throw new ClusterAccessError(`${source}: context '${context}' names user '${found.user}', which it does not define`);
    if (!/^https:\/\//.test(cluster.server))
        throw new ClusterAccessError(`${source}: cluster '${found.cluster}' has server '${cluster.server}': expected an https:// URL`);
    return kc;
}
const TLS_CODES = new Set([
    'SELF_SIGNED_CERT_IN_CHAIN',
    'DEPTH_ZERO_SELF_SIGNED_CERT',
    'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
    'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
    'CERT_HAS_EXPIRED',
    'ERR_TLS_CERT_ALTNAME_INVALID'
]);
function isStatus(body) {
    let value = body;
    if (typeof value === 'string')
        try {
            value = JSON.parse(value);
        }
        catch {
            return false;
        }
    return (value !== null && typeof value === 'object' && value.kind === 'Status');
}
/** The status message of a failed request, or what kept it from being answered. */
function statusMessage(error) {
    if (error instanceof dist/* ApiException */.UJ4) {
        let body = error.body;
        if (typeof body === 'string')
            try {
                body = JSON.parse(body);
            }
            catch {
                // not JSON: the text is the message
            }
        const message = body !== null &&
            typeof body === 'object' &&
            typeof body.message === 'string'
            ? body.message
            : typeof body === 'string' && body !== ''
                ? body.trim()
                : `HTTP ${error.code}`;
        return { code: error.code, message };
    }
    return { code: 0, message: error instanceof Error ? error.message : String(error) };
}
function networkCode(error) {
    let e = error;
    for (let i = 0; i < 4 && e !== null && typeof e === 'object'; i++) {
        const code = e.code;
        if (typeof code === 'string')
            return code;
        e = e.cause;
    }
    return undefined;
}
/** A failure to reach or authenticate to the server, said as what a user must fix. */
function accessError(server, context, error) {
    const { code, message } = statusMessage(error);
    if (code === 401)
        return new ClusterAccessError(`The API server ${server} refused the credentials of context '${context}' (401 Unauthorized): the kubeconfig's token or client certificate is wrong or expired`);
    if (code === 403)
        return new ClusterAccessError(`The API server ${server} denied context '${context}' (403 Forbidden): ${message}. The bootstrap needs cluster-admin rights (it installs CRDs and cluster roles)`);
    const net = networkCode(error);
    if (net !== undefined && TLS_CODES.has(net))
        return new ClusterAccessError(`The API server ${server} is not trusted (${net}): its certificate is not signed by the kubeconfig's certificate-authority-data of context '${context}', or not issued for its address`);
    if (error instanceof Error && error.name === 'AbortError')
        return new ClusterAccessError(`The API server ${server} did not answer within the request timeout`);
    return new ClusterAccessError(`Cannot reach the API server ${server} of context '${context}': ${net ?? ''}${net === undefined ? '' : ': '}${message}`);
}
/**
 * The object API with a server-side apply that sends the manifest as it is. The client's own
 * `patch` first maps the object through its typed models, which drop what they do not know
 * (`x-kubernetes-*` keys of a CRD schema among them): an apply must send exactly the manifest.
 */
class ApplyingObjectApi extends dist/* KubernetesObjectApi */.e1Y {
    /**
     * The object's metadata only (a PartialObjectMetadata): what an apply needs to know whether it
     * created, changed or left the object, without reading a CRD's megabytes of schema.
     */
    async readMetadata(ref) {
        const spec = {
            apiVersion: ref.apiVersion,
            kind: ref.kind,
            metadata: {
                name: ref.name,
                ...(ref.namespace === undefined ? {} : { namespace: ref.namespace })
            }
        };
        const path = await this.specUriPath(spec, 'read');
        const ctx = this.configuration.baseServer.makeRequestContext(path, dist/* HttpMethod */.ym3.GET);
        ctx.setHeaderParam('Accept', 'application/json;as=PartialObjectMetadata;g=meta.k8s.io;v=v1');
        return this.requestPromise(ctx);
    }
    async applyManifest(object, fieldManager) {
        const path = await this.specUriPath(structuredClone(object), 'patch');
        const ctx = this.configuration.baseServer.makeRequestContext(path, dist/* HttpMethod */.ym3.PATCH);
        ctx.setHeaderParam('Accept', 'application/json, */*;q=0.8');
        ctx.setHeaderParam('Content-Type', dist/* PatchStrategy */.Qve.ServerSideApply);
        ctx.setQueryParam('fieldManager', fieldManager);
        // The bootstrap owns the fields it sets, whoever set them before.
        ctx.setQueryParam('force', 'true');
        // Unknown or duplicate fields are refused rather than dropped without a word.
        ctx.setQueryParam('fieldValidation', 'Strict');
        ctx.setBody(JSON.stringify(object));
        return this.requestPromise(ctx);
    }
}
/** A request the server failed, said in its own words rather than as an HTTP dump. */
class ClusterRequestError extends errors/* ActionError */.lZ {
}
function requestError(what, error) {
    if (!(error instanceof dist/* ApiException */.UJ4))
        return error instanceof Error ? error : new Error(String(error));
    const { code, message } = statusMessage(error);
    return new ClusterRequestError(`The API server answered ${code} to ${what}: ${message}`);
}
/** `KubeCluster` on `@kubernetes/client-node`. */
class ClientNodeCluster {
    server;
    objects;
    version;
    context;
    constructor(options) {
        const cluster = options.kubeConfig.getCurrentCluster();
        if (cluster === null)
            throw new ClusterAccessError(`context '${options.context}' has no cluster`);
        this.server = cluster.server;
        this.context = options.context;
        const timeoutMs = options.requestTimeoutMs;
        const config = (0,dist/* createConfiguration */.$v4)({
            baseServer: new dist/* ServerConfiguration */.i04(cluster.server, {}),
            authMethods: { default: options.kubeConfig },
            promiseMiddleware: [
                {
                    pre: async (ctx) => {
                        // Unknown or duplicate fields are refused rather than dropped without a word.
                        if (ctx.getHttpMethod() === dist/* HttpMethod */.ym3.PATCH)
                            ctx.setQueryParam('fieldValidation', 'Strict');
                        ctx.setSignal(AbortSignal.timeout(timeoutMs));
                        return ctx;
                    },
                    post: async (response) => response
                }
            ]
        });
        this.objects = new ApplyingObjectApi(config);
        this.version = new dist/* VersionApi */.Nq_(config);
    }
    async preflight() {
        try {
            const info = await this.version.getCode();
            // /version is public to any authenticated user: prove the rights on what is applied too.
            await this.objects.list('apiextensions.k8s.io/v1', 'CustomResourceDefinition', undefined, undefined, undefined, undefined, undefined, undefined, 1);
            return { gitVersion: info.gitVersion };
        }
        catch (error) {
            throw accessError(this.server, this.context, error);
        }
    }
    async read(ref) {
        try {
            return await this.retryingTooMany(() => this.objects.read({
                apiVersion: ref.apiVersion,
                kind: ref.kind,
                metadata: {
                    name: ref.name,
                    ...(ref.namespace === undefined ? {} : { namespace: ref.namespace })
                }
            }));
        }
        catch (error) {
            if (error instanceof dist/* ApiException */.UJ4 && error.code === 404)
                return undefined;
            throw requestError(`read ${ref.kind} ${ref.name}`, error);
        }
    }
    /**
     * Runs a request again while the server answers 429 (a new CRD's storage still initializing,
     * say), after the Retry-After it asks for. Only for reads and applies, which are idempotent.
     * At most 10 tries.
     */
    async retryingTooMany(read) {
        return (0,retry/* retry */.L)(read, {
            attempts: 10,
            retryable: (error) => error instanceof dist/* ApiException */.UJ4 && error.code === 429,
            delayMs: (_attempt, error) => {
                const after = Number(error.headers['retry-after'] ?? '1');
                return Math.min(Number.isFinite(after) ? after : 1, 5) * 1000;
            }
        });
    }
    async apply(object, fieldManager) {
        const ref = {
            apiVersion: object.apiVersion,
            kind: object.kind,
            name: object.metadata.name,
            namespace: object.metadata.namespace
        };
        let before;
        try {
            before = await this.retryingTooMany(() => this.objects.readMetadata(ref));
        }
        catch (error) {
            if (!(error instanceof dist/* ApiException */.UJ4 && error.code === 404))
                throw requestError(`read ${ref.kind} ${ref.name}`, error);
        }
        try {
            const after = await this.retryingTooMany(() => this.objects.applyManifest(object, fieldManager));
            const outcome = before === undefined
                ? 'created'
                : before.metadata?.resourceVersion === after.metadata?.resourceVersion
                    ? 'unchanged'
                    : 'configured';
            return { outcome, object: after };
        }
        catch (error) {
            if (error instanceof dist/* ApiException */.UJ4 && (error.code === 401 || error.code === 403))
                throw accessError(this.server, this.context, error);
            // A Status the server answered with is its verdict on the object: 422 for a schema
            // violation, 500 for a field the CRD's structural schema does not declare.
            if (error instanceof dist/* ApiException */.UJ4 && isStatus(error.body)) {
                const { code, message } = statusMessage(error);
                return {
                    refused: { kind: ref.kind, name: ref.name, namespace: ref.namespace, code, message }
                };
            }
            throw error;
        }
    }
    async list(apiVersion, kind, options = {}) {
        const what = `list ${kind}`;
        const list = await this.retryingTooMany(() => this.objects.list(apiVersion, kind, options.namespace, undefined, undefined, undefined, undefined, options.labelSelector)).catch((error) => {
            throw requestError(what, error);
        });
        // The list's items carry no apiVersion and kind of their own.
        return list.items.map((item) => ({ ...item, apiVersion, kind }));
    }
    async delete(ref, propagation) {
        try {
            await this.objects.delete({
                apiVersion: ref.apiVersion,
                kind: ref.kind,
                metadata: {
                    name: ref.name,
                    ...(ref.namespace === undefined ? {} : { namespace: ref.namespace })
                }
            }, undefined, undefined, undefined, undefined, propagation);
            return true;
        }
        catch (error) {
            if (error instanceof dist/* ApiException */.UJ4 && error.code === 404)
                return false;
            throw requestError(`delete ${ref.kind} ${ref.name}`, error);
        }
    }
}

// EXTERNAL MODULE: ./src/bootstrap/inputs.ts
var bootstrap_inputs = __webpack_require__(8729);
// EXTERNAL MODULE: ./src/bootstrap/argocd.ts
var argocd = __webpack_require__(6646);
// EXTERNAL MODULE: ./node_modules/@kubernetes-models/argo-cd/argoproj.io/v1alpha1/AppProject.js + 13 modules
var AppProject = __webpack_require__(9027);
// EXTERNAL MODULE: ./node_modules/@kubernetes-models/argo-cd/argoproj.io/v1alpha1/ApplicationSet.js + 59 modules
var ApplicationSet = __webpack_require__(9923);
// EXTERNAL MODULE: ./src/bootstrap/template.ts
var bootstrap_template = __webpack_require__(1490);
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

// EXTERNAL MODULE: ./src/common/clock.ts
var clock = __webpack_require__(9987);
// EXTERNAL MODULE: ./src/common/inputs.ts
var common_inputs = __webpack_require__(9184);
// EXTERNAL MODULE: ./src/common/log.ts
var log = __webpack_require__(1095);
// EXTERNAL MODULE: ./src/cli/command.ts
var command = __webpack_require__(3567);
;// CONCATENATED MODULE: ./src/cli/bootstrap-run.ts







/**
 * The gitops-bootstrap job on the cluster, from the flags' raw inputs. Apart from the command's
 * declaration because it loads the Kubernetes client, which no other command needs.
 */
async function runBootstrapJob(inputs, how) {
    const teardown = inputs['operation'] === 'teardown';
    const settings = (0,bootstrap_inputs/* getInputs */.GP)((0,common_inputs/* mapInputReader */.Cs)(inputs), process.cwd());
    const kubeConfig = loadKubeConfig(settings.kubeconfig, settings.bootstrap.context, settings.kubeconfigSource);
    const cluster = new ClientNodeCluster({
        kubeConfig,
        context: settings.bootstrap.context,
        requestTimeoutMs: settings.requestTimeoutMs
    });
    const deps = { cluster, log: (0,log/* consoleLog */.aO)(), clock: clock/* systemClock */.m };
    if (teardown) {
        const result = await runTeardown(settings.teardown, deps);
        if (how === 'json')
            process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
        else {
            for (const r of result.deleted)
                process.stdout.write(`deleted ${r.kind} ${r.name}\n`);
            for (const b of result.remaining)
                process.stdout.write(`still there: ${b.kind} ${b.namespace}/${b.name} (${b.why})\n`);
        }
        if (result.failure !== undefined) {
            process.stderr.write(`platformctl: ${result.failure}\n`);
            return command/* EXIT */.dc.failed;
        }
        return command/* EXIT */.dc.ok;
    }
    const result = await runBootstrap(settings.bootstrap, deps);
    const outputs = bootstrapOutputs(result);
    if (how === 'json') {
        const report = {
            ...outputs,
            failure: result.failure ?? null,
            refusals: result.refused,
            applied: result.applied
        };
        process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    }
    else {
        (0,command/* printOutputs */.My)(outputs, how);
        for (const r of result.refused)
            process.stdout.write(`refused ${r.kind} ${r.name}: ${r.message}\n`);
    }
    if (result.failure !== undefined) {
        process.stderr.write(`platformctl: ${result.failure}\n`);
        return command/* EXIT */.dc.failed;
    }
    return command/* EXIT */.dc.ok;
}


/***/ })

};
