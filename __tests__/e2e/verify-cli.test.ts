import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runProcess, type ProcessResult } from '../../src/common/process.js';
import type { GateReport } from '../../src/verify/gates.js';
import { LAB_SECRET, startGateLab, type GateLab } from '../support/gate-lab.js';
import { REPO } from '../support/tools.js';

/** `platformctl verify` as a person runs it: the bundled CLI against the loopback servers. */
const root = mkdtempSync(join(tmpdir(), 'verify-cli-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

let lab: GateLab;
beforeAll(async () => {
  lab = await startGateLab(join(root, 'lab'));
});
afterAll(() => lab.stop());

function platformctl(args: string[]): Promise<ProcessResult> {
  return runProcess(process.execPath, [join(REPO, 'bin', 'platformctl.js'), 'verify', ...args], {
    cwd: lab.dir,
    env: { ...process.env, RUNNER_TEMP: join(root, 'temp') },
    timeoutMs: 60_000
  });
}

describe('platformctl verify', () => {
  it('prints the report as JSON and exits 0 when every check passes', async () => {
    const result = await platformctl([
      '--checks-file',
      lab.passingChecksFile,
      '--facts-file',
      'outputs.json',
      '--dns-server',
      lab.dns.address,
      '--timeout',
      '5s',
      '--interval',
      '200ms',
      '--report-path',
      'report.json',
      '--format',
      'json'
    ]);
    expect(result.stderr).not.toContain('FAILED');
    expect(result.exitCode).toBe(0);
    const printed = JSON.parse(result.stdout) as GateReport;
    expect(printed).toMatchObject({ result: 'passed', passed: 11, failed: 0 });
    expect(JSON.parse(readFileSync(join(lab.dir, 'report.json'), 'utf8'))).toEqual(printed);
    expect(result.stderr).toContain('== Run 11 checks (up to 5 s each, every 200 ms)');
    expect(result.stdout + result.stderr).not.toContain(LAB_SECRET);
  });

  it('prints a line a check with what was expected and seen, and exits 1 when one fails', async () => {
    const result = await platformctl([
      `--checks=- {name: closed, kind: tcp, host: ${lab.closed.host}, port: ${lab.closed.port}}`,
      '--timeout',
      '400ms',
      '--interval',
      '100ms'
    ]);
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toMatch(
      new RegExp(
        `^FAIL  closed  \\(tcp, \\d+ attempts, \\d+ ms\\)\\n      expected: a connection to ${lab.closed.host.replace(/\./g, '\\.')} port ${lab.closed.port}\\n      seen:     .*ECONNREFUSED.*\\n\\n1 of 1 checks failed\\.\\n$`
      )
    );
    expect(existsSync(join(root, 'temp', 'verify-gates', 'report.json'))).toBe(true);
  });

  it('exits 1 naming the line of a bad check, and 2 on a bad command line', async () => {
    const bad = await platformctl(['--checks=- kind: ping\n  host: a']);
    expect(bad.exitCode).toBe(1);
    expect(bad.stderr).toContain(
      'platformctl: input checks:1:9: checks[0].kind: unknown check kind "ping": expected one of dns, tcp, tls, http, invariant'
    );
    const usage = await platformctl(['--check', 'x']);
    expect(usage.exitCode).toBe(2);
    expect(usage.stderr).toContain('platformctl verify: run verify-gates');
  });
});
