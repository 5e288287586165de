import { describe, expect, it } from '@jest/globals';
import { byteLength, fitRows, inlineCode, tableCell } from '../../src/markdown/budget.js';
import { parsePlanJson, summarizePlan } from '../../src/terraform/plan.js';
import { renderApplySummary, renderPlanSummary } from '../../src/terraform/summary.js';
import { planJson, syntheticPlan } from '../fixtures/plans.js';

const view = (plan: Record<string, unknown>, limitBytes?: number) => ({
  stack: 'stacks/dev',
  engine: 'tofu',
  summary: summarizePlan(parsePlanJson(JSON.stringify(plan))),
  planId: 'a'.repeat(64),
  planSha256: 'b'.repeat(64),
  planTextPath: '/tmp/tfplan.txt',
  ...(limitBytes === undefined ? {} : { limitBytes })
});

describe('renderPlanSummary', () => {
  it('shows counts, identities and one row a change, never a value', () => {
    const text = renderPlanSummary(
      view(
        planJson([
          {
            address: 'terraform_data.db',
            actions: ['create'],
            after: { password: 'hunter2-secret' }
          }
        ])
      )
    );
    expect(text).toContain('**1 to add, 0 to change, 0 to destroy**');
    expect(text).toContain('| `terraform_data.db` | ➕ create |');
    expect(text).toContain('`' + 'a'.repeat(64) + '`');
    expect(text).not.toContain('hunter2-secret');
  });

  it('says so when nothing changes', () => {
    expect(renderPlanSummary(view(planJson([])))).toContain('**No changes.**');
  });

  it('cuts the rows to the limit and says how many were left out and where the rest is', () => {
    const text = renderPlanSummary(view(syntheticPlan(10_000), 20_000));
    expect(byteLength(text)).toBeLessThanOrEqual(20_000);
    const shown = text.split('\n').filter((l) => l.startsWith('| `module.')).length;
    expect(shown).toBeGreaterThan(10);
    expect(text).toContain(`_${8_000 - shown} more changes not shown`);
    expect(text).toContain('/tmp/tfplan.txt');
  });

  it('fits the real 1 MiB limit with a plan of 10,000 changes', () => {
    expect(byteLength(renderPlanSummary(view(syntheticPlan(10_000))))).toBeLessThanOrEqual(
      1024 * 1024
    );
  });
});

describe('renderApplySummary', () => {
  it('lists outputs with sensitive ones as given (already redacted)', () => {
    const text = renderApplySummary({
      stack: 's',
      planSha256: 'c'.repeat(64),
      outputs: { url: 'https://x', token: '(sensitive)' },
      outputsPath: '/o.json'
    });
    expect(text).toContain('| `token` | `"(sensitive)"` |');
    expect(text).toContain('| `url` | `"https://x"` |');
  });
});

describe('markdown helpers', () => {
  it('escapes pipes in table cells', () => {
    expect(tableCell('a|b\nc')).toBe('a\\|b c');
  });
  it('fences code holding backticks', () => {
    expect(inlineCode('a`b')).toBe('``a`b``');
  });
  it('keeps every row when they fit', () => {
    expect(
      fitRows({ head: 'h', rows: ['a', 'b'], tail: 't', limitBytes: 100, omitted: () => 'X' })
    ).toEqual({ text: 'habt', shown: 2, omitted: 0 });
  });
  it('never exceeds the limit, counting multi-byte characters', () => {
    const rows = Array.from({ length: 100 }, () => '♻️ row\n');
    const r = fitRows({
      head: 'h\n',
      rows,
      tail: '',
      limitBytes: 200,
      omitted: (n) => `${n} left out\n`
    });
    expect(byteLength(r.text)).toBeLessThanOrEqual(200);
    expect(r.shown + r.omitted).toBe(100);
    expect(r.text).toContain(`${r.omitted} left out`);
  });
});
