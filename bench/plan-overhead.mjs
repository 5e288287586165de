// tf-plan (the bundled action, run as a runner runs it) against what a user would type by hand:
// `tofu init && tofu plan -out && tofu show -json`, N runs each, on examples/stacks/local/dev and
// on a generated stack of 300 resources (built-in terraform_data, chained in tens, no provider).
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

const GENERATED = 300;

/** A stack of `count` terraform_data resources, each tenth depending on the one before it. */
function generatedStack(dir, count) {
  mkdirSync(dir, { recursive: true });
  const blocks = ['terraform {\n  backend "local" {}\n}\n'];
  for (let i = 0; i < count; i++) {
    const after = i % 10 === 0 ? '' : `\n  triggers_replace = [terraform_data.r${i - 1}.id]`;
    blocks.push(`resource "terraform_data" "r${i}" {\n  input = "value-${i}"${after}\n}\n`);
  }
  blocks.push(`output "count" {\n  value = ${count}\n}\n`);
  writeFileSync(join(dir, 'main.tf'), blocks.join('\n'));
}

function fresh(kind) {
  const ws = mkdtempSync(join(tmpdir(), 'bench-plan-'));
  if (kind === 'example')
    copyStack(join(root, 'examples', 'stacks', 'local', 'dev'), join(ws, 'dev'));
  else generatedStack(join(ws, 'dev'), GENERATED);
  return ws;
}

function median(kind, fn) {
  const samples = [];
  for (let i = 0; i < RUNS; i++) {
    const ws = fresh(kind);
    const started = process.hrtime.bigint();
    fn(ws);
    samples.push(Number(process.hrtime.bigint() - started) / 1e6);
    rmSync(ws, { recursive: true, force: true });
  }
  return samples.sort((a, b) => a - b)[Math.floor(samples.length / 2)];
}

const byHand = (ws, lockfile) => {
  const cwd = join(ws, 'dev');
  const run = (...args) =>
    execFileSync('tofu', args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 28 });
  run('init', '-input=false', ...lockfile);
  run('plan', '-input=false', '-out=tfplan');
  run('show', '-json', 'tfplan');
};
// The bundle run as a runner runs it: INPUT_* variables and the runner's files, no wrapper.
const action = (ws) => {
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
};
console.log(`tf-plan overhead, ${RUNS} runs each on a fresh copy of the stack, median`);
for (const [kind, label, lockfile] of [
  ['example', 'examples/stacks/local/dev', ['-lockfile=readonly']],
  ['generated', `a generated stack of ${GENERATED} resources`, []]
]) {
  const hand = median(kind, (ws) => byHand(ws, lockfile));
  const bundle = median(kind, action);
  console.log(`  ${label}`);
  console.log(`    tofu init && tofu plan -out && tofu show -json   ${hand.toFixed(0)} ms`);
  console.log(
    `    tf-plan bundle (+ version check, show text, redaction, OPA policy, summary)  ${bundle.toFixed(0)} ms`
  );
  console.log(`    ratio ${(bundle / hand).toFixed(2)}x`);
}
