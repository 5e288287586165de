import {
  ApiException,
  createConfiguration,
  HttpMethod,
  KubeConfig,
  KubernetesObjectApi,
  PatchStrategy,
  ServerConfiguration,
  VersionApi,
  type KubernetesObject,
  type RequestContext,
  type ResponseContext
} from '@kubernetes/client-node';
import { ActionError } from '../common/errors.js';
import { retry } from '../common/retry.js';
import type { ManifestObject } from './argocd.js';

/**
 * The Kubernetes API server, as the bootstrap talks to it: server-side apply with a field manager,
 * reads, lists by label and deletes. One real implementation, on `@kubernetes/client-node`.
 */
export interface ObjectRef {
  apiVersion: string;
  kind: string;
  name: string;
  namespace?: string | undefined;
}

export type ApplyOutcome = 'created' | 'configured' | 'unchanged';

/** What the API server refused, in its own words. */
export interface Refusal {
  kind: string;
  name: string;
  namespace?: string | undefined;
  code: number;
  message: string;
}

export type ApplyResult =
  { outcome: ApplyOutcome; object: KubernetesObject } | { refused: Refusal };

export interface KubeCluster {
  /** The API server's URL, as the kubeconfig names it. */
  readonly server: string;
  /** Reaches the server and proves the credentials: fails before anything is applied. */
  preflight(): Promise<{ gitVersion: string }>;
  apply(object: ManifestObject, fieldManager: string): Promise<ApplyResult>;
  read(ref: ObjectRef): Promise<KubernetesObject | undefined>;
  list(
    apiVersion: string,
    kind: string,
    options?: { namespace?: string; labelSelector?: string }
  ): Promise<KubernetesObject[]>;
  /** Deletes; false when it was already gone. */
  delete(ref: ObjectRef, propagation: 'Foreground' | 'Background'): Promise<boolean>;
}

/** The cluster cannot be reached, or refuses the credentials. */
export class ClusterAccessError extends ActionError {}

/** The kubeconfig and the context the facts name, checked before any request. */
export function loadKubeConfig(text: string, context: string, source: string): KubeConfig {
  const kc = new KubeConfig();
  try {
    kc.loadFromString(text);
  } catch (error) {
    throw new ClusterAccessError(
      `${source} is not a kubeconfig: ${error instanceof Error ? error.message : String(error)}`
    );
  }
  const contexts = kc.getContexts().map((c) => c.name);
  const found = kc.getContexts().find((c) => c.name === context);
  if (found === undefined)
    throw new ClusterAccessError(
      `${source} has no context '${context}' (the facts' kube_context): it has ${contexts.length === 0 ? 'none' : contexts.join(', ')}`
    );
  kc.setCurrentContext(context);
  const cluster = kc.getCurrentCluster();
  if (cluster === null)
    throw new ClusterAccessError(
      `${source}: context '${context}' names cluster '${found.cluster}', which it does not define`
    );
  if (kc.getCurrentUser() === null)
    throw new ClusterAccessError(
      `${source}: context '${context}' names user '${found.user}', which it does not define`
    );
  if (!/^https:\/\//.test(cluster.server))
    throw new ClusterAccessError(
      `${source}: cluster '${found.cluster}' has server '${cluster.server}': expected an https:// URL`
    );
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

function isStatus(body: unknown): boolean {
  let value = body;
  if (typeof value === 'string')
    try {
      value = JSON.parse(value);
    } catch {
      return false;
    }
  return (
    value !== null && typeof value === 'object' && (value as { kind?: unknown }).kind === 'Status'
  );
}

/** The status message of a failed request, or what kept it from being answered. */
export function statusMessage(error: unknown): { code: number; message: string } {
  if (error instanceof ApiException) {
    let body: unknown = error.body;
    if (typeof body === 'string')
      try {
        body = JSON.parse(body);
      } catch {
        // not JSON: the text is the message
      }
    const message =
      body !== null &&
      typeof body === 'object' &&
      typeof (body as { message?: unknown }).message === 'string'
        ? (body as { message: string }).message
        : typeof body === 'string' && body !== ''
          ? body.trim()
          : `HTTP ${error.code}`;
    return { code: error.code, message };
  }
  return { code: 0, message: error instanceof Error ? error.message : String(error) };
}

function networkCode(error: unknown): string | undefined {
  let e: unknown = error;
  for (let i = 0; i < 4 && e !== null && typeof e === 'object'; i++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}

/** A failure to reach or authenticate to the server, said as what a user must fix. */
export function accessError(server: string, context: string, error: unknown): ClusterAccessError {
  const { code, message } = statusMessage(error);
  if (code === 401)
    return new ClusterAccessError(
      `The API server ${server} refused the credentials of context '${context}' (401 Unauthorized): the kubeconfig's token or client certificate is wrong or expired`
    );
  if (code === 403)
    return new ClusterAccessError(
      `The API server ${server} denied context '${context}' (403 Forbidden): ${message}. The bootstrap needs cluster-admin rights (it installs CRDs and cluster roles)`
    );
  const net = networkCode(error);
  if (net !== undefined && TLS_CODES.has(net))
    return new ClusterAccessError(
      `The API server ${server} is not trusted (${net}): its certificate is not signed by the kubeconfig's certificate-authority-data of context '${context}', or not issued for its address`
    );
  if (error instanceof Error && error.name === 'AbortError')
    return new ClusterAccessError(
      `The API server ${server} did not answer within the request timeout`
    );
  return new ClusterAccessError(
    `Cannot reach the API server ${server} of context '${context}': ${net ?? ''}${net === undefined ? '' : ': '}${message}`
  );
}

/**
 * The object API with a server-side apply that sends the manifest as it is. The client's own
 * `patch` first maps the object through its typed models, which drop what they do not know
 * (`x-kubernetes-*` keys of a CRD schema among them): an apply must send exactly the manifest.
 */
class ApplyingObjectApi extends KubernetesObjectApi {
  /**
   * The object's metadata only (a PartialObjectMetadata): what an apply needs to know whether it
   * created, changed or left the object, without reading a CRD's megabytes of schema.
   */
  async readMetadata(ref: ObjectRef): Promise<KubernetesObject> {
    const spec = {
      apiVersion: ref.apiVersion,
      kind: ref.kind,
      metadata: {
        name: ref.name,
        ...(ref.namespace === undefined ? {} : { namespace: ref.namespace })
      }
    };
    const path = await this.specUriPath(spec, 'read');
    const ctx = this.configuration.baseServer.makeRequestContext(path, HttpMethod.GET);
    ctx.setHeaderParam('Accept', 'application/json;as=PartialObjectMetadata;g=meta.k8s.io;v=v1');
    return this.requestPromise(ctx);
  }

  async applyManifest(object: ManifestObject, fieldManager: string): Promise<KubernetesObject> {
    const path = await this.specUriPath(structuredClone(object) as KubernetesObject, 'patch');
    const ctx = this.configuration.baseServer.makeRequestContext(path, HttpMethod.PATCH);
    ctx.setHeaderParam('Accept', 'application/json, */*;q=0.8');
    ctx.setHeaderParam('Content-Type', PatchStrategy.ServerSideApply);
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
export class ClusterRequestError extends ActionError {}

function requestError(what: string, error: unknown): Error {
  if (!(error instanceof ApiException))
    return error instanceof Error ? error : new Error(String(error));
  const { code, message } = statusMessage(error);
  return new ClusterRequestError(`The API server answered ${code} to ${what}: ${message}`);
}

export interface ClientNodeClusterOptions {
  kubeConfig: KubeConfig;
  context: string;
  requestTimeoutMs: number;
}

/** `KubeCluster` on `@kubernetes/client-node`. */
export class ClientNodeCluster implements KubeCluster {
  readonly server: string;
  private readonly objects: ApplyingObjectApi;
  private readonly version: VersionApi;
  private readonly context: string;

  constructor(options: ClientNodeClusterOptions) {
    const cluster = options.kubeConfig.getCurrentCluster();
    if (cluster === null)
      throw new ClusterAccessError(`context '${options.context}' has no cluster`);
    this.server = cluster.server;
    this.context = options.context;
    const timeoutMs = options.requestTimeoutMs;
    const config = createConfiguration({
      baseServer: new ServerConfiguration(cluster.server, {}),
      authMethods: { default: options.kubeConfig },
      promiseMiddleware: [
        {
          pre: async (ctx: RequestContext) => {
            // Unknown or duplicate fields are refused rather than dropped without a word.
            if (ctx.getHttpMethod() === HttpMethod.PATCH)
              ctx.setQueryParam('fieldValidation', 'Strict');
            ctx.setSignal(AbortSignal.timeout(timeoutMs));
            return ctx;
          },
          post: async (response: ResponseContext) => response
        }
      ]
    });
    this.objects = new ApplyingObjectApi(config);
    this.version = new VersionApi(config);
  }

  async preflight(): Promise<{ gitVersion: string }> {
    try {
      const info = await this.version.getCode();
      // /version is public to any authenticated user: prove the rights on what is applied too.
      await this.objects.list(
        'apiextensions.k8s.io/v1',
        'CustomResourceDefinition',
        undefined,
        undefined,
        undefined,
        undefined,
        undefined,
        undefined,
        1
      );
      return { gitVersion: info.gitVersion };
    } catch (error) {
      throw accessError(this.server, this.context, error);
    }
  }

  async read(ref: ObjectRef): Promise<KubernetesObject | undefined> {
    try {
      return await this.retryingTooMany(() =>
        this.objects.read({
          apiVersion: ref.apiVersion,
          kind: ref.kind,
          metadata: {
            name: ref.name,
            ...(ref.namespace === undefined ? {} : { namespace: ref.namespace })
          }
        })
      );
    } catch (error) {
      if (error instanceof ApiException && error.code === 404) return undefined;
      throw requestError(`read ${ref.kind} ${ref.name}`, error);
    }
  }

  /**
   * Runs a request again while the server answers 429 (a new CRD's storage still initializing,
   * say), after the Retry-After it asks for. Only for reads and applies, which are idempotent.
   * At most 10 tries.
   */
  private async retryingTooMany<T>(read: () => Promise<T>): Promise<T> {
    return retry(read, {
      attempts: 10,
      retryable: (error) => error instanceof ApiException && error.code === 429,
      delayMs: (_attempt, error) => {
        const after = Number((error as ApiException<unknown>).headers['retry-after'] ?? '1');
        return Math.min(Number.isFinite(after) ? after : 1, 5) * 1000;
      }
    });
  }

  async apply(object: ManifestObject, fieldManager: string): Promise<ApplyResult> {
    const ref: ObjectRef = {
      apiVersion: object.apiVersion,
      kind: object.kind,
      name: object.metadata.name,
      namespace: object.metadata.namespace
    };
    let before: KubernetesObject | undefined;
    try {
      before = await this.retryingTooMany(() => this.objects.readMetadata(ref));
    } catch (error) {
      if (!(error instanceof ApiException && error.code === 404))
        throw requestError(`read ${ref.kind} ${ref.name}`, error);
    }
    try {
      const after = await this.retryingTooMany(() =>
        this.objects.applyManifest(object, fieldManager)
      );
      const outcome: ApplyOutcome =
        before === undefined
          ? 'created'
          : before.metadata?.resourceVersion === after.metadata?.resourceVersion
            ? 'unchanged'
            : 'configured';
      return { outcome, object: after };
    } catch (error) {
      if (error instanceof ApiException && (error.code === 401 || error.code === 403))
        throw accessError(this.server, this.context, error);
      // A Status the server answered with is its verdict on the object: 422 for a schema
      // violation, 500 for a field the CRD's structural schema does not declare.
      if (error instanceof ApiException && isStatus(error.body)) {
        const { code, message } = statusMessage(error);
        return {
          refused: { kind: ref.kind, name: ref.name, namespace: ref.namespace, code, message }
        };
      }
      throw error;
    }
  }

  async list(
    apiVersion: string,
    kind: string,
    options: { namespace?: string; labelSelector?: string } = {}
  ): Promise<KubernetesObject[]> {
    const what = `list ${kind}`;
    const list = await this.retryingTooMany(() =>
      this.objects.list(
        apiVersion,
        kind,
        options.namespace,
        undefined,
        undefined,
        undefined,
        undefined,
        options.labelSelector
      )
    ).catch((error: unknown) => {
      throw requestError(what, error);
    });
    // The list's items carry no apiVersion and kind of their own.
    return list.items.map((item) => ({ ...item, apiVersion, kind }));
  }

  async delete(ref: ObjectRef, propagation: 'Foreground' | 'Background'): Promise<boolean> {
    try {
      await this.objects.delete(
        {
          apiVersion: ref.apiVersion,
          kind: ref.kind,
          metadata: {
            name: ref.name,
            ...(ref.namespace === undefined ? {} : { namespace: ref.namespace })
          }
        },
        undefined,
        undefined,
        undefined,
        undefined,
        propagation
      );
      return true;
    } catch (error) {
      if (error instanceof ApiException && error.code === 404) return false;
      throw requestError(`delete ${ref.kind} ${ref.name}`, error);
    }
  }
}
