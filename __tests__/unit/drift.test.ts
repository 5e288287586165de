import { describe, expect, it } from '@jest/globals';
import { COMMENT_LIMIT_CHARS } from '../../src/markdown/budget.js';
import {
  decideDriftIssue,
  driftMarker,
  findDriftIssue,
  renderDriftBody,
  type DriftIssue
} from '../../src/drift/issues.js';
import {
  classifyDriftError,
  driftFromError,
  driftFromPlan,
  driftOutputs,
  overallDrift,
  type DriftReport
} from '../../src/drift/status.js';
import { StateLockError } from '../../src/terraform/diagnostics.js';
import type { PlanSummary } from '../../src/terraform/plan.js';

const summary = (resources: number, extra: Partial<PlanSummary> = {}): PlanSummary => ({
  engineVersion: '1.12.6',
  add: 0,
  change: resources,
  destroy: 0,
  replace: 0,
  forget: 0,
  hasChanges: resources > 0,
  resources: Array.from({ length: resources }, (_, i) => ({
    address: `terraform_data.r${String(i).padStart(5, '0')}`,
    action: 'update' as const
  })),
  outputs: [],
  ...extra
});
const check = {
  time: '2026-12-01T10:00:00Z',
  runUrl: 'https://github.com/acme/infra/actions/runs/7'
};

describe('drift from the detailed exit code', () => {
  it.each([
    [0, 'none'],
    [2, 'changes']
  ] as const)('exit %i is %s', (code, drift) => {
    const report = driftFromPlan('stacks/dev', {
      detailedExitCode: code,
      summary: summary(code === 2 ? 1 : 0)
    });
    expect(report.drift).toBe(drift);
    expect(driftOutputs(report)).toEqual({ drift, 'drift-error': '' });
  });

  it('reads drift from the exit code even when only an output changes', () => {
    const report = driftFromPlan('s', {
      detailedExitCode: 2,
      summary: summary(0, { outputs: [{ name: 'url', action: 'update' }] })
    });
    expect(report.drift).toBe('changes');
    expect(report.outputs).toEqual(['url']);
  });

  it.each([
    [new StateLockError({ id: 'x' }, '0s'), 'lock'],
    [new Error('Error: No valid credential sources found'), 'credentials'],
    [new Error('api error AccessDenied: Access Denied'), 'credentials'],
    [new Error('Error: Unsupported argument'), 'engine']
  ])('a failed plan is an error of kind %#', (error, kind) => {
    expect(classifyDriftError(error)).toBe(kind);
    const report = driftFromError('s', error);
    expect(report.drift).toBe('error');
    expect(driftOutputs(report)['drift-error']).toMatch(new RegExp(`^${kind}: `));
  });

  it('an error beats drift, drift beats none', () => {
    const none = driftFromPlan('a', { detailedExitCode: 0, summary: summary(0) });
    const changes = driftFromPlan('b', { detailedExitCode: 2, summary: summary(1) });
    const error = driftFromError('c', new Error('boom'));
    expect(overallDrift([none])).toBe('none');
    expect(overallDrift([none, changes])).toBe('changes');
    expect(overallDrift([changes, error, none])).toBe('error');
  });
});

describe('the drift issue of a stack', () => {
  const drifted = (n = 2): DriftReport =>
    driftFromPlan('stacks/dev', { detailedExitCode: 2, summary: summary(n) });
  const open = (number: number, stack = 'stacks/dev'): DriftIssue => ({
    number,
    title: 't',
    body: `${driftMarker(stack)}\nold`,
    state: 'open'
  });

  it('is created when drift is found and none is open', () => {
    const action = decideDriftIssue(drifted(), undefined, check);
    expect(action).toMatchObject({
      kind: 'create',
      title: 'Drift detected in stack stacks/dev',
      labels: ['drift']
    });
  });

  it('is updated while the drift lasts', () => {
    const action = decideDriftIssue(drifted(), open(4), check);
    expect(action).toMatchObject({ kind: 'update', number: 4 });
  });

  it('is closed with a comment when a check finds none', () => {
    const none = driftFromPlan('stacks/dev', { detailedExitCode: 0, summary: summary(0) });
    const action = decideDriftIssue(none, open(4), check);
    expect(action).toMatchObject({ kind: 'close', number: 4 });
    expect(action.kind === 'close' && action.comment).toContain('found no drift');
    expect(decideDriftIssue(none, undefined, check).kind).toBe('none');
  });

  it('is left alone when the check failed, open or not', () => {
    const error = driftFromError('stacks/dev', new StateLockError({ id: 'x' }, '0s'));
    expect(decideDriftIssue(error, open(4), check)).toMatchObject({ kind: 'none' });
    expect(decideDriftIssue(error, undefined, check)).toMatchObject({ kind: 'none' });
  });

  it('is found by its marker, not by its title or another stack', () => {
    const issues = [
      open(9, 'stacks/prod'),
      { ...open(3), state: 'closed' as const },
      open(5),
      open(7)
    ];
    expect(findDriftIssue('stacks/dev', issues)?.number).toBe(5);
    expect(findDriftIssue('stacks/dev-2', issues)).toBeUndefined();
  });

  it("fits GitHub's limit with thousands of resources, saying how many are left out", () => {
    const body = renderDriftBody(drifted(5000), check);
    expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT_CHARS);
    expect(body).toMatch(/… \d+ more resource\(s\)/);
    expect(body.startsWith(driftMarker('stacks/dev'))).toBe(true);
  });

  it('shows addresses and actions, never a value', () => {
    const report = drifted(1);
    const body = renderDriftBody(report, check);
    expect(body).toContain('| terraform_data.r00000 | update |');
    expect(Object.keys(report.resources[0] ?? {}).sort()).toEqual(['action', 'address']);
  });
});
