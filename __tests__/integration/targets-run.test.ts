import { afterEach, describe, expect, it } from '@jest/globals';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { platformctl } from '../support/cli.js';
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
