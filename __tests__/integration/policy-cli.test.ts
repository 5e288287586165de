import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { planJson } from '../fixtures/plans.js';
import { platformctl } from '../support/cli.js';
import { TOOLS_BIN, tool } from '../support/tools.js';

/** `platformctl policy check` with the real OPA: each exit code. */
const root = mkdtempSync(join(tmpdir(), 'policy-cli-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
tool('opa');
// OPA is found on PATH, as a runner with it installed has it.
const ENV = { PATH: `${TOOLS_BIN}${delimiter}${process.env['PATH'] ?? ''}` };

function file(name: string, text: string): string {
  const path = join(root, name);
  writeFileSync(path, text);
  return path;
}

const dbDelete = file(
  'db-delete.json',
  JSON.stringify(
    planJson([
      {
        address: 'aws_db_instance.main',
        actions: ['delete'],
        before: { identifier: 'main', password: 'hunter2' },
        beforeSensitive: { password: true }
      }
    ])
  )
);
const harmless = file(
  'harmless.json',
  JSON.stringify(
    planJson([{ address: 'terraform_data.x', actions: ['create'], after: { input: 'x' } }])
  )
);

describe('platformctl policy check', () => {
  it('exits 0 when the plan passes', async () => {
    const run = await platformctl(
      ['policy', 'check', '--plan', harmless, '--env', 'production'],
      ENV
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('Policy passed: 0 violation(s)\n');
  });

  it('exits 1 on violations, naming rule and resource, as text and as json', async () => {
    const text = await platformctl(
      ['policy', 'check', '--plan', dbDelete, '--env', 'production'],
      ENV
    );
    expect(text.code).toBe(1);
    expect(text.stdout).toMatch(/^Policy failed: \d+ violation\(s\)\n/);
    expect(text.stdout).toContain('  error protected_resource_delete aws_db_instance.main: ');
    expect(text.stdout + text.stderr).not.toContain('hunter2');

    const json = await platformctl(
      ['policy', 'check', '--plan', dbDelete, '--env', 'production', '--format', 'json'],
      ENV
    );
    expect(json.code).toBe(1);
    const decision = JSON.parse(json.stdout) as { result: string; violations: { rule: string }[] };
    expect(decision.result).toBe('failed');
    expect(decision.violations.map((v) => v.rule)).toContain('protected_resource_delete');
  });

  it('judges the plan for the environment given', async () => {
    const run = await platformctl(['policy', 'check', '--plan', dbDelete, '--env', 'dev'], ENV);
    expect(run.code).toBe(0);
  });

  it('takes a policy library and its settings from the flags', async () => {
    const dir = join(root, 'strict');
    mkdirSync(dir);
    file(
      'strict/policy.rego',
      [
        'package platform.policy',
        'violations contains {"rule": "no_creates", "severity": "error", "address": rc.address, "message": sprintf("%s creates", [data.platform.word])} if {',
        '  some rc in input.resource_changes',
        '  "create" in rc.change.actions',
        '}',
        'result := "failed" if count([v | some v in violations; v.severity == "error"]) > 0',
        'default result := "passed"',
        ''
      ].join('\n')
    );
    const data = file('settings.yaml', 'word: nothing\n');
    const run = await platformctl(
      ['policy', 'check', '--plan', harmless, '--policy-dir', dir, '--data', data],
      ENV
    );
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('error no_creates terraform_data.x: nothing creates');
  });

  it.each([
    [
      'a plan file that does not exist',
      () => ['--plan', join(root, 'none.json')],
      'does not exist'
    ],
    ['a plan that is not JSON', () => ['--plan', file('bad.json', '{nope')], 'bad.json'],
    [
      'a policy folder that does not exist',
      () => ['--plan', harmless, '--policy-dir', join(root, 'no-policies')],
      'does not exist'
    ],
    [
      'a policy that does not compile (an OPA error)',
      () => {
        mkdirSync(join(root, 'broken'), { recursive: true });
        file('broken/p.rego', 'package platform.policy\nthis is not rego\n');
        return ['--plan', harmless, '--policy-dir', join(root, 'broken')];
      },
      'opa eval exited with'
    ],
    [
      'settings that are not an object',
      () => ['--plan', harmless, '--data', file('list.yaml', '- a\n- b\n')],
      'must hold an object'
    ]
  ])('exits 2 on %s', async (_what, args, message) => {
    const run = await platformctl(['policy', 'check', ...args()], ENV);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
    expect(run.stdout).toBe('');
  });

  it.each([
    [['policy', 'check']],
    [['policy', 'check', '--plan', 'x.json', '--format', 'yaml']],
    [['policy', 'check', '--plan', 'x.json', '--env', 'prod uction']],
    [['policy', 'lint']]
  ])('exits 2 on the usage error %j, printing the usage', async (args) => {
    const run = await platformctl(args, ENV);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('platformctl policy check --plan FILE');
  });
});
