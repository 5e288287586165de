import { afterAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { OUTPUT_CONTRACT } from '../../src/facts/output-contract.js';
import { readRuntimeFacts } from '../../src/facts/runtime-facts.js';
import { runLocalAction } from '../../src/runner/local-runner.js';
import { REPO, toolEnv } from '../support/tools.js';
import { Workspace } from '../support/workspace.js';

/**
 * terraform-modules/local through the bundled tf-plan and tf-apply, on the real engine: the stack
 * of each environment plans, applies, and returns every output of the contract, which the runtime
 * facts reader takes whole.
 */
const ws = new Workspace();
afterAll(() => ws.dispose());

const run = (action: string, inputs: Record<string, string>) =>
  runLocalAction({
    actionDir: join(REPO, 'actions', action),
    inputs,
    workspace: ws.root,
    toolCache: join(ws.root, 'tool-cache'),
    env: toolEnv()
  });

describe.each([
  ['stg', 'staging', '127.0.0.2'],
  ['prod', 'prod', '127.0.0.3']
])('examples/stacks/local/%s', (folder, env, gateway) => {
  it('plans and applies the module, returning the whole contract', async () => {
    const name = `local-${folder}`;
    ws.addStack(`examples/stacks/local/${folder}`, name);
    const plan = await run('tf-plan', { 'working-directory': name, 'var-files': '*.tfvars' });
    expect(plan.errors).toEqual([]);
    expect(plan.outputs).toMatchObject({ 'has-changes': 'true', add: '3', destroy: '0' });
    expect(plan.summary).toContain('`module.cluster.terraform_data.cluster`');
    const apply = await run('tf-apply', {
      'working-directory': name,
      'require-approval': 'false',
      'plan-path': plan.outputs['plan-path'] ?? '',
      'plan-sha256': plan.outputs['plan-sha256'] ?? ''
    });
    expect(apply.errors).toEqual([]);
    expect(apply.outputs['applied']).toBe('true');
    const path = apply.outputs['outputs-path'] ?? '';
    const outputs = JSON.parse(readFileSync(path, 'utf8')) as Record<
      string,
      { sensitive: boolean; value: unknown }
    >;
    for (const o of OUTPUT_CONTRACT) expect(outputs[o.name]?.sensitive).toBe(false);
    const facts = readRuntimeFacts(path, { complete: true });
    expect(facts.cluster_name).toMatch(new RegExp(`^local-${env}-[0-9a-f]{6}$`));
    expect(facts.cluster_gateway_public_address).toBe(gateway);
    expect(outputs['dns_zone']?.value).toEqual({
      name: `local-${env}`,
      domain: `${env}.example.com`,
      name_servers: ['127.0.0.1']
    });
    expect(outputs['node_pools']?.value).toEqual({
      default: { machine_type: 'kind-node', min_size: 1, max_size: 1 }
    });
  });
});
