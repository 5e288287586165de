/**
 * A release's workflows call the actions of that release. The release is made by
 * scripts/release.mjs in a copy of this repository on disk; then main moves on with a broken
 * tf-plan, and a consumer pinned to @v1 runs terraform.yml under act: GitHub resolves @v1 to the
 * release commit, whose workflow names the release tag for every action, so the broken main is
 * never run.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { consumerRepository, jobResult, runAct, runGit, snapshotProject } from '../support/act.js';
import { REPO } from '../support/tools.js';

let scratch: string;
let origin: string;
const RELEASE = join(REPO, 'scripts', 'release.mjs');

function release(cwd: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [RELEASE, ...args], {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      GITHUB_REPOSITORY: '',
      GIT_AUTHOR_NAME: 'release',
      GIT_AUTHOR_EMAIL: 'release@example.test',
      GIT_COMMITTER_NAME: 'release',
      GIT_COMMITTER_EMAIL: 'release@example.test'
    },
    timeout: 60_000
  });
  return { code: r.status, out: `${r.stdout}${r.stderr}` };
}

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'wf-release-'));
  // The repository as published: what callers receive, plus the changelog the release reads.
  origin = snapshotProject(scratch);
  writeFileSync(
    join(origin, 'CHANGELOG.md'),
    '# Changelog\n\n## [Unreleased]\n\n## [1.0.0] - 2026-12-01\n\n### Added\n\n- Everything.\n'
  );
  runGit(origin, ['init', '-q', '-b', 'main']);
  runGit(origin, ['add', '-A']);
  runGit(origin, ['commit', '-q', '-m', 'main']);
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('releases', () => {
  test('prepare pins every self-reference of the workflows to the tag, on a commit for the tag alone', () => {
    const main = runGit(origin, ['rev-parse', 'HEAD']);
    const r = release(origin, 'prepare', '1.0.0');
    expect(r.out).toContain('v1.0.0 at ');
    expect(r.code).toBe(0);
    // main is untouched and still names @main.
    expect(runGit(origin, ['rev-parse', 'HEAD'])).toBe(main);
    expect(readFileSync(join(origin, '.github', 'workflows', 'terraform.yml'), 'utf8')).toContain(
      'actions/tf-plan@main'
    );
    const tagged = runGit(origin, ['show', 'v1.0.0:.github/workflows/terraform.yml']);
    expect(tagged).toContain('uses: platform-actions/platform-actions/actions/tf-plan@v1.0.0');
    expect(tagged).not.toMatch(/^\s*(- )?uses: platform-actions\/platform-actions\/\S+@main/m);
    expect(runGit(origin, ['rev-parse', 'v1.0.0^']).trim()).toBe(main);

    const moved = release(origin, 'move', 'v1.0.0');
    expect(moved.code).toBe(0);
    const commit = runGit(origin, ['rev-parse', 'v1.0.0^{commit}']);
    expect(runGit(origin, ['rev-parse', 'v1^{commit}'])).toBe(commit);
    expect(runGit(origin, ['rev-parse', 'v1.0^{commit}'])).toBe(commit);
  });

  test('verify passes on the release and names every stray reference elsewhere', () => {
    const wt = join(scratch, 'verify-v1');
    runGit(origin, ['worktree', 'add', '-q', '--detach', wt, 'v1.0.0']);
    expect(release(wt, 'verify', 'v1.0.0').code).toBe(0);
    const onMain = release(origin, 'verify', 'v1.0.0');
    expect(onMain.code).toBe(1);
    expect(onMain.out).toContain(
      '.github/workflows/terraform.yml: platform-actions/platform-actions/actions/tf-plan@main (expected @v1.0.0)'
    );
  });

  test('refuses a tag that exists, a version the changelog lacks, a dirty tree, a bad version', () => {
    expect(release(origin, 'prepare', '1.0.0').out).toContain('exists already');
    expect(release(origin, 'prepare', '1.1.0').out).toContain(
      "no '## [1.1.0] - YYYY-MM-DD' section"
    );
    expect(release(origin, 'prepare', 'v1.x').out).toContain("'v1.x' is not a release version");
    writeFileSync(join(origin, 'stray.txt'), 'x');
    expect(release(origin, 'prepare', '1.1.0').out).toContain('uncommitted changes');
    rmSync(join(origin, 'stray.txt'));
    expect(runGit(origin, ['tag', '--list']).split('\n').sort()).toEqual(['v1', 'v1.0', 'v1.0.0']);
  });

  test('a consumer pinned to @v1 runs the actions of the release, not a later main', async () => {
    // main moves on, with a tf-plan that cannot run.
    writeFileSync(
      join(origin, 'actions', 'tf-plan', 'dist', 'index.js'),
      "console.log('the tf-plan of a later main');\nprocess.exit(3);\n"
    );
    runGit(origin, ['commit', '-q', '-a', '-m', 'a later main']);
    const atTag = join(scratch, 'wt-v1');
    const atMain = join(scratch, 'wt-main');
    runGit(origin, ['worktree', 'add', '-q', '--detach', atTag, 'v1']);
    runGit(origin, ['worktree', 'add', '-q', '--detach', atMain, 'main']);

    const repo = join(scratch, 'consumer');
    consumerRepository(repo, {
      '.github/workflows/plan.yml': [
        'name: plan',
        'on: workflow_dispatch',
        'permissions: {}',
        'jobs:',
        '  dev:',
        '    uses: platform-actions/platform-actions/.github/workflows/terraform.yml@v1',
        '    permissions: { contents: write, pull-requests: write, issues: write, id-token: write }',
        '    with:',
        '      working-directory: stacks/local/dev',
        '      environment: dev',
        '      audit-branch: ""',
        '      checks: fmt, validate',
        ''
      ].join('\n'),
      'stacks/local/dev': { stack: 'examples/stacks/local/dev' },
      'stacks/local/dev/terraform.tfvars': 'env = "dev"\n'
    });
    const run = await runAct({
      repo,
      workflow: '.github/workflows/plan.yml',
      event: 'workflow_dispatch',
      project: atTag,
      refs: { 'v1.0.0': atTag, main: atMain },
      scratch: join(scratch, 'act'),
      secrets: { GITHUB_TOKEN: 'ghs_releasetest' }
    });
    process.stdout.write(`release pinned @v1 under act: ${(run.ms / 1000).toFixed(1)} s\n`);
    expect(run.log).toContain('with ref v1.0.0');
    expect(run.log).not.toContain('the tf-plan of a later main');
    expect(jobResult(run, 'terraform/plan')).toBe('succeeded');
    expect(run.outputs('terraform/plan')['plan-id']).toMatch(/^[0-9a-f]{64}$/);
    expect(run.code).toBe(0);
  }, 600_000);
});
