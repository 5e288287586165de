import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { driftMarker } from '../../src/drift/issues.js';
import { platformctl } from '../support/cli.js';
import { GitHubDouble } from '../support/github/double.js';
import { apply, holdLock, plan, stackSettings, useToolchain } from '../support/jobs.js';
import { Workspace } from '../support/workspace.js';

/**
 * `platformctl drift` against the real engine and the GitHub double: three scheduled checks of a
 * stack whose state is changed out of band between them open, update and close one issue; a held
 * lock is an error that touches no issue; a bad stack stops everything before any plan or request.
 */
const ws = new Workspace();
let github: GitHubDouble;
const TOKEN = 'drift-token';
let dir: string;
let stackName: string;
beforeAll(async () => {
  useToolchain();
  github = await new GitHubDouble('acme/infrastructure').start();
  github.addToken(TOKEN, { installation: true });
  dir = ws.addStack('__tests__/fixtures/stacks/slow', 'drift-dev');
  const settings = stackSettings(dir);
  const planned = await plan(settings, { outDir: join(ws.root, 'first-plan') });
  await apply(settings, planned, join(ws.root, 'first-out'));
  stackName = dir;
}, 120_000);
afterAll(async () => {
  await github.close();
  ws.dispose();
});

const check = (extra: string[] = []) =>
  platformctl(
    [
      'drift',
      '--stack',
      dir,
      '--github-token',
      TOKEN,
      '--repo',
      github.repository,
      '--api-url',
      github.url,
      '--run-url',
      'https://github.com/acme/infrastructure/actions/runs/42',
      '--format',
      'json',
      ...extra
    ],
    // The stacks are relative to the workspace, which a terminal's is the current folder's.
    { GITHUB_TOKEN: '', GITHUB_WORKSPACE: ws.root }
  );

/** Changes the resource in the state, as a hand edit or another tool would. */
function changeOutOfBand(value: string): void {
  const file = join(dir, 'terraform.tfstate');
  const state = JSON.parse(readFileSync(file, 'utf8')) as {
    serial: number;
    resources: { instances: { attributes: { triggers_replace: { value: string } } }[] }[];
  };
  state.serial += 1;
  const attributes = state.resources[0]?.instances[0]?.attributes;
  if (attributes === undefined) throw new Error('no resource in the state');
  attributes.triggers_replace.value = value;
  writeFileSync(file, JSON.stringify(state, null, 2));
}

describe('platformctl drift', () => {
  it('opens, updates and closes one issue across three scheduled checks', async () => {
    const clean = await check();
    expect(clean.code).toBe(0);
    expect(JSON.parse(clean.stdout)).toMatchObject({ drift: 'none', issues: [{ action: 'none' }] });
    expect(github.issues).toHaveLength(0);

    changeOutOfBand('changed-by-hand');
    const first = await check();
    expect(first.code).toBe(3);
    const report = JSON.parse(first.stdout) as {
      drift: string;
      stacks: { add: number; destroy: number; replace: number }[];
      issues: { action: string; number: number }[];
    };
    expect(report.drift).toBe('changes');
    expect(report.stacks[0]).toMatchObject({ add: 1, destroy: 1, replace: 1 });
    expect(report.issues[0]?.action).toBe('create');
    expect(github.issues).toHaveLength(1);
    const issue = github.issues[0];
    expect(issue?.title).toBe(`Drift detected in stack ${stackName}`);
    expect(issue?.body.startsWith(driftMarker(stackName))).toBe(true);
    expect(issue?.body).toContain('| terraform_data.work | replace |');
    expect(issue?.body).not.toContain('changed-by-hand');
    expect(github.labelsOn(issue?.number ?? 0)).toEqual(['drift']);

    const second = await check();
    expect(second.code).toBe(3);
    expect(JSON.parse(second.stdout).issues[0]).toMatchObject({
      action: 'update',
      number: issue?.number
    });
    expect(github.issues).toHaveLength(1);
    expect(github.calls('issues/update')).toHaveLength(1);

    changeOutOfBand('1');
    const third = await check();
    expect(third.code).toBe(0);
    expect(JSON.parse(third.stdout).issues[0]).toMatchObject({
      action: 'close',
      number: issue?.number
    });
    expect(github.issue(issue?.number ?? 0)?.state).toBe('closed');
    expect(github.commentsOn(issue?.number ?? 0).map((c) => c.body)).toEqual([
      expect.stringContaining('found no drift')
    ]);
    github.assertNoViolations();
  }, 180_000);

  it('reports a held lock as an error, never as drift or none, and leaves the issues alone', async () => {
    changeOutOfBand('drifted-again');
    const opened = await check();
    expect(opened.code).toBe(3);
    const number =
      (JSON.parse(opened.stdout) as { issues: { number: number }[] }).issues[0]?.number ?? 0;
    const writesBefore = github.requests.filter((r) => r.method !== 'GET').length;

    writeFileSync(join(dir, 'slow.tfvars'), 'seconds = 6\nrun = "2"\n');
    const settings = stackSettings(dir);
    const planned = await plan(settings, {
      outDir: join(ws.root, 'holder'),
      varFiles: [join(dir, 'slow.tfvars')]
    });
    const holding = await holdLock(settings, planned, join(ws.root, 'holder-out'));
    const locked = await check(['--lock-timeout', '1s']);
    await holding.done;
    expect(locked.code).toBe(1);
    const report = JSON.parse(locked.stdout) as {
      drift: string;
      stacks: { drift: string; error: { kind: string; message: string } }[];
      issues: { action: string }[];
    };
    expect(report.drift).toBe('error');
    expect(report.stacks[0]?.error.kind).toBe('lock');
    expect(report.stacks[0]?.error.message).toContain('The state is locked');
    expect(report.issues[0]?.action).toBe('none');
    expect(github.requests.filter((r) => r.method !== 'GET').length).toBe(writesBefore);
    expect(github.issue(number)?.state).toBe('open');
    github.assertNoViolations();
  }, 180_000);

  it('refuses an unknown stack before any plan or request', async () => {
    const before = github.requests.length;
    const run = await check(['--stack', join(ws.root, 'no-such-stack')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`--stack '${join(ws.root, 'no-such-stack')}': no such folder`);
    expect(run.stderr).not.toContain('$ tofu');
    expect(github.requests.length).toBe(before);
  });
});
