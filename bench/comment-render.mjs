// Rendering the sticky plan comment for a synthetic plan of N resource changes (default 10,000)
// within GitHub's 65,536-character comment limit, beside a naive rendering of every change (what
// a comment that lists the plan whole would need, and GitHub would reject with a 422).
const root = new URL('..', import.meta.url).pathname;
const { parsePlanJson, summarizePlan } = await import(`${root}build/src/terraform/plan.js`);
const { renderPlanComment } = await import(`${root}build/src/governance/comment.js`);
const { planChangeRows, CHANGE_TABLE_HEAD } = await import(`${root}build/src/terraform/summary.js`);
const { COMMENT_LIMIT_CHARS } = await import(`${root}build/src/markdown/budget.js`);
const { syntheticPlan } = await import(`${root}build/__tests__/fixtures/plans.js`);

const count = Number(process.argv[2] ?? 10_000);
const summary = summarizePlan(parsePlanJson(JSON.stringify(syntheticPlan(count))));
const policy = {
  result: 'failed',
  violations: Array.from({ length: 200 }, (_, i) => ({
    rule: 'too_many_deletions',
    severity: 'error',
    address: `module.m${i}.aws_instance.web`,
    message: 'deletes a protected resource'
  }))
};
const view = {
  marker: {
    v: 1,
    stack: 'bench',
    environment: 'production',
    commit: 'c'.repeat(40),
    planId: '1'.repeat(64),
    planSha256: '2'.repeat(64),
    policyResult: 'failed',
    runId: '1'
  },
  engine: 'tofu',
  targetBranch: 'prod',
  summary,
  policy,
  runUrl: 'https://github.com/acme/infrastructure/actions/runs/1'
};

const runs = 20;
renderPlanComment(view); // warm-up
const t0 = process.hrtime.bigint();
let text = '';
for (let i = 0; i < runs; i++) text = renderPlanComment(view);
const t1 = process.hrtime.bigint();
const naive = CHANGE_TABLE_HEAD + planChangeRows(summary).join('');
const t2 = process.hrtime.bigint();
const ms = (a, b, n = 1) => (Number(b - a) / 1e6 / n).toFixed(2);
const shown = (text.match(/^\| `module\./gm) ?? []).length;
console.log(
  `plan comment for ${count} resource changes (${summary.resources.length} changing), 200 violations`
);
console.log(
  `                     time/render   characters   bytes     within ${COMMENT_LIMIT_CHARS}`
);
console.log(
  `  budgeted comment   ${ms(t0, t1, runs).padStart(8)} ms   ${String(text.length).padStart(10)}   ${String(Buffer.byteLength(text)).padStart(7)}   ${text.length <= COMMENT_LIMIT_CHARS ? 'yes' : 'NO'} (${shown} changes listed, the rest counted and linked)`
);
console.log(
  `  naive full table   ${ms(t1, t2).padStart(8)} ms   ${String(naive.length).padStart(10)}   ${String(Buffer.byteLength(naive)).padStart(7)}   ${naive.length <= COMMENT_LIMIT_CHARS ? 'yes' : 'no: GitHub answers 422'}`
);
