export const id = 412;
export const ids = [412];
export const modules = {

/***/ 9412:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ClientNodeCluster: () => (/* binding */ ClientNodeCluster),
  loadKubeConfig: () => (/* binding */ loadKubeConfig)
});

// UNUSED EXPORTS: ClusterAccessError, ClusterRequestError, accessError, statusMessage

// EXTERNAL MODULE: ../../main/node_modules/@kubernetes/client-node/dist/index.js + 828 modules
var dist = __webpack_require__(1545);
// EXTERNAL MODULE: ./src/common/errors.ts
var errors = __webpack_require__(4225);
// EXTERNAL MODULE: ./src/common/clock.ts
var common_clock = __webpack_require__(7926);
;// CONCATENATED MODULE: ./src/common/retry.ts

/**
 * Runs `call` until it succeeds, a failure is not retryable, or the tries run out; the last
 * failure is thrown as it was. The one retry loop of the project: every retried call says its
 * policy here, and tests drive the waits through the clock.
 */
async function retry(call, policy) {
    const clock = policy.clock ?? common_clock/* systemClock */.m;
    for (let attempt = 1;; attempt++) {
        try {
            return await call(attempt);
        }
        catch (error) {
            if (attempt >= policy.attempts || !policy.retryable(error, attempt))
                throw error;
            const delay = Math.max(0, policy.delayMs(attempt, error));
            await policy.onRetry?.(error, attempt, delay);
            await clock.sleep(delay);
        }
    }
}

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
        return retry(read, {
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


/***/ })

};
