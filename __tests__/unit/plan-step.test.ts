import { afterAll, beforeEach, describe, expect, it } from '@jest/globals';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AuditEvent } from '../../src/audit/trail.js';
import { memoryLog } from '../../src/common/log.js';
import { parseEnvironmentBranches } from '../../src/governance/branches.js';
import type { RunContext } from '../../src/governance/event.js';
import { parseMarker } from '../../src/governance/marker.js';
import { runPlanStep, type PlanStepSettings } from '../../src/governance/plan-step.js';
import { PolicyEvaluationError, type PolicyDecision } from '../../src/policy/evaluate.js';
import { planJson } from '../fixtures/plans.js';
import { fakeEngine, FakeGitHub, HEAD, type FakeEngine } from '../support/step-fakes.js';

/** tf-plan's sequence with fakes: plan, policy, summary, comment, audit trail. */
const root = mkdtempSync(join(tmpdir(), 'plan-step-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const FAILED: PolicyDecision = {
  result: 'failed',
  violations: [
    { rule: 'max_deletions', severity: 'error', address: 'terraform_data.a', message: 'too many' }
  ]
};
const PLAN = planJson([{ address: 'terraform_data.a', actions: ['create'], after: { v: 1 } }]);

let stack: string;
let n = 0;
let gh: FakeGitHub;
beforeEach(() => {
  stack = join(root, `stack-${++n}`);
  mkdirSync(stack, { recursive: true });
  writeFileSync(join(stack, 'main.tf'), '');
  gh = new FakeGitHub();
});

function context(extra: Partial<RunContext> = {}): RunContext {
  return {
    eventName: 'pull_request',
    repository: 'acme/infra',
    serverUrl: 'https://github.example',
    apiUrl: 'https://api.github.example',
    runId: '41',
    sha: HEAD,
    runUrl: 'https://github.example/acme/infra/actions/runs/41',
    pullRequest: 7,
    headSha: HEAD,
    ...extra
  };
}

async function plan(
  o: {
    verdict?: () => Promise<PolicyDecision>;
    engine?: FakeEngine;
    change?: (s: PlanStepSettings) => void;
  } = {}
) {
  const engine = o.engine ?? fakeEngine(PLAN);
  const settings: PlanStepSettings = {
    plan: {
      workingDirectory: stack,
      engine: 'tofu',
      engineVersion: '1.10.0',
      backendConfig: [],
      lockTimeout: '300s',
      varFiles: [],
      destroy: false,
      outDir: join(stack, 'out')
    },
    policy: { policyDir: '/policies', environment: 'production' },
    governance: { token: 'token', stack: 'dev', branches: parseEnvironmentBranches('') },
    stackPath: 'dev',
    context: context(),
    actor: 'dev'
  };
  o.change?.(settings);
  const audit: AuditEvent[] = [];
  let connected = 0;
  let evaluatedOn = '';
  const log = memoryLog();
  const report = await runPlanStep(settings, {
    log,
    install: engine.install,
    engine: engine.engine,
    maskSecret: () => undefined,
    evaluatePolicy: (e) => {
      evaluatedOn = e.planJsonPath;
      return o.verdict?.() ?? Promise.resolve({ result: 'passed', violations: [] });
    },
    connect: () => {
      connected++;
      return Promise.resolve(gh);
    },
    recordAudit: (events) => {
      audit.push(...events);
      return Promise.resolve();
    },
    clock: { now: () => Date.UTC(2026, 11, 1, 9), sleep: () => Promise.resolve() }
  });
  return { report, engine, audit, connected, evaluatedOn, log: log.lines.join('\n') };
}

describe('the plan sequence: plan, policy, comment, record', () => {
  it('plans, judges the written plan JSON, comments with the verdict and records both', async () => {
    const r = await plan({ verdict: () => Promise.resolve(FAILED) });
    expect(r.report.failure).toBeUndefined();
    expect(r.engine.commands).toEqual(['init', 'show -json', 'plan', 'show -json', 'show']);
    expect(r.evaluatedOn).toBe(r.report.outputs['plan-json-path']);
    expect(r.report.outputs).toMatchObject({
      'has-changes': 'true',
      add: '1',
      drift: 'changes',
      'policy-result': 'failed',
      'comment-url': 'https://x/c/1'
    });
    expect(JSON.parse(r.report.outputs['policy-violations'] ?? '')).toEqual(FAILED.violations);
    expect(r.report.summary).toContain('#### Policy: ❌ failed');
    expect(r.report.summary).toContain('Plan comment for `dev`: https://x/c/1');
    const marker = parseMarker(gh.comments_[0]?.body ?? '');
    expect(marker).toMatchObject({
      stack: 'dev',
      environment: 'production',
      commit: HEAD,
      policyResult: 'failed',
      planId: r.report.outputs['plan-id'],
      planSha256: r.report.outputs['plan-sha256']
    });
    expect(gh.labels).toEqual(['opa-failed']);
    expect(r.audit.map((e) => [e.kind, e.time])).toEqual([
      ['plan', '2026-12-01T09:00:00.000Z'],
      ['policy', '2026-12-01T09:00:00.000Z']
    ]);
    expect(r.audit[1]?.details).toMatchObject({ result: 'failed', errors: ['max_deletions'] });
  });

  it('reports a failed plan as drift error, and posts and records nothing', async () => {
    const engine = fakeEngine(PLAN);
    engine.fail.set('plan', { stderr: 'Error: Unsupported argument' });
    const r = await plan({ engine });
    expect((r.report.failure as Error).message).toMatch(/Unsupported argument/);
    expect(r.report.outputs['drift']).toBe('error');
    expect(r.report.outputs['drift-error']).toMatch(/^engine: /);
    expect(r.report.outputs['plan-id']).toBeUndefined();
    expect(r.connected).toBe(0);
    expect(r.audit).toEqual([]);
    expect(existsSync(join(stack, 'out', 'tfplan'))).toBe(false);
  });

  it('fails closed when the policy cannot be evaluated, keeping the plan outputs', async () => {
    const r = await plan({
      verdict: () => Promise.reject(new PolicyEvaluationError('opa eval exited with 1'))
    });
    expect(r.report.failure).toBeInstanceOf(PolicyEvaluationError);
    expect(r.report.outputs['plan-id']).toMatch(/^[0-9a-f]{64}$/);
    expect(r.report.outputs['policy-result']).toBeUndefined();
    expect(r.connected).toBe(0);
    expect(gh.comments_).toEqual([]);
    expect(r.audit).toEqual([]);
  });

  it("waits for the policy judging the JSON when the plan's text cannot be read, then leaves no plan", async () => {
    const engine = fakeEngine(PLAN);
    engine.fail.set('show', { stderr: 'Error: Failed to read the given file' });
    let judged = false;
    const r = await plan({
      engine,
      verdict: async () => {
        await new Promise((resolve) => setTimeout(resolve, 20));
        judged = true;
        return FAILED;
      }
    });
    expect(judged).toBe(true);
    expect((r.report.failure as Error).message).toMatch(/Failed to read the given file/);
    expect(r.evaluatedOn).toBe(join(stack, 'out', 'tfplan.json'));
    expect(r.report.outputs['drift']).toBe('error');
    expect(r.report.outputs['policy-result']).toBeUndefined();
    for (const file of ['tfplan', 'tfplan.json', 'tfplan.txt'])
      expect(existsSync(join(stack, 'out', file))).toBe(false);
    expect(r.connected).toBe(0);
    expect(r.audit).toEqual([]);
  });

  it('posts nothing without a token, or for an event without a pull request, and says so', async () => {
    const noToken = await plan({ change: (s) => (s.governance.token = '') });
    expect(noToken.report.failure).toBeUndefined();
    expect(noToken.log).toContain('No github-token: the plan is not posted');
    const push = await plan({
      change: (s) => {
        s.context = context({ eventName: 'push' });
        delete s.context.pullRequest;
      }
    });
    expect(push.log).toContain('The push event carries no pull request: nothing is posted.');
    expect(noToken.connected + push.connected).toBe(0);
    expect(gh.comments_).toEqual([]);
    expect(push.audit.map((e) => e.kind)).toEqual(['plan', 'policy']);
  });

  it('edits its own comment in place on the next plan', async () => {
    await plan();
    const again = await plan();
    expect(again.report.failure).toBeUndefined();
    expect(gh.comments_).toHaveLength(1);
    expect(gh.calls.filter((c) => c === 'updateComment')).toHaveLength(1);
  });
});
