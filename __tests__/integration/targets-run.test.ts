import { afterEach, describe, expect, it } from '@jest/globals';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { platformctl } from '../support/cli.js';
import { git } from '../support/git.js';
import { addedFixtureRepo, type FixtureRepo } from '../support/targets.js';
import { toolEnv } from '../support/tools.js';

let repo: FixtureRepo | undefined;
let out: string | undefined;
afterEach(() => {
  repo?.dispose();
  if (out !== undefined) rmSync(out, { recursive: true, force: true });
  repo = out = undefined;
});

/** The environment variables the engine needs from the toolchain: PATH and the provider mirror. */
function engineEnv(): Record<string, string> {
  const env = toolEnv();
  return { PATH: env['PATH'] ?? '', TF_CLI_CONFIG_FILE: env['TF_CLI_CONFIG_FILE'] ?? '' };
}

interface StateFile {
  resources: { mode: string; instances: { attributes: { output?: { value?: unknown } } }[] }[];
}
function stateOutput(file: string): unknown {
  const state = JSON.parse(readFileSync(file, 'utf8')) as StateFile;
  return state.resources.find((r) => r.mode === 'managed')?.instances[0]?.attributes.output?.value;
}

describe('platformctl run on the real engine', () => {
  it('applies the waves in dependency order, isolates a failure and reports every stack', async () => {
    repo = addedFixtureRepo('runnable');
    out = mkdtempSync(join(tmpdir(), 'run-out-'));
    const common = ['--base', repo.base, '--head', repo.head, '--root', repo.dir, '--out-dir', out];
    const run = await platformctl(
      ['run', 'apply', ...common, '--parallel', '3', '--format', 'json'],
      engineEnv()
    );
    const { runs } = JSON.parse(run.stdout) as {
      runs: { path: string; wave: number; result: string; reason?: string; changes?: string }[];
    };
    expect(runs.map((r) => [r.path, r.wave, r.result, r.changes ?? r.reason])).toEqual([
      ['envs/a', 1, 'succeeded', '+1 ~0 -0'],
      ['envs/b', 1, 'succeeded', '+1 ~0 -0'],
      ['stacks/after-broken', 2, 'skipped', 'depends on stacks/broken, which failed'],
      ['stacks/alone', 1, 'succeeded', '+1 ~0 -0'],
      ['stacks/base', 1, 'succeeded', '+1 ~0 -0'],
      ['stacks/broken', 1, 'failed', expect.stringContaining('broken on purpose')],
      ['stacks/mid', 2, 'succeeded', '+1 ~0 -0'],
      ['stacks/top', 3, 'succeeded', '+1 ~0 -0']
    ]);
    expect(run.code).toBe(1);
    // Each stack wrote its own state; the dependents read their dependencies' outputs.
    expect(stateOutput(join(repo.dir, 'stacks/top/terraform.tfstate'))).toBe('mid on base');
    expect(existsSync(join(repo.dir, 'stacks/after-broken/terraform.tfstate'))).toBe(false);
    // The configuration-only targets share a root module, each with its own state.
    expect(stateOutput(join(repo.dir, 'shared/a.tfstate'))).toBe('env-a');
    expect(stateOutput(join(repo.dir, 'shared/b.tfstate'))).toBe('env-b');
    expect(run.stderr).toContain(
      '[stacks/after-broken] skipped (depends on stacks/broken, which failed)'
    );

    // The text summary, and a plan after the apply: nothing left to change where it was applied.
    const plan = await platformctl(['run', 'plan', ...common], engineEnv());
    const table = plan.stdout.split('\n');
    expect(table[0]).toMatch(/^stack\s+wave\s+result\s+duration\s+changes$/);
    const row = (path: string): string => table.find((l) => l.startsWith(`${path} `)) ?? '';
    expect(row('stacks/top')).toMatch(/^stacks\/top\s+3\s+succeeded\s+\d+\.\ds\s+\+0 ~0 -0$/);
    expect(row('stacks/after-broken')).toMatch(
      /^stacks\/after-broken\s+2\s+succeeded\s+\S+\s+\+1 ~0 -0$/
    );
    expect(plan.code).toBe(0);

    // Destroy: dependents first, so every remote state a stack reads is still there when it runs.
    const destroy = await platformctl(
      ['run', 'apply', ...common, '--destroy', '--parallel', '2', '--format', 'json'],
      engineEnv()
    );
    const destroyed = (
      JSON.parse(destroy.stdout) as { runs: { path: string; result: string; changes?: string }[] }
    ).runs;
    expect(destroyed.filter((r) => r.result !== 'succeeded')).toEqual([]);
    expect(destroyed.find((r) => r.path === 'stacks/top')?.changes).toBe('+0 ~0 -1');
    expect(destroy.code).toBe(0);
    expect(stateOutput(join(repo.dir, 'stacks/base/terraform.tfstate'))).toBeUndefined();
  });

  it('destroys the stacks head deleted from the base revision, dependents first, before the waves', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'run-deleted-'));
    const state = join(dir, 'state');
    mkdirSync(state);
    const top = join(dir, 'repo');
    out = join(dir, 'out');
    const stack = (name: string, input: string) =>
      `terraform {\n  backend "local" {\n    path = "${join(state, `${name}.tfstate`)}"\n  }\n}\n` +
      `resource "terraform_data" "this" {\n  input = "${input}"\n}\n`;
    const write = (path: string, text: string) => {
      mkdirSync(join(top, path, '..'), { recursive: true });
      writeFileSync(join(top, path), text);
    };
    const commit = (message: string) => {
      git(['add', '-A'], top);
      git(
        [
          '-c',
          'user.name=t',
          '-c',
          'user.email=t@example.com',
          'commit',
          '-q',
          '--allow-empty',
          '-m',
          message
        ],
        top
      );
      return git(['rev-parse', 'HEAD'], top).trim();
    };
    try {
      git(['init', '-q', '--initial-branch=main', top]);
      const empty = commit('empty');
      write('stacks/db/main.tf', stack('db', 'db-v1'));
      write('stacks/api/main.tf', stack('api', 'api-v1'));
      write('stacks/api/stack.yaml', 'depends_on:\n  - ../db\n');
      write('stacks/web/main.tf', stack('web', 'web-v1'));
      const applied = commit('three stacks');
      const first = await platformctl(
        ['run', 'apply', '--base', empty, '--head', applied, '--root', top, '--out-dir', out],
        engineEnv()
      );
      expect(first.code).toBe(0);
      expect(existsSync(join(state, 'api.tfstate'))).toBe(true);

      // Head deletes db and api (api depends on db) and changes web.
      rmSync(join(top, 'stacks/db'), { recursive: true });
      rmSync(join(top, 'stacks/api'), { recursive: true });
      write('stacks/web/main.tf', stack('web', 'web-v2'));
      const head = commit('db and api gone');
      const run = await platformctl(
        [
          'run',
          'apply',
          '--base',
          applied,
          '--head',
          head,
          '--root',
          top,
          '--out-dir',
          out,
          '--format',
          'json'
        ],
        engineEnv()
      );
      const { runs } = JSON.parse(run.stdout) as {
        runs: { path: string; wave: number; result: string; changes?: string }[];
      };
      expect(runs.map((r) => [r.path, r.result, r.changes])).toEqual([
        ['stacks/api (deleted: destroy)', 'succeeded', '+0 ~0 -1'],
        ['stacks/db (deleted: destroy)', 'succeeded', '+0 ~0 -1'],
        ['stacks/web', 'succeeded', '+0 ~1 -0']
      ]);
      expect(run.code).toBe(0);
      const resources = (name: string) =>
        (JSON.parse(readFileSync(join(state, `${name}.tfstate`), 'utf8')) as StateFile).resources
          .length;
      expect([resources('api'), resources('db'), resources('web')]).toEqual([0, 0, 1]);
      // The dependent first: api's destroy ended before db's began.
      const lines = run.stderr.split('\n');
      const lastApi = lines.map((l) => l.startsWith('[stacks/api]')).lastIndexOf(true);
      const firstDb = lines.findIndex((l) => l.startsWith('[stacks/db]'));
      expect(lastApi).toBeGreaterThanOrEqual(0);
      expect(firstDb).toBeGreaterThan(lastApi);
      // The base revision was read from a copy: the repository is as it was, the copy is gone.
      expect(git(['status', '--porcelain'], top)).toBe('');
      expect(git(['rev-parse', 'HEAD'], top).trim()).toBe(head);
      expect(readdirSync(out).filter((f) => f.startsWith('targets-base-'))).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
      out = undefined;
    }
  });

  it('refuses a bad flag before any stack runs', async () => {
    repo = addedFixtureRepo('runnable');
    out = join(tmpdir(), `run-out-${process.pid}-never`);
    const common = ['--base', repo.base, '--head', repo.head, '--root', repo.dir, '--out-dir', out];
    for (const [flags, message] of [
      [['--parallel', '0'], "--parallel '0' must be a whole number of at least 1"],
      [['--lock-timeout', 'soon'], "--lock-timeout is 'soon': must be a duration"],
      [['--engine', 'pulumi'], "--engine is 'pulumi'"]
    ] as const) {
      const run = await platformctl(['run', 'plan', ...common, ...flags], engineEnv());
      expect(run.stderr).toContain(message);
      expect(run.code).toBe(2);
    }
    const verb = await platformctl(['run', 'deploy', ...common]);
    expect(verb.stderr).toContain("run needs plan or apply, not 'deploy'");
    expect(verb.code).toBe(2);
    expect(existsSync(out)).toBe(false);
    expect(existsSync(join(repo.dir, 'stacks/base/.terraform'))).toBe(false);
  });
});
