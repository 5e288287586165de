import { afterAll, afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Clock } from '../../src/common/clock.js';
import { memoryLog } from '../../src/common/log.js';
import {
  GitError,
  publishToBranch,
  PushContentionError,
  readBranchFile,
  RepositoryUnreachableError,
  type BranchTree
} from '../../src/git/branch.js';
import {
  bareRepo,
  branchTip,
  commits,
  git,
  pushOnTop,
  refs,
  seedBranch,
  serveGitHttp,
  showFile
} from '../support/git.js';

/** The git adapter against real bare repositories on disk and git's own HTTP server on loopback. */
const root = mkdtempSync(join(tmpdir(), 'git-branch-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let n = 0;
const fresh = () => bareRepo(root, `repo-${++n}.git`);

// Scratch clones go to a folder of this test's own, to prove each one is removed.
const scratch = join(root, 'tmp');
let savedTmp: string | undefined;
beforeEach(() => {
  mkdirSync(scratch, { recursive: true });
  savedTmp = process.env['TMPDIR'];
  process.env['TMPDIR'] = scratch;
});
afterEach(() => {
  if (savedTmp === undefined) delete process.env['TMPDIR'];
  else process.env['TMPDIR'] = savedTmp;
});
const leftovers = () => readdirSync(scratch);

/** A clock whose waits pass at once and are remembered. */
function fakeClock(): Clock & { waits: number[] } {
  const waits: number[] = [];
  let now = 0;
  return {
    waits,
    now: () => now,
    sleep: async (ms) => {
      waits.push(ms);
      now += ms;
    }
  };
}

const appendLine =
  (line: string) =>
  (tree: BranchTree): { files: Record<string, string>; message: string } => ({
    files: { 'log.txt': `${tree.read('log.txt') ?? ''}${line}\n` },
    message: `append ${line}`
  });

describe('publishToBranch', () => {
  it('starts a branch that does not exist yet as an orphan, committed by the bot', async () => {
    const repo = fresh();
    seedBranch(repo, 'main', { 'README.md': 'code\n' });
    const result = await publishToBranch({
      repository: repo,
      branch: 'facts',
      change: () => ({ files: { 'aws/dev/facts.yaml': 'a: 1\n' }, message: 'publish aws/dev' })
    });
    expect(result).toEqual({
      changed: true,
      differs: true,
      commitSha: branchTip(repo, 'facts'),
      attempts: 1
    });
    expect(showFile(repo, 'facts', 'aws/dev/facts.yaml')).toBe('a: 1\n');
    expect(commits(repo, 'facts')).toEqual([
      {
        subject: 'publish aws/dev',
        author: 'platform-actions[bot] <platform-actions[bot]@users.noreply.github.com>'
      }
    ]);
    // The orphan branch carries none of main's files.
    await expect(
      readBranchFile({ repository: repo, branch: 'facts', path: 'README.md' })
    ).resolves.toMatchObject({ text: undefined });
    expect(leftovers()).toEqual([]);
  });

  it('makes no commit when the change leaves the files as they are', async () => {
    const repo = fresh();
    const tip = seedBranch(repo, 'facts', { 'f.yaml': 'same\n' });
    const result = await publishToBranch({
      repository: repo,
      branch: 'facts',
      change: () => ({ files: { 'f.yaml': 'same\n' }, message: 'x' })
    });
    expect(result).toEqual({ changed: false, differs: false, commitSha: tip, attempts: 1 });
    expect(branchTip(repo, 'facts')).toBe(tip);
  });

  it('deletes the files the change removes, and counts a removal as a change', async () => {
    const repo = fresh();
    seedBranch(repo, 'facts', { 'app/keda.yaml': 'old\n', 'app/values.yaml': 'v\n' });
    const change = () => ({
      files: { 'app/values.yaml': 'v\n' },
      remove: ['app/keda.yaml', 'app/absent.yaml'],
      message: 'drop keda'
    });
    const result = await publishToBranch({ repository: repo, branch: 'facts', change });
    expect(result).toMatchObject({ changed: true, differs: true });
    expect(git(['ls-tree', '-r', '--name-only', 'refs/heads/facts'], repo)).toBe(
      'app/values.yaml\n'
    );
    const again = await publishToBranch({ repository: repo, branch: 'facts', change });
    expect(again).toMatchObject({ changed: false, differs: false, commitSha: result.commitSha });
  });

  it('proposes a change as one commit on the base, replacing the proposal branch it left before', async () => {
    const repo = fresh();
    const base = seedBranch(repo, 'main', { 'README.md': 'code\n' });
    const change = () => ({ files: { 'app/values.yaml': 'v1\n' }, message: 'values v1' });
    const first = await publishToBranch({
      repository: repo,
      branch: 'values/dev/app',
      base: 'main',
      change
    });
    expect(first).toMatchObject({ changed: true, differs: true, attempts: 1 });
    expect(git(['rev-parse', 'refs/heads/values/dev/app^'], repo).trim()).toBe(base);
    expect(branchTip(repo, 'main')).toBe(base);
    // The same change on the same base: the branch is left as it is.
    const same = await publishToBranch({
      repository: repo,
      branch: 'values/dev/app',
      base: 'main',
      change
    });
    expect(same).toEqual({
      changed: false,
      differs: true,
      commitSha: first.commitSha,
      attempts: 1
    });
    // Another writer commits on the proposal branch while the change is computed: the lease
    // refuses the push, and the next attempt replaces the branch again, with one commit on main.
    let calls = 0;
    const raced = await publishToBranch({
      repository: repo,
      branch: 'values/dev/app',
      base: 'main',
      clock: fakeClock(),
      change: () => {
        if (++calls === 1) pushOnTop(repo, 'values/dev/app', { 'extra.txt': 'x\n' });
        return { files: { 'app/values.yaml': 'v2\n' }, message: 'values v2' };
      }
    });
    expect(raced).toMatchObject({ changed: true, differs: true, attempts: 2 });
    expect(commits(repo, 'values/dev/app').map((c) => c.subject)).toEqual(['values v2', 'seed']);
    expect(showFile(repo, 'values/dev/app', 'app/values.yaml')).toBe('v2\n');
    expect(branchTip(repo, 'main')).toBe(base);
    expect(leftovers()).toEqual([]);
  });

  it('refuses to propose against a base that does not exist, pushing nothing', async () => {
    const repo = fresh();
    seedBranch(repo, 'main', { 'README.md': 'code\n' });
    const before = refs(repo);
    await expect(
      publishToBranch({
        repository: repo,
        branch: 'values/dev/app',
        base: 'gitops',
        change: () => ({ files: { a: 'b\n' }, message: 'm' })
      })
    ).rejects.toThrow(/The branch 'gitops' does not exist/);
    expect(refs(repo)).toBe(before);
  });

  it('keeps the other files of the branch and reads the fetched content', async () => {
    const repo = fresh();
    seedBranch(repo, 'facts', { 'gcp/prod/facts.yaml': 'other\n', 'log.txt': 'first\n' });
    await publishToBranch({ repository: repo, branch: 'facts', change: appendLine('second') });
    expect(showFile(repo, 'facts', 'log.txt')).toBe('first\nsecond\n');
    expect(showFile(repo, 'facts', 'gcp/prod/facts.yaml')).toBe('other\n');
  });

  it('computes the change again on the new tip when another writer pushed first', async () => {
    const repo = fresh();
    seedBranch(repo, 'log', { 'log.txt': 'first\n' });
    const seen: string[] = [];
    const result = await publishToBranch({
      repository: repo,
      branch: 'log',
      clock: fakeClock(),
      change: (tree) => {
        seen.push(tree.read('log.txt') ?? '');
        // Another writer lands between this fetch and the push, once.
        if (seen.length === 1) pushOnTop(repo, 'log', { 'log.txt': 'first\nother\n' });
        return appendLine('mine')(tree);
      }
    });
    expect(result.attempts).toBe(2);
    expect(seen).toEqual(['first\n', 'first\nother\n']);
    expect(showFile(repo, 'log', 'log.txt')).toBe('first\nother\nmine\n');
  });

  it('lands every one of eight concurrent writers, none overwriting another', async () => {
    const repo = fresh();
    const writers = Array.from({ length: 8 }, (_, i) => `writer-${i}`);
    const results = await Promise.all(
      writers.map((w) =>
        publishToBranch({ repository: repo, branch: 'log', change: appendLine(w), backoffMs: 50 })
      )
    );
    expect(results.every((r) => r.changed)).toBe(true);
    const lines = showFile(repo, 'log', 'log.txt').trim().split('\n');
    expect([...lines].sort()).toEqual(writers);
    expect(commits(repo, 'log')).toHaveLength(8);
    expect(leftovers()).toEqual([]);
  });

  it('gives up after the bounded number of refused pushes', async () => {
    const repo = fresh();
    seedBranch(repo, 'log', { 'log.txt': '0\n' });
    let calls = 0;
    const clock = fakeClock();
    const log = memoryLog();
    const attempt = publishToBranch({
      repository: repo,
      branch: 'log',
      attempts: 3,
      random: () => 0.5,
      clock,
      log,
      change: (tree) => {
        calls++;
        pushOnTop(repo, 'log', { 'log.txt': `${tree.read('log.txt') ?? ''}interloper ${calls}\n` });
        return appendLine('mine')(tree);
      }
    });
    await expect(attempt).rejects.toThrow(PushContentionError);
    await expect(attempt).rejects.toThrow(/refused 3 times/);
    expect(calls).toBe(3);
    // The default first wait is 5 ms, doubled each time (random 0.5: no jitter).
    expect(clock.waits).toEqual([5, 10]);
    expect(log.lines).toEqual([
      `refs/heads/log of ${repo} moved while publishing; fetching it again in 5 ms (attempt 2 of 3)`,
      `refs/heads/log of ${repo} moved while publishing; fetching it again in 10 ms (attempt 3 of 3)`
    ]);
    expect(showFile(repo, 'log', 'log.txt')).not.toContain('mine');
    expect(leftovers()).toEqual([]);
  });

  it('fails naming an unreachable repository and leaves no scratch clone', async () => {
    const missing = join(root, 'no-such-repo.git');
    const attempt = publishToBranch({
      repository: missing,
      branch: 'facts',
      change: () => ({ files: { a: 'b' }, message: 'm' })
    });
    await expect(attempt).rejects.toThrow(RepositoryUnreachableError);
    await expect(attempt).rejects.toThrow(`Could not reach the repository '${missing}'`);
    expect(leftovers()).toEqual([]);
  });

  it.each([['../escape.yaml'], ['/etc/passwd'], ['.git/config'], ['a/../../b']])(
    'refuses the path %s and pushes nothing',
    async (path) => {
      const repo = fresh();
      seedBranch(repo, 'facts', { 'f.yaml': 'x\n' });
      const before = refs(repo);
      await expect(
        publishToBranch({
          repository: repo,
          branch: 'facts',
          change: () => ({ files: { [path]: 'evil' }, message: 'm' })
        })
      ).rejects.toThrow(GitError);
      expect(refs(repo)).toBe(before);
      expect(leftovers()).toEqual([]);
    }
  );

  it('refuses a branch name git does not accept', async () => {
    const repo = fresh();
    await expect(
      publishToBranch({ repository: repo, branch: 'bad..name', change: appendLine('x') })
    ).rejects.toThrow("'bad..name' is not a valid branch name");
    expect(refs(repo)).toBe('');
  });
});

describe('publishToBranch over HTTP with a token', () => {
  const TOKEN = 'ghs_secretTokenValue123';

  it('sends the token as a header only, and pushes', async () => {
    const dir = join(root, 'http-ok');
    mkdirSync(dir);
    bareRepo(dir, 'x.git');
    const server = await serveGitHttp(dir, TOKEN);
    try {
      const result = await publishToBranch({
        repository: `${server.url}/x.git`,
        branch: 'facts',
        token: TOKEN,
        change: () => ({ files: { 'f.yaml': 'v\n' }, message: 'm' })
      });
      expect(result.changed).toBe(true);
      expect(showFile(join(dir, 'x.git'), 'facts', 'f.yaml')).toBe('v\n');
      expect(server.paths.join('\n')).not.toContain(TOKEN);
      expect(server.authorizations.some((a) => a !== '')).toBe(true);
    } finally {
      await server.close();
    }
  });

  it('fails clearly with a bad token, without printing it, and pushes nothing', async () => {
    const dir = join(root, 'http-bad');
    mkdirSync(dir);
    const repo = bareRepo(dir, 'x.git');
    seedBranch(repo, 'facts', { 'f.yaml': 'v\n' });
    const before = refs(repo);
    const server = await serveGitHttp(dir, TOKEN);
    try {
      const wrong = 'ghs_wrongTokenValue999';
      const attempt = publishToBranch({
        repository: `${server.url}/x.git`,
        branch: 'facts',
        token: wrong,
        change: () => ({ files: { 'f.yaml': 'changed\n' }, message: 'm' })
      });
      const error = (await attempt.catch((e: unknown) => e)) as Error;
      expect(error).toBeInstanceOf(RepositoryUnreachableError);
      expect(error.message).toContain(`Could not reach the repository '${server.url}/x.git'`);
      expect(error.message).toContain('authentication failed');
      expect(error.message).not.toContain(wrong);
      expect(refs(repo)).toBe(before);
      expect(leftovers()).toEqual([]);
    } finally {
      await server.close();
    }
  });
});
