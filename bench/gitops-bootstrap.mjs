// gitops-bootstrap against a real kube-apiserver and etcd on loopback: a first bootstrap of a
// fresh cluster (Argo CD's install manifests, its CRDs waited for, the root AppProject and
// ApplicationSets) and an unchanged second run, side by side with the floor: the same manifests
// server-side applied by the client itself in a plain loop (what `kubectl apply --server-side -f`
// does, one object after another), on a fresh API server of its own. Needs the tools
// (`npm run tools`: etcd, kube-apiserver, the Argo CD manifests) and build/ (npm run bench
// compiles it).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { Agent, request } from 'node:https';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const root = new URL('..', import.meta.url).pathname;
const build = (p) => import(`${root}build/${p}`);
const { ADMIN_TOKEN, startKubeApiServer } = await build('__tests__/support/kube.js');
const { getInputs } = await build('src/bootstrap/inputs.js');
const { loadArgoCdManifests } = await build('src/bootstrap/argocd.js');
const { renderRootObjects } = await build('src/bootstrap/render.js');
const { ClientNodeCluster, loadKubeConfig } = await build('src/bootstrap/cluster.js');
const { runBootstrap } = await build('src/bootstrap/job.js');
const { systemClock } = await build('src/common/clock.js');
const { mapInputReader } = await build('src/common/inputs.js');
const { memoryLog } = await build('src/common/log.js');

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const CONTEXT = 'bench';
const ws = mkdtempSync(join(tmpdir(), 'bench-bootstrap-'));
writeFileSync(
  join(ws, 'facts.json'),
  JSON.stringify({
    kube_context: { sensitive: false, type: 'string', value: CONTEXT },
    cluster_name: { sensitive: false, type: 'string', value: 'bench-cluster' },
    cluster_type: { sensitive: false, type: 'string', value: 'local' },
    env_gateway_public_addresses: {
      sensitive: false,
      type: ['map', 'string'],
      value: { dev: '127.0.0.1', staging: '127.0.0.2', prod: '127.0.0.3' }
    }
  })
);

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x) => `${Math.round(x)} ms`;

async function withServer(fn) {
  const t0 = performance.now();
  const server = await startKubeApiServer({ bin: join(root, '.tools', 'bin') });
  const startMs = performance.now() - t0;
  try {
    writeFileSync(join(ws, 'kubeconfig'), server.kubeconfig(CONTEXT));
    return await fn(server, startMs);
  } finally {
    await server.stop();
  }
}

const inputs = getInputs(
  mapInputReader({
    'facts-file': 'facts.json',
    // Each API server writes its own kubeconfig; cluster() reads it.
    kubeconfig: '# written per API server',
    repository: 'https://git.example.test/platform/runtime-facts.git',
    apps: 'checkout\ncart\nsearch',
    interval: '100ms'
  }),
  ws
);

function cluster() {
  const kubeConfig = loadKubeConfig(
    readFileSync(join(ws, 'kubeconfig'), 'utf8'),
    CONTEXT,
    'bench kubeconfig'
  );
  return {
    kubeConfig,
    cluster: new ClientNodeCluster({ kubeConfig, context: CONTEXT, requestTimeoutMs: 30_000 })
  };
}

async function timeBootstrap() {
  const { cluster: c } = cluster();
  const t0 = performance.now();
  const result = await runBootstrap(inputs.bootstrap, {
    cluster: c,
    log: memoryLog(),
    clock: systemClock
  });
  const elapsed = performance.now() - t0;
  if (result.failure !== undefined) throw new Error(result.failure);
  const by = (o) => result.applied.filter((a) => a.outcome === o).length;
  return {
    elapsed,
    created: by('created'),
    unchanged: by('unchanged'),
    objects: result.applied.length
  };
}

/**
 * The floor: one server-side apply PATCH per object, one after another, the CRDs waited for in
 * between: what `kubectl apply --server-side -f` sends, with nothing read and nothing told.
 */
async function timeFloor(server, manifests, roots) {
  const agent = new Agent({ ca: server.caPem, keepAlive: true });
  const send = (method, path, body) =>
    new Promise((resolve, reject) => {
      const req = request(
        `${server.url}${path}`,
        {
          method,
          agent,
          timeout: 30_000,
          headers: {
            authorization: `Bearer ${ADMIN_TOKEN}`,
            accept: 'application/json',
            ...(body === undefined ? {} : { 'content-type': 'application/apply-patch+yaml' })
          }
        },
        (res) => {
          let text = '';
          res.on('data', (c) => (text += c));
          res.on('end', () =>
            res.statusCode < 300
              ? resolve(JSON.parse(text))
              : reject(new Error(`${path}: ${res.statusCode} ${text}`))
          );
        }
      );
      req.on('error', reject);
      if (body !== undefined) req.write(JSON.stringify(body));
      req.end();
    });
  const plural = { NetworkPolicy: 'networkpolicies' };
  const pathOf = (o) => {
    const [group, version] = o.apiVersion.includes('/')
      ? o.apiVersion.split('/')
      : ['', o.apiVersion];
    const base = group === '' ? `/api/${version}` : `/apis/${group}/${version}`;
    const resource = plural[o.kind] ?? `${o.kind.toLowerCase()}s`;
    const ns = o.metadata.namespace === undefined ? '' : `/namespaces/${o.metadata.namespace}`;
    return `${base}${ns}/${resource}/${o.metadata.name}?fieldManager=bench-floor&force=true`;
  };
  const apply = (o) => send('PATCH', pathOf(o), o);
  const t0 = performance.now();
  await apply({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'argocd' } });
  for (const crd of manifests.crds) await apply(crd);
  for (const crd of manifests.crds)
    for (let i = 0; i < 600; i++) {
      const got = await send(
        'GET',
        `/apis/apiextensions.k8s.io/v1/customresourcedefinitions/${crd.metadata.name}`
      );
      if (got.status?.conditions?.some((c) => c.type === 'Established' && c.status === 'True'))
        break;
      await new Promise((r) => setTimeout(r, 100));
    }
  for (const o of [...manifests.objects, ...roots]) await apply(o);
  const elapsed = performance.now() - t0;
  agent.destroy();
  return elapsed;
}

const manifestsT0 = performance.now();
const manifests = loadArgoCdManifests(
  inputs.bootstrap.argocdVersion,
  inputs.bootstrap.manifestsDir
);
const roots = renderRootObjects(inputs.bootstrap.roots);
const loadMs = performance.now() - manifestsT0;

const action = await withServer(async (_server, startMs) => {
  const first = await timeBootstrap();
  const again = [];
  for (let i = 0; i < RUNS; i++) again.push(await timeBootstrap());
  return { startMs, first, again };
});
const floor = await withServer(async (server, startMs) => {
  const first = await timeFloor(server, manifests, roots);
  const again = [];
  for (let i = 0; i < RUNS; i++) again.push(await timeFloor(server, manifests, roots));
  return { startMs, first, again };
});
rmSync(ws, { recursive: true, force: true });

console.log(
  `gitops-bootstrap on a real kube-apiserver (loopback, TLS, RBAC): ${action.first.objects} objects ` +
    `(${manifests.crds.length} CRDs, ${manifests.objects.length} other Argo CD objects, ${roots.length} root objects), ` +
    `median of ${RUNS} unchanged runs`
);
console.log(
  `API server start-up: ${ms(action.startMs)} and ${ms(floor.startMs)}; reading and checking the manifests: ${ms(loadMs)}`
);
console.log('');
console.log('| run | gitops-bootstrap | apply loop (floor) | bootstrap / floor |');
console.log('| --- | --- | --- | --- |');
const row = (name, a, f) =>
  console.log(`| ${name} | ${ms(a)} | ${ms(f)} | ${(a / f).toFixed(2)}x |`);
row(`first (fresh cluster, ${action.first.created} created)`, action.first.elapsed, floor.first);
row(
  `second (${action.again[0]?.unchanged ?? 0} unchanged)`,
  median(action.again.map((r) => r.elapsed)),
  median(floor.again)
);
console.log('');
console.log(
  `Each bootstrap run also reads, checks (sha256) and parses the manifests and renders and checks the root objects (${ms(loadMs)} here), reads each object's metadata before applying it (to tell created, configured and unchanged apart) and applies 4 at a time; the floor is handed the parsed objects, applies one after another and tells nothing.`
);
