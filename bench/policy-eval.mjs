// The policy evaluation tf-plan and `platformctl policy check` run (evaluatePolicy: the settings
// document written, OPA run, its output parsed and checked) against `opa eval` alone, with the same
// policy library, settings, plan and query, on a synthetic plan JSON of N resource changes (default
// 10,000). Median of BENCH_RUNS runs (default 5) each.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const { evaluatePolicy, opaEvalArgs, settingsDocument } = await import(
  `${root}build/src/policy/evaluate.js`
);
const { redactPlanJson } = await import(`${root}build/src/terraform/redact.js`);
const { syntheticPlan } = await import(`${root}build/__tests__/fixtures/plans.js`);

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const count = Number(process.argv[2] ?? 10_000);
const opa = join(root, '.tools', 'bin', 'opa');
const policyDir = join(root, 'policies');
const environment = 'production';

const scratch = mkdtempSync(join(tmpdir(), 'bench-policy-'));
try {
  // The plan as tf-plan hands it to the policy: redacted.
  const planJsonPath = join(scratch, 'plan.json');
  writeFileSync(planJsonPath, JSON.stringify(redactPlanJson(syntheticPlan(count))));
  const dataFile = join(scratch, 'settings.json');
  writeFileSync(dataFile, JSON.stringify(settingsDocument({}, environment)));

  const ms = (started) => Number(process.hrtime.bigint() - started) / 1e6;
  const median = (samples) => samples.sort((a, b) => a - b)[Math.floor(samples.length / 2)];

  // Interleaved, so a busy machine slows both alike.
  let violations = 0;
  const librarySamples = [];
  const aloneSamples = [];
  for (let i = 0; i < RUNS; i++) {
    let started = process.hrtime.bigint();
    const decision = await evaluatePolicy({ opa, policyDir, environment, planJsonPath });
    librarySamples.push(ms(started));
    violations = decision.violations.length;
    started = process.hrtime.bigint();
    execFileSync(opa, opaEvalArgs({ policyDir, dataFile, inputFile: planJsonPath }), {
      stdio: ['ignore', 'pipe', 'pipe'],
      maxBuffer: 1 << 30
    });
    aloneSamples.push(ms(started));
  }
  const library = median(librarySamples);
  const alone = median(aloneSamples);
  console.log(
    `policy evaluation of a plan of ${count} resource changes (${violations} violations), median of ${RUNS}`
  );
  console.log(`  evaluatePolicy (library)  ${library.toFixed(1)} ms`);
  console.log(`  opa eval alone            ${alone.toFixed(1)} ms`);
  console.log(`  ratio                     ${(library / alone).toFixed(2)}x`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
