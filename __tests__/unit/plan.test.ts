import { describe, expect, it } from '@jest/globals';
import {
  computePlanId,
  parsePlanJson,
  PlanJsonError,
  plannedAction,
  summarizePlan
} from '../../src/terraform/plan.js';
import { planJson, syntheticPlan } from '../fixtures/plans.js';

const parse = (value: unknown) => parsePlanJson(JSON.stringify(value));

describe('plannedAction', () => {
  it.each([
    [['create'], 'create'],
    [['update'], 'update'],
    [['delete'], 'delete'],
    [['delete', 'create'], 'replace'],
    [['create', 'delete'], 'replace'],
    [['read'], 'read'],
    [['forget'], 'forget'],
    [['no-op'], 'no-op']
  ])('reads %j as %s', (actions, expected) => {
    expect(plannedAction(actions)).toBe(expected);
  });
});

describe('summarizePlan', () => {
  it('counts as the engine does: a replace is one add and one destroy', () => {
    const s = summarizePlan(
      parse(
        planJson([
          { address: 'terraform_data.a', actions: ['create'] },
          { address: 'terraform_data.b', actions: ['update'] },
          { address: 'terraform_data.c', actions: ['delete'] },
          {
            address: 'terraform_data.d',
            actions: ['delete', 'create'],
            reason: 'replace_because_tainted'
          },
          { address: 'terraform_data.e', actions: ['no-op'] },
          { address: 'data.terraform_remote_state.f', actions: ['read'], mode: 'data' }
        ])
      )
    );
    expect([s.add, s.change, s.destroy, s.replace, s.forget]).toEqual([2, 1, 2, 1, 0]);
    expect(s.hasChanges).toBe(true);
    expect(s.resources.map((r) => `${r.address}:${r.action}`)).toEqual([
      'data.terraform_remote_state.f:read',
      'terraform_data.a:create',
      'terraform_data.b:update',
      'terraform_data.c:delete',
      'terraform_data.d:replace'
    ]);
    expect(s.resources.find((r) => r.action === 'replace')?.reason).toBe('replace_because_tainted');
  });

  it('reports no changes for a plan of no-ops only', () => {
    const s = summarizePlan(parse(planJson([{ address: 'terraform_data.a', actions: ['no-op'] }])));
    expect(s.hasChanges).toBe(false);
    expect(s.resources).toEqual([]);
  });

  it('counts an output change as a change even with no resource changes', () => {
    const s = summarizePlan(
      parse(
        planJson([], { output_changes: { url: { actions: ['update'], before: 'a', after: 'b' } } })
      )
    );
    expect(s.hasChanges).toBe(true);
    expect(s.outputs).toEqual([{ name: 'url', action: 'update' }]);
  });

  it('summarises 10,000 resource changes', () => {
    const s = summarizePlan(parse(syntheticPlan(10_000)));
    expect(s.resources).toHaveLength(8_000);
    expect(s.replace).toBe(2_000);
  });
});

describe('parsePlanJson', () => {
  it.each([
    ['not JSON', '{', /not a plan JSON.*JSON/],
    [
      'another format',
      JSON.stringify({ format_version: '2.0', terraform_version: '1' }),
      /format_version/
    ],
    [
      'an unknown action',
      JSON.stringify(planJson([{ address: 'a.b', actions: ['explode'] }])),
      /resource_changes\.0\.change\.actions\.0/
    ]
  ])('refuses %s, naming where', (_name, text, message) => {
    expect(() => parsePlanJson(text)).toThrow(PlanJsonError);
    expect(() => parsePlanJson(text)).toThrow(message);
  });
});

describe('computePlanId', () => {
  const base = planJson([
    { address: 'terraform_data.a', actions: ['create'], after: { input: 'x' } },
    {
      address: 'terraform_data.b',
      actions: ['no-op'],
      before: { input: 'y' },
      after: { input: 'y' }
    }
  ]);
  const id = (value: Record<string, unknown>, lock?: string, engine = 'tofu') =>
    computePlanId(parse(value), engine, lock);

  it('is the same for the same changes, whatever the timestamp, order or no-ops', () => {
    const reordered = {
      ...base,
      timestamp: '2030-01-01T00:00:00Z',
      resource_changes: [...(base['resource_changes'] as unknown[])].reverse()
    };
    const fewerNoOps = planJson([
      { address: 'terraform_data.a', actions: ['create'], after: { input: 'x' } }
    ]);
    expect(id(reordered)).toBe(id(base));
    expect(id(fewerNoOps)).toBe(id(base));
    expect(id(base)).toMatch(/^[0-9a-f]{64}$/);
  });

  it.each([
    [
      'a changed value',
      planJson([{ address: 'terraform_data.a', actions: ['create'], after: { input: 'z' } }])
    ],
    [
      'another action',
      planJson([
        { address: 'terraform_data.a', actions: ['delete', 'create'], after: { input: 'x' } }
      ])
    ],
    [
      'another address',
      planJson([{ address: 'terraform_data.c', actions: ['create'], after: { input: 'x' } }])
    ],
    ['an output change', { ...base, output_changes: { o: { actions: ['create'], after: 1 } } }],
    ['another engine version', { ...base, terraform_version: '1.12.7' }]
  ])('changes with %s', (_name, other) => {
    expect(id(other)).not.toBe(id(base));
  });

  it('changes with the lock file and the engine, but not with line endings of the lock file', () => {
    expect(id(base, 'provider "a" {}')).not.toBe(id(base));
    expect(id(base, undefined, 'terraform')).not.toBe(id(base));
    expect(id(base, 'provider "a" {}\r\n')).toBe(id(base, 'provider "a" {}\n'));
  });
});
