/**
 * terraform-stacks.yml run for real: a consumer repository on disk with a few stacks of
 * `terraform_data` calls `platform-actions/platform-actions/.github/workflows/terraform-stacks.yml@v1`
 * under act, with the real engine and git. The change at base → head touches stacks in three
 * waves (a dependency declared in stack.yaml), breaks one stack and deletes another.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
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
import { consumerRepository, jobResult, runAct, runGit, snapshotProject } from '../support/act.js';
import { TOFU_CLI_CONFIG, tool } from '../support/tools.js';

let scratch: string;
let project: string;
const timings: string[] = [];

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'wf-stacks-'));
  project = snapshotProject(scratch);
});
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
  process.stdout.write(`terraform-stacks.yml under act:\n  ${timings.join('\n  ')}\n`);
});

const CALLER = [
  'name: infra',
  'on: workflow_dispatch',
  'permissions: {}',
  'jobs:',
  '  stacks:',
  '    uses: platform-actions/platform-actions/.github/workflows/terraform-stacks.yml@v1',
  '    permissions: { contents: write, pull-requests: write, issues: write, id-token: write }',
  '    with:',
  '      base: ${{ vars.BASE }}',
  '      environment: dev',
  '      apply: true',
  '      require-approval: false',
  "      audit-branch: ''",
  '      max-parallel: 2',
  ''
].join('\n');

/** A stack of one terraform_data whose state is a local file of the test; `fail` breaks its plan. */
function stack(state: string, name: string, input: string, fail = false): string {
  return [
    `terraform {\n  backend "local" {\n    path = "${join(state, `${name}.tfstate`)}"\n  }\n}`,
    ...(fail ? ['variable "healthy" {\n  type    = bool\n  default = false\n}'] : []),
    `resource "terraform_data" "this" {\n  input = "${input}"`,
    ...(fail
      ? [
          '  lifecycle {\n    precondition {\n      condition     = var.healthy\n      error_message = "broken on purpose"\n    }\n  }'
        ]
      : []),
    '}',
    'output "input" {\n  value = terraform_data.this.input\n}',
    ''
  ].join('\n');
}

/** The inputs recorded in a stack's state ([] when it holds nothing). */
function stateInputs(state: string, name: string): string[] {
  const file = join(state, `${name}.tfstate`);
  if (!existsSync(file)) return [];
  const doc = JSON.parse(readFileSync(file, 'utf8')) as {
    resources: { instances: { attributes: { input?: { value: string } } }[] }[];
  };
  return doc.resources.flatMap((r) => r.instances.map((i) => i.attributes.input?.value ?? ''));
}

/** The line each stack job printed its result with, in the order of the log. */
function results(log: string): string[] {
  return [...log.matchAll(/\| stack (\S+) \((apply|destroy) wave (\d+)\): (.*)$/gm)].map(
    (m) => `${m[2]} ${m[3]} ${m[1]}: ${m[4]}`
  );
}

describe('terraform-stacks.yml called from a consumer repository', () => {
  test('applies the targets wave by wave, skips the dependent of a failed stack, applies the unrelated ones and destroys a deleted stack from the base revision', async () => {
    const dir = mkdtempSync(join(scratch, 'waves-'));
    const repo = join(dir, 'consumer');
    const state = join(dir, 'state');
    mkdirSync(state);
    const base = consumerRepository(repo, {
      '.github/workflows/infra.yml': CALLER,
      'stacks/network/main.tf': stack(state, 'network', 'network-v1'),
      'stacks/app/main.tf': stack(state, 'app', 'app-v1'),
      'stacks/app/stack.yaml': 'depends_on:\n  - ../network\n',
      'stacks/edge/main.tf': stack(state, 'edge', 'edge-v1'),
      'stacks/edge/stack.yaml': 'depends_on:\n  - ../app\n',
      'stacks/broken/main.tf': stack(state, 'broken', 'broken-v1'),
      'stacks/after-broken/main.tf': stack(state, 'after-broken', 'after-broken-v1'),
      'stacks/after-broken/stack.yaml': 'depends_on:\n  - ../broken\n',
      'stacks/old/main.tf': stack(state, 'old', 'old-v1'),
      'stacks/untouched/main.tf': stack(state, 'untouched', 'untouched-v1')
    });
    // The stack that head deletes holds a resource, applied at base with the engine itself.
    const tofu = (args: string[]) =>
      execFileSync(tool('tofu'), args, {
        cwd: join(repo, 'stacks', 'old'),
        env: { ...process.env, TF_CLI_CONFIG_FILE: TOFU_CLI_CONFIG, TF_IN_AUTOMATION: '1' },
        stdio: 'pipe',
        timeout: 120_000
      });
    tofu(['init', '-input=false']);
    tofu(['apply', '-auto-approve', '-input=false']);
    rmSync(join(repo, 'stacks', 'old', '.terraform'), { recursive: true, force: true });
    rmSync(join(repo, 'stacks', 'old', '.terraform.lock.hcl'), { force: true });
    expect(stateInputs(state, 'old')).toEqual(['old-v1']);

    // The change: network changes (app and edge depend on it), broken breaks (after-broken
    // depends on it), old is deleted; untouched is not a target.
    writeFileSync(join(repo, 'stacks/network/main.tf'), stack(state, 'network', 'network-v2'));
    writeFileSync(join(repo, 'stacks/broken/main.tf'), stack(state, 'broken', 'broken-v2', true));
    rmSync(join(repo, 'stacks/old'), { recursive: true });
    runGit(repo, ['add', '-A']);
    runGit(repo, ['commit', '-q', '-m', 'the change']);

    const run = await runAct({
      repo,
      workflow: '.github/workflows/infra.yml',
      event: 'workflow_dispatch',
      project,
      scratch,
      vars: { BASE: base },
      timeoutMs: 1_200_000
    });
    timings.push(`3 waves, 5 targets, 1 destroy: ${(run.ms / 1000).toFixed(1)} s`);
    // A stack failed: the run fails.
    expect(run.code).not.toBe(0);
    expect(jobResult(run, 'terraform-stacks/targets')).toBe('succeeded');

    const lines = results(run.log);
    // Each stack once, with its result.
    expect([...lines].sort()).toEqual(
      [
        'destroy 1 stacks/old: succeeded',
        'apply 1 stacks/broken: failed',
        'apply 1 stacks/network: succeeded',
        'apply 2 stacks/after-broken: skipped (depends on stacks/broken, which failed)',
        'apply 2 stacks/app: succeeded',
        'apply 3 stacks/edge: succeeded'
      ].sort()
    );
    // The destroy first (from the base revision), then wave 1, 2 and 3: no stack ends before a
    // stack of an earlier wave.
    const ranks = lines.map(order);
    expect(ranks).toEqual([...ranks].sort((x, y) => x - y));

    // What the engine did: the unrelated stacks applied, the failed one and its dependent kept
    // their state, the deleted stack holds nothing, the stack outside the change was not run.
    expect(stateInputs(state, 'network')).toEqual(['network-v2']);
    expect(stateInputs(state, 'app')).toEqual(['app-v1']);
    expect(stateInputs(state, 'edge')).toEqual(['edge-v1']);
    expect(stateInputs(state, 'broken')).toEqual([]);
    expect(stateInputs(state, 'after-broken')).toEqual([]);
    expect(stateInputs(state, 'old')).toEqual([]);
    expect(stateInputs(state, 'untouched')).toEqual([]);
    expect(run.log).toContain('broken on purpose');
    // The summary job's table names every stack, the reason of the skipped one with it.
    expect(run.log).toMatch(
      /\| `stacks\/after-broken` \| apply 2 \| skipped \(depends on stacks\/broken, which failed\) \| - \| false \|/
    );
    expect(run.log).toMatch(/\| `stacks\/old` \| destroy 1 \| succeeded \| \+0 ~0 -1 \| true \|/);
  }, 1_300_000);
  test('a change needing more waves than the workflow has jobs for fails in the targets job, naming the count, with nothing planned', async () => {
    const dir = mkdtempSync(join(scratch, 'deep-'));
    const repo = join(dir, 'consumer');
    const state = join(dir, 'state');
    mkdirSync(state);
    // A chain of five stacks: s1 <- s2 <- ... <- s5, so a change to s1 needs five waves.
    const files: Record<string, string> = { '.github/workflows/infra.yml': CALLER };
    for (let i = 1; i <= 5; i++) {
      files[`stacks/s${i}/main.tf`] = stack(state, `s${i}`, `s${i}-v1`);
      if (i > 1) files[`stacks/s${i}/stack.yaml`] = `depends_on:\n  - ../s${i - 1}\n`;
    }
    const base = consumerRepository(repo, files);
    writeFileSync(join(repo, 'stacks/s1/main.tf'), stack(state, 's1', 's1-v2'));
    runGit(repo, ['commit', '-q', '-am', 'the change']);
    const run = await runAct({
      repo,
      workflow: '.github/workflows/infra.yml',
      event: 'workflow_dispatch',
      project,
      scratch,
      vars: { BASE: base }
    });
    timings.push(`5 waves refused: ${(run.ms / 1000).toFixed(1)} s`);
    expect(run.code).not.toBe(0);
    expect(jobResult(run, 'terraform-stacks/targets')).toBe('failed');
    expect(run.log).toContain(
      "the change needs 5 waves, more than the 4 the workflow has jobs for (input 'max-waves')"
    );
    expect(results(run.log)).toEqual([]);
    expect(readdirSync(state)).toEqual([]);
  }, 600_000);
});

/** Destroys, then waves in order; inside a wave the log's order is the scheduler's. */
function order(line: string): number {
  const [kind = '', wave = '0'] = line.split(' ');
  return (kind === 'destroy' ? 0 : 10) + Number(wave);
}
