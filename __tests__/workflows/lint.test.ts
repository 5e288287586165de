/**
 * actionlint and zizmor over every workflow and action of the repository: no finding, or a
 * suppression explained on its line. Each is also run on a workflow with known faults, so a
 * linter that silently checks nothing fails here.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { REPO, tool } from '../support/tools.js';

function yamlFiles(dir: string): string[] {
  return existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => /\.ya?ml$/.test(f))
        .map((f) => join(dir, f))
    : [];
}

const workflows = [
  ...yamlFiles(join(REPO, '.github', 'workflows')),
  ...yamlFiles(join(REPO, 'workflows')),
  ...yamlFiles(join(REPO, 'examples', 'workflows'))
];
const actions = readdirSync(join(REPO, 'actions'))
  .map((a) => join(REPO, 'actions', a, 'action.yml'))
  .filter((f) => existsSync(f));

function run(bin: string, args: string[], cwd = REPO) {
  const r = spawnSync(tool(bin), args, { cwd, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, out: `${r.stdout}${r.stderr}` };
}

let scratch: string;
beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'wf-lint-'));
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('actionlint', () => {
  test('finds nothing in the workflows', () => {
    const r = run('actionlint', ['-no-color', ...workflows.map((f) => relative(REPO, f))]);
    expect(r.out).toBe('');
    expect(r.code).toBe(0);
  });

  test('finds the faults of a broken workflow', () => {
    const file = join(scratch, 'broken.yml');
    writeFileSync(
      file,
      'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.event.nope.x }}\n    outputs:\n      x: ${{ steps.missing.outputs.y }}\n  b:\n    needs: c\n    runs-on: ubuntu-latest\n    steps: [{ run: "true" }]\n'
    );
    const r = run('actionlint', ['-no-color', file]);
    expect(r.code).toBe(1);
    expect(r.out).toContain('needs');
  });
});

describe('zizmor', () => {
  test('finds nothing in the workflows and the actions', () => {
    const r = run('zizmor', [
      '--offline',
      '--no-progress',
      ...[...workflows, ...actions].map((f) => relative(REPO, f))
    ]);
    expect(r.out).toMatch(/No findings to report/);
    expect(r.code).toBe(0);
  });

  test('finds an unpinned action and a template injection', () => {
    const dir = join(scratch, 'repo', '.github', 'workflows');
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      join(dir, 'bad.yml'),
      'on: pull_request_target\npermissions: {}\njobs:\n  a:\n    runs-on: ubuntu-latest\n    permissions: {}\n    steps:\n      - uses: actions/checkout@v4\n        with: { persist-credentials: false }\n      - run: echo "${{ github.event.pull_request.title }}"\n'
    );
    const r = run('zizmor', ['--offline', '--no-progress', join(dir, 'bad.yml')], scratch);
    expect(r.code).not.toBe(0);
    expect(r.out).toContain('unpinned-uses');
    expect(r.out).toContain('template-injection');
  });
});
