import { afterAll, describe, expect, it } from '@jest/globals';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { runLocalAction } from '../../src/runner/local-runner.js';
import { REPO, tool, toolEnv } from '../support/tools.js';
import { Workspace } from '../support/workspace.js';

/**
 * A misconfigured runner: TF_CLI_CONFIG_FILE names a file that is not there. The engine then
 * warns in front of its JSON and ignores the provider mirror; tf-plan must still recognise the
 * engine on PATH (no download) and stop at once, in one line naming the variable.
 */
const ws = new Workspace();
afterAll(() => ws.dispose());

describe('tf-plan on a runner whose TF_CLI_CONFIG_FILE names no file', () => {
  it('fails in one line naming TF_CLI_CONFIG_FILE, before init, without downloading an engine', async () => {
    const stack = ws.addStack('examples/stacks/local/dev', 'misconfigured');
    const missing = join(ws.root, 'no-such.tfrc');
    const toolCache = join(ws.root, 'tool-cache');
    const result = await runLocalAction({
      actionDir: join(REPO, 'actions', 'tf-plan'),
      inputs: { 'working-directory': 'misconfigured', 'var-files': '*.tfvars' },
      node: tool('node24'),
      workspace: ws.root,
      toolCache,
      env: { ...toolEnv(), TF_CLI_CONFIG_FILE: missing }
    });
    expect(result.exitCode).toBe(1);
    expect(result.errors).toEqual([
      `The engine's CLI configuration is unusable (the file ${JSON.stringify(missing)} does not exist): fix or unset TF_CLI_CONFIG_FILE (${JSON.stringify(missing)})`
    ]);
    expect(result.log).not.toMatch(/download/i);
    expect(result.log).not.toContain('Initializing');
    expect(existsSync(toolCache) ? readdirSync(toolCache) : []).toEqual([]);
    expect(existsSync(join(stack, '.terraform'))).toBe(false);
  });
});
