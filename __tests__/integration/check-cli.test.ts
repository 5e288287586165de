import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { platformctl } from '../support/cli.js';
import { REPO, toolEnv } from '../support/tools.js';

/** `platformctl check`: tf-check's job in a terminal, on the real scanners. */
const root = mkdtempSync(join(tmpdir(), 'check-cli-'));
const ws = join(root, 'ws');
beforeAll(() => cpSync(join(REPO, '__tests__', 'fixtures', 'tf-check'), ws, { recursive: true }));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const env = () => {
  const tools = toolEnv();
  return {
    PATH: tools['PATH'] ?? '',
    TF_CLI_CONFIG_FILE: tools['TF_CLI_CONFIG_FILE'] ?? '',
    GITHUB_WORKSPACE: ws,
    RUNNER_TEMP: root
  };
};

describe('platformctl check', () => {
  it('prints each finding at its file:line and exits 1 when one fails', async () => {
    const run = await platformctl(['check', '--dir', 'open-ssh', '--tools', 'trivy'], env());
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      'FAIL open-ssh/main.tf:27 trivy AWS-0107 (high) aws_security_group.bastion:'
    );
    expect(run.stdout).toMatch(
      /tf-check failed: 1 failing, 1 finding\(s\), 0 accepted \(fail-on low\)/
    );
  });

  it('exits 0 below the threshold, and reports in JSON', async () => {
    const run = await platformctl(
      [
        'check',
        '--dir',
        'open-ssh',
        '--tools',
        'trivy',
        '--fail-on',
        'critical',
        '--format',
        'json'
      ],
      env()
    );
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as { result: string; findings: { rule: string }[] };
    expect(report.result).toBe('passed');
    expect(report.findings.map((f) => f.rule)).toEqual(['AWS-0107']);
  });

  it('exits 2 on a usage error and 1 on a bad input, naming it', async () => {
    expect((await platformctl(['check', '--nope'], env())).code).toBe(2);
    const bad = await platformctl(['check', '--dir', 'missing'], env());
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain("platformctl: --dir is 'missing': no such folder");
    expect(bad.stderr).not.toContain("Input '");
  });
});
