import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { appendAudit, type AuditEvent } from '../../src/audit/trail.js';
import { platformctl } from '../support/cli.js';
import { bareRepo, pushOnTop, showFile } from '../support/git.js';

/** `platformctl audit verify` against real repositories: each exit code. */
const root = mkdtempSync(join(tmpdir(), 'audit-cli-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let n = 0;

const event = (kind: AuditEvent['kind'], i: number): AuditEvent => ({
  kind,
  actor: 'alice',
  time: `2026-11-23T10:00:0${i}Z`,
  repository: 'acme/infra',
  commit: 'c'.repeat(40),
  stack: 'gcp-prod',
  planId: `plan-${i}`,
  runUrl: 'https://github.com/acme/infra/actions/runs/1'
});

async function logRepo(branch = 'audit-log', file?: string): Promise<string> {
  const repo = bareRepo(root, `r-${++n}.git`);
  await appendAudit({
    repository: repo,
    branch,
    ...(file === undefined ? {} : { file }),
    events: [event('plan', 1), event('policy', 2), event('approval', 3), event('apply-started', 4)]
  });
  return repo;
}

describe('platformctl audit verify', () => {
  it('exits 0 and says the chain is intact', async () => {
    const repo = await logRepo();
    const run = await platformctl(['audit', 'verify', '--repo', repo]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /^audit log intact: audit\.jsonl on audit-log \([0-9a-f]{12}\), 4 lines, head [0-9a-f]{64}\n$/
    );
  });

  it('reads another branch and file, and prints json', async () => {
    const repo = await logRepo('decisions', 'prod/log.jsonl');
    const run = await platformctl([
      'audit',
      'verify',
      '--repo',
      repo,
      '--branch',
      'decisions',
      '--file',
      'prod/log.jsonl',
      '--format',
      'json'
    ]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({
      branch: 'decisions',
      file: 'prod/log.jsonl',
      commitsAfterLastAppend: 0,
      verdict: { ok: true, lines: 4 }
    });
  });

  it.each([
    ['changed', (l: string[]) => (l[1] = (l[1] ?? '').replace('alice', 'mallory')), 2],
    ['removed', (l: string[]) => l.splice(2, 1), 3],
    ['reordered', (l: string[]) => l.splice(0, 2, l[1] ?? '', l[0] ?? ''), 1]
  ])('exits 1 naming the first line %s', async (reason, edit, line) => {
    const repo = await logRepo();
    const lines = showFile(repo, 'audit-log', 'audit.jsonl').split('\n').slice(0, -1);
    edit(lines);
    pushOnTop(repo, 'audit-log', { 'audit.jsonl': lines.map((l) => `${l}\n`).join('') });
    const run = await platformctl(['audit', 'verify', '--repo', repo]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`audit log broken at line ${line} (${reason})`);
    expect(run.stderr).toContain('1 commit(s) on audit-log after the last append');
  });

  it('exits 2 when the repository cannot be reached, naming it', async () => {
    const missing = join(root, 'nowhere.git');
    const run = await platformctl(['audit', 'verify', '--repo', missing]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`Could not reach the repository '${missing}'`);
    expect(run.stdout).toBe('');
  });

  it('exits 2 when the branch has no log', async () => {
    const repo = await logRepo();
    const run = await platformctl(['audit', 'verify', '--repo', repo, '--branch', 'other']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('has no branch other');
  });

  it.each([
    [['audit', 'check']],
    [['audit', 'verify', '--bogus']],
    [['audit', 'verify', '--format', 'yaml']]
  ])('exits 2 on the usage error %j, printing the usage', async (args) => {
    const run = await platformctl(args);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('platformctl audit verify [--repo PATH_OR_URL]');
  });
});
