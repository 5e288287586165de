// tf-plan (the bundled action, run as a runner runs it) against what a user would type by hand:
// `tofu init && tofu plan -out && tofu show -json`, on examples/stacks/local/dev, N runs each.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const env = {
  ...process.env,
  PATH: `${join(root, '.tools', 'bin')}${delimiter}${process.env.PATH}`,
  TF_CLI_CONFIG_FILE: join(root, '.tools', 'tofu.tfrc'),
  TF_IN_AUTOMATION: '1'
};

function fresh() {
  const ws = mkdtempSync(join(tmpdir(), 'bench-plan-'));
  cpSync(join(root, 'examples', 'stacks', 'local', 'dev'), join(ws, 'dev'), { recursive: true });
  return ws;
}

function median(fn) {
  const samples = [];
  for (let i = 0; i < RUNS; i++) {
    const ws = fresh();
    const started = process.hrtime.bigint();
    fn(ws);
    samples.push(Number(process.hrtime.bigint() - started) / 1e6);
    rmSync(ws, { recursive: true, force: true });
  }
  return samples.sort((a, b) => a - b)[Math.floor(samples.length / 2)];
}

const byHand = median((ws) => {
  const cwd = join(ws, 'dev');
  const run = (...args) =>
    execFileSync('tofu', args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  run('init', '-input=false', '-lockfile=readonly');
  run('plan', '-input=false', '-out=tfplan');
  run('show', '-json', 'tfplan');
});
const action = median((ws) => {
  const r = spawnSync(
    process.execPath,
    [
      join(root, 'bin', 'platformctl.js'),
      'action',
      'run',
      'tf-plan',
      '--workspace',
      ws,
      '--input',
      'working-directory=dev',
      '--format',
      'json'
    ],
    { env, stdio: ['ignore', 'pipe', 'pipe'] }
  );
  if (r.status !== 0) throw new Error(`tf-plan failed: ${r.stdout}`);
});
console.log(
  `tf-plan overhead, ${RUNS} runs each on a fresh copy of examples/stacks/local/dev, median`
);
console.log(`  tofu init && tofu plan -out && tofu show -json   ${byHand.toFixed(0)} ms`);
console.log(`  tf-plan action (+ show text, redaction, summary)  ${action.toFixed(0)} ms`);
console.log(`  ratio ${(action / byHand).toFixed(2)}x`);
