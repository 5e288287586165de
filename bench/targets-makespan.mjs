// Makespan of `platformctl run apply` on 30 stacks whose one resource takes a known time
// (time_sleep), in three waves of ten with dependencies between them: with --parallel 10 against
// running them one by one (--parallel 1, what a loop over the folders does) and against the
// critical-path bound (the longest chain, which no schedule can beat).
// BENCH_SLEEP_SCALE=0.5 halves every sleep for a quicker run.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const cli = join(root, 'build', 'src', 'cli', 'index.js');
const SCALE = Number(process.env.BENCH_SLEEP_SCALE ?? 1);
const env = {
  ...process.env,
  PATH: `${join(root, '.tools', 'bin')}${delimiter}${process.env.PATH}`,
  TF_CLI_CONFIG_FILE: join(root, '.tools', 'tofu.tfrc'),
  CHECKPOINT_DISABLE: '1'
};

// Three waves of ten: w2/sI waits for w1/sI and w1/s(I+1); w3/sI waits for w2/sI.
const stacks = [];
for (let wave = 1; wave <= 3; wave++) {
  for (let i = 0; i < 10; i++) {
    const seconds = Math.round((3 + ((i * 5 + wave * 3) % 7)) * SCALE * 10) / 10;
    const dependsOn =
      wave === 1 ? [] : wave === 2 ? [`w1/s${i}`, `w1/s${(i + 1) % 10}`] : [`w2/s${i}`];
    stacks.push({ path: `w${wave}/s${i}`, seconds, dependsOn });
  }
}
const byPath = new Map(stacks.map((s) => [s.path, s]));

/** The longest chain of a duration per stack: the bound no schedule can beat. */
function longestChain(duration) {
  const memo = new Map();
  const finish = (path) => {
    if (!memo.has(path)) {
      const s = byPath.get(path);
      memo.set(path, duration(path) + Math.max(0, ...s.dependsOn.map(finish)));
    }
    return memo.get(path);
  };
  return Math.max(...stacks.map((s) => finish(s.path)));
}

const template = mkdtempSync(join(tmpdir(), 'bench-makespan-src-'));
for (const s of stacks) {
  const dir = join(template, s.path);
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'main.tf'),
    `terraform {\n  required_providers {\n    time = {\n      source  = "hashicorp/time"\n      version = "0.14.2"\n    }\n  }\n  backend "local" {}\n}\n\n` +
      `resource "time_sleep" "work" {\n  create_duration = "${s.seconds}s"\n}\n`
  );
  if (s.dependsOn.length > 0)
    writeFileSync(
      join(dir, 'stack.yaml'),
      `depends_on:\n${s.dependsOn.map((d) => `  - ../../${d}\n`).join('')}`
    );
}

/** A fresh repository: an empty base commit, the 30 stacks at head. */
function freshRepo() {
  const repo = mkdtempSync(join(tmpdir(), 'bench-makespan-'));
  const git = (...args) => execFileSync('git', args, { cwd: repo, encoding: 'utf8' }).trim();
  git('init', '-q', '--initial-branch=main');
  const commit = (m) =>
    git(
      '-c',
      'user.name=bench',
      '-c',
      'user.email=bench@example.com',
      'commit',
      '-q',
      '--allow-empty',
      '-m',
      m
    );
  commit('empty');
  const base = git('rev-parse', 'HEAD');
  cpSync(template, repo, { recursive: true });
  git('add', '-A');
  commit('stacks');
  return { repo, base };
}

function run(parallel) {
  const { repo, base } = freshRepo();
  const started = process.hrtime.bigint();
  const r = spawnSync(
    process.execPath,
    [
      cli,
      'run',
      'apply',
      '--base',
      base,
      '--head',
      'HEAD',
      '--parallel',
      String(parallel),
      '--format',
      'json',
      '--out-dir',
      join(repo, '.plans')
    ],
    { cwd: repo, env, encoding: 'utf8', maxBuffer: 1 << 28 }
  );
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  rmSync(repo, { recursive: true, force: true });
  if (r.status !== 0)
    throw new Error(
      `run apply --parallel ${parallel} failed:\n${r.stdout}\n${r.stderr.slice(-4000)}`
    );
  const runs = JSON.parse(r.stdout).runs;
  return { seconds, runs, time: new Map(runs.map((x) => [x.path, x.durationMs / 1000])) };
}

const sleepSum = stacks.reduce((t, s) => t + s.seconds, 0);
const sleepBound = longestChain((p) => byPath.get(p).seconds);
const parallel = run(10);
const oneByOne = run(1);
const ownBound = longestChain((p) => parallel.time.get(p));
const waveByWave = [1, 2, 3].reduce(
  (t, w) =>
    t +
    Math.max(
      ...stacks.filter((s) => s.path.startsWith(`w${w}/`)).map((s) => parallel.time.get(s.path))
    ),
  0
);
const line = (label, seconds, note = '') =>
  console.log(`  ${label.padEnd(58)}${`${seconds.toFixed(1)} s`.padStart(9)}${note}`);
const over = (a, b) => `  (${(((a - b) / b) * 100).toFixed(1)} % above)`;
console.log(
  `30 stacks in 3 waves, one time_sleep each (${Math.min(...stacks.map((s) => s.seconds))}-${Math.max(...stacks.map((s) => s.seconds))} s, ${sleepSum.toFixed(0)} s in all); each stack: init, plan, show, apply, output`
);
line('one by one: platformctl run apply --parallel 1', oneByOne.seconds);
line('platformctl run apply --parallel 10', parallel.seconds);
line(
  "  bound: longest chain of this run's own stack times",
  ownBound,
  over(parallel.seconds, ownBound)
);
line(
  '  bound: longest chain of the sleeps alone (no engine time)',
  sleepBound,
  over(parallel.seconds, sleepBound)
);
line('  wave by wave (each wave waits for its slowest), same times', waveByWave);
console.log(`  speed-up over one by one: ${(oneByOne.seconds / parallel.seconds).toFixed(1)}x`);
rmSync(template, { recursive: true, force: true });
