import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { appendAudit } from '../../src/audit/trail.js';
import { verificationEvent } from '../../src/promote/promotion.js';
import { runLocalAction, type LocalRunResult } from '../../src/runner/local-runner.js';
import { bareRepo, refs, showFile } from '../support/git.js';
import { GitHubDouble } from '../support/github/double.js';
import { REPO, tool, toolEnv } from '../support/tools.js';
import { Workspace } from '../support/workspace.js';

/**
 * The bundled operations actions (drift-report, state-unlock, promote), run as a runner runs them
 * under the Node 24 that action.yml names: INPUT_* variables, the runner's files, the outputs
 * read back, the token masked.
 */
const TOKEN = 'ghs_operationsbundlesecret000000000000';
const ws = new Workspace();
let gh: GitHubDouble;
beforeAll(async () => {
  gh = await new GitHubDouble('acme/platform').start();
  gh.addToken(TOKEN, { installation: true });
});
afterAll(async () => {
  await gh.close();
  ws.dispose();
});

function run(action: string, inputs: Record<string, string>): Promise<LocalRunResult> {
  return runLocalAction({
    actionDir: join(REPO, 'actions', action),
    inputs,
    node: tool('node24'),
    workspace: ws.root,
    toolCache: join(ws.root, 'tool-cache'),
    env: toolEnv({
      ...process.env,
      GITHUB_REPOSITORY: gh.repository,
      GITHUB_API_URL: gh.url,
      GITHUB_RUN_ID: '77',
      GITHUB_ACTOR: 'dana'
    }),
    timeoutMs: 170_000
  });
}

function expectTokenKept(r: LocalRunResult): void {
  expect(r.masked).toContain(TOKEN);
  expect(r.orderedLog + r.summary + JSON.stringify(r.outputs)).not.toContain(TOKEN);
}

describe('drift-report under Node 24', () => {
  it('plans a stack that drifted and opens its issue; never applies', async () => {
    const name = 'drift-e2e';
    const dir = ws.addStack('__tests__/fixtures/stacks/slow', name);
    const first = await run('tf-plan', { 'working-directory': name });
    expect(first.exitCode).toBe(0);
    const applied = await run('tf-apply', {
      'working-directory': name,
      'plan-path': first.outputs['plan-path'] ?? '',
      'plan-sha256': first.outputs['plan-sha256'] ?? '',
      'require-approval': 'false'
    });
    expect(applied.outputs['applied']).toBe('true');
    // Out of band: the resource's value changed in the state.
    const file = join(dir, 'terraform.tfstate');
    const doc = JSON.parse(readFileSync(file, 'utf8')) as {
      serial: number;
      resources: { instances: { attributes: { triggers_replace: { value: string } } }[] }[];
    };
    doc.serial += 1;
    const attributes = doc.resources[0]?.instances[0]?.attributes;
    if (attributes === undefined) throw new Error('no resource in the state');
    attributes.triggers_replace.value = 'by-hand';
    writeFileSync(file, JSON.stringify(doc, null, 2));
    const state = readFileSync(file, 'utf8');

    const r = await run('drift-report', { stacks: 'drift-*', 'github-token': TOKEN });
    expect(r.errors).toEqual([]);
    expect(r.exitCode).toBe(0);
    expect(r.outputs['drift']).toBe('changes');
    expect(r.outputs['drifted']).toBe(name);
    expect(JSON.parse(r.outputs['issues'] ?? '[]')).toMatchObject([
      { stack: name, action: 'create', number: 1 }
    ]);
    expect(gh.labelsOn(1)).toEqual(['drift']);
    expect(r.summary).toContain('| `drift-e2e` | drift: 1 to add, 0 to change, 1 to destroy |');
    expect(readFileSync(file, 'utf8')).toBe(state);
    expectTokenKept(r);
  }, 180_000);
});

describe('state-unlock under Node 24', () => {
  it('refuses bad input naming each input, before the engine or the API is asked', async () => {
    const before = gh.calls('actions/list-workflow-runs-for-repo').length;
    const r = await run('state-unlock', {
      'working-directory': 'no-such-stack',
      'lock-id': '1234-abcd',
      reason: 'stuck',
      'github-token': TOKEN
    });
    expect(r.exitCode).not.toBe(0);
    expect(r.outputs['unlocked']).toBe('false');
    const error = r.errors.join('\n');
    expect(error).toContain("Input 'lock-id' is '1234-abcd': is not a lock ID");
    expect(error).toContain("Input 'reason' is 'stuck'");
    expect(error).toContain("Input 'working-directory' is 'no-such-stack': no such folder");
    expect(gh.calls('actions/list-workflow-runs-for-repo')).toHaveLength(before);
    expectTokenKept(r);
  }, 60_000);
});

describe('promote under Node 24', () => {
  const COMMIT = '1a2b3c4' + 'd'.repeat(33);
  const DIGEST = `sha256:${'1'.repeat(64)}`;

  it('promotes the verified digest from the trail; a dry run records nothing', async () => {
    const audit = bareRepo(ws.root, 'promote-audit.git');
    await appendAudit({
      repository: audit,
      branch: 'audit-log',
      events: [
        verificationEvent(
          {
            app: 'checkout',
            environment: 'stg',
            image: { repository: 'ghcr.io/acme/checkout', tag: '1.4.2-1a2b3c4', digest: DIGEST },
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
    const inputs = {
      app: 'checkout',
      from: 'stg',
      to: 'prod',
      'github-token': TOKEN,
      'audit-repository': audit
    };
    const dry = await run('promote', { ...inputs, 'dry-run': 'true' });
    expect(dry.exitCode).toBe(0);
    expect(dry.outputs).toMatchObject({ promoted: 'false', 'dry-run': 'true', digest: DIGEST });
    expect(dry.summary).toContain('Would promote prod');
    expect(refs(audit)).toBe(before);

    const r = await run('promote', inputs);
    expect(r.errors).toEqual([]);
    expect(r.outputs).toMatchObject({
      promoted: 'true',
      image: `ghcr.io/acme/checkout@${DIGEST}`,
      commit: COMMIT,
      to: 'prod'
    });
    const lines = showFile(audit, 'audit-log', 'audit.jsonl').trim().split('\n');
    expect(JSON.parse(lines[1] ?? '{}')).toMatchObject({
      kind: 'promotion',
      actor: 'dana',
      stack: 'checkout/prod',
      runUrl: 'https://github.com/acme/platform/actions/runs/77'
    });
    expectTokenKept(r);

    const skip = await run('promote', { ...inputs, from: 'dev' });
    expect(skip.exitCode).not.toBe(0);
    expect(skip.errors.join('\n')).toContain('--to prod is not the next environment after dev');
  }, 120_000);
});
