// Publishing runtime facts (runPublishFacts: contract check, facts file, shallow fetch, commit,
// push, re-applied on a refused push) to a local bare repository, against what a user would type by
// hand: `git clone --depth 1`, write the file, `git commit`, `git push` (and, for concurrent
// writers, `git pull --rebase` and push again until it lands). One publish, and five targets at
// once; median of BENCH_RUNS runs (default 5) each.
import { execFileSync, execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const root = new URL('..', import.meta.url).pathname;
const { runPublishFacts } = await import(`${root}build/src/facts/publish.js`);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const OUTPUTS = join(root, '__tests__', 'fixtures', 'gen-values', 'facts', 'aws.json');
const TARGETS = ['dev', 'staging', 'prod', 'qa', 'perf'];
const run = promisify(execFile);
const quiet = { info() {}, warning() {}, group: (_t, fn) => fn() };
const env = {
  ...process.env,
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_AUTHOR_NAME: 'bench',
  GIT_AUTHOR_EMAIL: 'bench@example.com',
  GIT_COMMITTER_NAME: 'bench',
  GIT_COMMITTER_EMAIL: 'bench@example.com'
};

const scratch = mkdtempSync(join(tmpdir(), 'bench-facts-'));
let repos = 0;
function freshRepo() {
  const repo = join(scratch, `r-${++repos}.git`);
  execFileSync('git', ['init', '--quiet', '--bare', repo], { env });
  // A branch with a first commit, as a facts branch in use has.
  const work = join(scratch, `seed-${repos}`);
  execFileSync('git', ['init', '--quiet', '--initial-branch=runtime-facts', work], { env });
  writeFileSync(join(work, 'README.md'), 'facts\n');
  execFileSync('git', ['add', '.'], { cwd: work, env });
  execFileSync('git', ['commit', '--quiet', '-m', 'seed'], { cwd: work, env });
  execFileSync('git', ['push', '--quiet', repo, 'HEAD:refs/heads/runtime-facts'], {
    cwd: work,
    env
  });
  return repo;
}

function outputsFor(target) {
  const outputs = JSON.parse(readFileSync(OUTPUTS, 'utf8'));
  outputs.cluster_name.value = `acme-${target}-euw1`;
  const file = join(scratch, `outputs-${target}.json`);
  writeFileSync(file, JSON.stringify(outputs));
  return file;
}

function publish(repo, target) {
  return runPublishFacts(
    {
      outputsPath: outputsFor(target),
      cloud: 'aws',
      env: target,
      target: `aws-${target}`,
      repository: repo,
      branch: 'runtime-facts',
      path: `aws/${target}/facts.yaml`,
      planId: ''
    },
    {
      log: quiet,
      now: () => new Date(),
      provenance: { sourceRepository: 'acme/infra', commit: 'a', runUrl: '' }
    }
  );
}

async function byHand(repo, target) {
  const dir = mkdtempSync(join(scratch, 'hand-'));
  const git = (...args) => run('git', args, { cwd: dir, env });
  await run('git', ['clone', '--quiet', '--depth', '1', '--branch', 'runtime-facts', repo, dir], {
    env
  });
  mkdirSync(join(dir, 'aws', target), { recursive: true });
  writeFileSync(join(dir, 'aws', target, 'facts.yaml'), readFileSync(outputsFor(target)));
  await git('add', '.');
  await git('commit', '--quiet', '-m', `facts ${target}`);
  for (let attempt = 1; ; attempt++) {
    try {
      await git('push', '--quiet', 'origin', 'HEAD:runtime-facts');
      break;
    } catch (error) {
      if (attempt >= 20) throw error;
      await git('pull', '--quiet', '--rebase', 'origin', 'runtime-facts');
    }
  }
  rmSync(dir, { recursive: true, force: true });
}

async function median(fn) {
  const samples = [];
  for (let i = 0; i < RUNS; i++) {
    const repo = freshRepo();
    const started = process.hrtime.bigint();
    await fn(repo);
    samples.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  return samples.sort((a, b) => a - b)[Math.floor(samples.length / 2)];
}

try {
  const one = await median((repo) => publish(repo, 'prod'));
  const oneHand = await median((repo) => byHand(repo, 'prod'));
  const five = await median((repo) => Promise.all(TARGETS.map((t) => publish(repo, t))));
  const fiveHand = await median((repo) => Promise.all(TARGETS.map((t) => byHand(repo, t))));
  console.log(`facts publishing to a local bare repository, median of ${RUNS}`);
  console.log('                          runPublishFacts   git by hand   ratio');
  const row = (label, a, b) =>
    console.log(
      `  ${label.padEnd(24)}${`${a.toFixed(0)} ms`.padStart(15)}${`${b.toFixed(0)} ms`.padStart(14)}${`${(a / b).toFixed(2)}x`.padStart(8)}`
    );
  row('one publish', one, oneHand);
  row('five targets at once', five, fiveHand);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
