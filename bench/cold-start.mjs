// Cold start of each bundled action against `node -e 0`: the action parses its inputs and fails
// fast on a missing required input, which is all the work a step does before its first side effect.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const RUNS = Number(process.env.BENCH_RUNS ?? 20);
const scratch = mkdtempSync(join(tmpdir(), 'bench-cold-'));
const outputFile = join(scratch, 'output');
writeFileSync(outputFile, '');

function time(args, env) {
  const samples = [];
  for (let i = 0; i < RUNS; i++) {
    const started = process.hrtime.bigint();
    spawnSync(process.execPath, args, { env, stdio: 'ignore' });
    samples.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  samples.sort((a, b) => a - b);
  return { median: samples[Math.floor(samples.length / 2)], min: samples[0], max: samples.at(-1) };
}

const env = {
  PATH: process.env.PATH,
  GITHUB_OUTPUT: outputFile,
  GITHUB_STEP_SUMMARY: join(scratch, 'summary')
};
const baseline = time(['-e', '0'], env);
console.log(`cold start, ${RUNS} runs each, median (min-max) in ms`);
console.log(
  `  node -e 0                      ${baseline.median.toFixed(1)} (${baseline.min.toFixed(1)}-${baseline.max.toFixed(1)})`
);
for (const name of readdirSync(join(root, 'actions')).sort()) {
  const bundle = join(root, 'actions', name, 'dist', 'index.js');
  if (!existsSync(bundle)) continue;
  const t = time([bundle], env);
  console.log(
    `  ${name.padEnd(30)} ${t.median.toFixed(1)} (${t.min.toFixed(1)}-${t.max.toFixed(1)})  ratio ${(t.median / baseline.median).toFixed(2)}x`
  );
}
