import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getInputs } from '../../src/verify/inputs.js';
import { InputErrors } from '../../src/common/errors.js';
import { mapInputReader } from '../../src/common/inputs.js';

const workspace = mkdtempSync(join(tmpdir(), 'verify-gates-inputs-'));
afterAll(() => rmSync(workspace, { recursive: true, force: true }));
const temp = join(workspace, 'runner-temp');
mkdirSync(join(workspace, 'gates'));
writeFileSync(join(workspace, 'gates', 'checks.yaml'), '- {kind: tcp, host: a, port: 1}\n');
writeFileSync(join(workspace, 'outputs.json'), '{}\n');

const inputs = (values: Record<string, string>) =>
  getInputs(mapInputReader(values), { workspace, temp });

function errors(values: Record<string, string>): string[] {
  try {
    inputs(values);
  } catch (error) {
    expect(error).toBeInstanceOf(InputErrors);
    return (error as InputErrors).errors.map((e) => e.message);
  }
  throw new Error('the inputs were accepted');
}

describe('verify-gates getInputs', () => {
  it('takes inline checks with the defaults of action.yml', () => {
    expect(inputs({ checks: '- {kind: tcp, host: a, port: 1}' })).toEqual({
      checks: { file: 'input checks', text: '- {kind: tcp, host: a, port: 1}' },
      factsFile: undefined,
      timeoutMs: 600_000,
      intervalMs: 10_000,
      dnsServer: undefined,
      concurrency: 8,
      reportPath: join(temp, 'verify-gates', 'report.json'),
      reportRoot: temp,
      workspace
    });
  });

  it('reads a checks file and resolves every path from the workspace', () => {
    expect(
      inputs({
        'checks-file': 'gates/checks.yaml',
        'facts-file': 'outputs.json',
        timeout: '1m30s',
        interval: '500ms',
        'dns-server': '[::1]:5353',
        concurrency: '2',
        'report-path': 'out/report.json'
      })
    ).toEqual({
      checks: {
        file: join('gates', 'checks.yaml'),
        text: '- {kind: tcp, host: a, port: 1}\n'
      },
      factsFile: join(workspace, 'outputs.json'),
      timeoutMs: 90_000,
      intervalMs: 500,
      dnsServer: '[::1]:5353',
      concurrency: 2,
      reportPath: join(workspace, 'out', 'report.json'),
      reportRoot: workspace,
      workspace
    });
  });

  it('reports every bad input at once, naming the input, the value and the rule', () => {
    expect(
      errors({
        timeout: '10 minutes',
        interval: '0s',
        'dns-server': 'dns.example.test',
        concurrency: '0',
        'facts-file': 'missing.json'
      })
    ).toEqual([
      "Input 'timeout' is '10 minutes': must be a duration such as 30s, 10m or 1h30m, more than zero",
      "Input 'interval' is '0s': must be a duration such as 30s, 10m or 1h30m, more than zero",
      "Input 'dns-server' is 'dns.example.test': must be the address of a DNS server: an IP with an optional port (127.0.0.1:5353, [::1]:53), or empty for the system resolver",
      "Input 'concurrency' is '0': must be a whole number of checks from 1 to 64",
      "Input 'checks' is empty: give the checks as YAML here, or a file of them in checks-file",
      `Input 'facts-file' is 'missing.json': no such file (${join(workspace, 'missing.json')}): expected tf-apply's outputs-path or a published facts.yaml`
    ]);
  });

  it.each([
    [
      { checks: '- {kind: tcp}', 'checks-file': 'gates/checks.yaml' },
      "Input 'checks-file' is 'gates/checks.yaml': give either checks or checks-file, not both"
    ],
    [
      { 'checks-file': 'gates' },
      `Input 'checks-file' is 'gates': no such file (${join(workspace, 'gates')})`
    ],
    [
      { checks: 'x', concurrency: '65' },
      "Input 'concurrency' is '65': must be a whole number of checks from 1 to 64"
    ],
    [
      { checks: 'x', 'dns-server': '127.0.0.1:99999' },
      /^Input 'dns-server' is '127\.0\.0\.1:99999'/
    ]
  ])('rejects %j', (values, message) => {
    const found = errors(values as Record<string, string>);
    expect(found).toHaveLength(1);
    if (typeof message === 'string') expect(found[0]).toBe(message);
    else expect(found[0]).toMatch(message);
  });
});
