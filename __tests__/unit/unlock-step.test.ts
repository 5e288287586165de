import { afterAll, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AuditEvent } from '../../src/audit/trail.js';
import { memoryLog } from '../../src/common/log.js';
import type { WorkflowRunFacts } from '../../src/github/operations.js';
import { UnlockRefusedError } from '../../src/state/job.js';
import { runUnlockStep, type UnlockStepSettings } from '../../src/state/step.js';
import type { Engine } from '../../src/terraform/engine.js';
import type { EngineInstallation } from '../../src/terraform/install.js';

/** state-unlock's step with fakes: the engine's lock, the lane's runs, the approvers, the trail. */
const root = mkdtempSync(join(tmpdir(), 'unlock-step-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const LOCK_ID = '1f2e3d4c-0000-1111-2222-333344445555';
const OTHER_ID = '9f2e3d4c-0000-1111-2222-333344445555';
const lockOutput = (id: string) =>
  [
    'Error: Error acquiring the state lock',
    '',
    'Lock Info:',
    `  ID:        ${id}`,
    '  Operation: OperationTypeApply',
    '  Who:       runner@build-7',
    '  Created:   2026-11-30 10:00:00 +0000 UTC',
    ''
  ].join('\n');
const INSTALLATION: EngineInstallation = {
  engine: 'tofu',
  version: '1.10.0',
  binary: '/fake/tofu',
  source: 'path'
};

/** An engine whose state is locked by `holder` until a force-unlock of that ID. */
class LockedEngine {
  commands: string[] = [];
  failInit = false;
  constructor(public holder: string | undefined) {}
  engine = (): Engine => ({
    installation: INSTALLATION,
    run: (args) => {
      const [command = ''] = args;
      this.commands.push(command);
      if (command === 'init' && this.failInit)
        return Promise.resolve({
          exitCode: 1,
          stdout: '',
          stderr: 'Error: Failed to get existing workspaces: AccessDenied'
        });
      if (command === 'force-unlock' && args.at(-1) === this.holder) this.holder = undefined;
      if (command === 'plan' && this.holder !== undefined)
        return Promise.resolve({ exitCode: 1, stdout: '', stderr: lockOutput(this.holder) });
      return Promise.resolve({ exitCode: 0, stdout: '', stderr: '' });
    }
  });
}

const run = (id: number, title: string): WorkflowRunFacts => ({
  id,
  title,
  workflow: 'terraform',
  status: 'in_progress',
  url: `https://github.example/acme/infra/actions/runs/${id}`,
  actor: 'dev'
});

let dir: string;
let n = 0;
beforeEach(() => {
  dir = join(root, `stack-${++n}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'main.tf'), '');
});

async function unlock(
  o: {
    engine?: LockedEngine;
    change?: (s: UnlockStepSettings) => void;
    runs?: WorkflowRunFacts[];
    teams?: Record<string, string[]>;
    failAudit?: boolean;
  } = {}
) {
  const engine = o.engine ?? new LockedEngine(LOCK_ID);
  const settings: UnlockStepSettings = {
    stackName: 'stacks/dev',
    stack: {
      workingDirectory: dir,
      engine: 'tofu',
      engineVersion: '1.10.0',
      backendConfig: [],
      lockTimeout: '0s'
    },
    varFiles: [],
    lockId: LOCK_ID,
    reason: 'the runner of run 40 died mid-apply; checked it is gone',
    force: false,
    approvers: { users: ['lead'], teams: ['acme/platform'] },
    lane: 'stacks-dev',
    token: 'token',
    audit: { repository: 'acme/infra', branch: 'audit-log', token: 'token' },
    context: {
      repository: 'acme/infra',
      sha: 'c'.repeat(40),
      runId: '41',
      runUrl: 'https://github.example/acme/infra/actions/runs/41'
    },
    actor: 'dev'
  };
  o.change?.(settings);
  const recorded: AuditEvent[] = [];
  const order: string[] = [];
  let connected = 0;
  const report = await runUnlockStep(settings, {
    log: memoryLog(),
    install: () => Promise.resolve(INSTALLATION),
    engine: engine.engine,
    connect: () => {
      connected++;
      return Promise.resolve({
        unfinishedRuns: () => Promise.resolve(o.runs ?? []),
        isTeamMember: (org, team, user) =>
          Promise.resolve((o.teams?.[`${org}/${team}`] ?? []).includes(user))
      });
    },
    recordAudit: (audit, events) => {
      order.push(`record ${audit.branch} after ${engine.commands.join(',')}`);
      if (o.failAudit === true) return Promise.reject(new Error('audit-log: push refused'));
      recorded.push(...events);
      return Promise.resolve();
    },
    clock: { now: () => Date.UTC(2026, 11, 1, 9), sleep: () => Promise.resolve() }
  });
  return { report, engine, recorded, order, connected };
}

const refusal = (report: { failure?: unknown }) => {
  expect(report.failure).toBeInstanceOf(UnlockRefusedError);
  return (report.failure as Error).message;
};

describe('the state-unlock step', () => {
  it('releases the lock it was shown, recorded in the trail before the engine unlocks', async () => {
    const r = await unlock({ runs: [run(41, 'terraform stacks-dev (this run)')] });
    expect(r.report.failure).toBeUndefined();
    expect(r.engine.commands).toEqual(['init', 'plan', 'force-unlock', 'plan']);
    expect(r.order).toEqual(['record audit-log after init,plan']);
    expect(r.report.outputs).toEqual({
      unlocked: 'true',
      'lock-id': LOCK_ID,
      holder: `ID ${LOCK_ID}, held by runner@build-7, for OperationTypeApply, since 2026-11-30 10:00:00 +0000 UTC`,
      stale: 'false',
      forced: 'false'
    });
    expect(r.recorded).toEqual([
      expect.objectContaining({
        kind: 'unlock',
        actor: 'dev',
        time: '2026-12-01T09:00:00.000Z',
        repository: 'acme/infra',
        commit: 'c'.repeat(40),
        stack: 'stacks/dev',
        runUrl: 'https://github.example/acme/infra/actions/runs/41',
        details: expect.objectContaining({ lockId: LOCK_ID, forced: false, laneRuns: [] })
      })
    ]);
    expect(r.report.summary).toBe(
      [
        '### Break-glass unlock of stacks/dev',
        '',
        // The holder is the engine's text: no @-mention of it reaches anyone.
        `The lock ID ${LOCK_ID}, held by runner@&#8203;build-7, for OperationTypeApply, since 2026-11-30 10:00:00 +0000 UTC is gone.`,
        '',
        'Why: the runner of run 40 died mid-apply; checked it is gone',
        '',
        'Recorded in the audit trail (audit-log). Run a normal plan of the stack now.',
        ''
      ].join('\n')
    );
  });

  it('lets a special approver force it while a run of the lane is going, and says so', async () => {
    const r = await unlock({
      runs: [run(40, 'terraform stacks-dev apply')],
      teams: { 'acme/platform': ['ops'] },
      change: (s) => {
        s.force = true;
        s.actor = 'ops';
      }
    });
    expect(r.report.failure).toBeUndefined();
    expect(r.report.outputs['forced']).toBe('true');
    expect(r.report.summary).toContain(
      'is gone (forced by a special approver while a run of the lane was going).'
    );
    expect(r.recorded[0]?.details).toMatchObject({
      forced: true,
      laneRuns: ['https://github.example/acme/infra/actions/runs/40']
    });
  });

  it.each<[string, Parameters<typeof unlock>[0], RegExp]>([
    [
      'a lock ID that is not the lock there',
      { change: (s) => void (s.lockId = OTHER_ID) },
      /^Unlock refused, nothing changed: --lock-id 9f2e3d4c-\S+ is not the lock on the state of stacks\/dev: the lock there is ID 1f2e3d4c-/
    ],
    [
      'a state that is not locked',
      { engine: new LockedEngine(undefined) },
      /^Unlock refused, nothing changed: The state of stacks\/dev is not locked: nothing to unlock\./
    ],
    [
      'a run of the lane still going, without force',
      { runs: [run(40, 'terraform stacks-dev apply')] },
      /^Unlock refused, nothing changed: A run in lane stacks-dev is still going, so the lock may be held by a live runner: terraform 'terraform stacks-dev apply'/
    ],
    [
      'force from someone who is not a special approver',
      {
        runs: [run(40, 'terraform stacks-dev apply')],
        teams: { 'acme/platform': ['ops'] },
        change: (s) => void (s.force = true)
      },
      /^Unlock refused, nothing changed: --force was given by dev, who is not a special approver/
    ],
    [
      'a reason too short to say why',
      { change: (s) => void (s.reason = 'stuck') },
      /^Unlock refused, nothing changed: --reason says why in 5 character\(s\): at least 20/
    ]
  ])('refuses %s: nothing recorded, nothing unlocked', async (_what, o, message) => {
    const r = await unlock(o);
    expect(refusal(r.report)).toMatch(message);
    expect(r.report.outputs).toEqual({ unlocked: 'false' });
    expect(r.report.summary).toBe('');
    expect(r.recorded).toEqual([]);
    expect(r.order).toEqual([]);
    expect(r.engine.commands).not.toContain('force-unlock');
  });

  it('fails as the engine does when the stack cannot be read, unlocking nothing', async () => {
    const engine = new LockedEngine(LOCK_ID);
    engine.failInit = true;
    const r = await unlock({ engine });
    expect(r.report.failure).not.toBeInstanceOf(UnlockRefusedError);
    expect((r.report.failure as Error).message).toContain('AccessDenied');
    expect(r.report.outputs).toEqual({ unlocked: 'false' });
    expect(r.engine.commands).toEqual(['init']);
    expect(engine.holder).toBe(LOCK_ID);
  });

  it('keeps the lock when the trail cannot record the unlock', async () => {
    const r = await unlock({ failAudit: true });
    expect((r.report.failure as Error).message).toBe('audit-log: push refused');
    expect(r.report.outputs).toEqual({ unlocked: 'false' });
    expect(r.engine.commands).toEqual(['init', 'plan']);
    expect(r.engine.holder).toBe(LOCK_ID);
  });
});
