// build-scan-push's full run (the bundle, run as a runner runs it) on the sample service against
// the same steps typed by hand: buildah bud, buildah push into an OCI layout, trivy image, skopeo
// copy by digest and tag, cosign sign. Both push to a registry on loopback and scan offline with
// the database made from the test advisories; each run pushes to a repository of its own.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  buildTrivyCache,
  builtTool,
  commitAll,
  imageEnv,
  missingSystemTools,
  REPO,
  serviceContext,
  startRegistry
} from '../__tests__/support/image-env.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const { missing, install } = missingSystemTools();
if (missing.length > 0) {
  console.log(`skipped: ${missing.join(', ')} not installed; install with: ${install}`);
  process.exit(0);
}
const scratch = mkdtempSync(join(tmpdir(), 'bench-bsp-'));
const registry = await startRegistry();
const trivyCache = buildTrivyCache(scratch);
const env = imageEnv(trivyCache);
const ws = join(scratch, 'ws');
serviceContext(join(ws, 'service'));
const sha = commitAll(ws);
const epoch = execFileSync('git', ['log', '-1', '--format=%ct'], {
  cwd: ws,
  encoding: 'utf8'
}).trim();
const password = 'bench-key-password';
execFileSync(
  builtTool('cosign'),
  ['generate-key-pair', '--output-key-prefix', join(ws, 'cosign')],
  {
    env: { ...process.env, COSIGN_PASSWORD: password },
    stdio: 'ignore'
  }
);

function seconds(started) {
  return Number(process.hrtime.bigint() - started) / 1e9;
}

async function viaAction(i) {
  const started = process.hrtime.bigint();
  const inputs = {
    context: 'service',
    image: `${registry.host}/bench/action-${i}`,
    version: '1.0.0',
    sign: 'true',
    'cosign-key': 'cosign.key',
    'cosign-password': password
  };
  // platformctl action run: the bundle run as a runner runs it (INPUT_* variables, runner files).
  const args = [join(REPO, 'bin', 'platformctl.js'), 'action', 'run', 'build-scan-push'];
  args.push('--workspace', ws, '--format', 'json');
  for (const [k, v] of Object.entries(inputs)) args.push('--input', `${k}=${v}`);
  const out = spawnSync(process.execPath, args, {
    env: { ...env, GITHUB_SHA: sha },
    encoding: 'utf8'
  });
  const report = JSON.parse(out.stdout);
  if (report['exit-code'] !== 0) throw new Error(report.errors.join('\n'));
  return seconds(started);
}

function byHand(i) {
  const dir = mkdtempSync(join(scratch, 'hand-'));
  const store = ['--root', join(dir, 'root'), '--runroot', join(dir, 'run')];
  const run = (cmd, args, extra = {}) =>
    execFileSync(cmd, args, {
      env: { ...env, ...extra },
      stdio: ['ignore', 'pipe', 'pipe'],
      cwd: ws
    });
  const repo = `${registry.host}/bench/hand-${i}`;
  const tag = `1.0.0-${sha.slice(0, 7)}`;
  const started = process.hrtime.bigint();
  run('buildah', [
    ...store,
    'bud',
    '--timestamp',
    epoch,
    '--iidfile',
    join(dir, 'iid'),
    '-f',
    'service/Containerfile',
    'service'
  ]);
  const iid = readFileSync(join(dir, 'iid'), 'utf8').trim();
  run('buildah', [
    ...store,
    'push',
    '--digestfile',
    join(dir, 'digest'),
    iid,
    `oci:${join(dir, 'oci')}:${tag}`
  ]);
  const digest = readFileSync(join(dir, 'digest'), 'utf8').trim();
  run('trivy', [
    'image',
    '--input',
    join(dir, 'oci'),
    '--scanners',
    'vuln',
    '--format',
    'json',
    '--output',
    join(dir, 'trivy.json'),
    '--quiet'
  ]);
  for (const to of [`${repo}@${digest}`, `${repo}:${tag}`])
    run('skopeo', [
      'copy',
      '--preserve-digests',
      '--dest-tls-verify=false',
      `oci:${join(dir, 'oci')}:${tag}`,
      `docker://${to}`
    ]);
  run(
    'cosign',
    [
      'sign',
      '--yes',
      '--key',
      'cosign.key',
      '--tlog-upload=false',
      '--new-bundle-format=false',
      '--use-signing-config=false',
      '--allow-insecure-registry',
      '--allow-http-registry',
      `${repo}@${digest}`
    ],
    {
      COSIGN_PASSWORD: password
    }
  );
  const time = seconds(started);
  rmSync(dir, { recursive: true, force: true });
  return time;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
try {
  const action = [];
  const hand = [];
  for (let i = 0; i < RUNS; i++) {
    hand.push(byHand(i));
    action.push(await viaAction(i));
  }
  console.log(
    `build, scan, push and sign the sample service, ${RUNS} runs each, seconds: median (min-max)`
  );
  const line = (label, xs) =>
    console.log(
      `  ${label.padEnd(48)} ${median(xs).toFixed(2)} (${Math.min(...xs).toFixed(2)}-${Math.max(...xs).toFixed(2)})`
    );
  line('by hand: buildah, trivy, skopeo, cosign', hand);
  line('build-scan-push action (bundle, as a runner runs it)', action);
  console.log(
    `  overhead of the action: ${(median(action) - median(hand)).toFixed(2)} s (${((median(action) / median(hand) - 1) * 100).toFixed(0)}%)`
  );
} finally {
  await registry.stop();
  rmSync(scratch, { recursive: true, force: true });
}
