import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO } from '../support/tools.js';
import type { CommentFacts, ReviewFacts } from '../../src/github/port.js';
import { renderMarker, type PlanMarker } from '../../src/governance/marker.js';
import { mapInputReader } from '../../src/common/inputs.js';
import { decideApply, type ApplyFacts } from '../../src/controller/apply.js';
import {
  AllowListError,
  parseAllowList,
  touchedStacks,
  type ControlledStack
} from '../../src/controller/allow-list.js';
import { checkPullRequest, checkSource, DispatchRefusedError } from '../../src/controller/check.js';
import { globRegExp, matchingFiles, DEFAULT_CONFIG_PATHS } from '../../src/controller/files.js';
import { getControllerInputs, readBranchMapping } from '../../src/controller/inputs.js';
import { decideMerge, type MergeFacts } from '../../src/controller/merge.js';
import {
  DISPATCH_EVENT_TYPE,
  parseDispatchEvent,
  PayloadError,
  type DispatchPayload
} from '../../src/controller/payload.js';

const HEAD = 'b'.repeat(40);
const OLD = 'a'.repeat(40);
const PLAN = { planId: '1'.repeat(64), planSha256: '2'.repeat(64) };
const CONTROLLER = 'platform-controller[bot]';
const BOT = 'github-actions[bot]';

const PAYLOAD: DispatchPayload = {
  source_repo: 'acme/payments',
  action: 'validate',
  pr_number: 3,
  head_sha: HEAD,
  files: ['stacks/dev/terraform.tfvars']
};
const event = (client_payload: unknown, action = DISPATCH_EVENT_TYPE) => ({
  action,
  client_payload
});

const ALLOW = `repositories:
  acme/payments:
    stacks:
      - path: stacks/dev
        environment: development
      - path: stacks/prod
        environment: production
`;
const list = parseAllowList(ALLOW, 'controller/allow-list.yaml');
const DEV: ControlledStack = {
  path: 'stacks/dev',
  environment: 'development',
  stack: 'stacks/dev'
};

describe('the dispatch payload', () => {
  it('accepts the documented shape', () => {
    expect(parseDispatchEvent('repository_dispatch', event(PAYLOAD))).toEqual(PAYLOAD);
  });

  it.each([
    [{ ...PAYLOAD, action: 'destroy' }, 'action: must be one of validate, merge, apply'],
    [{ ...PAYLOAD, head_sha: 'main' }, 'head_sha: must be 40 lowercase hex digits'],
    [{ ...PAYLOAD, pr_number: '3' }, 'pr_number: must be a number'],
    [{ ...PAYLOAD, pr_number: 0 }, 'pr_number: must be positive'],
    [{ ...PAYLOAD, source_repo: '../x' }, 'source_repo: must be owner/name'],
    [{ ...PAYLOAD, files: ['../etc/passwd'] }, 'files: each must be a relative path'],
    [{ ...PAYLOAD, policy_dir: 'team/policies' }, 'unknown key(s) policy_dir'],
    [{ ...PAYLOAD, approvers: ['me'] }, 'unknown key(s) approvers'],
    [{ source_repo: 'acme/payments' }, 'action: must be one of'],
    [null, 'malformed']
  ])('refuses %j, naming what is wrong', (payload, message) => {
    expect(() => parseDispatchEvent('repository_dispatch', event(payload))).toThrow(PayloadError);
    expect(() => parseDispatchEvent('repository_dispatch', event(payload))).toThrow(message);
  });

  it('refuses another event and another dispatch type', () => {
    expect(() => parseDispatchEvent('push', event(PAYLOAD))).toThrow('not on push');
    expect(() => parseDispatchEvent('repository_dispatch', event(PAYLOAD, 'deploy'))).toThrow(
      "type is 'deploy'"
    );
  });

  it('never accepts a value off the schema (property)', () => {
    fc.assert(
      fc.property(fc.anything(), (payload) => {
        try {
          const parsed = parseDispatchEvent('repository_dispatch', event(payload));
          expect(/^[0-9a-f]{40}$/.test(parsed.head_sha)).toBe(true);
          expect(['validate', 'merge', 'apply']).toContain(parsed.action);
        } catch (error) {
          expect(error).toBeInstanceOf(PayloadError);
        }
      })
    );
  });
});

describe('the allow-list', () => {
  it('reads repositories and their stacks', () => {
    expect(list.repositories.get('acme/payments')).toEqual([
      DEV,
      { path: 'stacks/prod', environment: 'production', stack: 'stacks/prod' }
    ]);
  });

  it.each([
    ['repositories: [acme/payments', 'is not valid YAML (line'],
    ['repositories:\n  acme/payments:\n    stacks: []\n', 'must list at least one stack'],
    [
      'repositories:\n  acme/p:\n    stacks:\n      - path: ../x\n        environment: dev\n',
      'relative folder'
    ],
    [
      'repositories:\n  acme/p:\n    stacks:\n      - path: x\n        environment: dev\n    policy: mine\n',
      'policy'
    ],
    [
      'repositories:\n  nobody:\n    stacks:\n      - path: x\n        environment: dev\n',
      'owner/name'
    ],
    [
      'repositories:\n  a/b: {stacks: [{path: x, environment: d}]}\n  a/b: {stacks: [{path: y, environment: d}]}\n',
      'not valid YAML'
    ]
  ])('refuses %j with a clear message', (text, message) => {
    expect(() => parseAllowList(text, 'controller/allow-list.yaml')).toThrow(AllowListError);
    expect(() => parseAllowList(text, 'controller/allow-list.yaml')).toThrow(message);
  });

  it('names the stacks a change touches, no others', () => {
    const stacks = list.repositories.get('acme/payments') ?? [];
    expect(touchedStacks(stacks, ['stacks/dev/terraform.tfvars', 'README.md'])).toEqual([DEV]);
    expect(touchedStacks(stacks, ['stacks/devel/x.tfvars'])).toEqual([]);
  });

  it('refuses a source not on it (case-insensitive match)', () => {
    expect(checkSource({ ...PAYLOAD, source_repo: 'Acme/Payments' }, list)).toHaveLength(2);
    expect(() => checkSource({ ...PAYLOAD, source_repo: 'evil/payments' }, list)).toThrow(
      "evil/payments is not on the controller's allow-list"
    );
  });
});

describe('configuration paths', () => {
  it.each([
    ['**/*.tfvars', 'terraform.tfvars', true],
    ['**/*.tfvars', 'stacks/dev/terraform.tfvars', true],
    ['**/*.json', 'a/b/c.json', true],
    ['**/*.json', 'a/b/c.jsonl', false],
    ['stacks/*/main.tf', 'stacks/dev/main.tf', true],
    ['stacks/*/main.tf', 'stacks/dev/x/main.tf', false],
    ['config/?.yaml', 'config/a.yaml', true]
  ])('%s matches %s: %s', (glob, file, expected) => {
    expect(globRegExp(glob).test(file)).toBe(expected);
  });

  it('keeps only configuration files', () => {
    expect(matchingFiles(['README.md', 'x/y.tfvars', 'z.json'], DEFAULT_CONFIG_PATHS)).toEqual([
      'x/y.tfvars',
      'z.json'
    ]);
  });
});

const PR = {
  number: 3,
  author: 'dev',
  headSha: HEAD,
  headRepository: 'acme/payments',
  baseRepository: 'acme/payments',
  baseRef: 'main',
  state: 'open' as const,
  merged: false
};

describe('the pull request a payload names', () => {
  it('passes when the head is the payload’s', () => {
    expect(() => checkPullRequest(PAYLOAD, PR)).not.toThrow();
  });

  it.each([
    [{ ...PR, headSha: OLD }, PAYLOAD, 'head-mismatch'],
    [{ ...PR, headRepository: 'fork/payments' }, PAYLOAD, 'fork'],
    [{ ...PR, state: 'closed' as const }, PAYLOAD, 'pull-request-closed'],
    [PR, { ...PAYLOAD, action: 'apply' as const }, 'not-merged']
  ])('refuses %#', (pr, payload, refusal) => {
    try {
      checkPullRequest(payload, pr);
      throw new Error('not refused');
    } catch (error) {
      expect(error).toBeInstanceOf(DispatchRefusedError);
      expect((error as DispatchRefusedError).refusal).toBe(refusal);
      expect((error as Error).message).toContain('Nothing was checked out');
    }
  });
});

let nextId = 1;
function comment(author: string, body: string, at: string): CommentFacts {
  const id = nextId++;
  return { id, author, body, createdAt: at, updatedAt: at, url: `https://x/c/${id}` };
}
function marker(extra: Partial<PlanMarker> = {}): string {
  return `${renderMarker({
    v: 1,
    stack: 'stacks/dev',
    environment: 'development',
    commit: HEAD,
    ...PLAN,
    policyResult: 'passed',
    runId: '9',
    ...extra
  })}\n### Plan`;
}
function review(user: string, state: string, at: string, commitId = HEAD): ReviewFacts {
  return { id: nextId++, user, state, commitId, submittedAt: at };
}

function mergeFacts(change: (f: MergeFacts) => void = () => undefined): MergeFacts {
  const f: MergeFacts = {
    stacks: [DEV],
    github: {
      identity: CONTROLLER,
      pullRequest: PR,
      comments: [comment(CONTROLLER, marker(), '2026-11-23T10:00:01Z')],
      reviews: [review('lead', 'APPROVED', '2026-11-23T10:00:02Z')],
      roles: { lead: 'write' },
      teamMembers: {}
    },
    specialApprovers: { users: ['boss'], teams: [] },
    branches: readBranchMapping('')
  };
  change(f);
  return f;
}

describe('the merge decision', () => {
  it('merges into the branch of the plan comment’s environment', () => {
    const d = decideMerge(mergeFacts());
    expect(d).toMatchObject({ merge: true, branch: 'dev', environment: 'development' });
  });

  it.each<[string, (f: MergeFacts) => void, string, string]>([
    ['no approval', (f) => (f.github.reviews = []), 'not-approved', 'No approving review'],
    [
      'an approval before a new push',
      (f) => (f.github.reviews = [review('lead', 'APPROVED', '2026-11-23T10:00:02Z', OLD)]),
      'not-approved',
      'not the head'
    ],
    [
      'the author’s own approval',
      (f) => (f.github.reviews = [review('dev', 'APPROVED', '2026-11-23T10:00:02Z')]),
      'not-approved',
      'is the author'
    ],
    [
      'a plan comment of an older head',
      (f) =>
        (f.github.comments = [
          comment(CONTROLLER, marker({ commit: OLD }), '2026-11-23T10:00:01Z')
        ]),
      'head-moved',
      'plan the new head'
    ],
    [
      'a plan comment by the team’s own bot only (forged)',
      (f) => (f.github.comments = [comment(BOT, marker(), '2026-11-23T10:00:01Z')]),
      'no-plan-comment',
      `by ${CONTROLLER}`
    ],
    [
      'the policy failed and no override',
      (f) =>
        (f.github.comments = [
          comment(CONTROLLER, marker({ policyResult: 'failed' }), '2026-11-23T10:00:01Z')
        ]),
      'policy-failed',
      'OVERRIDE'
    ],
    [
      'an override by someone not on the list',
      (f) =>
        (f.github.comments = [
          comment(CONTROLLER, marker({ policyResult: 'failed' }), '2026-11-23T10:00:01Z'),
          comment('lead', 'OVERRIDE: the outage needs this now, reviewed', '2026-11-23T10:00:03Z')
        ]),
      'policy-failed',
      'OVERRIDE'
    ],
    [
      'an environment the mapping does not know',
      (f) =>
        (f.branches = readBranchMapping('development=dev\nproduction=prod')) &&
        (f.github.comments = [
          comment(CONTROLLER, marker({ environment: 'qa' }), '2026-11-23T10:00:01Z')
        ]) &&
        (f.stacks = [{ ...DEV, environment: 'qa' }]),
      'unknown-environment',
      "names environment 'qa'"
    ],
    ['no stack changed', (f) => (f.stacks = []), 'no-stacks', 'changes no stack']
  ])('refuses: %s', (_name, change, refusal, text) => {
    const d = decideMerge(mergeFacts(change));
    expect(d.merge).toBe(false);
    if (d.merge) return;
    expect(d.refusal).toBe(refusal);
    expect(d.reason).toContain(text);
  });

  it('merges a failed policy that a special approver overrode', () => {
    const d = decideMerge(
      mergeFacts((f) => {
        f.github.comments = [
          comment(CONTROLLER, marker({ policyResult: 'failed' }), '2026-11-23T10:00:01Z'),
          comment('boss', 'OVERRIDE: the outage needs this now, reviewed', '2026-11-23T10:00:03Z')
        ];
      })
    );
    expect(d.merge).toBe(true);
    expect(d.gates[0]?.decision.override?.user).toBe('boss');
  });

  it('refuses stacks whose environments deploy from different branches', () => {
    const prod: ControlledStack = {
      path: 'stacks/prod',
      environment: 'production',
      stack: 'stacks/prod'
    };
    const d = decideMerge(
      mergeFacts((f) => {
        f.stacks = [DEV, prod];
        f.github.comments.push(
          comment(
            CONTROLLER,
            marker({ stack: 'stacks/prod', environment: 'production' }),
            '2026-11-23T10:00:01Z'
          )
        );
      })
    );
    expect(d).toMatchObject({ merge: false, refusal: 'environments-differ' });
  });
});

function applyFacts(change: (f: ApplyFacts) => void = () => undefined): ApplyFacts {
  const m = mergeFacts();
  const f: ApplyFacts = {
    stack: DEV,
    replan: { planId: PLAN.planId, policy: 'passed' },
    github: {
      ...m.github,
      pullRequest: { ...PR, state: 'closed', merged: true, mergeCommitSha: 'c'.repeat(40) }
    },
    specialApprovers: m.specialApprovers
  };
  change(f);
  return f;
}

describe('the apply decision', () => {
  it('applies the approved plan', () => {
    expect(decideApply(applyFacts()).apply).toBe(true);
  });

  it('refuses a plan that is not the approved one as stale', () => {
    const d = decideApply(applyFacts((f) => (f.replan.planId = '9'.repeat(64))));
    expect(d).toMatchObject({ apply: false, refusal: 'stale' });
  });

  it('refuses when its own verdict fails while the comment says passed (forged or stale)', () => {
    const d = decideApply(applyFacts((f) => (f.replan.policy = 'failed')));
    expect(d).toMatchObject({ apply: false, refusal: 'forged-verdict' });
    if (!d.apply) expect(d.reason).toContain('forged or stale');
  });

  it('applies a failed policy only under a special approver’s override', () => {
    const overridden = applyFacts((f) => {
      f.replan.policy = 'failed';
      f.github.comments = [
        comment(CONTROLLER, marker({ policyResult: 'failed' }), '2026-11-23T10:00:01Z'),
        comment('boss', 'OVERRIDE: the outage needs this now, reviewed', '2026-11-23T10:00:03Z')
      ];
    });
    expect(decideApply(overridden).apply).toBe(true);
  });
});

describe('the controller inputs', () => {
  const read = (values: Record<string, string>) =>
    mapInputReader({ 'github-token': 't', ...values });

  it('refuses an unknown phase and a missing token', () => {
    expect(() => getControllerInputs(read({ phase: 'deploy' }), '/ws', {})).toThrow(
      "Input 'phase'"
    );
    expect(() =>
      getControllerInputs(mapInputReader({ phase: 'merge', 'allow-list': 'a.yaml' }), '/ws', {})
    ).toThrow("Input 'github-token' is empty");
  });

  it('names every bad input of a phase at once', () => {
    expect(() =>
      getControllerInputs(
        read({
          phase: 'report',
          'allow-list': 'a.yaml',
          stack: '',
          'plan-id': 'x',
          'policy-result': 'ok'
        }),
        '/ws',
        {}
      )
    ).toThrow(
      /Input 'stack'[\s\S]*Input 'plan-id'[\s\S]*Input 'plan-path'[\s\S]*Input 'policy-result'/
    );
  });

  it('refuses a branch mapping that is not environment=branch', () => {
    expect(() =>
      getControllerInputs(
        read({ phase: 'merge', 'allow-list': 'a.yaml', 'environment-branches': 'dev' }),
        '/ws',
        {}
      )
    ).toThrow("Input 'environment-branches'");
  });

  it('reads the propose phase with the default configuration paths', () => {
    const inputs = getControllerInputs(
      read({
        phase: 'propose',
        'controller-repository': 'acme/controller',
        'controller-token': 'c'
      }),
      '/ws',
      {}
    );
    expect(inputs).toMatchObject({ phase: 'propose', paths: DEFAULT_CONFIG_PATHS });
  });
});

describe('the starter workflows', () => {
  it.each(['controller.yml', 'team-config.yml'])(
    'examples/workflows/%s is the starter in workflows/, unchanged (the README shows it)',
    (name) => {
      const read = (dir: string) => readFileSync(join(REPO, dir, name), 'utf8');
      expect(read('examples/workflows')).toBe(read('workflows'));
    }
  );

  it('the example allow-list is valid', () => {
    const text = readFileSync(
      join(REPO, 'examples', 'workflows', 'config', 'controller-allow-list.yaml'),
      'utf8'
    );
    expect(parseAllowList(text, 'controller-allow-list.yaml').repositories.size).toBe(1);
  });
});
