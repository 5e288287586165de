import { afterAll, describe, expect, it } from '@jest/globals';
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { appendAudit } from '../../src/audit/trail.js';
import { UnsafePathError } from '../../src/common/safe-fs.js';
import { GitError, publishToBranch } from '../../src/git/branch.js';
import { bareRepo, git, refs } from '../support/git.js';

/**
 * Regression of issue 12, class 1, with real git: anyone who can push to the facts or audit branch
 * commits a symbolic link where the file is expected. The next publish must refuse it, naming it,
 * write nothing outside its clone, and leave the remote branch as it was.
 */
const root = mkdtempSync(join(tmpdir(), 'branch-symlinks-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let n = 0;

/** A bare repository whose branch holds `files` and the symbolic links `links` (path → target). */
function branchWithLinks(
  branch: string,
  files: Record<string, string>,
  links: Record<string, string>
): string {
  const repo = bareRepo(root, `repo-${++n}.git`);
  const work = mkdtempSync(join(root, 'seed-'));
  git(['init', '--quiet', `--initial-branch=${branch}`, work]);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(work, path, '..'), { recursive: true });
    writeFileSync(join(work, path), text);
  }
  for (const [path, target] of Object.entries(links)) {
    mkdirSync(join(work, path, '..'), { recursive: true });
    symlinkSync(target, join(work, path));
  }
  git(['add', '-A'], work);
  git(
    [
      '-c',
      'user.name=attacker',
      '-c',
      'user.email=a@example.invalid',
      'commit',
      '-q',
      '-m',
      'plant'
    ],
    work
  );
  git(['push', '--quiet', repo, `HEAD:refs/heads/${branch}`], work);
  rmSync(work, { recursive: true, force: true });
  return repo;
}

/** A folder outside every clone, with a file the runner can write and must not lose. */
function victim(): { dir: string; file: string } {
  const dir = mkdtempSync(join(root, 'outside-'));
  const file = join(dir, 'credentials');
  writeFileSync(file, 'runner secret\n');
  return { dir, file };
}

async function refusal(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a refusal');
}

describe('publishToBranch with a symbolic link committed on the branch', () => {
  it('refuses a link at the facts file, naming it; the target and the remote stay as they were', async () => {
    const outside = victim();
    const repo = branchWithLinks(
      'runtime-facts',
      { 'README.md': 'facts\n' },
      {
        'aws/prod/facts.yaml': outside.file
      }
    );
    const before = refs(repo);
    const error = await refusal(
      publishToBranch({
        repository: repo,
        branch: 'runtime-facts',
        change: () => ({ files: { 'aws/prod/facts.yaml': 'cluster: x\n' }, message: 'facts' })
      })
    );
    expect(error).toBeInstanceOf(UnsafePathError);
    expect(error.message).toMatch(/aws\/prod\/facts\.yaml is a symbolic link/);
    expect(readFileSync(outside.file, 'utf8')).toBe('runner secret\n');
    expect(refs(repo)).toBe(before);
  });

  it.each([
    ['the top folder', { aws: 'DIR' }, 'aws'],
    ['a middle folder', { 'aws/prod': 'DIR' }, 'aws/prod']
  ])('refuses a link at %s: no file is created outside the clone', async (_level, links, named) => {
    const outside = victim();
    const repo = branchWithLinks(
      'runtime-facts',
      { 'README.md': 'facts\n' },
      Object.fromEntries(Object.keys(links).map((k) => [k, outside.dir]))
    );
    const before = refs(repo);
    const error = await refusal(
      publishToBranch({
        repository: repo,
        branch: 'runtime-facts',
        change: () => ({ files: { 'aws/prod/facts.yaml': 'cluster: x\n' }, message: 'facts' })
      })
    );
    expect(error).toBeInstanceOf(UnsafePathError);
    expect(error.message).toContain(`${named} is a symbolic link`);
    expect(readdirSync(outside.dir)).toEqual(['credentials']);
    expect(refs(repo)).toBe(before);
  });

  it('refuses to read through a link too: an audit log linked to a runner file is not appended to', async () => {
    const outside = victim();
    const repo = branchWithLinks(
      'audit-log',
      { 'README.md': 'audit\n' },
      {
        'audit.jsonl': outside.file
      }
    );
    const before = refs(repo);
    const error = await refusal(
      appendAudit({
        repository: repo,
        branch: 'audit-log',
        events: []
      })
    );
    expect(error.message).toMatch(/audit\.jsonl is a symbolic link/);
    expect(readFileSync(outside.file, 'utf8')).toBe('runner secret\n');
    expect(refs(repo)).toBe(before);
  });

  it.each(['HEAD', 'refs/heads/facts', '-x', 'a..b', 'a b', 'x.lock', 'a/.b', 'ends/'])(
    "refuses the branch name '%s' before anything is fetched or pushed",
    async (branch) => {
      const repo = bareRepo(root, `repo-${++n}.git`);
      const before = refs(repo);
      const error = await refusal(
        publishToBranch({
          repository: repo,
          branch,
          change: () => ({ files: { 'f.txt': 'x' }, message: 'm' })
        })
      );
      expect(error).toBeInstanceOf(GitError);
      expect(error.message).toMatch(/is not a valid branch name/);
      expect(refs(repo)).toBe(before);
    }
  );
});
