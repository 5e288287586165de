// argocd-sync's own cost while it waits, against the Argo CD double on loopback: requests, bytes
// received and how long after the application turns Healthy the step notices, for a few poll
// intervals; side by side with what a user would otherwise write, a loop that reads the
// application until it says Synced and Healthy (`argocd app wait --sync --health` reads the same
// two fields). A second scenario shows what that loop misses: a status reconciled before the
// operation ended. Needs the bundle (`node scripts/bundle.mjs argocd-sync`) and build/ (npm run
// bench compiles it).
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const root = new URL('..', import.meta.url).pathname;
const bundle = join(root, 'actions', 'argocd-sync', 'dist', 'index.js');
if (!existsSync(bundle)) {
  console.error(`No ${bundle}: run 'node scripts/bundle.mjs argocd-sync' first.`);
  process.exit(1);
}
const { startArgoCdDouble } = await import(`${root}build/__tests__/support/argocd/double.js`);
const { COMMITS, TOKEN } = await import(`${root}build/__tests__/support/argocd/scenarios.js`);

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const INTERVALS = [1000, 250, 50];
const resources = [
  { kind: 'Service', name: 'web' },
  { kind: 'Deployment', name: 'web' },
  { kind: 'Ingress', name: 'web' }
];
const base = { deployed: COMMITS.deployed, refs: { main: COMMITS.next }, resources };
/** Running 1 s, Succeeded but Progressing 1.5 s, then Healthy: timed, not counted in reads. */
const rollout = {
  ...base,
  name: 'checkout',
  sync: [
    { phase: 'Running', health: 'Progressing', ms: 1000 },
    { phase: 'Succeeded', health: 'Progressing', ms: 1500 },
    { phase: 'Succeeded', health: 'Healthy' }
  ]
};
/** Reports Synced and Healthy from before the operation ended, then turns out Degraded. */
const stale = {
  ...base,
  name: 'orders',
  sync: [
    { phase: 'Running', health: 'Progressing', ms: 500 },
    { phase: 'Succeeded', health: 'Healthy', sync: 'Synced', stale: true, ms: 1000 },
    {
      phase: 'Succeeded',
      health: 'Degraded',
      resources: [
        { kind: 'Deployment', name: 'web', health: 'Degraded', message: 'CrashLoopBackOff' }
      ]
    }
  ]
};

function runAction(server, app, intervalMs) {
  const dir = mkdtempSync(join(tmpdir(), 'bench-argocd-'));
  for (const f of ['output', 'summary']) writeFileSync(join(dir, f), '');
  const env = {
    PATH: process.env.PATH,
    GITHUB_OUTPUT: join(dir, 'output'),
    GITHUB_STEP_SUMMARY: join(dir, 'summary'),
    INPUT_SERVER: server,
    'INPUT_AUTH-TOKEN': TOKEN,
    INPUT_APPLICATION: app,
    INPUT_REVISION: COMMITS.next,
    INPUT_INTERVAL: `${intervalMs}ms`,
    INPUT_TIMEOUT: '60s'
  };
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(process.execPath, [bundle], { env, stdio: 'ignore' });
    child.on('close', (code) => {
      rmSync(dir, { recursive: true, force: true });
      resolve({ code, started, ended: performance.now() });
    });
  });
}

/** The loop a user would write: sync, then read until Synced and Healthy. */
async function handLoop(server, app, intervalMs) {
  const started = performance.now();
  const headers = { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' };
  const url = `${server}/api/v1/applications/${app}`;
  await fetch(`${url}/sync`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ name: app, revision: COMMITS.next, prune: false })
  }).then((r) => r.text());
  for (;;) {
    const status = (await (await fetch(url, { headers })).json()).status;
    if (status.sync.status === 'Synced' && status.health.status === 'Healthy')
      return { code: 0, started, ended: performance.now() };
    if (status.health.status === 'Degraded') return { code: 1, started, ended: performance.now() };
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

async function measure(tool, script, intervalMs) {
  const double = await startArgoCdDouble({ token: TOKEN, apps: [script] });
  const outcome =
    tool === 'action'
      ? await runAction(double.url, script.name, intervalMs)
      : await handLoop(double.url, script.name, intervalMs);
  const reads = double.requests.filter((r) => r.method === 'GET').length;
  const bytes = double.bytesSent();
  const healthyAt = double.frameStarts(script.name)[script.sync.length - 1];
  const lastRead = double.requests.filter((r) => r.method === 'GET').at(-1)?.at ?? 0;
  await double.stop();
  if (double.violations.length > 0) throw new Error(double.violations.join('\n'));
  return {
    ok: outcome.code === 0,
    reads,
    bytes,
    wall: outcome.ended - outcome.started,
    // From the moment the double turned Healthy to the read that saw it, and to the step's end.
    seen: healthyAt === undefined ? NaN : lastRead - healthyAt,
    done: healthyAt === undefined ? NaN : outcome.ended - healthyAt
  };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const f = (x, d = 0) => (Number.isNaN(x) ? '-' : x.toFixed(d));

console.log(
  `argocd-sync against the Argo CD double: a rollout that turns Healthy 2.5 s after the sync; median of ${RUNS} runs`
);
console.log(
  'tool                interval  result  reads  KiB read  reads/s  healthy→seen ms  healthy→done ms  wall ms'
);
for (const intervalMs of INTERVALS) {
  for (const tool of ['action', 'hand loop']) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) runs.push(await measure(tool, rollout, intervalMs));
    const m = (k) => median(runs.map((r) => r[k]));
    console.log(
      `${(tool === 'action' ? 'argocd-sync' : 'hand-written loop').padEnd(20)}${`${intervalMs} ms`.padStart(8)}  ${(runs.every((r) => r.ok) ? 'ok' : 'FAILED').padEnd(6)}  ${f(m('reads')).padStart(5)}  ${f(m('bytes') / 1024, 1).padStart(8)}  ${f(m('reads') / (m('wall') / 1000), 1).padStart(7)}  ${f(m('seen')).padStart(15)}  ${f(m('done')).padStart(15)}  ${f(m('wall')).padStart(7)}`
    );
  }
}

console.log(
  '\nA status reconciled before the operation ended says Synced and Healthy; the next one, Degraded:'
);
for (const tool of ['action', 'hand loop']) {
  const r = await measure(tool, stale, 50);
  console.log(
    `  ${(tool === 'action' ? 'argocd-sync' : 'hand-written loop').padEnd(18)} reports ${r.ok ? 'success (wrong: the deployment is Degraded)' : 'failure (right: the deployment is Degraded)'} after ${f(r.wall)} ms, ${r.reads} reads`
  );
}
console.log(
  '\nargocd-sync runs as a step runs it (a new Node process with the bundle); the loop runs in this process, so its wall time has no start-up.'
);
console.log(
  'The argocd CLI is not installed here; `argocd app wait --sync --health` checks the same two fields as the loop.'
);
