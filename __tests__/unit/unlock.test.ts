import { describe, expect, it } from '@jest/globals';
import type { WorkflowRunFacts } from '../../src/github/operations.js';
import {
  decideUnlock,
  LOCK_ID_PATTERN,
  runsInLane,
  unlockRequestProblems,
  type LockState,
  type UnlockRequest
} from '../../src/state/unlock.js';

const ID = '55907847-eb31-993c-aa13-90c3247b9d03';
const held: LockState = {
  held: true,
  holder: {
    id: ID,
    who: 'runner@ci',
    operation: 'OperationTypeApply',
    created: '2026-12-01 09:00:00 UTC'
  }
};
const request = (over: Partial<UnlockRequest> = {}): UnlockRequest => ({
  stack: 'stacks/dev',
  lockId: ID,
  reason: 'runner died mid-apply, checked it is gone',
  force: false,
  actor: 'alice',
  actorIsApprover: false,
  lane: 'stacks/dev',
  ...over
});
const run = (id: number, title: string, status = 'in_progress'): WorkflowRunFacts => ({
  id,
  title,
  workflow: 'apply',
  status,
  url: `https://github.com/acme/infra/actions/runs/${id}`,
  actor: 'bob'
});

describe('the break-glass unlock decision', () => {
  it('allows the held lock named by its ID, with the holder', () => {
    expect(decideUnlock(request(), held, [])).toEqual({
      allowed: true,
      lockId: ID,
      holder: held.held ? held.holder : {},
      stale: false,
      forced: false
    });
  });

  it('allows removing a record left by a process that is gone', () => {
    const decision = decideUnlock(request(), { held: false, stale: { id: ID } }, []);
    expect(decision).toMatchObject({ allowed: true, stale: true });
  });

  it.each([
    [
      'a short reason',
      request({ reason: 'it is stuck' }),
      held,
      [],
      /--reason says why in 11 character/
    ],
    [
      'a lock ID of the wrong shape',
      request({ lockId: 'abc' }),
      held,
      [],
      /--lock-id 'abc' is not a lock ID/
    ],
    [
      'another lock ID',
      request({ lockId: ID.replace(/^5/, '6') }),
      held,
      [],
      /is not the lock on the state of stacks\/dev: the lock there is ID 55907847.*held by runner@ci, for OperationTypeApply/
    ],
    ['no lock', request(), { held: false } as LockState, [], /is not locked: nothing to unlock/],
    [
      'a run in the lane',
      request(),
      held,
      [run(1, 'apply stacks/dev')],
      /A run in lane stacks\/dev is still going.*apply 'apply stacks\/dev'/
    ],
    [
      '--force by someone else',
      request({ force: true }),
      held,
      [run(1, 'apply stacks/dev')],
      /alice, who is not a special approver/
    ]
  ])('refuses %s', (_what, req, lock, runs, reason) => {
    const decision = decideUnlock(req, lock, runs);
    expect(decision.allowed).toBe(false);
    expect(decision.allowed === false && decision.reason).toMatch(reason);
  });

  it('lets a special approver force past a run in the lane', () => {
    const decision = decideUnlock(request({ force: true, actorIsApprover: true }), held, [
      run(1, 'apply stacks/dev')
    ]);
    expect(decision).toMatchObject({ allowed: true, forced: true });
  });

  it('names every problem of the request at once', () => {
    expect(unlockRequestProblems({ lockId: 'x', reason: '' }).map((p) => p.flag)).toEqual([
      'lock-id',
      'reason'
    ]);
    // Blanks around the reason do not count toward its length.
    expect(unlockRequestProblems({ lockId: ID, reason: `   ${'x'.repeat(19)}   ` })).toHaveLength(
      1
    );
    expect(unlockRequestProblems({ lockId: ID, reason: 'x'.repeat(20) })).toEqual([]);
  });

  it.each([
    [ID, true],
    ['1700000000123456', true],
    [ID.toUpperCase(), false],
    [`${ID} `, false],
    ['', false],
    ['../../etc', false]
  ])('lock ID %j is %s', (id, ok) => {
    expect(LOCK_ID_PATTERN.test(id)).toBe(ok);
  });
});

describe('the runs of a lane', () => {
  it('are the unfinished runs whose title names the lane as a word, this run left out', () => {
    const runs = [
      run(1, 'apply stacks/dev'),
      run(2, 'apply stacks/dev-2'),
      run(3, 'plan [stacks/dev]'),
      run(4, 'unlock stacks/dev'),
      run(1, 'apply stacks/dev')
    ];
    expect(runsInLane(runs, 'stacks/dev', 4).map((r) => r.id)).toEqual([1, 3]);
  });
});
