// verify-gates' checker against the same probes done by hand, on N checks (a quarter each of dns,
// tcp, tls and http, default 40) against servers on loopback: the DNS server, an HTTPS server with
// a certificate from a CA made for the run, an HTTP server. "By hand" is what a workflow step would
// run one after the other: dig, nc, openssl s_client and curl where the machine has them, else the
// same single call in plain Node (named in the output).
import { execFile, spawnSync } from 'node:child_process';
import { connect } from 'node:net';
import { Resolver } from 'node:dns/promises';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const { startGateLab, LAB_HOST, LAB_GATEWAY } = await import(
  `${root}build/__tests__/support/gate-lab.js`
);
const { loadChecks } = await import(`${root}build/src/verify/checks.js`);
const { runGates, systemClock } = await import(`${root}build/src/verify/gates.js`);
const { createProbe } = await import(`${root}build/src/verify/probes.js`);
const { runLocalAction } = await import(`${root}build/src/runner/local-runner.js`);

const N = Number(process.argv[2] ?? 40);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const scratch = mkdtempSync(join(tmpdir(), 'bench-gates-'));
const lab = await startGateLab(join(scratch, 'lab'));

const kinds = ['dns', 'tcp', 'tls', 'http'];
const lines = [];
for (let i = 0; i < N; i++) {
  const kind = kinds[i % 4];
  const name = `${kind} ${i}`;
  if (kind === 'dns')
    lines.push(`- {name: '${name}', kind: dns, host: ${LAB_HOST}, expect: [${LAB_GATEWAY}]}`);
  if (kind === 'tcp')
    lines.push(`- {name: '${name}', kind: tcp, host: ${LAB_GATEWAY}, port: ${lab.valid.port}}`);
  if (kind === 'tls')
    lines.push(
      `- {name: '${name}', kind: tls, host: ${LAB_GATEWAY}, port: ${lab.valid.port}, server-name: ${LAB_HOST}, ca: ${lab.ca.certFile}}`
    );
  if (kind === 'http')
    lines.push(
      `- {name: '${name}', kind: http, url: '${lab.http.url}/healthz', body-contains: ok}`
    );
}
const checksFile = join(scratch, 'checks.yaml');
writeFileSync(checksFile, `${lines.join('\n')}\n`);
const checks = loadChecks({
  file: checksFile,
  text: `${lines.join('\n')}\n`,
  facts: undefined,
  workspace: scratch
});
const probe = createProbe({ dnsServer: lab.dns.address });

/** Runs a tool without blocking: the servers answer from this very process. */
function runTool(command, args) {
  return new Promise((resolve) => {
    const child = execFile(command, args, { encoding: 'utf8', timeout: 10_000 }, (error, stdout) =>
      resolve({ status: error === null ? 0 : (error.code ?? 1), stdout })
    );
    child.stdin?.end();
  });
}

const has = (tool) => spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0;
const tools = { dig: has('dig'), nc: has('nc'), openssl: has('openssl'), curl: has('curl') };

async function byHand() {
  let failures = 0;
  for (const check of checks) {
    let ok;
    if (check.kind === 'dns') {
      if (tools.dig) {
        const r = await runTool('dig', [
          `@${lab.dns.host}`,
          '-p',
          String(lab.dns.port),
          check.host,
          'A',
          '+short'
        ]);
        ok = r.stdout.trim() === LAB_GATEWAY;
      } else {
        const resolver = new Resolver({ timeout: 10_000, tries: 1 });
        resolver.setServers([lab.dns.address]);
        ok = (await resolver.resolve4(check.host)).join() === LAB_GATEWAY;
      }
    } else if (check.kind === 'tcp') {
      if (tools.nc)
        ok = (await runTool('nc', ['-z', '-w', '10', check.host, String(check.port)])).status === 0;
      else
        ok = await new Promise((resolve) => {
          const socket = connect(check.port, check.host);
          socket.once('connect', () => (socket.destroy(), resolve(true)));
          socket.once('error', () => resolve(false));
        });
    } else if (check.kind === 'tls') {
      const r = await runTool('openssl', [
        's_client',
        '-connect',
        `${check.host}:${check.port}`,
        '-servername',
        check.serverName,
        '-CAfile',
        check.ca,
        '-verify_hostname',
        check.serverName,
        '-verify_return_error',
        '-brief'
      ]);
      ok = r.status === 0;
    } else {
      const r = await runTool('curl', ['-fsS', '--max-time', '10', check.url]);
      ok = r.status === 0 && r.stdout.includes('ok');
    }
    if (!ok) failures++;
  }
  return failures;
}

async function time(fn) {
  const samples = [];
  let result;
  for (let i = 0; i < RUNS; i++) {
    const started = process.hrtime.bigint();
    result = await fn();
    samples.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  samples.sort((a, b) => a - b);
  return {
    median: samples[Math.floor(samples.length / 2)],
    min: samples[0],
    max: samples.at(-1),
    result
  };
}

const settings = { timeoutMs: 30_000, intervalMs: 1_000 };
const rows = [];
for (const concurrency of [1, 8]) {
  const t = await time(() => runGates(checks, probe, systemClock, { ...settings, concurrency }));
  rows.push([`verify-gates checker, in process, concurrency ${concurrency}`, t, t.result.failed]);
}
const bundle = join(root, 'actions', 'verify-gates', 'dist', 'index.js');
if (existsSync(bundle)) {
  const t = await time(() =>
    runLocalAction({
      actionDir: join(root, 'actions', 'verify-gates'),
      inputs: {
        'checks-file': checksFile,
        'dns-server': lab.dns.address,
        'report-path': join(scratch, 'report.json')
      },
      workspace: scratch,
      timeoutMs: 120_000
    })
  );
  rows.push([
    'verify-gates action (bundle, as a runner runs it, concurrency 8)',
    t,
    t.result.exitCode
  ]);
}
const handLabel = `by hand, one after the other (${['dig', 'nc'].map((t) => (tools[t] ? t : `${t}: not installed, Node call`)).join(', ')}, openssl s_client, curl)`;
const hand = await time(byHand);
rows.push([handLabel, hand, hand.result]);

console.log(
  `${N} checks (${N / 4} each of dns, tcp, tls, http) on loopback, ${RUNS} runs each, median (min-max)`
);
for (const [label, t, failures] of rows)
  console.log(
    `  ${label.padEnd(96)} ${t.median.toFixed(0).padStart(6)} ms (${t.min.toFixed(0)}-${t.max.toFixed(0)})  ${(t.median / N).toFixed(1)} ms/check  failures ${failures}`
  );
await lab.stop();
rmSync(scratch, { recursive: true, force: true });
