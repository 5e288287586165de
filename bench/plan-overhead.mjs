// tf-plan (the bundled action, run as a runner runs it) against what a user would type by hand:
// `tofu init && tofu plan -out && tofu show -json`, on examples/stacks/local/dev, N runs each.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { copyStack } from '../scripts/copy-stack.mjs';
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
  copyStack(join(root, 'examples', 'stacks', 'local', 'dev'), join(ws, 'dev'));
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
// The bundle run as a runner runs it: INPUT_* variables and the runner's files, no wrapper.
const action = median((ws) => {
  const runner = mkdtempSync(join(tmpdir(), 'bench-runner-'));
  for (const f of ['output', 'summary', 'env', 'state', 'path']) writeFileSync(join(runner, f), '');
  mkdirSync(join(runner, 'temp'));
  mkdirSync(join(runner, 'tool-cache'));
  const r = spawnSync(process.execPath, [join(root, 'actions', 'tf-plan', 'dist', 'index.js')], {
    cwd: ws,
    env: {
      ...env,
      'INPUT_WORKING-DIRECTORY': 'dev',
      INPUT_ENGINE: 'tofu',
      'INPUT_LOCK-TIMEOUT': '300s',
      INPUT_DESTROY: 'false',
      GITHUB_WORKSPACE: ws,
      RUNNER_TEMP: join(runner, 'temp'),
      RUNNER_TOOL_CACHE: join(runner, 'tool-cache'),
      GITHUB_OUTPUT: join(runner, 'output'),
      GITHUB_STEP_SUMMARY: join(runner, 'summary'),
      GITHUB_ENV: join(runner, 'env'),
      GITHUB_STATE: join(runner, 'state'),
      GITHUB_PATH: join(runner, 'path')
    },
    stdio: ['ignore', 'pipe', 'pipe']
  });
  rmSync(runner, { recursive: true, force: true });
  if (r.status !== 0) throw new Error(`tf-plan failed: ${r.stdout}`);
});
console.log(
  `tf-plan overhead, ${RUNS} runs each on a fresh copy of examples/stacks/local/dev, median`
);
console.log(`  tofu init && tofu plan -out && tofu show -json   ${byHand.toFixed(0)} ms`);
console.log(
  `  tf-plan bundle (+ version check, show text, redaction, OPA policy, summary)  ${action.toFixed(0)} ms`
);
console.log(`  ratio ${(action / byHand).toFixed(2)}x`);
