import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { memoryLog } from '../../src/common/log.js';
import type { DriftFailOn } from '../../src/drift/inputs.js';
import { driftMarker } from '../../src/drift/issues.js';
import type { DriftStack } from '../../src/drift/job.js';
import {
  DriftCheckFailedError,
  DriftFoundError,
  runDriftReportStep
} from '../../src/drift/step.js';
import type { IssueFacts, OperationsPort } from '../../src/github/operations.js';
import type { Engine } from '../../src/terraform/engine.js';
import { planJson } from '../fixtures/plans.js';
import { fakeEngine } from '../support/step-fakes.js';

/** drift-report's sequence with fakes: the plans, the issues, the outputs, `fail-on`. */
const root = mkdtempSync(join(tmpdir(), 'drift-step-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const PLAN = planJson([{ address: 'terraform_data.a', actions: ['create'], after: { v: 1 } }]);
const LOCKED = `Error: Error acquiring the state lock\n\nLock Info:\n  ID:        1f2e3d4c-0000-1111-2222-333344445555\n  Who:       runner@build-7\n`;

/** What the engine finds for each stack: drift, none, a held lock. */
type Finding = 'changes' | 'none' | 'locked';

let n = 0;
function stack(name: string): DriftStack {
  const dir = join(root, `${name}-${++n}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'main.tf'), '');
  return {
    name,
    settings: {
      workingDirectory: dir,
      engine: 'tofu',
      engineVersion: '1.10.0',
      backendConfig: [],
      lockTimeout: '0s',
      varFiles: [],
      destroy: false,
      outDir: join(dir, 'out')
    }
  };
}

/** The fake engine, whose plan of each stack finds what `findings` says (by its folder). */
function engineOf(findings: Map<string, Finding>) {
  const fake = fakeEngine(PLAN);
  return {
    install: fake.install,
    engine: (installation: Parameters<typeof fake.engine>[0]): Engine => {
      const inner = fake.engine(installation);
      return {
        installation,
        run: async (args, options) => {
          const found = findings.get(options.cwd ?? '') ?? 'changes';
          if (args[0] === 'plan' && found === 'locked')
            return { exitCode: 1, stdout: '', stderr: LOCKED };
          const result = await inner.run(args, options);
          return args[0] === 'plan' && found === 'none' ? { ...result, exitCode: 0 } : result;
        }
      };
    }
  };
}

/** GitHub's issues in memory, every call named in order. */
class FakeIssues implements OperationsPort {
  issues: IssueFacts[] = [];
  calls: string[] = [];
  failList = false;
  openIssues(): Promise<IssueFacts[]> {
    this.calls.push('openIssues');
    if (this.failList) return Promise.reject(new Error('GitHub refused: 403 Forbidden'));
    return Promise.resolve(this.issues.filter((i) => i.state === 'open').map((i) => ({ ...i })));
  }
  createIssue(issue: { title: string; body: string }): Promise<IssueFacts> {
    this.calls.push('createIssue');
    const number = this.issues.length + 1;
    const created: IssueFacts = { ...issue, number, state: 'open', url: `https://x/i/${number}` };
    this.issues.push(created);
    return Promise.resolve({ ...created });
  }
  updateIssue(number: number, body: string): Promise<IssueFacts> {
    this.calls.push(`updateIssue ${number}`);
    const issue = this.issues.find((i) => i.number === number);
    if (issue === undefined) return Promise.reject(new Error(`no issue ${number}`));
    issue.body = body;
    return Promise.resolve({ ...issue });
  }
  comment(number: number): Promise<void> {
    this.calls.push(`comment ${number}`);
    return Promise.resolve();
  }
  closeIssue(number: number): Promise<IssueFacts> {
    this.calls.push(`closeIssue ${number}`);
    const issue = this.issues.find((i) => i.number === number);
    if (issue === undefined) return Promise.reject(new Error(`no issue ${number}`));
    issue.state = 'closed';
    return Promise.resolve({ ...issue });
  }
  unfinishedRuns(): Promise<never[]> {
    return Promise.resolve([]);
  }
}

async function check(
  stacks: { name: string; finding: Finding }[],
  o: { failOn?: DriftFailOn; github?: FakeIssues; runId?: string } = {}
) {
  const findings = new Map<string, Finding>();
  const driftStacks = stacks.map((s) => {
    const made = stack(s.name);
    findings.set(made.settings.workingDirectory, s.finding);
    return made;
  });
  const github = o.github ?? new FakeIssues();
  const engine = engineOf(findings);
  const log = memoryLog();
  let connected = 0;
  const report = await runDriftReportStep(
    {
      stacks: driftStacks,
      failOn: o.failOn ?? 'error',
      context: {
        runId: o.runId ?? '42',
        runUrl: 'https://github.example/acme/infra/actions/runs/42'
      }
    },
    {
      log,
      install: engine.install,
      engine: engine.engine,
      connect: () => {
        connected++;
        return Promise.resolve(github);
      },
      clock: { now: () => Date.UTC(2026, 11, 1, 9), sleep: () => Promise.resolve() }
    }
  );
  return { report, github, connected, log: log.lines };
}

describe('the drift-report sequence', () => {
  it('checks every stack in its own group, opens the drifted one’s issue and passes', async () => {
    const r = await check([
      { name: 'dev', finding: 'changes' },
      { name: 'prod', finding: 'none' }
    ]);
    expect(r.report.failure).toBeUndefined();
    expect(r.log.filter((l) => /^== (Check|Drift)/.test(l))).toEqual([
      '== Check dev',
      '== Check prod',
      '== Drift issues'
    ]);
    expect(r.connected).toBe(1);
    expect(r.github.calls).toEqual(['openIssues', 'createIssue']);
    const body = r.github.issues[0]?.body ?? '';
    expect(body.startsWith(driftMarker('dev'))).toBe(true);
    expect(body).toContain(
      'Last checked 2026-12-01T09:00:00.000Z by [this run](https://github.example/acme/infra/actions/runs/42)'
    );
    expect(r.report.outputs).toMatchObject({ drift: 'changes', drifted: 'dev', errored: '' });
    expect(JSON.parse(r.report.outputs['issues'] ?? '')).toEqual([
      { stack: 'dev', action: 'create', number: 1, url: 'https://x/i/1' },
      { stack: 'prod', action: 'none' }
    ]);
    expect(r.report.summary).toContain('### Drift check: changes');
    expect(r.report.summary).toContain(
      '| `dev` | drift: 1 to add, 0 to change, 0 to destroy | opened [#1](https://x/i/1) |'
    );
    expect(r.report.summary).toContain('| `prod` | no drift | no drift and no open issue |');
  });

  it('closes the issue of a stack that no longer drifts, naming no run from a run without an ID', async () => {
    const github = new FakeIssues();
    await check([{ name: 'dev', finding: 'changes' }], { github });
    const r = await check([{ name: 'dev', finding: 'none' }], { github, runId: '' });
    expect(r.report.failure).toBeUndefined();
    expect(github.calls.slice(2)).toEqual(['openIssues', 'comment 1', 'closeIssue 1']);
    expect(github.issues[0]?.state).toBe('closed');
    expect(r.report.outputs['drift']).toBe('none');
    expect(r.report.summary).toContain('closed [#1](https://x/i/1)');
  });

  it('fails on drift with fail-on drift, after its outputs and summary', async () => {
    const r = await check(
      [
        { name: 'dev', finding: 'changes' },
        { name: 'qa', finding: 'changes' }
      ],
      { failOn: 'drift' }
    );
    expect(r.report.failure).toBeInstanceOf(DriftFoundError);
    expect((r.report.failure as Error).message).toBe('Drift in dev, qa: see the drift issues.');
    expect(r.report.outputs['drifted']).toBe('dev\nqa');
    expect(r.report.summary).toContain('### Drift check: changes');
    expect(r.github.calls).toEqual(['openIssues', 'createIssue', 'createIssue']);
  });

  it.each<[DriftFailOn, boolean]>([
    ['error', true],
    ['drift', true],
    ['never', false]
  ])(
    'with fail-on %s, a check that cannot tell fails the step: %s; its issue is left, the others checked',
    async (failOn, fails) => {
      const r = await check(
        [
          { name: 'locked', finding: 'locked' },
          { name: 'dev', finding: 'none' }
        ],
        { failOn }
      );
      expect(r.log).toContain('== Check dev');
      expect(r.github.calls).toEqual(['openIssues']);
      expect(r.report.outputs).toMatchObject({ drift: 'error', errored: 'locked', drifted: '' });
      expect(r.report.summary).toContain('| `locked` | error (lock) |');
      if (fails) {
        expect(r.report.failure).toBeInstanceOf(DriftCheckFailedError);
        expect((r.report.failure as Error).message).toMatch(
          /^The drift check failed for locked \(lock: .+\): neither drift nor no drift is known there, and its issue was left as it is\.$/
        );
      } else expect(r.report.failure).toBeUndefined();
    }
  );

  it('fails with no outputs when GitHub refuses the issues', async () => {
    const github = new FakeIssues();
    github.failList = true;
    const r = await check([{ name: 'dev', finding: 'changes' }], { github });
    expect((r.report.failure as Error).message).toBe('GitHub refused: 403 Forbidden');
    expect(r.report.outputs).toEqual({});
    expect(r.report.summary).toBe('');
    expect(github.issues).toEqual([]);
  });
});
