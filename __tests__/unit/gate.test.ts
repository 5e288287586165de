import { describe, expect, it } from '@jest/globals';
import type { CommentFacts, ReviewFacts } from '../../src/github/port.js';
import {
  approvingReviewers,
  decideGate,
  latestVerdicts,
  type GateFacts
} from '../../src/governance/gate.js';
import { renderMarker, type PlanMarker } from '../../src/governance/marker.js';

const HEAD = 'b'.repeat(40);
const OLD = 'a'.repeat(40);
const PLAN = { planId: '1'.repeat(64), planSha256: '2'.repeat(64) };
const BOT = 'github-actions[bot]';

let nextId = 1;
function comment(author: string, body: string, at: string, updated = at): CommentFacts {
  const id = nextId++;
  return { id, author, body, createdAt: at, updatedAt: updated, url: `https://x/c/${id}` };
}

function marker(extra: Partial<PlanMarker> = {}): string {
  return (
    renderMarker({
      v: 1,
      stack: 'dev',
      environment: 'production',
      commit: HEAD,
      ...PLAN,
      policyResult: 'passed',
      runId: '9',
      ...extra
    }) + '\n### Plan'
  );
}

function review(user: string, state: string, at: string, commitId = HEAD): ReviewFacts {
  return { id: nextId++, user, state, commitId, submittedAt: at };
}

/** A pull request that passes every rule; each case changes one thing. */
function facts(change: (f: GateFacts) => void = () => undefined): GateFacts {
  const f: GateFacts = {
    eventName: 'pull_request',
    requireApproval: true,
    stack: 'dev',
    environment: 'production',
    plan: { ...PLAN },
    github: {
      identity: BOT,
      pullRequest: {
        number: 7,
        author: 'dev',
        headSha: HEAD,
        headRepository: 'acme/infra',
        baseRepository: 'acme/infra',
        baseRef: 'main',
        state: 'open',
        merged: false
      },
      comments: [comment(BOT, marker(), '2026-11-23T10:00:05Z')],
      reviews: [review('lead', 'APPROVED', '2026-11-23T10:00:10Z')],
      roles: { lead: 'write' },
      teamMembers: { 'acme/leads': ['boss'] }
    },
    specialApprovers: { users: ['chief'], teams: ['acme/leads'] }
  };
  change(f);
  return f;
}

const gh = (f: GateFacts) => f.github as NonNullable<GateFacts['github']>;
const failedPlan = (f: GateFacts) => {
  gh(f).comments = [comment(BOT, marker({ policyResult: 'failed' }), '2026-11-23T10:00:05Z')];
};

describe('the apply gate', () => {
  it('passes a plan comment by its own identity, matching the plan file, approved at the head', () => {
    const d = decideGate(facts());
    expect(d.gate).toBe('passed');
    expect(d.approvals).toEqual(['lead']);
    expect(d.reasons.join('\n')).toMatch(/Approved at b{12} by lead/);
  });

  const refusals: [string, (f: GateFacts) => void, string, RegExp][] = [
    [
      'a pull_request_target event',
      (f) => (f.eventName = 'pull_request_target'),
      'pull-request-target',
      /pull_request_target/
    ],
    [
      'an event without a pull request when approval is required',
      (f) => {
        delete f.github;
        f.eventName = 'push';
      },
      'no-pull-request',
      /push event carries no pull request/
    ],
    [
      "an input pull request that is not the event's",
      (f) => (f.inputPullRequest = 8),
      'pull-request-mismatch',
      /input names #8, but the event is about #7/
    ],
    [
      "a fork's pull request",
      (f) => (gh(f).pullRequest.headRepository = 'evil/infra'),
      'fork',
      /comes from evil\/infra/
    ],
    [
      'a pull request closed without merging',
      (f) => (gh(f).pullRequest.state = 'closed'),
      'pull-request-closed',
      /closed without merging/
    ],
    [
      'no plan comment for the stack',
      (f) => (f.stack = 'prod'),
      'no-plan-comment',
      /No plan comment for stack prod/
    ],
    [
      'a plan marker written by someone else (and none by the identity)',
      (f) => (gh(f).comments = [comment('mallory', marker(), '2026-11-23T10:00:05Z')]),
      'no-plan-comment',
      /by github-actions\[bot\]/
    ],
    [
      'a plan comment for an older head',
      (f) => (gh(f).comments = [comment(BOT, marker({ commit: OLD }), '2026-11-23T10:00:05Z')]),
      'head-moved',
      /for commit a{12}, but the head of #7 is now b{12}/
    ],
    [
      'a plan comment for another environment',
      (f) => (f.environment = 'staging'),
      'environment-mismatch',
      /'production', this apply for 'staging'/
    ],
    [
      'a plan file whose sha256 differs from the comment',
      (f) => (f.plan.planSha256 = '3'.repeat(64)),
      'plan-mismatch',
      /plan-sha256 3{64} vs 2{64}/
    ],
    [
      'a plan file whose plan-id differs from the comment',
      (f) => (f.plan.planId = '4'.repeat(64)),
      'plan-mismatch',
      /plan-id 4{64} vs 1{64}/
    ],
    [
      'no review',
      (f) => (gh(f).reviews = []),
      'not-approved',
      /No approving review of the head b{12}/
    ],
    [
      'an approval of an earlier commit (the head moved after approval)',
      (f) => (gh(f).reviews = [review('lead', 'APPROVED', '2026-11-23T10:00:10Z', OLD)]),
      'not-approved',
      /lead approved a{12}, not the head b{12}/
    ],
    [
      "the author's own approval",
      (f) => {
        gh(f).reviews = [review('dev', 'APPROVED', '2026-11-23T10:00:10Z')];
        gh(f).roles = { dev: 'admin' };
      },
      'not-approved',
      /dev is the author/
    ],
    [
      "the token identity's own approval",
      (f) => {
        gh(f).reviews = [review(BOT, 'APPROVED', '2026-11-23T10:00:10Z')];
        gh(f).roles = { [BOT]: 'write' };
      },
      'not-approved',
      /own identity/
    ],
    [
      'an approval by someone with triage access only',
      (f) => (gh(f).roles = { lead: 'triage' }),
      'not-approved',
      /lead has triage access, not write/
    ],
    [
      'changes requested after the approval',
      (f) => gh(f).reviews.push(review('lead', 'CHANGES_REQUESTED', '2026-11-23T10:00:20Z')),
      'not-approved',
      /lead requested changes/
    ],
    [
      'an approval dismissed later',
      (f) => gh(f).reviews.push(review('lead', 'DISMISSED', '2026-11-23T10:00:20Z')),
      'not-approved',
      /No approving review/
    ],
    [
      'a failed policy without an override',
      failedPlan,
      'policy-failed',
      /The policy failed and no special approver/
    ]
  ];

  it.each(refusals)('refuses %s', (_name, change, gate, reason) => {
    const d = decideGate(facts(change));
    expect(d.gate).toBe(gate);
    expect(d.reasons.at(-1)).toMatch(reason);
  });

  it('lets a later approval on the head count after changes were requested', () => {
    const d = decideGate(
      facts((f) => {
        gh(f).reviews = [
          review('lead', 'CHANGES_REQUESTED', '2026-11-23T10:00:08Z'),
          review('lead', 'APPROVED', '2026-11-23T10:00:12Z'),
          review('lead', 'COMMENTED', '2026-11-23T10:00:14Z')
        ];
      })
    );
    expect(d.gate).toBe('passed');
  });

  it('ignores a forged marker beside the genuine comment, and says so', () => {
    const d = decideGate(
      facts((f) => {
        gh(f).comments.push(
          comment('mallory', marker({ planSha256: '3'.repeat(64) }), '2026-11-23T10:00:06Z')
        );
      })
    );
    expect(d.gate).toBe('passed');
    expect(d.forgedMarkers.map((c) => c.author)).toEqual(['mallory']);
    expect(d.reasons.join('\n')).toMatch(/Ignored plan marker\(s\) for dev written by mallory/);
  });

  it('passes without a pull request only when approval is not required', () => {
    const d = decideGate(
      facts((f) => {
        delete f.github;
        f.requireApproval = false;
      })
    );
    expect(d.gate).toBe('passed');
    expect(d.reasons[0]).toMatch(/approval is not required/);
  });

  it('with approval not required still checks the plan against the comment', () => {
    const d = decideGate(
      facts((f) => {
        f.requireApproval = false;
        gh(f).reviews = [];
        f.plan.planSha256 = '3'.repeat(64);
      })
    );
    expect(d.gate).toBe('plan-mismatch');
  });

  describe('a failed policy and overrides', () => {
    const withOverride = (author: string, text: string, at = '2026-11-23T10:00:30Z') =>
      facts((f) => {
        failedPlan(f);
        gh(f).comments.push(comment(author, text, at));
      });
    const JUSTIFIED = 'OVERRIDE: the deletion is the planned decommissioning of the old VPC';

    it('passes with an override by a listed special approver, recording it', () => {
      const d = decideGate(withOverride('chief', JUSTIFIED));
      expect(d.gate).toBe('passed');
      expect(d.override).toMatchObject({
        user: 'chief',
        justification: 'the deletion is the planned decommissioning of the old VPC'
      });
    });

    it('passes with an override by a member of a listed team', () => {
      expect(decideGate(withOverride('boss', JUSTIFIED)).override?.user).toBe('boss');
    });

    const ignored: [string, GateFacts, RegExp, boolean][] = [
      [
        'someone not on the list',
        withOverride('dev', JUSTIFIED),
        /dev is not a special approver/,
        true
      ],
      [
        'a justification under 20 characters',
        withOverride('chief', 'OVERRIDE: because'),
        /shorter than 20/,
        true
      ],
      [
        'an override written before the plan comment was last updated',
        withOverride('chief', JUSTIFIED, '2026-11-23T10:00:01Z'),
        /before the current plan comment/,
        false
      ],
      ['the token identity', withOverride(BOT, JUSTIFIED), /is not a special approver/, true]
    ];

    it.each(ignored)('ignores an override by %s', (_name, f, why, tell) => {
      const d = decideGate(f);
      expect(d.gate).toBe('policy-failed');
      expect(d.ignoredOverrides).toEqual([expect.objectContaining({ tell })]);
      expect(d.ignoredOverrides[0]?.why).toMatch(why);
    });

    it('still needs the approval: an override does not replace it', () => {
      const f = withOverride('chief', JUSTIFIED);
      gh(f).reviews = [];
      expect(decideGate(f).gate).toBe('not-approved');
    });
  });
});

describe('the policy evaluated on the plan', () => {
  const violated = {
    result: 'failed' as const,
    violations: [
      { rule: 'max_deletions', severity: 'error' as const, address: 'a', message: 'too many' }
    ]
  };
  const clean = { result: 'passed' as const, violations: [] };

  it('refuses a recorded pass for a plan that violates the policy, naming it forged', () => {
    const d = decideGate(facts((f) => (f.policy = violated)));
    expect(d.gate).toBe('policy-failed');
    expect(d.policyCheck).toMatchObject({ recorded: 'passed', disagreement: 'forged' });
    expect(d.reasons.join('\n')).toMatch(/Forged or stale verdict: .*\(max_deletions\)/);
    expect(d.reasons.at(-1)).toMatch(/although the plan comment says passed/);
  });

  it('passes a recorded failure the evaluation clears, naming it stale', () => {
    const d = decideGate(
      facts((f) => {
        failedPlan(f);
        f.policy = clean;
      })
    );
    expect(d.gate).toBe('passed');
    expect(d.policyCheck?.disagreement).toBe('stale');
  });

  it('takes the evaluation over the record, and agrees silently when they agree', () => {
    const d = decideGate(facts((f) => (f.policy = clean)));
    expect(d.gate).toBe('passed');
    expect(d.policyCheck).toEqual({ recorded: 'passed', evaluated: clean });
  });

  it('refuses a violation without a pull request, where nobody can override it', () => {
    const d = decideGate(
      facts((f) => {
        delete f.github;
        f.requireApproval = false;
        f.policy = violated;
      })
    );
    expect(d.gate).toBe('policy-failed');
    expect(d.reasons.at(-1)).toMatch(/without a pull request no special approver/);
  });
});

describe('review verdicts', () => {
  it('keep the latest verdict of each reviewer; comments and pending reviews change nothing', () => {
    const reviews = [
      review('a', 'APPROVED', '2026-11-23T10:00:01Z'),
      review('a', 'COMMENTED', '2026-11-23T10:00:02Z'),
      review('b', 'APPROVED', '2026-11-23T10:00:01Z'),
      review('b', 'CHANGES_REQUESTED', '2026-11-23T10:00:03Z'),
      review('c', 'PENDING', '2026-11-23T10:00:04Z')
    ];
    expect([...latestVerdicts(reviews).values()].map((r) => [r.user, r.state])).toEqual([
      ['a', 'APPROVED'],
      ['b', 'CHANGES_REQUESTED']
    ]);
    expect(approvingReviewers(reviews)).toEqual(['a']);
  });
});
