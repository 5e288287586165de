export const id = 847;
export const ids = [847];
export const modules = {

/***/ 4847:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  BOOTSTRAP_USAGE: () => (/* binding */ BOOTSTRAP_USAGE),
  bootstrapCommand: () => (/* binding */ bootstrapCommand)
});

// EXTERNAL MODULE: ./node_modules/@kubernetes/client-node/dist/index.js + 828 modules
var dist = __webpack_require__(339);
// EXTERNAL MODULE: ./src/common/errors.ts
var common_errors = __webpack_require__(1922);
// EXTERNAL MODULE: ./src/common/retry.ts
var retry = __webpack_require__(9183);
;// CONCATENATED MODULE: ./src/bootstrap/cluster.ts



/** The cluster cannot be reached, or refuses the credentials. */
class ClusterAccessError extends common_errors/* ActionError */.lZ {
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
class ClusterRequestError extends common_errors/* ActionError */.lZ {
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

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/common/duration.ts
var duration = __webpack_require__(5541);
// EXTERNAL MODULE: ./src/common/inputs.ts
var common_inputs = __webpack_require__(9184);
// EXTERNAL MODULE: ./src/facts/fact-map.ts
var fact_map = __webpack_require__(4014);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var yaml_dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/bootstrap/argocd.ts






/**
 * Argo CD's official install manifests at pinned versions: `manifests/install.yaml` and
 * `manifests/crds/` of the `github.com/argoproj/argo-cd/v3` module, which `npm run tools` fetches
 * into the cache. A version not in this table is refused, and so is a file whose sha256 is not
 * the pinned one: what is installed is exactly what was reviewed.
 */
const ARGOCD_VERSIONS = {
    '3.6.1': { installSha256: '7be23ca7d9ca3d3074dee8332f1ca92a933b990cee7c9cf22cf3843ee8c2913e' }
};
const DEFAULT_ARGOCD_VERSION = '3.6.1';
/** install.yaml binds its cluster roles to service accounts of this namespace. */
const ARGOCD_NAMESPACE = 'argocd';
/** The kinds of install.yaml that are not namespaced. */
const CLUSTER_SCOPED = new Set(['CustomResourceDefinition', 'ClusterRole', 'ClusterRoleBinding']);
class ArgoCdManifestError extends common_errors/* ActionError */.lZ {
}
/** Where `npm run tools` puts the manifests of a version. */
function defaultManifestsDir(version, env = process.env) {
    const cache = env['XDG_CACHE_HOME'] || (0,external_node_path_.join)((0,external_node_os_.homedir)(), '.cache');
    return (0,external_node_path_.join)(cache, 'platform-actions', 'argocd', version);
}
function knownVersion(version) {
    return Object.hasOwn(ARGOCD_VERSIONS, version);
}
function parseObjects(file, text) {
    const objects = [];
    for (const doc of (0,yaml_dist/* parseAllDocuments */.hR)(text)) {
        if ('errors' in doc && doc.errors.length > 0)
            throw new ArgoCdManifestError(`${file}: not valid YAML: ${doc.errors[0]?.message ?? ''}`);
        const value = doc.toJS();
        if (value === null || value === undefined)
            continue;
        const object = value;
        if (typeof object.apiVersion !== 'string' ||
            typeof object.kind !== 'string' ||
            typeof object.metadata?.name !== 'string')
            throw new ArgoCdManifestError(`${file}: a document without apiVersion, kind or metadata.name`);
        objects.push(object);
    }
    return objects;
}
/** Reads and checks the manifests of a pinned version from `dir`. */
function loadArgoCdManifests(version, dir) {
    const pinned = ARGOCD_VERSIONS[version];
    if (pinned === undefined)
        throw new ArgoCdManifestError(`Argo CD ${version} is not a pinned version: use one of ${Object.keys(ARGOCD_VERSIONS).join(', ')}`);
    const installFile = (0,external_node_path_.join)(dir, 'install.yaml');
    const crdDir = (0,external_node_path_.join)(dir, 'crds');
    if (!(0,external_node_fs_.existsSync)(installFile) || !(0,external_node_fs_.existsSync)(crdDir))
        throw new ArgoCdManifestError(`${dir} has no install.yaml and crds/ of Argo CD ${version}: run 'TOOLS_ONLY=argocd-manifests npm run tools', or give argocd-manifests`);
    const bytes = (0,external_node_fs_.readFileSync)(installFile);
    const sum = (0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex');
    if (sum !== pinned.installSha256)
        throw new ArgoCdManifestError(`${installFile} has sha256 ${sum}, but Argo CD ${version}'s install.yaml has ${pinned.installSha256}: fetch it again with 'TOOLS_ONLY=argocd-manifests npm run tools'`);
    const all = parseObjects(installFile, bytes.toString('utf8'));
    const crds = all.filter((o) => o.kind === 'CustomResourceDefinition');
    const objects = all
        .filter((o) => o.kind !== 'CustomResourceDefinition')
        .map((o) => CLUSTER_SCOPED.has(o.kind)
        ? o
        : { ...o, metadata: { ...o.metadata, namespace: ARGOCD_NAMESPACE } });
    // crds/ also holds a kustomization.yaml: only the CRD files are read.
    // Only the names are needed from crds/ (the CRDs themselves are install.yaml's): read from the
    // top-level metadata, without parsing megabytes of schema a second time.
    const crdNames = (0,external_node_fs_.readdirSync)(crdDir)
        .filter((f) => f.endsWith('-crd.yaml'))
        .sort()
        .map((f) => {
        const text = (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(crdDir, f), 'utf8');
        const name = /^metadata:\n(?: {2}.*\n)*? {2}name: (\S+)$/m.exec(text)?.[1];
        if (!/^kind: CustomResourceDefinition$/m.test(text) || name === undefined)
            throw new ArgoCdManifestError(`${(0,external_node_path_.join)(crdDir, f)}: not a CustomResourceDefinition with metadata.name`);
        return name;
    });
    const inInstall = new Set(crds.map((c) => c.metadata.name));
    const missing = crdNames.filter((n) => !inInstall.has(n));
    if (missing.length > 0)
        throw new ArgoCdManifestError(`${installFile} lacks the CRDs ${missing.join(', ')} of crds/`);
    return { version, dir, crds, objects, crdNames };
}

;// CONCATENATED MODULE: ./src/bootstrap/template.ts


/**
 * The Application template of the root ApplicationSets, as a user may give it: its references
 * checked against what the generator's elements hold. Apart from the rendering (and the Argo CD
 * models it validates against), so the inputs are checked without loading those.
 */
/** What each generated Application's template may refer to, as `{{.name}}`. */
const TEMPLATE_KEYS = [
    'app',
    'env',
    'cluster',
    'cloud',
    'repoURL',
    'branch',
    'project'
];
/** A template file or rendered object that cannot be sent, with where and why. */
class TemplateError extends common_errors/* ActionError */.lZ {
}
/** The Go template references of a string that are not TEMPLATE_KEYS, and unclosed actions. */
function templateProblems(text) {
    const problems = [];
    const opens = text.split('{{').length - 1;
    const closes = text.split('}}').length - 1;
    if (opens !== closes)
        problems.push(`'${text}' has ${opens} '{{' but ${closes} '}}'`);
    for (const action of text.matchAll(/\{\{(.*?)\}\}/g))
        for (const ref of (action[1] ?? '').matchAll(/(?<![\w)\]])\.([A-Za-z_]\w*)/g)) {
            const key = ref[1] ?? '';
            if (!TEMPLATE_KEYS.includes(key))
                problems.push(`'{{${action[1] ?? ''}}}' refers to .${key}: the elements have ${TEMPLATE_KEYS.map((k) => `.${k}`).join(', ')}`);
        }
    return problems;
}
function walkStrings(value, path, visit) {
    if (typeof value === 'string')
        visit(value, path);
    else if (Array.isArray(value))
        value.forEach((v, i) => walkStrings(v, `${path}[${i}]`, visit));
    else if (value !== null && typeof value === 'object')
        for (const [k, v] of Object.entries(value))
            walkStrings(v, path === '' ? k : `${path}.${k}`, visit);
}
/** Parses a template file: a mapping with `metadata` and `spec`, every reference known. */
function parseApplicationTemplate(file, text) {
    const doc = (0,yaml_dist/* parseDocument */.Tp)(text, { prettyErrors: true });
    if (!(0,yaml_dist/* isDocument */.wz)(doc) || doc.errors.length > 0)
        throw new TemplateError(`${file}: not valid YAML: ${doc.errors[0]?.message ?? ''}`);
    const data = doc.toJS();
    if (data === null || typeof data !== 'object' || Array.isArray(data))
        throw new TemplateError(`${file}: expected a mapping with metadata and spec (the template of each generated Application)`);
    const record = data;
    const extra = Object.keys(record).filter((k) => k !== 'metadata' && k !== 'spec');
    if (extra.length > 0)
        throw new TemplateError(`${file}: unknown key ${extra.join(', ')}: a template has metadata and spec only`);
    const isMap = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
    if (!isMap(record['metadata']) || !isMap(record['spec']))
        throw new TemplateError(`${file}: metadata and spec must both be mappings`);
    const problems = [];
    walkStrings(record, '', (s, path) => {
        for (const p of templateProblems(s))
            problems.push(`${path}: ${p}`);
    });
    if (problems.length > 0)
        throw new TemplateError(`${file}: malformed template:\n${problems.map((p) => `  ${p}`).join('\n')}`);
    return { file, metadata: record['metadata'], spec: record['spec'] };
}

;// CONCATENATED MODULE: ./src/bootstrap/inputs.ts








/** The inputs of gitops-bootstrap, shared by the action and `platformctl bootstrap`. */
const BOOTSTRAP_INPUTS = [
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
];
/** The defaults of action.yml, for readers (the CLI, tests) that do not fill them in. */
const BOOTSTRAP_DEFAULTS = {
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
function readFacts(file, shown, errors) {
    let facts;
    try {
        facts = (0,fact_map/* readFactMap */.$8)(file, shown);
    }
    catch (error) {
        errors.push(new common_errors/* InputError */.dz('facts-file', shown, error instanceof Error ? error.message : String(error)));
        return undefined;
    }
    const v = facts.values;
    const text = (name) => typeof v[name] === 'string' && v[name] !== '' ? v[name] : undefined;
    const context = text('kube_context');
    const cluster = text('cluster_name');
    if (context === undefined)
        errors.push(new common_errors/* InputError */.dz('facts-file', shown, 'the facts have no kube_context: expected the kubectl context of the cluster (an output of every cluster stack)'));
    if (cluster === undefined)
        errors.push(new common_errors/* InputError */.dz('facts-file', shown, 'the facts have no cluster_name: expected the name of the cluster'));
    const gateways = v['env_gateway_public_addresses'];
    const environments = gateways !== null && typeof gateways === 'object' && !Array.isArray(gateways)
        ? Object.keys(gateways).sort()
        : [];
    if (context === undefined || cluster === undefined)
        return undefined;
    return { context, cluster, cloud: text('cluster_type') ?? 'local', environments };
}
function inputs_duration(name, raw, min, max, errors) {
    const rule = (0,common_inputs/* durationRule */.bq)(raw, min, max);
    if (rule !== undefined)
        errors.push(new common_errors/* InputError */.dz(name, raw, rule));
    return (0,duration/* parseDuration */.E)(raw) ?? 0;
}
function file(name, raw, workspace, errors, what) {
    const path = (0,external_node_path_.resolve)(workspace, raw);
    if (!(0,external_node_fs_.existsSync)(path) || !(0,external_node_fs_.statSync)(path).isFile()) {
        errors.push(new common_errors/* InputError */.dz(name, raw, `no such file (${path}): expected ${what}`));
        return undefined;
    }
    return path;
}
/** Every input, read and checked once, before the cluster is reached. */
function getInputs(read, workspace, env = process.env) {
    const raw = (0,common_inputs/* readAll */.yw)(read, BOOTSTRAP_INPUTS);
    for (const [name, value] of Object.entries(BOOTSTRAP_DEFAULTS))
        raw[name] ||= value;
    const get = (name) => raw[name] ?? '';
    const errors = [];
    const operation = get('operation');
    if (operation !== 'bootstrap' && operation !== 'teardown')
        errors.push(new common_errors/* InputError */.dz('operation', operation, 'must be bootstrap or teardown'));
    const teardown = operation === 'teardown';
    let facts;
    if (get('facts-file') === '')
        errors.push(new common_errors/* InputError */.dz('facts-file', '', "is required: tf-apply's outputs-path or a published facts.yaml"));
    else {
        const path = file('facts-file', get('facts-file'), workspace, errors, "tf-apply's outputs-path or a published facts.yaml");
        if (path !== undefined)
            facts = readFacts(path, get('facts-file'), errors);
    }
    let kubeconfig = '';
    let kubeconfigSource = '';
    if (get('kubeconfig') !== '' && get('kubeconfig-file') !== '')
        errors.push(new common_errors/* InputError */.dz('kubeconfig-file', get('kubeconfig-file'), 'is given with kubeconfig: give one of them'));
    else if (get('kubeconfig') !== '') {
        kubeconfig = get('kubeconfig');
        kubeconfigSource = "the input 'kubeconfig'";
    }
    else if (get('kubeconfig-file') !== '') {
        const path = file('kubeconfig-file', get('kubeconfig-file'), workspace, errors, 'a kubeconfig file');
        if (path !== undefined) {
            kubeconfig = (0,external_node_fs_.readFileSync)(path, 'utf8');
            kubeconfigSource = `kubeconfig-file ${get('kubeconfig-file')}`;
        }
    }
    else
        errors.push(new common_errors/* InputError */.dz('kubeconfig', '', 'is required (or kubeconfig-file): the access to the cluster'));
    const repository = get('repository');
    if (!teardown) {
        if (repository === '')
            errors.push(new common_errors/* InputError */.dz('repository', '', 'is required: the URL of the runtime-facts repository Argo CD reads the apps from'));
        else if (!/^(https:\/\/|ssh:\/\/|git@)[^\s]+$/.test(repository))
            errors.push(new common_errors/* InputError */.dz('repository', repository, 'must be a git URL: https://…, ssh://… or git@host:path'));
    }
    const branch = get('branch');
    if (!/^[^\s~^:?*[\\]+$/.test(branch) || branch.startsWith('-'))
        errors.push(new common_errors/* InputError */.dz('branch', branch, 'must be a branch name'));
    const apps = (0,common_inputs/* splitLines */.uz)(get('apps'));
    if (!teardown && apps.length === 0)
        errors.push(new common_errors/* InputError */.dz('apps', '', 'is required: the apps of each environment, one a line'));
    for (const app of apps)
        if (!DNS_LABEL.test(app) || app.length > 40)
            errors.push(new common_errors/* InputError */.dz('apps', app, 'each app must be a DNS label of at most 40 characters (lowercase letters, digits, -)'));
    if (new Set(apps).size !== apps.length)
        errors.push(new common_errors/* InputError */.dz('apps', get('apps'), 'lists an app twice'));
    let environments = (0,common_inputs/* splitLines */.uz)(get('environments'));
    for (const e of environments)
        if (!DNS_LABEL.test(e) || e.length > 20)
            errors.push(new common_errors/* InputError */.dz('environments', e, 'each environment must be a DNS label of at most 20 characters'));
    if (environments.length === 0 && facts !== undefined) {
        environments = facts.environments;
        if (!teardown && environments.length === 0)
            errors.push(new common_errors/* InputError */.dz('environments', '', 'is empty and the facts have no env_gateway_public_addresses to take the environments from'));
    }
    const project = get('project');
    if (!DNS_LABEL.test(project) || project.length > 40)
        errors.push(new common_errors/* InputError */.dz('project', project, 'must be a DNS label of at most 40 characters'));
    for (const p of templateProblems(get('path')))
        errors.push(new common_errors/* InputError */.dz('path', get('path'), p));
    let template;
    if (get('template-file') !== '') {
        const path = file('template-file', get('template-file'), workspace, errors, 'a YAML Application template (metadata and spec)');
        if (path !== undefined)
            try {
                template = parseApplicationTemplate(get('template-file'), (0,external_node_fs_.readFileSync)(path, 'utf8'));
            }
            catch (error) {
                if (!(error instanceof common_errors/* ActionError */.lZ))
                    throw error;
                errors.push(new common_errors/* InputError */.dz('template-file', get('template-file'), error.message));
            }
    }
    const version = get('argocd-version');
    if (!knownVersion(version))
        errors.push(new common_errors/* InputError */.dz('argocd-version', version, `is not a pinned Argo CD version: use one of ${Object.keys(ARGOCD_VERSIONS).join(', ')}`));
    const manifestsDir = get('argocd-manifests') === ''
        ? defaultManifestsDir(version, env)
        : (0,external_node_path_.resolve)(workspace, get('argocd-manifests'));
    const prune = get('prune');
    if (!common_inputs/* booleanField */.hQ.safeParse(prune).success)
        errors.push(new common_errors/* InputError */.dz('prune', prune, 'must be true or false'));
    const fieldManager = get('field-manager');
    if (!FIELD_MANAGER.test(fieldManager))
        errors.push(new common_errors/* InputError */.dz('field-manager', fieldManager, 'must be 1 to 128 letters, digits, ., _, : or -'));
    const timeoutMs = inputs_duration('timeout', get('timeout'), 1000, 6 * 3_600_000, errors);
    const intervalMs = inputs_duration('interval', get('interval'), 10, 600_000, errors);
    const requestTimeoutMs = inputs_duration('request-timeout', get('request-timeout'), 100, 600_000, errors);
    if (errors.length > 0 || facts === undefined)
        throw new common_errors/* InputErrors */.G(errors);
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
            prune: (0,common_inputs/* isTrue */.Hn)(prune),
            fieldManager,
            timeoutMs,
            intervalMs
        }
    };
}
/** Masks a kubeconfig whole and line by line: the runner matches secrets within one line. */
function maskKubeconfig(text, mask) {
    if (text.trim() === '')
        return;
    mask(text);
    for (const line of text.split(/\r?\n/)) {
        const value = line.replace(/^\s*[\w-]+:\s*/, '').trim();
        if (value.length >= 8)
            mask(value);
    }
}

// EXTERNAL MODULE: ./node_modules/@kubernetes-models/argo-cd/argoproj.io/v1alpha1/AppProject.js + 13 modules
var AppProject = __webpack_require__(9027);
// EXTERNAL MODULE: ./node_modules/@kubernetes-models/argo-cd/argoproj.io/v1alpha1/ApplicationSet.js + 59 modules
var ApplicationSet = __webpack_require__(9923);
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
function renderRootObjects(s) {
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
    const checked = [];
    for (const [object, Model] of [
        [project, AppProject/* AppProject */.H],
        ...sets.map((set) => [set, ApplicationSet/* ApplicationSet */.N])
    ]) {
        try {
            new Model(object).validate();
        }
        catch (error) {
            throw new TemplateError(`${object.kind} ${object.metadata.name}${where} breaks the Argo CD schema: ${error instanceof Error ? error.message : String(error)}`);
        }
        checked.push(object);
    }
    return checked;
}

;// CONCATENATED MODULE: ./src/bootstrap/job.ts



class BootstrapTimeoutError extends common_errors/* ActionError */.lZ {
}
const NAMESPACE = {
    apiVersion: 'v1',
    kind: 'Namespace',
    metadata: { name: ARGOCD_NAMESPACE, labels: { 'app.kubernetes.io/part-of': 'argocd' } }
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
    const manifests = loadArgoCdManifests(settings.argocdVersion, settings.manifestsDir);
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
// EXTERNAL MODULE: ./src/common/log.ts
var log = __webpack_require__(1095);
// EXTERNAL MODULE: ./src/cli/legacy.ts
var legacy = __webpack_require__(6531);
;// CONCATENATED MODULE: ./src/cli/bootstrap.ts







const BOOTSTRAP_USAGE = `platformctl bootstrap: install Argo CD and the root ApplicationSets from the runtime facts

Usage:
  platformctl bootstrap --facts FILE --repository URL --apps LIST [flags]
  platformctl bootstrap teardown --facts FILE [flags]

bootstrap: installs Argo CD from its pinned install manifests, waits until its CRDs are
Established, then server-side applies the root AppProject and one ApplicationSet per environment.
A second run reports everything unchanged. Root objects no longer rendered are listed and deleted
only with --prune.
teardown: deletes the root applications with cascade and waits until no LoadBalancer Service,
PersistentVolumeClaim or Application finalizer is left, naming what is still there at the timeout.

Flags (as the gitops-bootstrap action's inputs):
  --facts FILE            tf-apply's outputs file or a published facts.yaml (required): kube_context
                          names the context, cluster_name labels the root objects
  --kubeconfig FILE       the kubeconfig holding that context (default: $KUBECONFIG, else
                          ~/.kube/config)
  --repository URL        the runtime-facts repository the applications come from (bootstrap)
  --branch NAME           its branch (default runtime-facts)
  --env ENV               an environment (repeatable; default: the facts' environments)
  --app APP               an app of each environment (repeatable; required for bootstrap)
  --path TEMPLATE         the path of an app (default {{.cloud}}/{{.env}}/apps/{{.app}})
  --project NAME          the AppProject (default platform)
  --template-file FILE    a YAML Application template (metadata and spec)
  --argocd-version X.Y.Z  a pinned Argo CD version (default 3.6.1)
  --argocd-manifests DIR  its install.yaml and crds/ (default: the tools cache)
  --prune                 delete root objects no longer rendered
  --field-manager NAME    the server-side apply field manager (default platform-actions-bootstrap)
  --timeout DURATION      the wait for the CRDs, or for teardown (default 5m)
  --interval DURATION     between two looks (default 1s)
  --request-timeout D     each request (default 30s)
  --format text|json      text: the outputs; json: one object with refusals and stale objects
  --help                  this text

Example:
  platformctl bootstrap --facts facts.yaml --repository https://github.com/acme/runtime-facts.git --apps checkout

Exit codes: 0 done, 1 failed (refused objects, timeout, unreachable cluster), 2 usage error.
`;
const FLAGS = {
    facts: { type: 'string' },
    kubeconfig: { type: 'string' },
    repository: { type: 'string' },
    branch: { type: 'string' },
    env: { type: 'string', multiple: true },
    app: { type: 'string', multiple: true },
    path: { type: 'string' },
    project: { type: 'string' },
    'template-file': { type: 'string' },
    'argocd-version': { type: 'string' },
    'argocd-manifests': { type: 'string' },
    prune: { type: 'boolean' },
    'field-manager': { type: 'string' },
    timeout: { type: 'string' },
    interval: { type: 'string' },
    'request-timeout': { type: 'string' },
    format: { type: 'string' },
    help: { type: 'boolean' }
};
/** `platformctl bootstrap [teardown]`: the gitops-bootstrap action's job from a terminal. */
async function bootstrapCommand(args) {
    const teardown = args[0] === 'teardown';
    const rest = teardown ? args.slice(1) : args;
    if (rest[0] !== undefined && !rest[0].startsWith('-'))
        throw new legacy/* UsageError */.eb(`unknown bootstrap command '${rest[0]}'`, BOOTSTRAP_USAGE);
    const values = (0,legacy/* parse */.qg)(rest, FLAGS, BOOTSTRAP_USAGE);
    if (values['help'] === true) {
        process.stdout.write(BOOTSTRAP_USAGE);
        return legacy/* EXIT */.dc.ok;
    }
    const how = (0,legacy/* format */.GP)(values, BOOTSTRAP_USAGE);
    (0,legacy/* requireFlags */.$O)(values, teardown ? ['facts'] : ['facts', 'repository', 'app'], teardown ? 'bootstrap teardown' : 'bootstrap', BOOTSTRAP_USAGE);
    const inputs = (0,legacy/* asInputs */.Co)(values, {
        facts: 'facts-file',
        kubeconfig: 'kubeconfig-file',
        env: 'environments',
        app: 'apps'
    });
    inputs['operation'] = teardown ? 'teardown' : 'bootstrap';
    inputs['kubeconfig-file'] ??=
        process.env['KUBECONFIG']?.split(':')[0] || `${process.env['HOME'] ?? ''}/.kube/config`;
    const settings = getInputs((0,common_inputs/* mapInputReader */.Cs)(inputs), process.cwd());
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
            return legacy/* EXIT */.dc.failed;
        }
        return legacy/* EXIT */.dc.ok;
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
        (0,legacy/* print */.yy)(outputs, how);
        for (const r of result.refused)
            process.stdout.write(`refused ${r.kind} ${r.name}: ${r.message}\n`);
    }
    if (result.failure !== undefined) {
        process.stderr.write(`platformctl: ${result.failure}\n`);
        return legacy/* EXIT */.dc.failed;
    }
    return legacy/* EXIT */.dc.ok;
}


/***/ })

};
