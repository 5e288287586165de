import { describe, expect, it } from '@jest/globals';
import { ApplicationSchema, type ApplicationView } from '../../src/argocd/application.js';
import {
  ArgoCdHttpError,
  ArgoCdTransportError,
  type ArgoCdApi,
  type RollbackRequest,
  type SyncRequest
} from '../../src/argocd/client.js';
import {
  NothingSyncedError,
  runArgoCdSync,
  type ArgoCdSyncSettings,
  type Clock
} from '../../src/argocd/sync-job.js';
import { memoryLog } from '../../src/common/log.js';

/**
 * The sync job's decisions about time and retries, with a fake clock and a scripted API: each
 * read returns the next answer of a list (the last one again once the list is used up).
 */
const NEXT = '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b';

function fakeClock(): Clock & { slept: number[] } {
  let now = 0;
  const slept: number[] = [];
  return {
    slept,
    now: () => now,
    sleep: (ms) => {
      slept.push(ms);
      now += ms;
      return Promise.resolve();
    }
  };
}

type Answer = ApplicationView | Error;

function scriptedApi(reads: Answer[], syncs: Answer[] = []) {
  const calls = { reads: 0, syncs: [] as SyncRequest[], rollbacks: [] as RollbackRequest[] };
  const next = (list: Answer[], index: number) => {
    const answer = list[Math.min(index, list.length - 1)];
    if (answer === undefined) throw new Error('no answer scripted');
    if (answer instanceof Error) return Promise.reject(answer);
    return Promise.resolve(answer);
  };
  const api: ArgoCdApi = {
    server: 'https://argocd.example.com',
    getApplication: () => next(reads, calls.reads++),
    sync: (_name, body) => {
      calls.syncs.push(body);
      return next(syncs.length === 0 ? [idle()] : syncs, calls.syncs.length - 1);
    },
    rollback: (_name, body) => {
      calls.rollbacks.push(body);
      return Promise.resolve(idle());
    }
  };
  return { api, calls };
}

const previous = {
  operation: { sync: { revision: 'old' } },
  phase: 'Succeeded',
  startedAt: '2026-01-01T09:00:00Z',
  finishedAt: '2026-01-01T09:01:00Z'
};

function appWith(status: Record<string, unknown>, rest: Record<string, unknown> = {}) {
  return ApplicationSchema.parse({
    metadata: { name: 'shop' },
    ...rest,
    status: {
      sync: { status: 'OutOfSync', revision: NEXT },
      health: { status: 'Healthy' },
      ...status
    }
  });
}
const idle = () => appWith({ operationState: previous });
const running = () =>
  appWith(
    {
      operationState: {
        ...previous,
        phase: 'Running',
        startedAt: '2026-01-01T10:00:00Z',
        finishedAt: undefined
      }
    },
    { operation: { sync: { revision: 'x' }, initiatedBy: { username: 'alice' } } }
  );
const done = () =>
  appWith({
    sync: { status: 'Synced', revision: NEXT },
    reconciledAt: '2026-01-01T10:05:01Z',
    operationState: {
      operation: { sync: { revision: NEXT } },
      phase: 'Succeeded',
      startedAt: '2026-01-01T10:05:00Z',
      finishedAt: '2026-01-01T10:05:01Z',
      syncResult: { revision: NEXT }
    }
  });

const SETTINGS: ArgoCdSyncSettings = {
  server: 'https://argocd.example.com',
  token: 't',
  application: 'shop',
  revision: NEXT,
  prune: false,
  refresh: 'hard',
  timeoutMs: 10_000,
  intervalMs: 1000,
  requestTimeoutMs: 1000,
  ca: undefined,
  rollbackOnFailure: false
};

const http = (status: number, message: string) => new ArgoCdHttpError('GET', '/x', status, message);

async function run(api: ArgoCdApi, settings: Partial<ArgoCdSyncSettings> = {}) {
  const clock = fakeClock();
  const log = memoryLog();
  const result = runArgoCdSync({ ...SETTINGS, ...settings }, { api, clock, log });
  return { result, clock, log };
}

describe('runArgoCdSync timing and retries', () => {
  it('retries reads that answer 503 with a growing delay, and gives up at the timeout without syncing', async () => {
    const { api, calls } = scriptedApi([http(503, 'the server is restarting')]);
    const { result, clock } = await run(api);
    await expect(result).rejects.toThrow(NothingSyncedError);
    await expect(result).rejects.toThrow(
      /did not answer in time: GET \/x: HTTP 503: the server is restarting/
    );
    expect(clock.slept).toEqual([1000, 2000, 4000]);
    expect(calls.reads).toBe(4);
    expect(calls.syncs).toEqual([]);
  });

  it('never syncs while an operation outlasts the timeout', async () => {
    const { api, calls } = scriptedApi([running()]);
    const { result } = await run(api, { timeoutMs: 5000 });
    await expect(result).rejects.toThrow(
      "The operation already under way on 'shop' did not finish within the timeout (Running since 2026-01-01T10:00:00Z, started by alice to revision old). argocd-sync waits for it rather than cancel it; nothing was synced."
    );
    expect(calls.syncs).toEqual([]);
  });

  it('when Argo CD answers that another operation started meanwhile, waits for it and sends the sync again', async () => {
    const inProgress = new ArgoCdHttpError(
      'POST',
      '/sync',
      400,
      'another operation is already in progress'
    );
    const { api, calls } = scriptedApi(
      [idle(), running(), running(), idle(), done()],
      [inProgress, idle()]
    );
    const { result, log } = await run(api);
    expect((await result).verdict.kind).toBe('converged');
    expect(calls.syncs).toHaveLength(2);
    expect(log.lines).toContain(
      'Argo CD says another operation started meanwhile: waiting for it first.'
    );
  });

  it('sends a sync again when it timed out and Argo CD shows no sign of it', async () => {
    const timeout = new ArgoCdTransportError(
      'POST',
      '/sync',
      'ETIMEDOUT',
      'no answer within 1000 ms',
      false
    );
    const { api, calls } = scriptedApi([idle(), idle(), done()], [timeout, idle()]);
    const { result, log } = await run(api);
    expect((await result).verdict.kind).toBe('converged');
    expect(calls.syncs).toHaveLength(2);
    expect(log.lines.join('\n')).toContain('Argo CD has no such sync, sending it again');
  });

  it('does not send a sync again when it timed out but Argo CD shows it requested', async () => {
    const timeout = new ArgoCdTransportError(
      'POST',
      '/sync',
      'ETIMEDOUT',
      'no answer within 1000 ms',
      false
    );
    const requested = appWith(
      { operationState: previous },
      { operation: { sync: { revision: NEXT } } }
    );
    const { api, calls } = scriptedApi([idle(), requested, done()], [timeout]);
    const { result } = await run(api);
    expect((await result).verdict.kind).toBe('converged');
    expect(calls.syncs).toHaveLength(1);
  });

  it('refreshes with the refresh asked for, once, before anything else', async () => {
    const refreshes: (string | undefined)[] = [];
    const { api } = scriptedApi([idle(), done()]);
    const get = api.getApplication.bind(api);
    api.getApplication = (name, refresh) => {
      refreshes.push(refresh);
      return get(name, refresh);
    };
    await (
      await run(api)
    ).result;
    expect(refreshes).toEqual(['hard', undefined]);
  });

  it.each([
    [
      403,
      'permission denied',
      /denied access to application 'shop' \(HTTP 403: permission denied\): the token may not see it, or it does not exist/
    ],
    [401, 'no session information', /refused the token \(HTTP 401: no session information\)/],
    [404, 'applications.argoproj.io "shop" not found', /has no application 'shop'/]
  ])(
    'says what an HTTP %i on the first read means, and syncs nothing',
    async (status, message, expected) => {
      const { api, calls } = scriptedApi([http(status, message)]);
      const { result } = await run(api);
      await expect(result).rejects.toThrow(expected);
      expect(calls.syncs).toEqual([]);
    }
  );

  it('stops when Argo CD refuses the sync itself, saying nothing was synced', async () => {
    const refused = new ArgoCdHttpError(
      'POST',
      '/api/v1/applications/shop/sync',
      403,
      'permission denied: applications, sync, default/shop'
    );
    const { api, calls } = scriptedApi([idle()], [refused]);
    const { result } = await run(api);
    await expect(result).rejects.toThrow(
      "Argo CD refused the sync of 'shop': POST /api/v1/applications/shop/sync: HTTP 403: permission denied: applications, sync, default/shop. Nothing was synced."
    );
    expect(calls.syncs).toHaveLength(1);
  });

  it('gives no request more time than is left before the timeout', async () => {
    const limits: (number | undefined)[] = [];
    const progressing = appWith({
      operationState: done().status?.operationState,
      reconciledAt: '2026-01-01T10:05:02Z',
      health: { status: 'Progressing' }
    });
    const { api } = scriptedApi([idle(), progressing]);
    const get = api.getApplication.bind(api);
    api.getApplication = (name, refresh, timeoutMs) => {
      limits.push(timeoutMs);
      return get(name, refresh, timeoutMs);
    };
    const outcome = await (await run(api, { timeoutMs: 2500 })).result;
    expect(outcome.failure).toContain('timed out after 2.5s');
    // Reads at 0 (refresh), 0, 1000, 2000 and 2500 ms: the last two are cut to what is left.
    expect(limits).toEqual([2500, 2500, 1500, 500, 100]);
  });

  it('times out on the clock it is given, after the last look', async () => {
    const { api } = scriptedApi([
      idle(),
      appWith({
        health: { status: 'Progressing' },
        operationState: done().status?.operationState,
        reconciledAt: '2026-01-01T10:05:02Z',
        sync: { status: 'Synced', revision: NEXT }
      })
    ]);
    const { result, clock } = await run(api, { timeoutMs: 3000 });
    const outcome = await result;
    expect(outcome.failure).toBe(
      "The sync of 'shop' failed: timed out after 3.0s with health is Progressing, not Healthy"
    );
    expect(clock.now()).toBe(3000);
    expect(outcome.polls).toBe(4);
  });
});
