import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runLocalAction } from '../../src/runner/local-runner.js';
import { REPO, toolEnv } from '../support/tools.js';

/** The bundled tf-check action, run as a runner runs it, on the real scanners. */
const root = mkdtempSync(join(tmpdir(), 'tf-check-e2e-'));
const ws = join(root, 'ws');
beforeAll(() => cpSync(join(REPO, '__tests__', 'fixtures', 'tf-check'), ws, { recursive: true }));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const run = (inputs: Record<string, string>) =>
  runLocalAction({
    actionDir: join(REPO, 'actions', 'tf-check'),
    inputs,
    workspace: ws,
    env: toolEnv()
  });

describe('tf-check as a runner runs it', () => {
  it('annotates each finding on its file and line, writes the SARIF log and fails the step', async () => {
    const sarif = join(root, 'findings.sarif');
    const result = await run({
      'working-directory': 'open-ssh\nunformatted',
      'validate-directories': 'unformatted',
      tools: 'fmt, validate, trivy',
      'sarif-path': sarif
    });
    expect(result.exitCode).toBe(1);
    expect(result.outputs).toMatchObject({
      result: 'failed',
      'sarif-path': sarif,
      failing: '2',
      findings: '2',
      accepted: '0'
    });
    expect(JSON.parse(result.outputs['counts'] ?? '')).toEqual({
      critical: 0,
      high: 1,
      medium: 1,
      low: 0,
      info: 0
    });
    expect(result.log).toMatch(
      /::error title=trivy AWS-0107,file=open-ssh\/main.tf,line=27,endLine=27::high: /
    );
    expect(result.log).toMatch(/::error title=fmt fmt,file=unformatted\/main.tf,line=8::medium: /);
    expect(result.errors.join('\n')).toContain(
      'tf-check failed: 2 finding(s) at low or above that the baseline does not accept:\n  open-ssh/main.tf:27 trivy AWS-0107 (high)'
    );
    expect(result.summary).toContain('### tf-check: ❌ failed (fails on low and above)');
    expect(result.summary).toContain('| `open-ssh/main.tf:27` | trivy | `AWS-0107` | high |');
    const log = JSON.parse(readFileSync(sarif, 'utf8')) as { version: string; runs: unknown[] };
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(4);
  });

  it('passes a clean stack with a threshold that lets warnings through', async () => {
    const result = await run({ 'working-directory': 'clean', 'fail-on': 'high' });
    expect(result.errors).toEqual([]);
    expect(result.exitCode).toBe(0);
    expect(result.outputs['result']).toBe('passed');
    expect(existsSync(result.outputs['sarif-path'] ?? '')).toBe(true);
  });

  it('fails on a bad input before any scanner runs, naming it, and writes nothing', async () => {
    const sarif = join(root, 'never.sarif');
    const result = await run({
      'working-directory': 'clean',
      'fail-on': 'severe',
      tools: 'tfsec',
      'sarif-path': sarif
    });
    expect(result.exitCode).toBe(1);
    expect(result.errors.join('\n')).toContain("Input 'fail-on' is 'severe'");
    expect(result.errors.join('\n')).toContain("Input 'tools' is 'tfsec'");
    expect(existsSync(sarif)).toBe(false);
    expect(result.summary).toContain('tf-check failed');
  });
});
