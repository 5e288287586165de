import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runLocalAction, type LocalRunResult } from '../../src/runner/local-runner.js';
import { REPO, tool, toolEnv } from '../support/tools.js';
import { Workspace } from '../support/workspace.js';

/**
 * The bundled actions, run as a runner runs them: `node dist/index.js` with INPUT_* variables,
 * the runner's files, and the outputs file read back. Each runtime users may get is exercised.
 */
const SECRET = 'local-admin-not-a-secret';
const runtimes: [string, () => string][] = [
  ['this Node.js', () => process.execPath],
  ['Node 24 (the runtime action.yml names)', () => tool('node24')]
];

const ws = new Workspace();
afterAll(() => ws.dispose());

function run(
  action: string,
  inputs: Record<string, string>,
  node: string,
  toolCache: string
): Promise<LocalRunResult> {
  return runLocalAction({
    actionDir: join(REPO, 'actions', action),
    inputs,
    node,
    workspace: ws.root,
    toolCache,
    env: toolEnv()
  });
}

describe.each(runtimes)('tf-plan → tf-apply under %s', (_label, node) => {
  let stack: string;
  let name: string;
  let toolCache: string;
  beforeAll(() => {
    name = `stack-${Math.random().toString(36).slice(2, 8)}`;
    stack = ws.addStack('examples/stacks/local/dev', name);
    writeFileSync(join(stack, 'policy.yaml'), 'max_deletions: 2\n');
    toolCache = join(ws.root, `${name}-tool-cache`);
  });

  it('plans, applies exactly that plan, and then plans no changes', async () => {
    const plan = await run(
      'tf-plan',
      { 'working-directory': name, 'var-files': '*.tfvars' },
      node(),
      toolCache
    );
    expect(plan.errors).toEqual([]);
    expect(plan.exitCode).toBe(0);
    expect(plan.outputs).toMatchObject({
      'has-changes': 'true',
      add: '3',
      change: '0',
      destroy: '0',
      replace: '0'
    });
    expect(plan.outputs['plan-sha256']).toMatch(/^[0-9a-f]{64}$/);
    expect(plan.outputs['policy-result']).toBe('passed');
    expect(JSON.parse(plan.outputs['policy-violations'] ?? '')).toEqual([]);
    expect(plan.summary).toContain('Policy: ✅ passed');
    expect(plan.outputs['plan-id']).toMatch(/^[0-9a-f]{64}$/);
    expect(plan.summary).toContain('**3 to add, 0 to change, 0 to destroy**');
    expect(plan.summary).toContain('`terraform_data.admin`');
    for (const file of ['plan-path', 'plan-json-path', 'plan-text-path']) {
      expect(existsSync(plan.outputs[file] ?? '')).toBe(true);
    }
    expect(readFileSync(plan.outputs['plan-json-path'] ?? '', 'utf8')).not.toContain(SECRET);
    expect(plan.summary + plan.log).not.toContain(SECRET);

    const apply = await run(
      'tf-apply',
      {
        'working-directory': name,
        'require-approval': 'false',
        'plan-path': plan.outputs['plan-path'] ?? '',
        'plan-sha256': plan.outputs['plan-sha256'] ?? ''
      },
      node(),
      toolCache
    );
    expect(apply.errors).toEqual([]);
    expect(apply.exitCode).toBe(0);
    expect(apply.outputs['applied']).toBe('true');
    const outputs = JSON.parse(apply.outputs['outputs'] ?? '{}') as Record<string, unknown>;
    expect(outputs['cluster_type']).toBe('local');
    expect(outputs['admin_password']).toBe('(sensitive)');
    expect(apply.masked).toContain(SECRET);
    expect(apply.summary + apply.log + (apply.outputs['outputs'] ?? '')).not.toContain(SECRET);
    const file = JSON.parse(readFileSync(apply.outputs['outputs-path'] ?? '', 'utf8')) as Record<
      string,
      { sensitive: boolean }
    >;
    expect(file['admin_password']?.sensitive).toBe(true);
    expect(ws.state(stack)).toContain('"terraform_data"');

    const again = await run(
      'tf-plan',
      { 'working-directory': name, 'var-files': '*.tfvars' },
      node(),
      toolCache
    );
    expect(again.exitCode).toBe(0);
    expect(again.outputs).toMatchObject({
      'has-changes': 'false',
      add: '0',
      change: '0',
      destroy: '0'
    });
    expect(again.summary).toContain('**No changes.**');
  });

  it('refuses a plan file whose sha256 differs, before the engine runs, leaving the state as it was', async () => {
    const plan = await run(
      'tf-plan',
      {
        'working-directory': name,
        'var-files': '*.tfvars',
        destroy: 'true',
        'policy-data': `${name}/policy.yaml`,
        environment: 'dev'
      },
      node(),
      toolCache
    );
    expect(plan.exitCode).toBe(0);
    expect(plan.outputs['destroy']).toBe('3');
    // Policy violations are reported, not fatal to the plan step: the apply gate decides.
    expect(plan.outputs['policy-result']).toBe('failed');
    expect(JSON.parse(plan.outputs['policy-violations'] ?? '')).toContainEqual(
      expect.objectContaining({ rule: 'too_many_deletions', severity: 'error' })
    );
    expect(plan.summary).toContain('Policy: ❌ failed');
    const before = ws.state(stack);
    const planPath = plan.outputs['plan-path'] ?? '';
    const bytes = readFileSync(planPath);
    bytes[bytes.length - 10] = (bytes[bytes.length - 10] ?? 0) ^ 0xff;
    writeFileSync(planPath, bytes);
    const apply = await run(
      'tf-apply',
      {
        'working-directory': name,
        'require-approval': 'false',
        'plan-path': planPath,
        'plan-sha256': plan.outputs['plan-sha256'] ?? ''
      },
      node(),
      toolCache
    );
    expect(apply.exitCode).toBe(1);
    expect(apply.errors.join('\n')).toMatch(
      /has sha256 [0-9a-f]{64}, not the approved [0-9a-f]{64}/
    );
    expect(apply.log).not.toContain('$ tofu');
    expect(apply.outputs['applied']).toBe('false');
    expect(ws.state(stack)).toBe(before);
    expect(apply.summary).toContain('tf-apply failed');
  });
});

describe('bad input fails the step before the engine runs, naming the input and the value', () => {
  const node = process.execPath;
  let stackName: string;
  let stack: string;
  let toolCache: string;
  beforeAll(() => {
    stackName = 'bad-input-stack';
    stack = ws.addStack('examples/stacks/local/dev', stackName);
    toolCache = join(ws.root, 'bad-input-tool-cache');
  });

  const planCases: [string, Record<string, string>, RegExp][] = [
    [
      'a missing working-directory',
      { 'working-directory': '' },
      /Input 'working-directory' is empty: is required/
    ],
    [
      'a nonexistent working-directory',
      { 'working-directory': 'no/such/stack' },
      /Input 'working-directory' is 'no\/such\/stack': no such folder/
    ],
    [
      'a malformed backend-config line',
      { 'backend-config': 'bucket' },
      /Input 'backend-config' is 'bucket': line 1 is neither key=value nor the path/
    ],
    [
      'an engine-version that is not a version',
      { 'engine-version': 'latest' },
      /Input 'engine-version' is 'latest': must be an exact version/
    ],
    [
      'an unknown engine',
      { engine: 'pulumi' },
      /Input 'engine' is 'pulumi': must be one of tofu, terraform/
    ],
    [
      'var-files matching nothing',
      { 'var-files': 'prod/*.tfvars' },
      /Input 'var-files' is 'prod\/\*\.tfvars': matches no file/
    ],
    [
      'a lock-timeout that is not a duration',
      { 'lock-timeout': 'soon' },
      /Input 'lock-timeout' is 'soon': must be a duration/
    ],
    [
      'a destroy that is not a boolean',
      { destroy: 'yes' },
      /Input 'destroy' is 'yes': must be true or false/
    ],
    [
      'a policy-dir that does not exist',
      { 'policy-dir': 'no/policies' },
      /Input 'policy-dir' is 'no\/policies': no such folder/
    ],
    [
      'a policy-data file that does not exist',
      { 'policy-data': 'nope.yaml' },
      /Input 'policy-data' is 'nope\.yaml': no such file/
    ],
    [
      'an environment with spaces',
      { environment: 'prod east' },
      /Input 'environment' is 'prod east'/
    ],
    ['a state-key that escapes', { 'state-key': '../other' }, /Input 'state-key' is '\.\.\/other'/]
  ];

  it.each(planCases)('tf-plan: %s', async (_name, inputs, message) => {
    const result = await run(
      'tf-plan',
      { 'working-directory': stackName, ...inputs },
      node,
      toolCache
    );
    expect(result.exitCode).toBe(1);
    expect(result.errors.join('\n')).toMatch(message);
    expect(result.log).not.toContain('$ tofu');
    expect(existsSync(join(stack, '.terraform'))).toBe(false);
    expect(ws.state(stack)).toBeUndefined();
  });

  const applyCases: [string, Record<string, string>, RegExp][] = [
    [
      'a plan-path that does not exist',
      { 'plan-path': 'missing.tfplan', 'plan-sha256': 'a'.repeat(64) },
      /Input 'plan-path' names .*missing\.tfplan, which does not exist/
    ],
    [
      'a malformed plan-sha256',
      { 'plan-path': 'x', 'plan-sha256': 'abc' },
      /Input 'plan-sha256' is 'abc': must be the 64 lowercase hex digits/
    ],
    [
      'a missing plan-path',
      { 'plan-sha256': 'a'.repeat(64) },
      /Input 'plan-path' is empty: is required/
    ],
    [
      'an unknown engine',
      { engine: 'pulumi', 'plan-path': 'x', 'plan-sha256': 'a'.repeat(64) },
      /Input 'engine' is 'pulumi'/
    ]
  ];

  it.each(applyCases)('tf-apply: %s', async (_name, inputs, message) => {
    const result = await run(
      'tf-apply',
      { 'working-directory': stackName, 'require-approval': 'false', ...inputs },
      node,
      toolCache
    );
    expect(result.exitCode).toBe(1);
    expect(result.errors.join('\n')).toMatch(message);
    expect(result.log).not.toContain('$ tofu');
    expect(result.outputs['applied']).toBe('false');
    expect(ws.state(stack)).toBeUndefined();
  });

  it('reports every bad input of a step at once', async () => {
    const result = await run(
      'tf-plan',
      { 'working-directory': stackName, engine: 'pulumi', 'lock-timeout': 'soon' },
      node,
      toolCache
    );
    expect(result.errors.join('\n')).toMatch(/Input 'engine'[\s\S]*Input 'lock-timeout'/);
  });
});
