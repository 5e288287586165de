import { afterAll, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AuditEvent } from '../../src/audit/trail.js';
import { memoryLog } from '../../src/common/log.js';
import { runApplyStep, type ApplyStepSettings } from '../../src/governance/apply-step.js';
import { GateRefusedError } from '../../src/governance/apply-gate.js';
import { parseEnvironmentBranches } from '../../src/governance/branches.js';
import type { RunContext } from '../../src/governance/event.js';
import { parseMarker, renderMarker } from '../../src/governance/marker.js';
import { runPlanStep, type StepReport } from '../../src/governance/plan-step.js';
import type { PolicyDecision } from '../../src/policy/evaluate.js';
import { planJson } from '../fixtures/plans.js';
import { fakeEngine, FakeGitHub, HEAD, type FakeEngine } from '../support/step-fakes.js';

/**
 * tf-apply's sequence with fakes: GitHub in memory, an engine that answers from a plan JSON, a
 * policy evaluator that gives the verdict a test asks for. The plan is made by tf-plan's step
 * first, so the comment, its marker and the plan file are the ones the real actions would make.
 */
const root = mkdtempSync(join(tmpdir(), 'apply-step-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const PASSED: PolicyDecision = { result: 'passed', violations: [] };
const FAILED: PolicyDecision = {
  result: 'failed',
  violations: [
    {
      rule: 'no_break_glass_admin',
      severity: 'error',
      address: 'terraform_data.admin',
      message: 'no admin'
    }
  ]
};
const JUSTIFIED = 'OVERRIDE: the break-glass admin is needed for the migration CHG-1234';
const PLAN = planJson([{ address: 'terraform_data.admin', actions: ['create'], after: { a: 1 } }]);

let n = 0;
let stack: string;
let gh: FakeGitHub;

beforeEach(() => {
  stack = join(root, `stack-${++n}`);
  mkdirSync(stack, { recursive: true });
  writeFileSync(join(stack, 'main.tf'), '');
  gh = new FakeGitHub();
  gh.roles.set('lead', 'write');
  gh.teams.set('acme/leads', ['boss']);
});

function context(extra: Partial<RunContext> = {}): RunContext {
  return {
    eventName: 'pull_request',
    repository: 'acme/infra',
    serverUrl: 'https://github.example',
    apiUrl: 'https://api.github.example',
    runId: '1',
    sha: HEAD,
    runUrl: 'https://github.example/acme/infra/actions/runs/1',
    pullRequest: 7,
    headSha: HEAD,
    ...extra
  };
}

const stackSettings = () => ({
  workingDirectory: stack,
  engine: 'tofu' as const,
  engineVersion: '1.10.0',
  backendConfig: [],
  lockTimeout: '300s'
});
const policySettings = { policyDir: '/policies', environment: 'production' };

/** tf-plan's step on the pull request, judging the plan with `verdict`. */
async function plan(
  verdict: PolicyDecision,
  engine = fakeEngine(PLAN),
  trustedCommenter?: string
): Promise<StepReport> {
  const report = await runPlanStep(
    {
      plan: { ...stackSettings(), varFiles: [], destroy: false, outDir: join(stack, 'out') },
      policy: policySettings,
      governance: {
        token: 'token',
        stack: 'dev',
        branches: parseEnvironmentBranches(''),
        ...(trustedCommenter === undefined ? {} : { trustedCommenter })
      },
      stackPath: 'dev',
      context: context(),
      actor: 'dev'
    },
    {
      log: memoryLog(),
      install: engine.install,
      engine: engine.engine,
      maskSecret: () => undefined,
      evaluatePolicy: () => Promise.resolve(verdict),
      connect: () => Promise.resolve(gh),
      clock: { now: () => 0, sleep: () => Promise.resolve() }
    }
  );
  expect(report.failure).toBeUndefined();
  return report;
}

interface Applied {
  report: StepReport;
  engine: FakeEngine;
  audit: AuditEvent[];
  log: string;
  evaluated: number;
}

/** tf-apply's step on the plan tf-plan made, judging it with `verdict`. */
async function apply(
  planned: StepReport,
  verdict: PolicyDecision,
  change: (s: ApplyStepSettings) => void = () => undefined,
  engine = fakeEngine(PLAN, { name: { value: 'x', type: 'string', sensitive: false } })
): Promise<Applied> {
  const settings: ApplyStepSettings = {
    apply: {
      ...stackSettings(),
      planPath: planned.outputs['plan-path'] ?? '',
      planSha256: planned.outputs['plan-sha256'] ?? '',
      outputsPath: join(stack, 'outputs', 'outputs.json')
    },
    gate: {
      token: 'token',
      requireApproval: true,
      specialApprovers: { users: ['chief'], teams: ['acme/leads'] },
      environment: 'production',
      stack: 'dev'
    },
    policy: policySettings,
    stackPath: 'dev',
    context: context(),
    actor: 'dev'
  };
  change(settings);
  const audit: AuditEvent[] = [];
  const log = memoryLog();
  let evaluated = 0;
  const report = await runApplyStep(settings, {
    log,
    install: engine.install,
    engine: engine.engine,
    maskSecret: () => undefined,
    evaluatePolicy: () => {
      evaluated++;
      return Promise.resolve(verdict);
    },
    connect: () => Promise.resolve(gh),
    recordAudit: (events) => {
      audit.push(...events);
      return Promise.resolve();
    },
    clock: { now: () => Date.UTC(2026, 11, 1, 12), sleep: () => Promise.resolve() }
  });
  return { report, engine, audit, log: log.lines.join('\n'), evaluated };
}

function expectApplied(a: Applied): void {
  expect(a.report.failure).toBeUndefined();
  expect(a.report.outputs['gate']).toBe('passed');
  expect(a.report.outputs['applied']).toBe('true');
  expect(a.engine.commands).toContain('apply');
  expect(a.report.summary).toContain('Apply gate: ✅ passed');
}

function expectRefused(a: Applied, gate: string, reason: RegExp): void {
  expect(a.report.failure).toBeInstanceOf(GateRefusedError);
  expect((a.report.failure as GateRefusedError).decision.gate).toBe(gate);
  expect((a.report.failure as Error).message).toMatch(reason);
  expect(a.report.outputs['gate']).toBe(gate);
  expect(a.report.outputs['applied']).toBe('false');
  expect(a.engine.commands).not.toContain('apply');
  expect(a.report.summary).toContain(`Apply gate: ❌ refused`);
}

const kinds = (events: AuditEvent[]) => events.map((e) => [e.kind, e.actor]);

describe('the apply sequence: gate, policy on the plan, apply, record', () => {
  it('applies an approved plan whose policy passes on the plan itself, recording it', async () => {
    const planned = await plan(PASSED);
    gh.review('lead');
    const a = await apply(planned, PASSED);
    expectApplied(a);
    expect(a.evaluated).toBe(1);
    expect(a.report.outputs['policy-result']).toBe('passed');
    // The engine ran in order: init, read the plan, apply, read the outputs.
    expect(a.engine.commands).toEqual(['init', 'show -json', 'apply', 'output -json']);
    expect(a.report.summary).toContain('| evaluated by tf-apply on this plan | ✅ passed |');
    expect(a.report.summary).toContain('They agree.');
    expect(kinds(a.audit)).toEqual([
      ['approval', 'lead'],
      ['apply-started', 'dev'],
      ['apply-finished', 'dev']
    ]);
    expect(a.audit[0]?.time).toBe('2026-12-01T12:00:00.000Z');
    expect(a.audit[0]?.planId).toBe(planned.outputs['plan-id']);
  });

  it('refuses a marker that says passed for a plan that violates the policy: forged, audited', async () => {
    // A workflow of the pull request posts, under the same identity, a marker that vouches for
    // the plan: it says passed.
    const planned = await plan(PASSED);
    gh.review('lead');
    const a = await apply(planned, FAILED);
    expectRefused(a, 'policy-failed', /although the plan comment says passed \(a forged or stale/);
    expect(a.report.outputs['policy-result']).toBe('failed');
    expect(a.report.summary).toContain('**Forged or stale verdict**');
    expect(a.report.summary).toContain('| recorded in the plan comment | ✅ passed |');
    expect(a.report.summary).toContain('| evaluated by tf-apply on this plan | ❌ failed |');
    expect(a.log).toMatch(/Forged or stale verdict: .*no_break_glass_admin/);
    expect(kinds(a.audit)).toEqual([
      ['policy', 'dev'],
      ['apply-refused', 'dev']
    ]);
    expect(a.audit[0]?.details).toMatchObject({
      evaluatedBy: 'tf-apply',
      result: 'failed',
      recorded: 'passed',
      verdict: 'forged',
      errors: ['no_break_glass_admin']
    });
    expect(a.audit[1]?.details).toMatchObject({ gate: 'policy-failed', pullRequest: 7 });
  });

  it('applies a violating plan overridden by a special approver after the plan comment', async () => {
    const planned = await plan(FAILED);
    gh.review('lead');
    gh.comment('chief', JUSTIFIED);
    const a = await apply(planned, FAILED);
    expectApplied(a);
    expect(a.report.summary).toContain('**Policy override** by chief');
    expect(a.report.summary).toMatch(/overridden for plan-id [0-9a-f]{12} by chief/);
    expect(gh.labels).toEqual(['opa-override']);
    expect(kinds(a.audit)).toEqual([
      ['approval', 'lead'],
      ['override', 'chief'],
      ['apply-started', 'dev'],
      ['apply-finished', 'dev']
    ]);
  });

  it('applies the override of a member of a listed team', async () => {
    const planned = await plan(FAILED);
    gh.review('lead');
    gh.comment('boss', JUSTIFIED);
    expectApplied(await apply(planned, FAILED));
  });

  it('refuses an override by someone who is not a special approver, and tells them once', async () => {
    const planned = await plan(FAILED);
    gh.review('lead');
    gh.comment('lead', JUSTIFIED);
    const a = await apply(planned, FAILED);
    expectRefused(a, 'policy-failed', /The policy failed and no special approver/);
    // Refused on the comment's own verdict: the engine is not even installed.
    expect(a.engine.commands).toEqual([]);
    expect(a.report.summary).toContain('Ignored [override](https://x/c/');
    await apply(planned, FAILED);
    expect(gh.comments_.filter((c) => c.body.includes('is ignored'))).toHaveLength(1);
  });

  it('refuses an override of a forged passed verdict when it comes from someone not listed', async () => {
    const planned = await plan(PASSED);
    gh.review('lead');
    gh.comment('dev', JUSTIFIED);
    const a = await apply(planned, FAILED);
    expectRefused(a, 'policy-failed', /forged or stale verdict/);
  });

  it('applies a stale failed verdict overridden, reporting the disagreement', async () => {
    const planned = await plan(FAILED);
    gh.review('lead');
    gh.comment('chief', JUSTIFIED);
    const a = await apply(planned, PASSED);
    expectApplied(a);
    expect(a.report.summary).toContain('**Stale verdict**');
    expect(a.audit.map((e) => e.kind)).toEqual([
      'approval',
      'policy',
      'apply-started',
      'apply-finished'
    ]);
    expect(a.audit[1]?.details).toMatchObject({ verdict: 'stale', recorded: 'failed' });
  });

  it('records the end of an apply the engine fails, and reports the engine error', async () => {
    const planned = await plan(PASSED);
    gh.review('lead');
    const engine = fakeEngine(PLAN);
    engine.fail.set('apply', { stderr: 'Error: provider crashed' });
    const a = await apply(planned, PASSED, () => undefined, engine);
    expect(a.report.failure).toBeInstanceOf(Error);
    expect(a.report.outputs['applied']).toBe('false');
    expect(a.report.outputs['gate']).toBe('passed');
    expect(a.audit.map((e) => e.kind)).toEqual(['approval', 'apply-started', 'apply-finished']);
    expect(a.audit[2]?.details).toMatchObject({ applied: false });
  });

  it('refuses a plan file whose sha256 is not the one given, before the engine runs', async () => {
    const planned = await plan(PASSED);
    gh.review('lead');
    const a = await apply(planned, PASSED, (s) => (s.apply.planSha256 = 'f'.repeat(64)));
    expect((a.report.failure as Error).message).toMatch(/not the approved f{64}/);
    expect(a.engine.commands).toEqual([]);
    expect(a.audit).toEqual([]);
  });
});

describe('without a pull request (require-approval: false)', () => {
  const noPullRequest = (s: ApplyStepSettings) => {
    s.context = context({ eventName: 'workflow_dispatch' });
    delete s.context.pullRequest;
    delete s.context.headSha;
    s.gate.requireApproval = false;
  };

  it('applies a plan whose policy passes, never asking GitHub', async () => {
    const planned = await plan(PASSED);
    gh.calls = [];
    const a = await apply(planned, PASSED, noPullRequest);
    expectApplied(a);
    expect(gh.calls).toEqual([]);
  });

  it('refuses a plan that violates the policy: no one can override it there', async () => {
    const planned = await plan(PASSED);
    const a = await apply(planned, FAILED, noPullRequest);
    expectRefused(a, 'policy-failed', /without a pull request no special approver can override/);
    expect(a.engine.commands).toEqual(['init', 'show -json']);
  });
});

describe('every refusal of the gate', () => {
  const forge = (extra: Record<string, unknown>) => (p: StepReport) => {
    const marker = parseMarker(gh.comments_[0]?.body ?? '');
    gh.comments_ = [];
    gh.comment(
      'github-actions[bot]',
      renderMarker({ ...marker!, planSha256: p.outputs['plan-sha256'] ?? '', ...extra })
    );
  };
  const refusals: [
    string,
    { before?: (p: StepReport) => void; settings?: (s: ApplyStepSettings) => void },
    string,
    RegExp,
    boolean
  ][] = [
    [
      'a pull_request_target run',
      { settings: (s) => (s.context.eventName = 'pull_request_target') },
      'pull-request-target',
      /pull_request_target/,
      false
    ],
    [
      'an event without a pull request',
      {
        settings: (s) => {
          s.context.eventName = 'push';
          delete s.context.pullRequest;
        }
      },
      'no-pull-request',
      /push event carries no pull request/,
      false
    ],
    [
      'a pull-request input that is not the event’s',
      { settings: (s) => (s.gate.pullRequest = 8) },
      'pull-request-mismatch',
      /names #8, but the event is about #7/,
      false
    ],
    [
      'a fork',
      { before: () => (gh.pull.headRepository = 'evil/infra') },
      'fork',
      /comes from evil\/infra/,
      false
    ],
    [
      'a pull request closed unmerged',
      { before: () => (gh.pull.state = 'closed') },
      'pull-request-closed',
      /closed without merging/,
      false
    ],
    [
      'no plan comment for the stack',
      { settings: (s) => (s.gate.stack = 'prod') },
      'no-plan-comment',
      /No plan comment for stack prod/,
      false
    ],
    [
      'a plan comment by someone other than the trusted commenter',
      { settings: (s) => (s.gate.trustedCommenter = 'my-app[bot]') },
      'no-plan-comment',
      /by my-app\[bot\]/,
      false
    ],
    [
      'a head moved since the plan',
      { before: () => (gh.pull.headSha = 'd'.repeat(40)) },
      'head-moved',
      /but the head of #7 is now d{12}/,
      false
    ],
    [
      'another environment',
      { settings: (s) => (s.gate.environment = 'staging') },
      'environment-mismatch',
      /'production', this apply for 'staging'/,
      false
    ],
    [
      'a plan comment for another plan file',
      { before: forge({ planSha256: 'e'.repeat(64) }) },
      'plan-mismatch',
      /plan-sha256 [0-9a-f]{64} vs e{64}/,
      false
    ],
    [
      'a plan file whose plan-id is not the comment’s',
      { before: forge({ planId: 'e'.repeat(64) }) },
      'plan-mismatch',
      /plan-id [0-9a-f]{64} vs e{64}/,
      true
    ],
    [
      'no approval at the head',
      { before: () => (gh.reviews_ = []) },
      'not-approved',
      /No approving review of the head/,
      false
    ],
    [
      'a failed policy recorded and no override',
      { before: forge({ policyResult: 'failed' }) },
      'policy-failed',
      /The policy failed and no special approver/,
      false
    ]
  ];

  it.each(refusals)('refuses %s, applying nothing', async (_name, how, gate, reason, engineRan) => {
    const planned = await plan(PASSED);
    gh.review('lead');
    how.before?.(planned);
    const a = await apply(planned, PASSED, how.settings);
    expectRefused(a, gate, reason);
    expect(a.engine.commands).toEqual(engineRan ? ['init', 'show -json'] : []);
    expect(a.audit).toEqual([]);
  });
});

describe('trusted-commenter', () => {
  it("finds a GitHub App's comments by its bot login, where the token cannot tell its own", async () => {
    gh = new FakeGitHub('my-app[bot]', 'github-actions[bot]');
    gh.roles.set('lead', 'write');
    await plan(PASSED, fakeEngine(PLAN), 'my-app[bot]');
    const planned = await plan(PASSED, fakeEngine(PLAN), 'my-app[bot]');
    // Found again and edited in place, not posted twice.
    expect(gh.comments_).toHaveLength(1);
    gh.review('lead');
    const trusted = await apply(planned, PASSED, (s) => (s.gate.trustedCommenter = 'my-app[bot]'));
    expectApplied(trusted);
    // Without it, the gate looks for github-actions[bot]'s comment and fails closed.
    const untrusted = await apply(planned, PASSED);
    expectRefused(untrusted, 'no-plan-comment', /by github-actions\[bot\]/);
  });

  it('warns when the comment was posted as someone else than the trusted commenter', async () => {
    const log = memoryLog();
    const engine = fakeEngine(PLAN);
    const report = await runPlanStep(
      {
        plan: { ...stackSettings(), varFiles: [], destroy: false, outDir: join(stack, 'out') },
        policy: policySettings,
        governance: {
          token: 'token',
          stack: 'dev',
          branches: parseEnvironmentBranches(''),
          trustedCommenter: 'other-app[bot]'
        },
        stackPath: 'dev',
        context: context(),
        actor: 'dev'
      },
      {
        log,
        install: engine.install,
        engine: engine.engine,
        maskSecret: () => undefined,
        evaluatePolicy: () => Promise.resolve(PASSED),
        connect: () => Promise.resolve(gh),
        clock: { now: () => 0, sleep: () => Promise.resolve() }
      }
    );
    expect(report.failure).toBeUndefined();
    expect(log.lines.join('\n')).toMatch(
      /warning: The plan comment was posted as github-actions\[bot\], but input 'trusted-commenter' is other-app\[bot\]/
    );
  });
});
