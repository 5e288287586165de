// drift-report (the bundled action, run as a runner runs it) against what a team's cron script
// does by hand for each stack: `tofu init && tofu plan -detailed-exitcode`, which says drift or no
// drift and nothing more (no issue, no summary, a held lock looking like any other failure). For
// 1, 4 and 8 stacks of __tests__/fixtures/stacks/slow, applied, half of them changed out of band;
// the action also keeps the drift issues on the GitHub API double on loopback (requests counted).
// Needs the bundle (`node scripts/bundle.mjs drift-report`) and build/ (npm run bench compiles it).
import { spawn, spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const bundle = join(root, 'actions', 'drift-report', 'dist', 'index.js');
if (!existsSync(bundle)) {
  console.error(`No ${bundle}: run 'node scripts/bundle.mjs drift-report' first.`);
  process.exit(1);
}
const { GitHubDouble } = await import(`${root}build/__tests__/support/github/double.js`);

const COUNTS = [1, 4, 8];
const TOKEN = 'bench-drift-token';
// The runtime action.yml names, when the toolchain has it.
const node = existsSync(join(root, '.tools', 'bin', 'node24'))
  ? join(root, '.tools', 'bin', 'node24')
  : process.execPath;
const env = {
  ...process.env,
  PATH: `${join(root, '.tools', 'bin')}${delimiter}${process.env.PATH}`,
  TF_CLI_CONFIG_FILE: join(root, '.tools', 'tofu.tfrc'),
  TF_IN_AUTOMATION: '1'
};
const tofu = (cwd, ...args) =>
  spawnSync('tofu', args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });

/** n applied stacks under ws/stacks/, every other one changed in its state by hand. */
function stacks(n) {
  const ws = mkdtempSync(join(tmpdir(), 'bench-drift-'));
  for (let i = 0; i < n; i++) {
    const dir = join(ws, 'stacks', `s${i}`);
    cpSync(join(root, '__tests__', 'fixtures', 'stacks', 'slow'), dir, { recursive: true });
    tofu(dir, 'init', '-input=false');
    const applied = tofu(dir, 'apply', '-auto-approve', '-input=false');
    if (applied.status !== 0) throw new Error(`apply of ${dir}: ${applied.stderr}`);
    rmSync(join(dir, '.terraform'), { recursive: true, force: true });
    if (i % 2 === 0) {
      const file = join(dir, 'terraform.tfstate');
      const state = JSON.parse(readFileSync(file, 'utf8'));
      state.serial += 1;
      state.resources[0].instances[0].attributes.triggers_replace.value = 'by-hand';
      writeFileSync(file, JSON.stringify(state));
    }
  }
  return ws;
}

function byHand(ws, n) {
  const started = process.hrtime.bigint();
  let drifted = 0;
  for (let i = 0; i < n; i++) {
    const dir = join(ws, 'stacks', `s${i}`);
    const init = tofu(dir, 'init', '-input=false');
    if (init.status !== 0) throw new Error(`init of ${dir}: ${init.stderr}`);
    const plan = tofu(dir, 'plan', '-input=false', '-detailed-exitcode', '-lock-timeout=0s');
    if (plan.status !== 0 && plan.status !== 2) throw new Error(`plan of ${dir}: ${plan.stderr}`);
    if (plan.status === 2) drifted++;
    rmSync(join(dir, '.terraform'), { recursive: true, force: true });
  }
  return { ms: Number(process.hrtime.bigint() - started) / 1e6, drifted };
}

async function action(ws, gh) {
  const runner = mkdtempSync(join(tmpdir(), 'bench-runner-'));
  for (const f of ['output', 'summary', 'env', 'state', 'path']) writeFileSync(join(runner, f), '');
  mkdirSync(join(runner, 'temp'));
  mkdirSync(join(runner, 'tool-cache'));
  const started = process.hrtime.bigint();
  // Asynchronously: the GitHub double answers from this process while the step runs.
  const child = spawn(node, [bundle], {
    cwd: ws,
    env: {
      ...env,
      INPUT_STACKS: 'stacks/*',
      INPUT_ENGINE: 'tofu',
      'INPUT_LOCK-TIMEOUT': '0s',
      'INPUT_GITHUB-TOKEN': TOKEN,
      'INPUT_FAIL-ON': 'error',
      GITHUB_WORKSPACE: ws,
      GITHUB_REPOSITORY: gh.repository,
      GITHUB_API_URL: gh.url,
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
  let log = '';
  child.stdout.on('data', (c) => (log += c));
  child.stderr.on('data', (c) => (log += c));
  const status = await new Promise((resolve) => child.on('close', resolve));

  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const output = readFileSync(join(runner, 'output'), 'utf8');
  rmSync(runner, { recursive: true, force: true });
  if (status !== 0) throw new Error(`drift-report failed: ${log}`);
  return { ms, output };
}

console.log('drift check of N stacks (half drifted), one run each, wall time');
console.log(
  '  stacks   by hand: init + plan -detailed-exitcode   drift-report bundle + issues   ratio   API requests'
);
for (const n of COUNTS) {
  const ws = stacks(n);
  const gh = await new GitHubDouble('acme/platform').start();
  try {
    gh.addToken(TOKEN, { installation: true });
    const hand = byHand(ws, n);
    const run = await action(ws, gh);
    const opened = gh.issues.length;
    if (opened !== hand.drifted)
      throw new Error(
        `drift-report opened ${opened} issue(s), the plans by hand found ${hand.drifted} drifted`
      );
    console.log(
      `  ${String(n).padStart(6)}   ${(hand.ms / 1000).toFixed(1).padStart(8)} s (${hand.drifted} drifted)${' '.repeat(17)}${(run.ms / 1000).toFixed(1).padStart(8)} s (${opened} issues opened)   ${(run.ms / hand.ms).toFixed(2)}x   ${gh.requests.length}`
    );
  } finally {
    await gh.close();
    rmSync(ws, { recursive: true, force: true });
  }
}
