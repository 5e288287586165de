/**
 * The three operations starters run for real: a consumer repository on disk holds a copy of
 * `workflows/drift.yml`, `workflows/force-unlock.yml` or `workflows/promote.yml` in its
 * `.github/workflows/`, as a team copies them, and act runs it with the real engine, the GitHub
 * API double on loopback and bare repositories for the audit trail. Each workflow's run time
 * under act is printed at the end.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { appendAudit } from '../../src/audit/trail.js';
import { driftMarker } from '../../src/drift/issues.js';
import { verificationEvent } from '../../src/promote/promotion.js';
import { bareRepo, refs, showFile } from '../support/git.js';
import { GitHubDouble } from '../support/github/double.js';
import {
  consumerRepository,
  jobResult,
  runAct,
  snapshotProject,
  type ActRun
} from '../support/act.js';
import { REPO, tool, toolEnv } from '../support/tools.js';

let scratch: string;
let project: string;
const TOKEN = 'ghs_operationsrunsecret00000000000000';
const timings: string[] = [];

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'wf-operations-'));
  project = snapshotProject(scratch);
});
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
  process.stdout.write(`operations workflows under act:\n  ${timings.join('\n  ')}\n`);
});

const SLOW_STACK = join(REPO, '__tests__', 'fixtures', 'stacks', 'slow');
const BACKEND = 'terraform {\n  backend "local" {}\n}\n';

/**
 * A consumer repository with the starter copied in (from `workflows/`, or another folder such as
 * `examples/workflows`) and the slow stack on the local backend at `stack`; `files` adds more.
 */
function consumer(
  name: string,
  starter: string,
  o: { from?: string; stack?: string; files?: (state: string) => Record<string, string> } = {}
): { dir: string; repo: string; state: string } {
  const dir = mkdtempSync(join(scratch, `${name}-`));
  const repo = join(dir, 'consumer');
  const stack = o.stack ?? 'stacks/local/dev';
  const state = join(dir, 'state', 'dev.tfstate');
  consumerRepository(repo, {
    [`.github/workflows/${starter}`]: readFileSync(
      join(REPO, o.from ?? 'workflows', starter),
      'utf8'
    ),
    [stack]: { copy: SLOW_STACK },
    [`${stack}/backend.tf`]: BACKEND,
    ...o.files?.(state)
  });
  return { dir, repo, state };
}

function tofu(dir: string, args: string[]): void {
  const run = spawnSync(tool('tofu'), args, {
    cwd: dir,
    env: toolEnv(),
    encoding: 'utf8',
    timeout: 120_000
  });
  if (run.status !== 0) throw new Error(`tofu ${args.join(' ')}: ${run.stderr}`);
}

/** A copy of the stack outside the consumer, on the same state, to act on it by hand. */
function byHand(dir: string, state: string): string {
  const stack = join(dir, 'by-hand');
  cpSync(SLOW_STACK, stack, { recursive: true });
  writeFileSync(join(stack, 'backend.tf'), BACKEND);
  tofu(stack, ['init', '-input=false', '-no-color', `-backend-config=path=${state}`]);
  return stack;
}

async function act(
  label: string,
  options: Omit<Parameters<typeof runAct>[0], 'project' | 'scratch'>
): Promise<ActRun> {
  const run = await runAct({ project, scratch, ...options });
  timings.push(`${label}: ${(run.ms / 1000).toFixed(1)} s`);
  return run;
}

describe('drift.yml', () => {
  let gh: GitHubDouble;
  beforeAll(async () => {
    gh = await new GitHubDouble('acme/platform').start();
    gh.addToken(TOKEN, { installation: true });
  });
  afterAll(async () => {
    await gh.close();
  });

  /** Changes the resource in the state, as a hand edit or another tool would. */
  function changeOutOfBand(state: string, value: string): void {
    const doc = JSON.parse(readFileSync(state, 'utf8')) as {
      serial: number;
      resources: { instances: { attributes: { triggers_replace: { value: string } } }[] }[];
    };
    doc.serial += 1;
    const attributes = doc.resources[0]?.instances[0]?.attributes;
    if (attributes === undefined) throw new Error('no resource in the state');
    attributes.triggers_replace.value = value;
    writeFileSync(state, JSON.stringify(doc, null, 2));
  }

  /** An apply waiting at its prompt holds the state lock; the function returned answers no. */
  async function holdLockAtPrompt(stack: string): Promise<() => Promise<void>> {
    const child = spawn(tool('tofu'), ['apply', '-input=true', '-no-color'], {
      cwd: stack,
      env: toolEnv(),
      stdio: ['pipe', 'pipe', 'pipe']
    });
    let output = '';
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no prompt: ${output}`)), 60_000);
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes('Enter a value:')) {
          clearTimeout(timer);
          resolve();
        }
      });
      child.once('exit', () => reject(new Error(`the apply ended before its prompt: ${output}`)));
    });
    return async () => {
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.stdin.end('no\n');
      await exited;
    };
  }

  test('scheduled runs open, update and close one issue as the state drifts and comes back, and leave it alone while a lock is held; nothing is applied', async () => {
    const c = consumer('drift', 'drift.yml');
    const hand = byHand(c.dir, c.state);
    tofu(hand, ['apply', '-auto-approve', '-input=false', '-no-color']);
    const scheduled = (label: string) =>
      act(label, {
        repo: c.repo,
        workflow: '.github/workflows/drift.yml',
        event: 'schedule',
        vars: { BACKEND_CONFIG: `path=${c.state}` },
        secrets: { GITHUB_TOKEN: TOKEN },
        env: { GITHUB_API_URL: gh.url }
      });
    const marker = driftMarker('stacks/local/dev');

    changeOutOfBand(c.state, 'changed-by-hand');
    const first = await scheduled('drift.yml, drift found (issue opened)');
    expect(jobResult(first, 'check for drift')).toBe('succeeded');
    expect(first.outputs('check for drift')['drift']).toBe('changes');
    expect(gh.issues).toHaveLength(1);
    const issue = gh.issues[0];
    expect(issue?.state).toBe('open');
    expect(gh.labelsOn(issue?.number ?? 0)).toEqual(['drift']);
    expect(issue?.title).toBe('Drift detected in stack stacks/local/dev');
    expect(issue?.body.startsWith(marker)).toBe(true);
    expect(issue?.body).toContain('terraform_data.work');
    expect(issue?.body).not.toContain('changed-by-hand');
    // Only planned: the state still holds the value changed by hand.
    expect(readFileSync(c.state, 'utf8')).toContain('changed-by-hand');

    changeOutOfBand(c.state, 'changed-again');
    const bodyBefore = issue?.body;
    const second = await scheduled('drift.yml, drift lasts (issue updated)');
    expect(jobResult(second, 'check for drift')).toBe('succeeded');
    expect(gh.issues).toHaveLength(1);
    expect(gh.issues[0]?.state).toBe('open');
    expect(gh.issues[0]?.body).not.toBe(bodyBefore);
    expect(gh.calls('issues/update').filter((r) => r.status === 200)).toHaveLength(1);

    // A held lock is an error, not drift and not no drift: the issue is left as it is.
    const updatedBody = gh.issues[0]?.body;
    const release = await holdLockAtPrompt(hand);
    let locked: ActRun;
    try {
      locked = await scheduled('drift.yml, lock held (error)');
    } finally {
      await release();
    }
    expect(jobResult(locked, 'check for drift')).toBe('failed');
    expect(locked.outputs('check for drift')['drift']).toBe('error');
    expect(locked.log).toContain('The drift check failed for stacks/local/dev (lock:');
    expect(gh.issues[0]?.state).toBe('open');
    expect(gh.issues[0]?.body).toBe(updatedBody);
    expect(gh.calls('issues/update').filter((r) => r.status === 200)).toHaveLength(1);
    expect(gh.commentsOn(gh.issues[0]?.number ?? 0)).toHaveLength(0);

    changeOutOfBand(c.state, '1');
    const third = await scheduled('drift.yml, no drift (issue closed)');
    expect(jobResult(third, 'check for drift')).toBe('succeeded');
    expect(third.outputs('check for drift')['drift']).toBe('none');
    expect(gh.issues).toHaveLength(1);
    expect(gh.issues[0]?.state).toBe('closed');
    const comments = gh.commentsOn(gh.issues[0]?.number ?? 0);
    expect(comments).toHaveLength(1);
    expect(comments[0]?.body).toContain('found no drift');
    gh.assertNoViolations();
  }, 900_000);

  test("examples/workflows/drift.yml as a team copies it: the prod stacks' drift found, the run failed on it and what drifted named, nothing applied", async () => {
    // Each stack names its own state in a backend.hcl, as the example's backend-config says.
    const c = consumer('drift-example', 'drift.yml', {
      from: 'examples/workflows',
      stack: 'stacks/local/prod',
      files: (state) => ({ 'stacks/local/prod/backend.hcl': `path = ${JSON.stringify(state)}\n` })
    });
    tofu(byHand(c.dir, c.state), ['apply', '-auto-approve', '-input=false', '-no-color']);
    changeOutOfBand(c.state, 'changed-by-hand');
    const run = await act('examples/workflows/drift.yml, drift found (run failed)', {
      repo: c.repo,
      workflow: '.github/workflows/drift.yml',
      event: 'schedule',
      secrets: { GITHUB_TOKEN: TOKEN },
      env: { GITHUB_API_URL: gh.url }
    });
    // fail-on: drift fails the job; the step after it still names what drifted.
    expect(jobResult(run, 'drift')).toBe('failed');
    expect(run.outputs('drift')['drift']).toBe('changes');
    expect(run.log).toContain('::warning title=drift::stacks/local/prod');
    const opened = gh.issues.filter((i) => i.title === 'Drift detected in stack stacks/local/prod');
    expect(opened).toHaveLength(1);
    expect(opened[0]?.state).toBe('open');
    expect(readFileSync(c.state, 'utf8')).toContain('changed-by-hand');
    gh.assertNoViolations();
  }, 600_000);
});

describe('force-unlock.yml', () => {
  let gh: GitHubDouble;
  beforeAll(async () => {
    gh = await new GitHubDouble('acme/platform').start();
    gh.addToken(TOKEN, { installation: true });
  });
  afterAll(async () => {
    await gh.close();
  });

  /** Starts an apply that sleeps in its provisioner and kills it (SIGKILL) once it holds the lock. */
  async function killApplyHoldingLock(stack: string): Promise<void> {
    const child = spawn(
      tool('tofu'),
      ['apply', '-auto-approve', '-input=false', '-no-color', '-var', 'seconds=30'],
      { cwd: stack, env: toolEnv(), stdio: ['ignore', 'pipe', 'pipe'] }
    );
    let output = '';
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`the apply did not start provisioning: ${output}`)),
        60_000
      );
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes("Provisioning with 'local-exec'")) {
          clearTimeout(timer);
          resolve();
        }
      });
      child.once('exit', () =>
        reject(new Error(`the apply ended before it was killed: ${output}`))
      );
    });
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGKILL');
    await exited;
  }

  test('refuses bad input and a wrong lock ID with nothing changed, then removes the lock a killed apply left, records it and plans', async () => {
    const c = consumer('unlock', 'force-unlock.yml');
    const audit = bareRepo(c.dir, 'audit.git');
    await killApplyHoldingLock(byHand(c.dir, c.state));
    const record = join(c.dir, 'state', '.dev.tfstate.lock.info');
    expect(existsSync(record)).toBe(true);
    const held = readFileSync(record, 'utf8');
    const lock = JSON.parse(held) as { ID: string; Operation: string; Who: string };
    expect(lock.Operation).toBe('OperationTypeApply');

    const dispatch = (label: string, inputs: Record<string, string>) =>
      act(label, {
        repo: c.repo,
        workflow: '.github/workflows/force-unlock.yml',
        event: 'workflow_dispatch',
        inputs: { stack: 'stacks/local/dev', environment: 'dev', force: 'false', ...inputs },
        vars: {
          BACKEND_CONFIG: `path=${c.state}`,
          AUDIT_REPOSITORY: audit,
          TF_CHECKS: 'fmt, validate'
        },
        secrets: { GITHUB_TOKEN: TOKEN },
        env: { GITHUB_API_URL: gh.url }
      });
    const unchanged = () => {
      expect(readFileSync(record, 'utf8')).toBe(held);
      expect(refs(audit)).toBe('');
    };

    // Bad input: each input named in one message, before the engine or the API is asked.
    const bad = await dispatch('force-unlock.yml, bad input', {
      stack: 'stacks/local/nope',
      lock_id: 'not-a-lock',
      reason: 'stuck'
    });
    expect(jobResult(bad, 'unlock')).toBe('failed');
    expect(jobResult(bad, 'terraform/plan')).toBeUndefined();
    expect(bad.log).toContain("Input 'working-directory' is 'stacks/local/nope': no such folder");
    expect(bad.log).toContain("Input 'lock-id' is 'not-a-lock': is not a lock ID");
    expect(bad.log).toContain("Input 'reason' is 'stuck': says why in 5 character(s)");
    expect(gh.calls('actions/list-workflow-runs-for-repo')).toHaveLength(0);
    unchanged();

    const short = await dispatch('force-unlock.yml, short reason', {
      lock_id: lock.ID,
      reason: 'runner died'
    });
    expect(jobResult(short, 'unlock')).toBe('failed');
    expect(short.log).toContain("Input 'reason' is 'runner died': says why in 11 character(s)");
    unchanged();

    const wrongId = '00000000-0000-4000-8000-000000000000';
    const wrong = await dispatch('force-unlock.yml, wrong lock ID', {
      lock_id: wrongId,
      reason: 'runner 4711 was killed mid-apply; checked it is gone'
    });
    expect(jobResult(wrong, 'unlock')).toBe('failed');
    expect(jobResult(wrong, 'terraform/plan')).toBeUndefined();
    expect(wrong.log).toContain(`--lock-id ${wrongId} is not the lock on the state`);
    expect(wrong.log).toContain(lock.ID);
    unchanged();

    // A run of the lane still going: its runner may be alive, so only a special approver may force.
    const apply = gh.addWorkflowRun({
      title: 'terraform stacks-local-dev apply',
      workflow: 'infra'
    });
    gh.addWorkflowRun({ title: 'terraform stacks-local-prod apply', workflow: 'infra' });
    const busy = await dispatch('force-unlock.yml, lane busy', {
      lock_id: lock.ID,
      reason: 'runner 4711 was killed mid-apply; checked it is gone'
    });
    expect(jobResult(busy, 'unlock')).toBe('failed');
    expect(busy.log).toContain('A run in lane stacks-local-dev is still going');
    expect(busy.log).toContain("'terraform stacks-local-dev apply' (in_progress");
    expect(busy.log).not.toContain("'terraform stacks-local-prod apply'");
    unchanged();
    apply.status = 'completed';

    const ok = await dispatch('force-unlock.yml, unlock + plan', {
      lock_id: lock.ID,
      reason: 'runner 4711 was killed mid-apply; checked it is gone'
    });
    expect(jobResult(ok, 'unlock')).toBe('succeeded');
    expect(ok.outputs('unlock')['unlocked']).toBe('true');
    expect(ok.outputs('unlock')['stale']).toBe('true');
    expect(ok.log).toContain(`held by ${lock.Who}`);
    expect(existsSync(record)).toBe(false);
    // The lane's runs were read before the unlock.
    expect(gh.calls('actions/list-workflow-runs-for-repo').length).toBeGreaterThan(0);
    // Then the normal plan of the stack, which the lock no longer stops.
    expect(jobResult(ok, 'terraform/plan')).toBe('succeeded');
    expect(ok.outputs('terraform/plan')['has-changes']).toBe('true');
    expect(jobResult(ok, 'terraform/apply')).toBeUndefined();
    const lines = showFile(audit, 'audit-log', 'audit.jsonl')
      .trim()
      .split('\n')
      .map(
        (l) => JSON.parse(l) as { kind: string; stack: string; details: Record<string, unknown> }
      );
    const unlock = lines.find((l) => l.kind === 'unlock');
    expect(unlock).toMatchObject({
      stack: 'stacks/local/dev',
      details: {
        lockId: lock.ID,
        reason: 'runner 4711 was killed mid-apply; checked it is gone',
        stale: true,
        forced: false,
        holder: { id: lock.ID, who: lock.Who, operation: 'OperationTypeApply' }
      }
    });
    expect(lines.map((l) => l.kind)).toContain('plan');
    // Nothing was applied: the state (an empty file the killed apply left, if any) holds no resource.
    const text = existsSync(c.state) ? readFileSync(c.state, 'utf8') : '';
    const state = text === '' ? { resources: [] } : (JSON.parse(text) as { resources: unknown[] });
    expect(state.resources).toHaveLength(0);
    gh.assertNoViolations();
  }, 900_000);
});

describe('promote.yml', () => {
  const COMMIT = '1a2b3c4' + 'd'.repeat(33);
  const VERIFIED = `sha256:${'1'.repeat(64)}`;
  const UNVERIFIED = `sha256:${'2'.repeat(64)}`;
  const IMAGE = '127.0.0.1:5000/shop/checkout';

  test('refuses a bad digest and an unverified one with the trail unchanged, then promotes the verified digest and commit', async () => {
    const c = consumer('promote', 'promote.yml');
    const audit = bareRepo(c.dir, 'audit.git');
    await appendAudit({
      repository: audit,
      branch: 'audit-log',
      events: [
        verificationEvent(
          {
            app: 'checkout',
            environment: 'dev',
            image: { repository: IMAGE, tag: '1.4.2-1a2b3c4', digest: VERIFIED },
            commit: COMMIT,
            result: 'passed',
            reportSha256: 'f'.repeat(64),
            checks: 4
          },
          { actor: 'ci', time: '2026-12-01T10:00:00Z', repository: 'acme/platform', runUrl: '' }
        )
      ]
    });
    const before = refs(audit);
    const dispatch = (label: string, inputs: Record<string, string>) =>
      act(label, {
        repo: c.repo,
        workflow: '.github/workflows/promote.yml',
        event: 'workflow_dispatch',
        inputs: { app: 'checkout', from: 'dev', to: 'stg', dry_run: 'false', ...inputs },
        vars: { AUDIT_REPOSITORY: audit },
        secrets: { GITHUB_TOKEN: TOKEN }
      });

    const bad = await dispatch('promote.yml, bad digest', { digest: 'sha256:abc' });
    expect(jobResult(bad, 'promote')).toBe('failed');
    expect(bad.log).toContain("Input 'digest' is 'sha256:abc': is not an image digest");
    expect(refs(audit)).toBe(before);

    const unverified = await dispatch('promote.yml, unverified digest', { digest: UNVERIFIED });
    expect(jobResult(unverified, 'promote')).toBe('failed');
    expect(unverified.log).toContain(`checkout has no verification of ${UNVERIFIED} in dev`);
    expect(unverified.outputs('promote')['promoted']).toBe('false');
    expect(refs(audit)).toBe(before);

    const ok = await dispatch('promote.yml, verified digest promoted', { digest: VERIFIED });
    expect(jobResult(ok, 'promote')).toBe('succeeded');
    expect(ok.outputs('promote')).toMatchObject({
      promoted: 'true',
      image: `${IMAGE}@${VERIFIED}`,
      tag: '1.4.2-1a2b3c4',
      commit: COMMIT,
      to: 'stg',
      rollback: 'false'
    });
    const lines = showFile(audit, 'audit-log', 'audit.jsonl').trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(JSON.parse(lines[1] ?? '{}')).toMatchObject({
      kind: 'promotion',
      commit: COMMIT,
      stack: 'checkout/stg',
      details: { from: 'dev', to: 'stg', digest: VERIFIED, verifiedSeq: 1 }
    });
  }, 600_000);
});
