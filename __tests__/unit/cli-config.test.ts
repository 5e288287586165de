import { afterAll, describe, expect, it } from '@jest/globals';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  assertUsableCliConfig,
  cliConfigProblem,
  engineJsonText
} from '../../src/terraform/cli-config.js';
import { binaryVersion } from '../../src/terraform/install.js';
import { engineCli } from '../../src/terraform/engine.js';
import { tool } from '../support/tools.js';
import { execProcess, runScanner } from '../../src/check/scanners.js';

/** What the engine prints when its CLI configuration file is missing or broken (OpenTofu 1.12). */
const MISSING = {
  stdout:
    '\nWarning: Unable to open CLI configuration file\n\nThe CLI configuration file at "/runner/missing.tfrc" does not exist.\n{\n  "terraform_version": "1.12.6",\n  "platform": "linux_amd64",\n  "provider_selections": {}\n}\n',
  stderr: 'There are some problems with the CLI configuration:\n'
};
const BROKEN = {
  stdout: '{\n  "terraform_version": "1.12.6"\n}\n',
  stderr:
    "There are some problems with the CLI configuration:\n\nError: Error parsing /runner/bad.tfrc: At 2:9: key 'broken' expected start of object ('{') or assignment ('=')\n\nAs a result of the above problems, OpenTofu may not behave as intended.\n\n"
};

describe('the CLI configuration problem, in one line', () => {
  it('names a missing file and the variable that points at it', () => {
    expect(cliConfigProblem(MISSING, { TF_CLI_CONFIG_FILE: '/runner/missing.tfrc' })).toBe(
      `The engine's CLI configuration is unusable (the file "/runner/missing.tfrc" does not exist): fix or unset TF_CLI_CONFIG_FILE ("/runner/missing.tfrc")`
    );
  });

  it("quotes the engine's parse error and names the home file when no variable is set", () => {
    const problem = cliConfigProblem(BROKEN, {});
    expect(problem).toContain('Error parsing /runner/bad.tfrc: At 2:9');
    expect(problem).toContain('~/.tofurc or ~/.terraformrc');
    expect(problem).not.toContain('\n');
  });

  it('is nothing when the engine did not complain', () => {
    expect(cliConfigProblem({ stdout: '{}', stderr: '' }, {})).toBeUndefined();
  });

  it('finds the JSON document behind the warning, and leaves other text as it is', () => {
    expect(JSON.parse(engineJsonText(MISSING.stdout))).toMatchObject({
      terraform_version: '1.12.6'
    });
    expect(engineJsonText('[1]')).toBe('[1]');
    expect(engineJsonText('no json here')).toBe('no json here');
  });
});

describe('with the real engine and a TF_CLI_CONFIG_FILE that names no file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cli-config-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const missing = join(dir, 'missing.tfrc');

  it('still knows the binary for the engine it is (no download for want of a version)', async () => {
    const before = process.env['TF_CLI_CONFIG_FILE'];
    process.env['TF_CLI_CONFIG_FILE'] = missing;
    try {
      expect(await binaryVersion(tool('tofu'))).toMatch(/^\d+\.\d+\.\d+/);
    } finally {
      if (before === undefined) delete process.env['TF_CLI_CONFIG_FILE'];
      else process.env['TF_CLI_CONFIG_FILE'] = before;
    }
  });

  it('fails the first engine command in one line naming the variable, without running it', async () => {
    writeFileSync(join(dir, 'main.tf'), 'resource "terraform_data" "a" {}\n');
    const infos: string[] = [];
    const engine = engineCli(
      { engine: 'tofu', version: '1.12.6', binary: tool('tofu'), source: 'path' },
      { info: (m) => infos.push(m), warning: (m) => infos.push(m), group: (_t, fn) => fn() },
      { TF_CLI_CONFIG_FILE: missing }
    );
    await expect(
      engine.run(['init', '-input=false'], { cwd: dir, timeoutMs: 60_000 })
    ).rejects.toThrow(
      `The engine's CLI configuration is unusable (the file ${JSON.stringify(missing)} does not exist): fix or unset TF_CLI_CONFIG_FILE (${JSON.stringify(missing)})`
    );
    expect(infos.join('\n')).not.toContain('Initializing');
  });

  it("fails tf-check's validate the same way, before init writes anything", async () => {
    const stack = join(dir, 'validated');
    mkdirSync(stack);
    writeFileSync(join(stack, 'main.tf'), 'resource "terraform_data" "a" {}\n');
    const scratch = mkdtempSync(join(dir, 'scratch-'));
    const binaries = {
      fmt: tool('tofu'),
      validate: tool('tofu'),
      tflint: '',
      trivy: '',
      checkov: ''
    };
    await expect(
      runScanner('validate', [stack], {
        workspace: dir,
        binaries,
        env: { ...process.env, TF_CLI_CONFIG_FILE: missing },
        exec: execProcess,
        scratch
      })
    ).rejects.toThrow(`fix or unset TF_CLI_CONFIG_FILE (${JSON.stringify(missing)})`);
    expect(existsSync(join(stack, '.terraform.lock.hcl'))).toBe(false);
  });

  it('lets a valid configuration through', async () => {
    const good = join(dir, 'good.tfrc');
    writeFileSync(good, 'plugin_cache_may_break_dependency_lock_file = true\n');
    await expect(
      assertUsableCliConfig(tool('tofu'), { ...process.env, TF_CLI_CONFIG_FILE: good })
    ).resolves.toBeUndefined();
  });
});
