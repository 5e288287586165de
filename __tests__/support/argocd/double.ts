/**
 * An Argo CD API server double on loopback, for the tests, the bench and the demo.
 *
 * It serves `GET /api/v1/applications/{name}`, `POST .../sync` and `POST .../rollback` as the
 * real API server does (bearer token, grpc-gateway error bodies `{error, code, message}`, the
 * FailedPrecondition answer while an operation runs), with applications whose status follows a
 * scripted timeline: frames advanced per read of the application or per elapsed milliseconds.
 *
 * It stays true to the real server by checking itself: every Application it returns is validated
 * against the Application schema of `@kubernetes-models/argo-cd` (plus the enumerations of
 * gitops-engine that the schema leaves open), and every request body against JSON schemas written
 * by hand from Argo CD's `assets/swagger.json` (`applicationApplicationSyncRequest`,
 * `applicationApplicationRollbackRequest` and the definitions they use). Each mismatch is recorded
 * in `violations`; the tests assert there are none.
 *
 * A plain module with no imports of the test framework and no relative imports, so that a script
 * can start it too: Node 24 runs it as it is (`import { startArgoCdDouble } from
 * './__tests__/support/argocd/double.ts'`).
 */
import { Application } from '@kubernetes-models/argo-cd/argoproj.io/v1alpha1/Application';
import { Ajv, type ValidateFunction } from 'ajv';
import { createServer as createHttpServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';

export type HealthCode =
  'Healthy' | 'Progressing' | 'Degraded' | 'Suspended' | 'Missing' | 'Unknown';
export type Phase = 'Pending' | 'Running' | 'Terminating' | 'Succeeded' | 'Failed' | 'Error';

/** A resource of the application in one frame. */
export interface ResourceFrame {
  group?: string;
  version?: string;
  kind: string;
  namespace?: string;
  name: string;
  health?: HealthCode;
  /** Argo CD's health message (e.g. why a Deployment is Degraded). */
  message?: string;
  sync?: 'Synced' | 'OutOfSync';
  /** The operation failed to apply it, with this message (a `SyncFailed` result). */
  syncFailed?: string;
}

/** The application as it is for a while. */
export interface Frame {
  /** Reads of the application this frame lasts (default 1, unless `ms` is given). */
  polls?: number;
  /** Or: milliseconds it lasts from its first read. The last frame lasts for ever. */
  ms?: number;
  /** The operation's phase; `Pending`: requested, the controller has not started it. */
  phase: Phase;
  message?: string;
  health: HealthCode;
  healthMessage?: string;
  /** Default: Synced once the phase is Succeeded, else OutOfSync. */
  sync?: 'Synced' | 'OutOfSync' | 'Unknown';
  /** Default: the application's resources, each with the frame's health. */
  resources?: ResourceFrame[];
  /** `reconciledAt` stays from before the operation: the status is older than its end. */
  stale?: boolean;
  conditions?: { type: string; message: string }[];
}

/** A request answered badly on purpose. */
export interface Fault {
  method: 'GET' | 'POST';
  /** Which requests of that method to the application, counted from 1. */
  nth: number[];
  /** Answer with this status and a grpc-gateway error body. */
  status?: number;
  /** Or: answer nothing for this long (the client's request timeout should fire first). */
  hangMs?: number;
  /** For a POST: carry the request out before answering with the fault (an ambiguous failure). */
  applied?: boolean;
}

export interface AppScript {
  name: string;
  automated?: boolean;
  /** `spec.source.targetRevision` (default `main`). */
  targetRevision?: string;
  /** Branches and tags with the commit each points at. */
  refs?: Record<string, string>;
  /** The commit deployed before the run. */
  deployed: string;
  /** Commits deployed earlier, oldest first (the history ends with `deployed`). */
  earlier?: string[];
  /** The application's resources, healthy at the start. */
  resources: ResourceFrame[];
  /** An operation someone else started before the run, frame by frame. */
  running?: Frame[];
  /** What a sync does, frame by frame. */
  sync: Frame[];
  /** What a rollback does (default: Running once, then Succeeded and Healthy). */
  rollback?: Frame[];
  faults?: Fault[];
}

export interface ArgoCdDoubleOptions {
  /** The bearer token the server accepts. */
  token: string;
  apps: AppScript[];
  /** Serve HTTPS with this certificate (PEM), else HTTP. */
  tls?: { cert: string; key: string };
  /** Time of the first answer, as the server's clock shows it (default 2026-01-01T00:00:00Z). */
  startTime?: string;
  /** Each answer moves the server's clock on by this many seconds (default 1). */
  secondsPerRequest?: number;
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: string;
  app: string | undefined;
  status: number;
  body: unknown;
  /** performance.now() when it was answered. */
  at: number;
}

export interface ArgoCdDouble {
  url: string;
  port: number;
  requests: RecordedRequest[];
  /** Every request or response that does not match the API's schemas. */
  violations: string[];
  /** Bytes of the response bodies sent. */
  bytesSent(): number;
  /** The requests to one application's sync (or rollback) endpoint. */
  posts(app: string, action: 'sync' | 'rollback'): RecordedRequest[];
  /** performance.now() when the application was first served Synced, Healthy and fresh after a sync. */
  convergedAt(app: string): number | undefined;
  /** performance.now() when each frame of the application's current operation began. */
  frameStarts(app: string): number[];
  /** The application as a read would show it now, without advancing its timeline. */
  peek(app: string): Record<string, unknown>;
  stop(): Promise<void>;
}

// ---------------------------------------------------------------------------------------------
// Request schemas, written by hand from Argo CD's assets/swagger.json (definitions named as
// there). The gateway writes int64 fields as strings. Properties the swagger does not list are
// refused, so a request the real server would not understand cannot pass unnoticed.

const INT64 = { type: 'string', pattern: '^-?[0-9]+$' };

const SWAGGER_DEFINITIONS = {
  v1alpha1SyncOperationResource: {
    type: 'object',
    additionalProperties: false,
    properties: {
      group: { type: 'string' },
      kind: { type: 'string' },
      name: { type: 'string' },
      namespace: { type: 'string' }
    }
  },
  v1alpha1SyncStrategyApply: {
    type: 'object',
    additionalProperties: false,
    properties: { force: { type: 'boolean' } }
  },
  v1alpha1SyncStrategyHook: {
    type: 'object',
    additionalProperties: false,
    properties: { syncStrategyApply: { $ref: '#/definitions/v1alpha1SyncStrategyApply' } }
  },
  v1alpha1SyncStrategy: {
    type: 'object',
    additionalProperties: false,
    properties: {
      apply: { $ref: '#/definitions/v1alpha1SyncStrategyApply' },
      hook: { $ref: '#/definitions/v1alpha1SyncStrategyHook' }
    }
  },
  v1alpha1Info: {
    type: 'object',
    additionalProperties: false,
    properties: { name: { type: 'string' }, value: { type: 'string' } }
  },
  v1alpha1Backoff: {
    type: 'object',
    additionalProperties: false,
    properties: { duration: { type: 'string' }, factor: INT64, maxDuration: { type: 'string' } }
  },
  v1alpha1RetryStrategy: {
    type: 'object',
    additionalProperties: false,
    properties: { backoff: { $ref: '#/definitions/v1alpha1Backoff' }, limit: INT64 }
  },
  applicationSyncOptions: {
    type: 'object',
    additionalProperties: false,
    properties: { items: { type: 'array', items: { type: 'string' } } }
  },
  applicationApplicationSyncRequest: {
    type: 'object',
    additionalProperties: false,
    properties: {
      name: { type: 'string' },
      revision: { type: 'string' },
      dryRun: { type: 'boolean' },
      prune: { type: 'boolean' },
      strategy: { $ref: '#/definitions/v1alpha1SyncStrategy' },
      resources: { type: 'array', items: { $ref: '#/definitions/v1alpha1SyncOperationResource' } },
      manifests: { type: 'array', items: { type: 'string' } },
      infos: { type: 'array', items: { $ref: '#/definitions/v1alpha1Info' } },
      retryStrategy: { $ref: '#/definitions/v1alpha1RetryStrategy' },
      syncOptions: { $ref: '#/definitions/applicationSyncOptions' },
      // Added by later releases for applications in any namespace and multi-source applications.
      appNamespace: { type: 'string' },
      project: { type: 'string' },
      revisions: { type: 'array', items: { type: 'string' } },
      sourcePositions: { type: 'array', items: INT64 }
    }
  },
  applicationApplicationRollbackRequest: {
    type: 'object',
    additionalProperties: false,
    properties: {
      name: { type: 'string' },
      id: INT64,
      dryRun: { type: 'boolean' },
      prune: { type: 'boolean' },
      appNamespace: { type: 'string' },
      project: { type: 'string' }
    }
  }
};

const ajv = new Ajv({ allErrors: true, strict: true });
const swagger = { $id: 'argocd-swagger', definitions: SWAGGER_DEFINITIONS };
ajv.addSchema(swagger);
const requestSchemas: Record<'sync' | 'rollback', ValidateFunction> = {
  sync: ajv.compile({ $ref: 'argocd-swagger#/definitions/applicationApplicationSyncRequest' }),
  rollback: ajv.compile({
    $ref: 'argocd-swagger#/definitions/applicationApplicationRollbackRequest'
  })
};

// The enumerations of gitops-engine and types.go that the Application schema leaves as strings.
const PHASES = ['Running', 'Terminating', 'Failed', 'Error', 'Succeeded'];
const SYNC_CODES = ['Synced', 'OutOfSync', 'Unknown'];
const HEALTH_CODES = ['Healthy', 'Progressing', 'Degraded', 'Suspended', 'Missing', 'Unknown'];
const RESULT_CODES = ['Synced', 'SyncFailed', 'Pruned', 'PruneSkipped'];

/** What is wrong with an Application the double is about to return; empty when nothing is. */
export function applicationViolations(app: Record<string, unknown>): string[] {
  const problems: string[] = [];
  try {
    new Application(app as ConstructorParameters<typeof Application>[0]).validate();
  } catch (error) {
    problems.push(error instanceof Error ? error.message : String(error));
  }
  const status = (app['status'] ?? {}) as {
    sync?: { status?: string };
    health?: { status?: string };
    operationState?: { phase?: string; syncResult?: { resources?: { status?: string }[] } };
    resources?: { status?: string; health?: { status?: string } }[];
  };
  const check = (what: string, value: string | undefined, allowed: string[]) => {
    if (value !== undefined && !allowed.includes(value))
      problems.push(`${what} is '${value}', not one of ${allowed.join(', ')}`);
  };
  check('status.sync.status', status.sync?.status, SYNC_CODES);
  check('status.health.status', status.health?.status, HEALTH_CODES);
  check('status.operationState.phase', status.operationState?.phase, PHASES);
  for (const r of status.resources ?? []) {
    check('status.resources[].status', r.status, SYNC_CODES);
    check('status.resources[].health.status', r.health?.status, HEALTH_CODES);
  }
  for (const r of status.operationState?.syncResult?.resources ?? [])
    check('status.operationState.syncResult.resources[].status', r.status, RESULT_CODES);
  return problems;
}

// ---------------------------------------------------------------------------------------------

interface HistoryItem {
  id: number;
  revision: string;
  deployedAt: string;
  deployStartedAt: string;
}

interface OperationRun {
  kind: 'other' | 'sync' | 'rollback';
  frames: Frame[];
  index: number;
  pollsInFrame: number;
  frameStartMs: number | undefined;
  /** performance.now() when each frame began (an `ms` frame may begin between two reads). */
  frameStarts: number[];
  revision: string;
  /** The commit it syncs. */
  resolved: string;
  prune: boolean;
  initiatedBy: { username?: string; automated?: boolean };
  startedAt: string | undefined;
  finishedAt: string | undefined;
  /** reconciledAt of the last reconcile before it started. */
  reconciledBefore: string;
}

interface AppState {
  script: AppScript;
  history: HistoryItem[];
  live: string;
  run: OperationRun | undefined;
  reconciledAt: string;
  gets: number;
  posts: number;
  convergedAt: number | undefined;
}

const ROLLBACK_DEFAULT: Frame[] = [
  { phase: 'Running', health: 'Progressing' },
  { phase: 'Succeeded', health: 'Healthy', sync: 'OutOfSync' }
];

const FINISHED = ['Succeeded', 'Failed', 'Error'];

/** Starts the double on 127.0.0.1 (a free port); `stop()` closes it. */
export async function startArgoCdDouble(options: ArgoCdDoubleOptions): Promise<ArgoCdDouble> {
  const base = Date.parse(options.startTime ?? '2026-01-01T00:00:00Z');
  const step = (options.secondsPerRequest ?? 1) * 1000;
  let ticks = 0;
  const time = (offsetSeconds = 0) =>
    new Date(base + ticks * step + offsetSeconds * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const requests: RecordedRequest[] = [];
  const violations: string[] = [];
  let bytes = 0;

  const apps = new Map<string, AppState>();
  for (const script of options.apps) {
    const revisions = [...(script.earlier ?? []), script.deployed];
    const history = revisions.map((revision, i) => ({
      id: i + 1,
      revision,
      deployStartedAt: time(-3600 * (revisions.length - i) - 30),
      deployedAt: time(-3600 * (revisions.length - i))
    }));
    const state: AppState = {
      script,
      history,
      live: script.deployed,
      run: undefined,
      reconciledAt: time(-60),
      gets: 0,
      posts: 0,
      convergedAt: undefined
    };
    const target = resolve(script, script.targetRevision ?? 'main');
    // Someone else's operation: still running, or the one that deployed what is live.
    state.run = {
      kind: 'other',
      frames: script.running ?? [
        {
          phase: 'Succeeded',
          health: 'Healthy',
          sync: script.deployed === target ? 'Synced' : 'OutOfSync'
        }
      ],
      index: 0,
      pollsInFrame: 0,
      frameStartMs: performance.now(),
      frameStarts: [performance.now()],
      revision: script.running === undefined ? script.deployed : target,
      resolved: script.running === undefined ? script.deployed : target,
      prune: false,
      initiatedBy: { username: 'alice' },
      startedAt: script.running === undefined ? history.at(-1)?.deployStartedAt : time(-30),
      finishedAt: script.running === undefined ? history.at(-1)?.deployedAt : undefined,
      reconciledBefore: time(-31)
    };
    apps.set(script.name, state);
  }

  function resolve(script: AppScript, revision: string): string {
    return script.refs?.[revision] ?? revision;
  }

  function frameOf(run: OperationRun): Frame {
    const frame = run.frames[Math.min(run.index, run.frames.length - 1)];
    if (frame === undefined) throw new Error('an operation needs at least one frame');
    return frame;
  }

  /** Moves a run to the frame it is in now (for `ms` frames) before a read. */
  function settle(run: OperationRun): void {
    const now = performance.now();
    for (;;) {
      const frame = frameOf(run);
      if (run.index >= run.frames.length - 1 || frame.ms === undefined) return;
      run.frameStartMs ??= now;
      if (now - run.frameStartMs < frame.ms) return;
      run.index++;
      run.pollsInFrame = 0;
      run.frameStartMs = run.frameStartMs + frame.ms;
      run.frameStarts[run.index] = run.frameStartMs;
    }
  }

  /** After a read: count it against a `polls` frame. */
  function advance(run: OperationRun): void {
    const frame = frameOf(run);
    if (run.index >= run.frames.length - 1 || frame.ms !== undefined) return;
    run.pollsInFrame++;
    if (run.pollsInFrame >= (frame.polls ?? 1)) {
      run.index++;
      run.pollsInFrame = 0;
      run.frameStartMs = performance.now();
      run.frameStarts[run.index] = run.frameStartMs;
    }
  }

  function resourcesOf(state: AppState, frame: Frame | undefined): ResourceFrame[] {
    if (frame?.resources !== undefined) return frame.resources;
    return state.script.resources.map((r) => ({
      ...r,
      health: frame?.health ?? r.health ?? 'Healthy',
      sync:
        frame === undefined
          ? (r.sync ?? 'Synced')
          : syncOf(frame) === 'Synced'
            ? 'Synced'
            : 'OutOfSync'
    }));
  }

  function syncOf(frame: Frame): 'Synced' | 'OutOfSync' | 'Unknown' {
    return frame.sync ?? (frame.phase === 'Succeeded' ? 'Synced' : 'OutOfSync');
  }

  const gvk = (r: ResourceFrame) => ({
    group:
      r.group ??
      (r.kind === 'Deployment' ? 'apps' : r.kind === 'Ingress' ? 'networking.k8s.io' : ''),
    version: r.version ?? 'v1',
    kind: r.kind
  });

  /** The Application as a read shows it; `serve` moves the timeline on (a real read). */
  function render(state: AppState, serve: boolean): Record<string, unknown> {
    const { script } = state;
    const target = script.targetRevision ?? 'main';
    const source = {
      repoURL: 'https://git.example.com/acme/runtime-facts.git',
      path: `apps/${script.name}`,
      targetRevision: target
    };
    const destination = { server: 'https://kubernetes.default.svc', namespace: script.name };
    const run = state.run;
    if (run !== undefined && serve) settle(run);
    const frame = run === undefined ? undefined : frameOf(run);
    const now = time();

    let operation: Record<string, unknown> | undefined;
    let operationState: Record<string, unknown> | undefined;
    let sync: string = state.live === resolve(script, target) ? 'Synced' : 'OutOfSync';
    let health: HealthCode = 'Healthy';
    let healthMessage: string | undefined;
    let reconciledAt = now;
    if (run !== undefined && frame !== undefined) {
      const opBody = {
        sync: {
          revision: run.revision,
          prune: run.prune,
          ...(run.kind === 'rollback' ? { source } : {})
        },
        initiatedBy: run.initiatedBy,
        retry: {}
      };
      const finished = FINISHED.includes(frame.phase);
      if (frame.phase !== 'Pending' && serve) {
        run.startedAt ??= now;
        if (finished && run.finishedAt === undefined && serve) {
          run.finishedAt = now;
          if (frame.phase === 'Succeeded') {
            state.live = run.resolved;
            state.history.push({
              id: Math.max(0, ...state.history.map((h) => h.id)) + 1,
              revision: run.resolved,
              deployStartedAt: run.startedAt,
              deployedAt: now
            });
          }
        }
      }
      if (frame.phase !== 'Pending' && (serve || run.startedAt !== undefined)) {
        operationState = {
          operation: opBody,
          phase: frame.phase,
          message:
            frame.message ??
            (frame.phase === 'Succeeded'
              ? 'successfully synced (all tasks run)'
              : frame.phase === 'Running'
                ? 'waiting for healthy state of apps/Deployment/web'
                : 'one or more objects failed to apply'),
          startedAt: run.startedAt,
          ...(finished && run.finishedAt !== undefined ? { finishedAt: run.finishedAt } : {}),
          ...(finished
            ? {
                syncResult: {
                  revision: run.resolved,
                  source,
                  resources: resourcesOf(state, frame).map((r) => ({
                    ...gvk(r),
                    namespace: r.namespace ?? script.name,
                    name: r.name,
                    status: r.syncFailed === undefined ? 'Synced' : 'SyncFailed',
                    message: r.syncFailed ?? `${r.kind.toLowerCase()}/${r.name} configured`,
                    syncPhase: 'Sync',
                    hookPhase: r.syncFailed === undefined ? 'Succeeded' : 'Failed'
                  }))
                }
              }
            : {})
        };
      }
      if (!finished) operation = opBody;
      sync = syncOf(frame);
      health = frame.health;
      healthMessage = frame.healthMessage;
      if (frame.stale === true) reconciledAt = run.reconciledBefore;
    }
    if (serve) state.reconciledAt = reconciledAt;

    const resources = resourcesOf(state, frame).map((r) => ({
      ...gvk(r),
      namespace: r.namespace ?? script.name,
      name: r.name,
      status: r.sync ?? 'Synced',
      health: {
        status: r.health ?? 'Healthy',
        ...(r.message === undefined ? {} : { message: r.message })
      }
    }));
    const app: Record<string, unknown> = {
      apiVersion: 'argoproj.io/v1alpha1',
      kind: 'Application',
      metadata: {
        name: script.name,
        namespace: 'argocd',
        resourceVersion: String(1000 + ticks),
        creationTimestamp: time(-86400)
      },
      spec: {
        project: 'default',
        source,
        destination,
        ...(script.automated === true
          ? { syncPolicy: { automated: { prune: true, selfHeal: true } } }
          : {})
      },
      ...(operation === undefined ? {} : { operation }),
      status: {
        sync: {
          status: sync,
          revision: resolve(script, target),
          comparedTo: { source, destination }
        },
        health: {
          status: health,
          ...(healthMessage === undefined ? {} : { message: healthMessage })
        },
        resources,
        history: state.history.map((h) => ({ ...h, source })),
        reconciledAt,
        observedAt: reconciledAt,
        sourceType: 'Helm',
        summary: {},
        ...(operationState === undefined ? {} : { operationState }),
        ...(frame?.conditions === undefined
          ? {}
          : { conditions: frame.conditions.map((c) => ({ ...c, lastTransitionTime: now })) })
      }
    };
    if (
      serve &&
      run !== undefined &&
      run.kind === 'sync' &&
      frame !== undefined &&
      frame.phase === 'Succeeded' &&
      frame.health === 'Healthy' &&
      frame.stale !== true &&
      sync === 'Synced'
    )
      state.convergedAt ??= performance.now();
    if (serve && run !== undefined) advance(run);
    return app;
  }

  function busy(state: AppState): boolean {
    const run = state.run;
    if (run === undefined) return false;
    return !FINISHED.includes(frameOf(run).phase) || run.finishedAt === undefined;
  }

  function startRun(
    state: AppState,
    kind: 'sync' | 'rollback',
    revision: string,
    prune: boolean
  ): void {
    const frames =
      kind === 'sync' ? state.script.sync : (state.script.rollback ?? ROLLBACK_DEFAULT);
    state.run = {
      kind,
      frames,
      index: 0,
      pollsInFrame: 0,
      frameStartMs: performance.now(),
      frameStarts: [performance.now()],
      revision,
      resolved: resolve(state.script, revision),
      prune,
      initiatedBy: { username: 'ci-deployer' },
      startedAt: undefined,
      finishedAt: undefined,
      reconciledBefore: time(-1)
    };
  }

  const grpcCodes: Record<number, number> = {
    400: 9,
    401: 16,
    403: 7,
    404: 5,
    500: 13,
    502: 14,
    503: 14,
    504: 4
  };

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://double');
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    ticks++;
    const match = /^\/api\/v1\/applications\/([^/]+)(?:\/(sync|rollback|operation))?$/.exec(
      url.pathname
    );
    const appName = match?.[1] === undefined ? undefined : decodeURIComponent(match[1]);
    const record = (status: number, body: unknown) => {
      requests.push({
        method: req.method ?? '',
        path: url.pathname,
        query: url.search,
        app: appName,
        status,
        body,
        at: performance.now()
      });
    };
    const send = (status: number, payload: unknown, body: unknown = undefined) => {
      record(status, body);
      const text = JSON.stringify(payload);
      bytes += Buffer.byteLength(text);
      res
        .writeHead(status, {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(text)
        })
        .end(text);
    };
    const error = (status: number, message: string, body: unknown = undefined) =>
      send(status, { error: message, code: grpcCodes[status] ?? 2, message, details: [] }, body);

    if (req.headers.authorization !== `Bearer ${options.token}`) {
      error(
        401,
        req.headers.authorization === undefined
          ? 'no session information'
          : 'invalid session: token signature is invalid'
      );
      return;
    }
    if (match === null || appName === undefined) {
      violations.push(`unexpected request ${req.method} ${url.pathname}`);
      error(404, 'Not Found');
      return;
    }
    if (match[2] === 'operation') {
      // argocd-sync must never terminate an operation.
      violations.push(`${req.method} ${url.pathname}: an operation was terminated`);
      error(405, 'Method Not Allowed');
      return;
    }
    const state = apps.get(appName);
    const serveApp = (status = 200, body: unknown = undefined) => {
      if (state === undefined) return;
      const app = render(state, req.method === 'GET');
      for (const problem of applicationViolations(app))
        violations.push(`response to ${req.method} ${url.pathname}: ${problem}`);
      send(status, app, body);
    };

    if (req.method === 'GET' && match[2] === undefined) {
      const refresh = url.searchParams.get('refresh');
      if (refresh !== null && refresh !== 'normal' && refresh !== 'hard')
        violations.push(`GET ${url.pathname}: refresh=${refresh} is neither normal nor hard`);
      for (const key of url.searchParams.keys())
        if (!['refresh', 'project', 'resourceVersion', 'selector', 'appNamespace'].includes(key))
          violations.push(`GET ${url.pathname}: unknown query parameter ${key}`);
      if (state === undefined) {
        error(404, `applications.argoproj.io "${appName}" not found`);
        return;
      }
      state.gets++;
      const fault = state.script.faults?.find(
        (f) => f.method === 'GET' && f.nth.includes(state.gets)
      );
      if (fault !== undefined) {
        await injure(fault, res, () => error(fault.status ?? 502, 'upstream connect error'));
        if (fault.hangMs !== undefined) record(0, undefined);
        return;
      }
      serveApp();
      return;
    }

    if (req.method === 'POST' && (match[2] === 'sync' || match[2] === 'rollback')) {
      const action = match[2];
      if (!String(req.headers['content-type'] ?? '').startsWith('application/json'))
        violations.push(
          `POST ${url.pathname}: content-type is ${req.headers['content-type'] ?? 'missing'}`
        );
      let body: Record<string, unknown>;
      try {
        body = JSON.parse(raw) as Record<string, unknown>;
      } catch {
        violations.push(`POST ${url.pathname}: the body is not JSON`);
        error(400, 'invalid character in request body');
        return;
      }
      const validate = requestSchemas[action];
      if (!validate(body)) {
        violations.push(`POST ${url.pathname}: ${ajv.errorsText(validate.errors)}`);
        error(400, `invalid request: ${ajv.errorsText(validate.errors)}`, body);
        return;
      }
      if (body['name'] !== undefined && body['name'] !== appName)
        violations.push(`POST ${url.pathname}: body names ${String(body['name'])}`);
      if (state === undefined) {
        error(404, `applications.argoproj.io "${appName}" not found`, body);
        return;
      }
      state.posts++;
      const fault = state.script.faults?.find(
        (f) => f.method === 'POST' && f.nth.includes(state.posts)
      );
      if (busy(state)) {
        error(400, 'another operation is already in progress', body);
        return;
      }
      if (action === 'rollback') {
        if (state.script.automated === true) {
          error(400, 'rollback cannot be initiated when auto-sync is enabled', body);
          return;
        }
        const entry = state.history.find((h) => String(h.id) === body['id']);
        if (entry === undefined) {
          error(
            400,
            `application ${appName} does not have deployment with id ${String(body['id'])}`,
            body
          );
          return;
        }
        if (fault === undefined || fault.applied === true)
          startRun(state, 'rollback', entry.revision, body['prune'] === true);
      } else if (fault === undefined || fault.applied === true) {
        const revision =
          typeof body['revision'] === 'string' && body['revision'] !== ''
            ? body['revision']
            : (state.script.targetRevision ?? 'main');
        startRun(state, 'sync', revision, body['prune'] === true);
      }
      if (fault !== undefined) {
        await injure(fault, res, () => error(fault.status ?? 502, 'upstream connect error', body));
        if (fault.hangMs !== undefined) record(0, body);
        return;
      }
      serveApp(200, body);
      return;
    }
    violations.push(`unexpected request ${req.method} ${url.pathname}`);
    error(405, 'Method Not Allowed');
  }

  async function injure(fault: Fault, res: ServerResponse, answer: () => void): Promise<void> {
    if (fault.hangMs === undefined) {
      answer();
      return;
    }
    await new Promise((r) => setTimeout(r, fault.hangMs));
    if (!res.destroyed && !res.headersSent) res.destroy();
  }

  const listener = (req: IncomingMessage, res: ServerResponse) => {
    handle(req, res).catch((e: unknown) => {
      violations.push(`the double failed: ${e instanceof Error ? e.stack : String(e)}`);
      if (!res.headersSent) res.writeHead(500).end();
    });
  };
  const server: Server =
    options.tls === undefined
      ? createHttpServer(listener)
      : createHttpsServer({ cert: options.tls.cert, key: options.tls.key }, listener);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `${options.tls === undefined ? 'http' : 'https'}://127.0.0.1:${port}`,
    port,
    requests,
    violations,
    bytesSent: () => bytes,
    posts: (app, action) =>
      requests.filter((r) => r.method === 'POST' && r.app === app && r.path.endsWith(`/${action}`)),
    convergedAt: (app) => apps.get(app)?.convergedAt,
    frameStarts: (app) => [...(apps.get(app)?.run?.frameStarts ?? [])],
    peek: (app) => {
      const state = apps.get(app);
      if (state === undefined) throw new Error(`no application ${app}`);
      return render(state, false);
    },
    stop: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      })
  };
}
