import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { appendAudit } from '../../src/audit/trail.js';
import { verificationEvent } from '../../src/promote/promotion.js';
import { platformctl } from '../support/cli.js';
import { bareRepo, pushOnTop, refs, showFile } from '../support/git.js';

/**
 * `platformctl promote` against a real audit trail in a git repository: what passed verify-gates
 * (as verify-gates records it) is promoted, recorded, and rolled back by promoting the previous
 * digest; every refusal and bad flag leaves the trail as it was.
 */
const root = mkdtempSync(join(tmpdir(), 'promote-cli-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const COMMIT_1 = '1a2b3c4' + 'd'.repeat(33);
const COMMIT_2 = '9f8e7d6' + 'e'.repeat(33);
const D1 = `sha256:${'1'.repeat(64)}`;
const D2 = `sha256:${'2'.repeat(64)}`;
const IMAGE = '127.0.0.1:5000/shop/checkout';
const scope = { actor: 'ci', time: '2026-12-01T10:00:00Z', repository: 'acme/shop', runUrl: '' };

function verified(
  environment: string,
  digest: string,
  commit: string,
  tag: string,
  result: 'passed' | 'failed' = 'passed'
) {
  return verificationEvent(
    {
      app: 'checkout',
      environment,
      image: { repository: IMAGE, tag, digest },
      commit,
      result,
      reportSha256: 'f'.repeat(64),
      checks: 4
    },
    scope
  );
}

let n = 0;
async function trail(events: ReturnType<typeof verified>[]): Promise<string> {
  const repo = bareRepo(root, `trail-${++n}.git`);
  await appendAudit({ repository: repo, branch: 'audit-log', events });
  return repo;
}

const promote = (repo: string, args: string[]) =>
  platformctl(['promote', '--app', 'checkout', '--audit-repo', repo, '--actor', 'dana', ...args], {
    GITHUB_TOKEN: ''
  });

describe('platformctl promote', () => {
  it('promotes the digest and commit that passed in dev to stg, and records it', async () => {
    const repo = await trail([verified('dev', D1, COMMIT_1, '1.4.2-1a2b3c4')]);
    const run = await promote(repo, ['--from', 'dev', '--to', 'stg', '--format', 'json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({
      image: `${IMAGE}@${D1}`,
      tag: '1.4.2-1a2b3c4',
      commit: COMMIT_1,
      to: 'stg',
      rollback: 'false',
      'dry-run': 'false'
    });
    const lines = showFile(repo, 'audit-log', 'audit.jsonl').trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(JSON.parse(lines[1] ?? '{}')).toMatchObject({
      kind: 'promotion',
      actor: 'dana',
      commit: COMMIT_1,
      stack: 'checkout/stg',
      details: { from: 'dev', to: 'stg', digest: D1, tag: '1.4.2-1a2b3c4', verifiedSeq: 1 }
    });
    const verify = await platformctl(['audit', 'verify', '--repo', repo]);
    expect(verify.code).toBe(0);
  });

  it('shows what and why in a dry run, recording nothing', async () => {
    const repo = await trail([verified('dev', D1, COMMIT_1, '1.4.2-1a2b3c4')]);
    const before = refs(repo);
    const run = await promote(repo, ['--from', 'dev', '--to', 'stg', '--dry-run']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`image: ${IMAGE}@${D1}`);
    expect(run.stdout).toContain('Would promote, because:');
    expect(run.stdout).toContain('passed verify-gates in dev');
    expect(refs(repo)).toBe(before);
  });

  it('rolls back a bad release by promoting the previous digest', async () => {
    const repo = await trail([
      verified('stg', D1, COMMIT_1, '1.4.2-1a2b3c4'),
      verified('stg', D2, COMMIT_2, '1.5.0-9f8e7d6')
    ]);
    expect((await promote(repo, ['--from', 'stg', '--to', 'prod', '--digest', D1])).code).toBe(0);
    const release = await promote(repo, ['--from', 'stg', '--to', 'prod', '--format', 'json']);
    expect(JSON.parse(release.stdout)).toMatchObject({ digest: D2, rollback: 'false' });
    const back = await promote(repo, [
      '--from',
      'stg',
      '--to',
      'prod',
      '--digest',
      D1,
      '--format',
      'json'
    ]);
    expect(back.code).toBe(0);
    expect(JSON.parse(back.stdout)).toMatchObject({
      digest: D1,
      commit: COMMIT_1,
      tag: '1.4.2-1a2b3c4',
      rollback: 'true'
    });
    const last = JSON.parse(
      showFile(repo, 'audit-log', 'audit.jsonl').trim().split('\n').at(-1) ?? '{}'
    );
    expect(last).toMatchObject({ kind: 'promotion', details: { digest: D1, rollback: true } });
  });

  it.each([
    [
      'an unverified digest',
      ['--from', 'dev', '--to', 'stg', '--digest', D2],
      1,
      /promotion refused: checkout has no verification of sha256:2+ in dev/
    ],
    [
      'a digest that failed',
      ['--from', 'dev', '--to', 'stg', '--digest', D1],
      1,
      /promotion refused: the last verification of sha256:1+ .* failed/
    ],
    [
      'a skipped environment',
      ['--from', 'dev', '--to', 'prod'],
      1,
      /--to prod is not the next environment after dev/
    ],
    [
      'an environment not in the chain',
      ['--from', 'dev', '--to', 'production'],
      2,
      /--to 'production' is not an environment of the chain dev → stg → prod/
    ],
    [
      'a digest of the wrong shape',
      ['--from', 'dev', '--to', 'stg', '--digest', 'sha256:1234'],
      2,
      /--digest 'sha256:1234' is not an image digest/
    ],
    ['a missing flag', ['--from', 'dev'], 2, /promote needs --to/]
  ])('refuses %s, recording nothing', async (_what, args, code, message) => {
    const repo = await trail([
      verified('dev', D1, COMMIT_1, '1.4.2-1a2b3c4'),
      verified('dev', D1, COMMIT_1, '1.4.2-1a2b3c4', 'failed')
    ]);
    const before = refs(repo);
    const run = await promote(repo, args);
    expect(run.stderr).toMatch(message);
    expect(run.code).toBe(code);
    expect(refs(repo)).toBe(before);
  });

  it('refuses to move an immutable tag to another digest', async () => {
    const repo = await trail([
      verified('dev', D1, COMMIT_1, '1.4.2-1a2b3c4'),
      verified('dev', D2, COMMIT_1, '1.4.2-1a2b3c4')
    ]);
    const run = await promote(repo, ['--from', 'dev', '--to', 'stg', '--digest', D2]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      `tag ${IMAGE}:1.4.2-1a2b3c4 would be moved: line 1 of the trail binds it to ${D1}`
    );
  });

  it('refuses a trail whose chain was edited', async () => {
    const repo = await trail([verified('dev', D1, COMMIT_1, '1.4.2-1a2b3c4')]);
    const text = showFile(repo, 'audit-log', 'audit.jsonl')
      .replace('"failed"', '"passed"')
      .replace('"result":"passed"', '"result":"passed "');
    pushOnTop(repo, 'audit-log', { 'audit.jsonl': text }, 'edit by hand');
    const before = refs(repo);
    const run = await promote(repo, ['--from', 'dev', '--to', 'stg']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/is broken at line 1 .*Nothing is promoted/);
    expect(refs(repo)).toBe(before);
  });
});
