// Parsing, summarising, identifying and redacting a synthetic plan JSON of N resource changes
// (default 10,000), in a fresh process so its peak RSS is the job's own.
import { readFileSync } from 'node:fs';

const root = new URL('..', import.meta.url).pathname;
const { parsePlanJson, summarizePlan, computePlanId } = await import(
  `${root}build/src/terraform/plan.js`
);
const { redactPlanJson } = await import(`${root}build/src/terraform/redact.js`);
const { renderPlanSummary } = await import(`${root}build/src/terraform/summary.js`);
const { syntheticPlan } = await import(`${root}build/__tests__/fixtures/plans.js`);

const count = Number(process.argv[2] ?? 10_000);
const text = JSON.stringify(syntheticPlan(count));
const rssBefore = process.memoryUsage().rss;
const t0 = process.hrtime.bigint();
const plan = parsePlanJson(text);
const t1 = process.hrtime.bigint();
const summary = summarizePlan(plan);
const t2 = process.hrtime.bigint();
const id = computePlanId(
  plan,
  'tofu',
  readFileSync(`${root}examples/stacks/local/dev/.terraform.lock.hcl`, 'utf8')
);
const t3 = process.hrtime.bigint();
const redacted = JSON.stringify(redactPlanJson(JSON.parse(text)));
const t4 = process.hrtime.bigint();
const markdown = renderPlanSummary({
  stack: 'bench',
  engine: 'tofu',
  summary,
  planId: id,
  planSha256: id,
  planTextPath: 'tfplan.txt'
});
const t5 = process.hrtime.bigint();
const ms = (a, b) => (Number(b - a) / 1e6).toFixed(1);
console.log(`plan JSON of ${count} resource changes (${(text.length / 1e6).toFixed(1)} MB)`);
console.log(`  parse + validate  ${ms(t0, t1)} ms`);
console.log(`  summarise         ${ms(t1, t2)} ms (${summary.resources.length} changes)`);
console.log(`  plan-id           ${ms(t2, t3)} ms`);
console.log(`  redact + write    ${ms(t3, t4)} ms (${(redacted.length / 1e6).toFixed(1)} MB)`);
console.log(`  step summary      ${ms(t4, t5)} ms (${Buffer.byteLength(markdown)} bytes)`);
console.log(
  `  total             ${ms(t0, t5)} ms; peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB (${((process.memoryUsage().rss - rssBefore) / 1e6).toFixed(0)} MB above the start)`
);
