import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { join } from 'node:path';
import { renderPlanComment, type PlanCommentView } from '../../src/governance/comment.js';
import { parseMarker } from '../../src/governance/marker.js';
import { byteLength, COMMENT_LIMIT_CHARS } from '../../src/markdown/budget.js';
import type { PolicyDecision } from '../../src/policy/evaluate.js';
import { parsePlanJson, summarizePlan } from '../../src/terraform/plan.js';
import { planJson, syntheticPlan } from '../fixtures/plans.js';
import { expectGolden, GOLDEN } from '../support/golden.js';

const RUN = 'https://github.com/acme/infrastructure/actions/runs/42';
const PASSED: PolicyDecision = { result: 'passed', violations: [] };

function view(
  plan: Record<string, unknown>,
  extra: Partial<PlanCommentView> = {}
): PlanCommentView {
  return {
    marker: {
      v: 1,
      stack: 'local/dev',
      environment: 'production',
      commit: 'c0ffee'.padEnd(40, '0'),
      planId: '1'.repeat(64),
      planSha256: '2'.repeat(64),
      policyResult: 'passed',
      runId: '42'
    },
    engine: 'tofu',
    targetBranch: 'prod',
    summary: summarizePlan(parsePlanJson(JSON.stringify(plan))),
    policy: PASSED,
    runUrl: RUN,
    ...extra
  };
}

const SMALL = planJson([
  { address: 'terraform_data.cluster', actions: ['create'] },
  {
    address: 'random_id.cluster',
    actions: ['delete', 'create'],
    reason: 'replace_because_tainted'
  },
  { address: 'terraform_data.admin', actions: ['update'] },
  { address: 'terraform_data.`odd|name`', actions: ['delete'] },
  { address: 'terraform_data.same', actions: ['no-op'] }
]);

describe('the plan comment', () => {
  it('renders a passed plan: marker, environment and branch, counts, identities, changes folded', () => {
    const text = renderPlanComment(view(SMALL));
    expectGolden(join(GOLDEN, 'governance', 'plan-comment-passed.md'), text);
    expect(parseMarker(text)?.stack).toBe('local/dev');
  });

  it('renders a failed policy with its violations above the changes', () => {
    const policy: PolicyDecision = {
      result: 'failed',
      violations: [
        {
          rule: 'too_many_deletions',
          severity: 'error',
          address: '',
          message: '2 resources would be deleted; at most 1 may be'
        },
        {
          rule: 'missing_tags',
          severity: 'warning',
          address: 'terraform_data.cluster',
          message: 'no owner | team tag'
        }
      ]
    };
    const v = view(SMALL, { policy });
    v.marker.policyResult = 'failed';
    v.marker.environment = '';
    v.targetBranch = 'main';
    expectGolden(join(GOLDEN, 'governance', 'plan-comment-failed.md'), renderPlanComment(v));
  });

  it('renders a plan without changes without a changes section', () => {
    const text = renderPlanComment(view(planJson([])));
    expect(text).toContain('**No changes.**');
    expect(text).not.toContain('<details>');
  });

  it('keeps 10,000 changes within 65,536 characters: summary whole, the cut said and linked', () => {
    const text = renderPlanComment(view(syntheticPlan(10_000)));
    expect(byteLength(text)).toBeLessThanOrEqual(COMMENT_LIMIT_CHARS);
    expect(text.length).toBeLessThanOrEqual(COMMENT_LIMIT_CHARS);
    expect(text).toContain('**4000 to add, 2000 to change, 4000 to destroy** (2000 replaced)');
    expect(text).toContain('<details><summary>Resource changes (8000)</summary>');
    const omitted = Number(/_(\d+) more changes not shown/.exec(text)?.[1]);
    const shown = (text.match(/^\| `module\./gm) ?? []).length;
    expect(shown + omitted).toBe(8000);
    expect(shown).toBeGreaterThan(400);
    expect(text).toContain(`[run's summary](${RUN})`);
    expect(text.trimEnd().endsWith('never reads them._')).toBe(true);
    expect(text).toContain('</details>');
  });

  it('never exceeds the limit, whatever the number of changes and violations', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 3000 }),
        fc.integer({ min: 0, max: 2000 }),
        fc.integer({ min: 2000, max: 70_000 }),
        (changes, violations, limit) => {
          const policy: PolicyDecision = {
            result: violations > 0 ? 'failed' : 'passed',
            violations: Array.from({ length: violations }, (_, i) => ({
              rule: 'rule',
              severity: 'error' as const,
              address: `aws_s3_bucket.b${i}`,
              message: 'ünïcödé message 🚫 '.repeat(3)
            }))
          };
          const text = renderPlanComment({ ...view(syntheticPlan(changes), { policy }), limit });
          expect(byteLength(text)).toBeLessThanOrEqual(limit);
          expect(parseMarker(text)).toBeDefined();
        }
      ),
      { numRuns: 30 }
    );
  });
});
