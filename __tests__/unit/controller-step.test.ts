import type { Clock } from '../../src/common/clock.js';
import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mapInputReader } from '../../src/common/inputs.js';
import { memoryLog } from '../../src/common/log.js';
import { getControllerInputs, type ControllerInputs } from '../../src/controller/inputs.js';
import * as realPhases from '../../src/controller/phases.js';
import type { ControllerClient, PhaseContext, PhaseResult } from '../../src/controller/phases.js';
import {
  readControllerEvent,
  runControllerStep,
  type ControllerPhases
} from '../../src/controller/step.js';
import { runContext } from '../../src/governance/event.js';

/** The controller's step with fakes: which phase runs, with which inputs, reaching GitHub how. */
const root = mkdtempSync(join(tmpdir(), 'controller-step-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const ENV = {
  GITHUB_REPOSITORY: 'acme/controller',
  GITHUB_SERVER_URL: 'https://github.example',
  GITHUB_API_URL: 'https://api.github.example',
  GITHUB_RUN_ID: '77',
  GITHUB_EVENT_NAME: 'repository_dispatch'
};
const PLAN_ID = '1'.repeat(64);

/** The inputs of each phase, as the action reads them. */
const PHASE_INPUTS: Record<ControllerInputs['phase'], Record<string, string>> = {
  propose: { 'controller-repository': 'acme/controller', 'controller-token': 'dispatch-token' },
  validate: { 'allow-list': 'allow.yaml' },
  report: {
    'allow-list': 'allow.yaml',
    stack: 'dev',
    'plan-id': PLAN_ID,
    'plan-path': 'tfplan',
    'plan-json-path': 'tfplan.json',
    'policy-result': 'passed'
  },
  merge: {
    'allow-list': 'allow.yaml',
    'audit-branch': 'audit-log',
    'audit-repository': 'acme/audit'
  },
  'apply-check': {
    'allow-list': 'allow.yaml',
    stack: 'dev',
    'plan-id': PLAN_ID,
    'policy-result': 'passed'
  },
  result: { 'allow-list': 'allow.yaml', stack: 'dev', outcome: 'success', applied: 'true' }
};

const inputsOf = (phase: ControllerInputs['phase'], extra: Record<string, string> = {}) =>
  getControllerInputs(
    mapInputReader({ phase, 'github-token': 'team-token', ...PHASE_INPUTS[phase], ...extra }),
    root,
    ENV
  );

/** Phases that only say they ran, with what, and reach GitHub as `reach` says. */
function fakePhases(reach: [string, string][] = []) {
  const ran: { name: string; inputs: ControllerInputs; ctx: PhaseContext }[] = [];
  const phase =
    (name: string) =>
    (inputs: ControllerInputs, ctx: PhaseContext): Promise<PhaseResult> => {
      ran.push({ name, inputs, ctx });
      for (const [token, repository] of reach) ctx.connect(token, repository);
      return Promise.resolve({ outputs: { ran: name }, summary: `### ${name}\n` });
    };
  const phases: ControllerPhases = {
    propose: phase('propose'),
    validate: phase('validate'),
    report: phase('report'),
    merge: phase('merge'),
    applyCheck: phase('applyCheck'),
    result: phase('result')
  };
  return { phases, ran };
}

/** A GitHub that must not be asked anything; each connection is remembered. */
function unusedGitHub() {
  const connections: string[] = [];
  const connect = (token: string, repository: string): ControllerClient => {
    connections.push(`${token} → ${repository}`);
    return new Proxy({} as ControllerClient, {
      get: (_target, name) => () => Promise.reject(new Error(`unexpected call ${String(name)}`))
    });
  };
  return { connections, connect };
}

async function step(
  inputs: ControllerInputs,
  phases: ControllerPhases,
  o: {
    controllerToken?: string;
    auditToken?: string;
    event?: unknown;
    eventName?: string;
    clock?: Clock;
  } = {}
) {
  const github = unusedGitHub();
  const log = memoryLog();
  const report = await runControllerStep(
    {
      inputs,
      controllerToken: o.controllerToken ?? '',
      auditToken: o.auditToken ?? '',
      context: runContext({ ...ENV, GITHUB_EVENT_NAME: o.eventName ?? 'repository_dispatch' }, {}),
      event: o.event ?? {},
      actor: 'dev',
      workspace: root
    },
    { log, phases, connect: github.connect, ...(o.clock === undefined ? {} : { clock: o.clock }) }
  );
  return { report, connections: github.connections, log: log.lines };
}

describe('the controller step', () => {
  it("hands the phases the step's clock, for the times of the merge's audit events", async () => {
    const { phases, ran } = fakePhases();
    const clock: Clock = { now: () => Date.UTC(2026, 11, 1, 9), sleep: () => Promise.resolve() };
    await step(inputsOf('merge'), phases, { clock });
    expect(ran[0]?.ctx.clock).toBe(clock);
    await step(inputsOf('merge'), phases);
    expect(ran[1]?.ctx.clock).toBeUndefined();
  });

  it.each<[ControllerInputs['phase'], string]>([
    ['propose', 'propose'],
    ['validate', 'validate'],
    ['report', 'report'],
    ['merge', 'merge'],
    ['apply-check', 'applyCheck'],
    ['result', 'result']
  ])('runs phase %s with its own inputs and the run’s context', async (phase, name) => {
    const { phases, ran } = fakePhases();
    const inputs = inputsOf(phase);
    const r = await step(inputs, phases, { event: { action: 'x' } });
    expect(ran.map((p) => p.name)).toEqual([name]);
    expect(ran[0]?.inputs).toEqual(inputs);
    expect(ran[0]?.ctx).toMatchObject({
      eventName: 'repository_dispatch',
      event: { action: 'x' },
      repository: 'acme/controller',
      serverUrl: 'https://github.example',
      runId: '77',
      runUrl: 'https://github.example/acme/controller/actions/runs/77',
      actor: 'dev',
      workspace: root
    });
    expect(r.report).toEqual({ outputs: { ran: name }, summary: `### ${name}\n` });
  });

  it('merges with controller-token in the controller’s own repository, the team token elsewhere', async () => {
    const reach: [string, string][] = [
      ['team-token', 'acme/payments'],
      ['team-token', 'acme/controller']
    ];
    const { phases } = fakePhases(reach);
    const r = await step(inputsOf('merge'), phases, { controllerToken: 'ctl-token' });
    expect(r.connections).toEqual(['team-token → acme/payments', 'ctl-token → acme/controller']);
    const without = await step(inputsOf('merge'), fakePhases(reach).phases);
    expect(without.connections).toEqual([
      'team-token → acme/payments',
      'team-token → acme/controller'
    ]);
  });

  it('leaves the tokens of the other phases as they ask', async () => {
    const { phases } = fakePhases([['team-token', 'acme/controller']]);
    const r = await step(inputsOf('validate'), phases, { controllerToken: 'ctl-token' });
    expect(r.connections).toEqual(['team-token → acme/controller']);
  });

  it('writes the merge’s audit trail with audit-token when it is given, else with no token', async () => {
    const given = fakePhases();
    await step(inputsOf('merge'), given.phases, { auditToken: 'audit-token' });
    expect(given.ran[0]?.inputs).toMatchObject({
      audit: { repository: 'acme/audit', branch: 'audit-log', token: 'audit-token' }
    });
    const none = fakePhases();
    await step(inputsOf('merge'), none.phases);
    // Without it, the trail's push carries no token: never the team repository's.
    expect(none.ran[0]?.inputs).toMatchObject({ audit: { repository: 'acme/audit' } });
    expect(none.ran[0]?.inputs).not.toHaveProperty('audit.token');
  });

  it('reports a failing phase as the step’s failure, with no outputs', async () => {
    const { phases } = fakePhases();
    const refused = new realPhases.ControllerRefusedError('The controller refused to merge');
    phases.merge = () => Promise.reject(refused);
    const r = await step(inputsOf('merge'), phases);
    expect(r.report).toEqual({ outputs: {}, summary: '', failure: refused });
  });

  it('runs the real propose phase: a push to a tag sends nothing', async () => {
    const r = await step(inputsOf('propose'), realPhases, {
      eventName: 'push',
      event: { ref: 'refs/tags/v1' }
    });
    expect(r.report.failure).toBeUndefined();
    expect(r.report.outputs).toEqual({ dispatched: 'false', action: '' });
    expect(r.report.summary).toBe(
      '### controller: nothing sent\n\nThe push is to refs/tags/v1, not a branch.\n'
    );
    expect(r.connections).toEqual(['team-token → acme/controller']);
  });

  it('runs the real validate phase: a dispatch from a repository off the allow-list is refused', async () => {
    writeFileSync(
      join(root, 'allow.yaml'),
      'repositories:\n  acme/payments:\n    stacks:\n      - path: stacks/dev\n        environment: dev\n'
    );
    const event = {
      action: 'platform-controller',
      client_payload: {
        source_repo: 'evil/repo',
        action: 'validate',
        pr_number: 3,
        head_sha: 'b'.repeat(40),
        files: ['stacks/dev/terraform.tfvars']
      }
    };
    const r = await step(inputsOf('validate'), realPhases, { event });
    expect(r.report.failure).toBeInstanceOf(realPhases.DispatchRefusedError);
    expect(r.report.outputs).toEqual({});
    expect(r.connections).toEqual([]);
  });
});

describe('readControllerEvent', () => {
  it('reads the payload once, and an unreadable one as an empty event', () => {
    const file = join(root, 'event.json');
    writeFileSync(file, JSON.stringify({ ref: 'refs/heads/x' }));
    const read = readControllerEvent({ ...ENV, GITHUB_EVENT_PATH: file });
    expect(read.event).toEqual({ ref: 'refs/heads/x' });
    expect(read.context.runUrl).toBe('https://github.example/acme/controller/actions/runs/77');
    writeFileSync(file, '{not json');
    expect(readControllerEvent({ ...ENV, GITHUB_EVENT_PATH: file }).event).toEqual({});
    expect(readControllerEvent(ENV).event).toEqual({});
  });
});
