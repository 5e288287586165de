import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { ActionError, errorMessage } from '../common/errors.js';
import { ApplicationSchema, type ApplicationView } from './application.js';

/** The body of `POST /api/v1/applications/{name}/sync` (swagger `applicationApplicationSyncRequest`). */
export interface SyncRequest {
  name: string;
  revision?: string;
  prune: boolean;
  dryRun: boolean;
}

/**
 * The body of `POST /api/v1/applications/{name}/rollback` (swagger
 * `applicationApplicationRollbackRequest`; `id` is an int64, which the gateway writes as a string).
 */
export interface RollbackRequest {
  name: string;
  id: string;
  prune: boolean;
  dryRun: boolean;
}

/** The Argo CD API, as the sync needs it. One real implementation; tests use a double server. */
export interface ArgoCdApi {
  /** The server's base URL, for messages. */
  readonly server: string;
  /** `timeoutMs`, when given, shortens the client's request timeout (never lengthens it). */
  getApplication(
    name: string,
    refresh?: 'normal' | 'hard',
    timeoutMs?: number
  ): Promise<ApplicationView>;
  sync(name: string, body: SyncRequest, timeoutMs?: number): Promise<ApplicationView>;
  rollback(name: string, body: RollbackRequest, timeoutMs?: number): Promise<ApplicationView>;
}

/** The server answered with an HTTP error; `grpcMessage` is its own word (`runtimeError.message`). */
export class ArgoCdHttpError extends ActionError {
  constructor(
    readonly method: string,
    readonly path: string,
    readonly status: number,
    readonly grpcMessage: string
  ) {
    super(`${method} ${path}: HTTP ${status}${grpcMessage === '' ? '' : `: ${grpcMessage}`}`);
  }
}

/** No answer: the connection failed, or the server did not answer within the request timeout. */
export class ArgoCdTransportError extends ActionError {
  constructor(
    readonly method: string,
    readonly path: string,
    readonly code: string,
    detail: string,
    /** True when the request surely never reached the server (nothing can have happened). */
    readonly notSent: boolean
  ) {
    super(`${method} ${path}: ${detail}`);
  }
}

/** The server answered 2xx with something that is not an Application. */
export class ArgoCdResponseError extends ActionError {}

/** Errors whose request may simply be sent again when it is idempotent. */
export function isTransient(error: unknown): boolean {
  if (error instanceof ArgoCdTransportError) return true;
  return error instanceof ArgoCdHttpError && error.status >= 500;
}

const TLS_CODES = new Set([
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'CERT_HAS_EXPIRED',
  'ERR_TLS_CERT_ALTNAME_INVALID',
  'CERT_UNTRUSTED'
]);

/** The connection was never made: the request cannot have reached the server. */
const UNREACHABLE_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN'
]);

/** A connection error that retrying cannot fix: a wrong address, name or certificate. */
export function isPermanentTransportError(error: unknown): boolean {
  return (
    error instanceof ArgoCdTransportError &&
    (TLS_CODES.has(error.code) || UNREACHABLE_CODES.has(error.code))
  );
}

export interface HttpClientOptions {
  /** Base URL of the Argo CD server (`https://argocd.example.com`, optionally with a path prefix). */
  server: string;
  token: string;
  /** PEM of the CAs to trust instead of the system's, for a server with a private CA. */
  ca?: string | undefined;
  /** Each request is abandoned after this long. */
  requestTimeoutMs: number;
}

interface RawResponse {
  status: number;
  body: string;
}

/** The Argo CD REST API over HTTP(S) with a bearer token; every request has a timeout. */
export class ArgoCdHttpClient implements ArgoCdApi {
  readonly server: string;
  /** Requests sent and bytes received, for the summary and the bench. */
  readonly stats = { requests: 0, bytesReceived: 0 };

  constructor(private readonly options: HttpClientOptions) {
    this.server = options.server.replace(/\/+$/, '');
  }

  async getApplication(
    name: string,
    refresh?: 'normal' | 'hard',
    timeoutMs?: number
  ): Promise<ApplicationView> {
    const query = refresh === undefined ? '' : `?refresh=${refresh}`;
    return this.application(
      'GET',
      `/api/v1/applications/${encodeURIComponent(name)}${query}`,
      undefined,
      timeoutMs
    );
  }

  sync(name: string, body: SyncRequest, timeoutMs?: number): Promise<ApplicationView> {
    return this.application(
      'POST',
      `/api/v1/applications/${encodeURIComponent(name)}/sync`,
      body,
      timeoutMs
    );
  }

  rollback(name: string, body: RollbackRequest, timeoutMs?: number): Promise<ApplicationView> {
    return this.application(
      'POST',
      `/api/v1/applications/${encodeURIComponent(name)}/rollback`,
      body,
      timeoutMs
    );
  }

  private async application(
    method: string,
    path: string,
    body: unknown,
    timeoutMs: number | undefined
  ): Promise<ApplicationView> {
    const limit = Math.min(this.options.requestTimeoutMs, timeoutMs ?? Infinity);
    const response = await this.send(method, path, body, limit);
    if (response.status < 200 || response.status >= 300)
      throw new ArgoCdHttpError(method, path, response.status, errorText(response.body));
    let json: unknown;
    try {
      json = JSON.parse(response.body);
    } catch {
      throw new ArgoCdResponseError(
        `${method} ${path}: the answer is not JSON (is ${this.server} an Argo CD API server?)`
      );
    }
    const parsed = ApplicationSchema.safeParse(json);
    if (!parsed.success)
      throw new ArgoCdResponseError(
        `${method} ${path}: the answer is not an Argo CD Application: ${parsed.error.issues
          .slice(0, 3)
          .map((i) => `${i.path.join('.')}: ${i.message}`)
          .join('; ')}`
      );
    return parsed.data;
  }

  private send(method: string, path: string, body: unknown, limitMs: number): Promise<RawResponse> {
    const url = new URL(`${this.server}${path}`);
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
    this.stats.requests++;
    return new Promise((resolve, reject) => {
      let settled = false;
      const fail = (code: string, detail: string, notSent: boolean) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        reject(new ArgoCdTransportError(method, path, code, detail, notSent));
      };
      const req = request(
        url,
        {
          method,
          headers: {
            authorization: `Bearer ${this.options.token}`,
            accept: 'application/json',
            ...(payload === undefined
              ? {}
              : {
                  'content-type': 'application/json',
                  'content-length': Buffer.byteLength(payload)
                })
          },
          ...(this.options.ca === undefined ? {} : { ca: this.options.ca }),
          // One connection per request: nothing is left open between polls.
          agent: false
        },
        (res: IncomingMessage) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => {
            if (settled) return;
            settled = true;
            clearTimeout(timer);
            const text = Buffer.concat(chunks);
            this.stats.bytesReceived += text.length;
            resolve({ status: res.statusCode ?? 0, body: text.toString('utf8') });
          });
          res.on('error', (error) => fail('ECONNRESET', errorMessage(error), false));
        }
      );
      // The whole exchange, not only a silent socket: a server that trickles its answer is cut too.
      const timer = setTimeout(() => {
        fail('ETIMEDOUT', `no answer within ${limitMs} ms from ${this.server}`, false);
        req.destroy();
      }, limitMs);
      req.on('error', (error: NodeJS.ErrnoException) => {
        const code = error.code ?? 'ERROR';
        const notSent = UNREACHABLE_CODES.has(code) || TLS_CODES.has(code);
        fail(code, transportDetail(this.server, code, error.message), notSent);
      });
      req.end(payload);
    });
  }
}

function transportDetail(server: string, code: string, message: string): string {
  if (TLS_CODES.has(code))
    return `the TLS certificate of ${server} is not trusted (${code}: ${message}); give the CA that signed it in ca-file`;
  if (code === 'ECONNREFUSED') return `cannot reach Argo CD at ${server}: connection refused`;
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN')
    return `cannot reach Argo CD at ${server}: no such host`;
  return `cannot reach Argo CD at ${server}: ${message}`;
}

/** Argo CD's error body is grpc-gateway's `runtimeError` `{error, code, message, details}`. */
function errorText(body: string): string {
  try {
    const json = JSON.parse(body) as { message?: unknown; error?: unknown };
    if (typeof json.message === 'string' && json.message !== '') return json.message;
    if (typeof json.error === 'string') return json.error;
  } catch {
    // Not JSON: a proxy's page, say; its first line says enough.
  }
  return body.split('\n')[0]?.slice(0, 200) ?? '';
}
