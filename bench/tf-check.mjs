// tf-check (the bundled action, run as a runner runs it) on the shipped modules and stacks, beside
// what a person would run by hand, one tool after another, on the same folders: tofu fmt, tofu init
// and validate, tflint, trivy config and checkov. Median of BENCH_RUNS runs (default 3) each.
// Needs the bundle (`node scripts/bundle.mjs tf-check`) and build/ (npm run bench compiles it).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const { runLocalAction } = await import(`${root}build/src/runner/local-runner.js`);

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const bin = join(root, '.tools', 'bin');
const env = {
  ...process.env,
  PATH: `${bin}${delimiter}${process.env.PATH}`,
  TF_CLI_CONFIG_FILE: join(root, '.tools', 'tofu.tfrc'),
  CHECKPOINT_DISABLE: '1'
};
const scanned = ['terraform-modules', 'examples/stacks'];
const validated = [
  'terraform-modules/contract',
  'terraform-modules/local',
  'examples/stacks/local/dev',
  'examples/stacks/local/stg',
  'examples/stacks/local/prod'
];

const ms = (started) => Number(process.hrtime.bigint() - started) / 1e6;
const median = (samples) => [...samples].sort((a, b) => a - b)[Math.floor(samples.length / 2)];

function byHand(scratch) {
  const run = (tool, args, cwd = root, extra = {}) =>
    execFileSync(join(bin, tool), args, {
      cwd,
      env: { ...env, ...extra },
      stdio: ['ignore', 'pipe', 'pipe'],
      maxBuffer: 1 << 28
    });
  const times = {};
  const time = (name, fn) => {
    const started = process.hrtime.bigint();
    fn();
    times[name] = (times[name] ?? 0) + ms(started);
  };
  for (const dir of scanned)
    time('fmt', () => run('tofu', ['fmt', '-check', '-recursive'], join(root, dir)));
  for (const dir of validated) {
    const data = { TF_DATA_DIR: join(scratch, `data-${dir.replaceAll('/', '-')}`) };
    time('validate', () => {
      run('tofu', ['init', '-backend=false', '-input=false'], join(root, dir), data);
      run('tofu', ['validate'], join(root, dir), data);
    });
  }
  for (const dir of scanned)
    time('tflint', () => run('tflint', ['--chdir', join(root, dir), '--recursive']));
  for (const dir of scanned)
    time('trivy', () =>
      run('trivy', [
        'config',
        '--quiet',
        '--skip-check-update',
        '--cache-dir',
        join(scratch, 'trivy'),
        dir
      ])
    );
  for (const dir of scanned)
    time('checkov', () =>
      run('checkov', [
        '-d',
        dir,
        '--framework',
        'terraform',
        '--quiet',
        '--compact',
        '--soft-fail',
        '--skip-download'
      ])
    );
  return times;
}

const scratch = mkdtempSync(join(tmpdir(), 'bench-tf-check-'));
try {
  const actionSamples = [];
  const handSamples = [];
  const perTool = [];
  let outputs = {};
  // Interleaved, so a busy machine slows both alike.
  for (let i = 0; i < RUNS; i++) {
    let started = process.hrtime.bigint();
    const result = await runLocalAction({
      actionDir: join(root, 'actions', 'tf-check'),
      inputs: {
        'working-directory': scanned.join('\n'),
        'validate-directories': validated.join('\n'),
        baseline: 'tf-check-baseline.yaml',
        'sarif-path': join(scratch, 'tf-check.sarif')
      },
      workspace: root,
      env,
      timeoutMs: 30 * 60_000
    });
    actionSamples.push(ms(started));
    if (result.exitCode !== 0) throw new Error(`tf-check failed:\n${result.errors.join('\n')}`);
    outputs = result.outputs;
    started = process.hrtime.bigint();
    perTool.push(byHand(scratch));
    handSamples.push(ms(started));
  }
  const action = median(actionSamples);
  const hand = median(handSamples);
  const s = (x) => `${(x / 1000).toFixed(1)} s`.padStart(8);
  console.log(
    `tf-check on ${scanned.join(' and ')} (validate on ${validated.length} local root modules), median of ${RUNS}`
  );
  console.log(
    `  result ${outputs.result}: ${outputs.findings} findings, ${outputs.accepted} accepted by the baseline, counts ${outputs.counts}`
  );
  console.log(`  tf-check action (all five checks, one SARIF)   ${s(action)}`);
  console.log(`  by hand, one tool after another              ${s(hand)}`);
  for (const tool of ['fmt', 'validate', 'tflint', 'trivy', 'checkov'])
    console.log(`    ${tool.padEnd(42)} ${s(median(perTool.map((t) => t[tool])))}`);
  console.log(`  ratio (action / by hand)                     ${(action / hand).toFixed(2)}x`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
