import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { applyBaseline, readBaseline } from '../../src/check/baseline.js';
import {
  failsThreshold,
  normalizeFindings,
  type Finding,
  type Severity,
  type Threshold
} from '../../src/check/findings.js';
import { getCheckInputs } from '../../src/check/inputs.js';
import type { CheckResult } from '../../src/check/job.js';
import {
  jsonDocuments,
  parseCheckov,
  parseFmt,
  parseTflint,
  parseTrivy,
  parseValidate,
  ScannerError
} from '../../src/check/parsers.js';
import { buildSarif } from '../../src/check/sarif.js';
import { checkovArgs, tflintArgs, trivyArgs, workspacePath } from '../../src/check/scanners.js';
import { renderCheckSummary } from '../../src/check/summary.js';
import { mapInputReader } from '../../src/common/inputs.js';

const toPath = workspacePath('/ws', '/ws/stack');

describe('the failure threshold', () => {
  it.each<[Severity, Threshold, boolean]>([
    ['critical', 'high', true],
    ['high', 'high', true],
    ['medium', 'high', false],
    ['low', 'low', true],
    ['info', 'low', false],
    ['info', 'info', false],
    ['critical', 'none', false],
    ['medium', 'medium', true]
  ])('a %s finding with fail-on %s fails: %s', (severity, threshold, fails) => {
    expect(failsThreshold(severity, threshold)).toBe(fails);
  });
});

describe('the scanners’ reports', () => {
  it('places an unformatted file at the first line the formatter changes', () => {
    const out = [
      'main.tf',
      'sub/b.tf',
      '--- old/main.tf',
      '+++ new/main.tf',
      '@@ -5,7 +5,7 @@',
      ' ',
      ' resource "x" "y" {',
      '   input = {',
      '-    name = "x"',
      '+    name        = "x"',
      '--- old/sub/b.tf',
      '+++ new/sub/b.tf',
      '@@ -1,2 +1,2 @@',
      '-a=1',
      '+a = 1',
      ''
    ].join('\n');
    expect(parseFmt(out, toPath).map((f) => `${f.file}:${f.line}`)).toEqual([
      'stack/main.tf:8',
      'stack/sub/b.tf:1'
    ]);
  });

  it('reads validate diagnostics with their file and line', () => {
    const json = JSON.stringify({
      valid: false,
      diagnostics: [
        {
          severity: 'error',
          summary: 'Reference to undeclared input variable',
          detail: 'No "owner".',
          range: { filename: 'main.tf', start: { line: 15 }, end: { line: 15 } }
        },
        { severity: 'warning', summary: 'Deprecated', detail: '' }
      ]
    });
    expect(parseValidate(json, 'stack', toPath)).toEqual([
      expect.objectContaining({
        tool: 'validate',
        rule: 'reference_to_undeclared_input_variable',
        severity: 'high',
        file: 'stack/main.tf',
        line: 15
      }),
      expect.objectContaining({ rule: 'deprecated', severity: 'low', line: 1 })
    ]);
  });

  it('reads tflint issues, and fails on its errors', () => {
    const issue = {
      rule: { name: 'terraform_unused_declarations', severity: 'warning', link: 'https://x' },
      message: 'variable "labels" is declared but not used',
      range: { filename: 'identity/variables.tf', start: { line: 22 }, end: { line: 22 } }
    };
    expect(parseTflint(JSON.stringify({ issues: [issue], errors: [] }), 'stack', toPath)).toEqual([
      expect.objectContaining({
        rule: 'terraform_unused_declarations',
        severity: 'medium',
        file: 'stack/identity/variables.tf',
        line: 22,
        help: 'https://x'
      })
    ]);
    const errors = {
      issues: [],
      errors: [
        {
          summary: 'Invalid expression',
          message: 'Expected an expression',
          range: { filename: '.tflint.hcl', start: { line: 3 } }
        }
      ]
    };
    expect(() => parseTflint(JSON.stringify(errors), 'stack', toPath)).toThrow(
      'tflint failed on stack: stack/.tflint.hcl:3: Invalid expression: Expected an expression'
    );
  });

  it('reads trivy misconfigurations, skipping passed checks', () => {
    const json = JSON.stringify({
      Results: [
        {
          Target: 'main.tf',
          Misconfigurations: [
            {
              ID: 'AWS-0107',
              Title: 'No SSH from anywhere',
              Message: 'Ingress from 0.0.0.0/0',
              Severity: 'HIGH',
              Status: 'FAIL',
              CauseMetadata: { Resource: 'aws_security_group.bastion', StartLine: 27, EndLine: 27 }
            },
            { ID: 'AWS-0001', Title: 'fine', Severity: 'LOW', Status: 'PASS' }
          ]
        },
        { Target: 'empty.tf', Misconfigurations: null }
      ]
    });
    expect(parseTrivy(json, 'stack', toPath)).toEqual([
      {
        tool: 'trivy',
        rule: 'AWS-0107',
        severity: 'high',
        message: 'No SSH from anywhere: Ingress from 0.0.0.0/0',
        file: 'stack/main.tf',
        line: 27,
        endLine: 27,
        resource: 'aws_security_group.bastion'
      }
    ]);
    expect(parseTrivy('{"Results":null}', 'stack', toPath)).toEqual([]);
  });

  it('reads checkov, one document a folder, and fails when it could not parse a file', () => {
    const run = (failed: unknown[], parsingErrors = 0) => ({
      check_type: 'terraform',
      results: { failed_checks: failed },
      summary: { parsing_errors: parsingErrors, failed: failed.length }
    });
    const check = {
      check_id: 'CKV_AWS_24',
      check_name: 'No SSH from 0.0.0.0/0',
      file_path: '/main.tf',
      file_abs_path: '/ws/stack/main.tf',
      file_line_range: [17, 29],
      resource: 'aws_security_group.bastion',
      severity: null
    };
    const two = `${JSON.stringify(run([check]))}\n${JSON.stringify({ passed: 0, failed: 0, parsing_errors: 0 })}`;
    expect(parseCheckov(two, 'stack', toPath)).toEqual([
      expect.objectContaining({
        rule: 'CKV_AWS_24',
        severity: 'medium',
        file: 'stack/main.tf',
        line: 17,
        endLine: 29
      })
    ]);
    expect(() => parseCheckov(JSON.stringify(run([], 1)), 'stack', toPath)).toThrow(
      /could not parse 1 file\(s\), which would go unchecked/
    );
  });

  it.each([
    ['validate', () => parseValidate('Error: no', 'stack', toPath)],
    ['tflint', () => parseTflint('{"issues": 3}', 'stack', toPath)],
    ['trivy', () => parseTrivy('', 'stack', toPath)],
    ['checkov', () => parseCheckov('Traceback (most recent call last):', 'stack', toPath)]
  ])('fails when %s prints something that is not its report', (tool, read) => {
    expect(read).toThrow(ScannerError);
    expect(read).toThrow(new RegExp(`^${tool} failed on stack: its report is not`));
  });

  it('splits a stream of JSON documents, strings with braces included', () => {
    expect(jsonDocuments('{"a":"}{"}\n[1,2] {"b":{}}')).toEqual([{ a: '}{' }, [1, 2], { b: {} }]);
    expect(() => jsonDocuments('{"a":1} trailing')).toThrow(SyntaxError);
    expect(() => jsonDocuments('')).toThrow(SyntaxError);
  });
});

describe('command lines', () => {
  it('tell every scanner to report in JSON and to exit 0 on findings', () => {
    expect(tflintArgs('/d')).toEqual(
      expect.arrayContaining(['--chdir', '/d', '--format', 'json', '--force'])
    );
    expect(trivyArgs('/d', '/c')).toEqual(
      expect.arrayContaining(['config', '--skip-check-update', '--exit-code', '0', '/d'])
    );
    expect(checkovArgs('/d')).toEqual(
      expect.arrayContaining(['--directory', '/d', '--soft-fail', '--skip-download'])
    );
  });
});

const finding = (over: Partial<Finding>): Finding => ({
  tool: 'checkov',
  rule: 'CKV_AWS_24',
  severity: 'medium',
  message: 'm',
  file: 'stack/main.tf',
  line: 17,
  ...over
});

describe('findings reached from two folders', () => {
  it('are one, named by the shortest resource address', () => {
    const found = normalizeFindings([
      finding({ resource: 'module.platform.module.network.aws_vpc.this' }),
      finding({ resource: 'module.network.aws_vpc.this' }),
      finding({ line: 3 })
    ]);
    expect(found.map((f) => `${f.line} ${f.resource ?? ''}`)).toEqual([
      '3 ',
      '17 module.network.aws_vpc.this'
    ]);
  });
});

describe('the baseline file', () => {
  const ws = mkdtempSync(join(tmpdir(), 'baseline-'));
  const write = (name: string, text: string) => {
    const file = join(ws, name);
    writeFileSync(file, text);
    return file;
  };

  it('matches by tool, rule and file or folder, optionally resource and line', () => {
    const file = write(
      'b.yaml',
      [
        'accepted:',
        '  - { tool: checkov, rule: CKV_AWS_24, path: stack/, reason: Reached over the VPN only., expires: 2027-01-01 }',
        '  - { tool: trivy, rule: AWS-0107, path: stack/main.tf, line: 9, reason: Another line entirely., expires: 2027-01-01 }',
        ''
      ].join('\n')
    );
    const baseline = readBaseline(file, ws);
    const verdict = applyBaseline(
      [finding({}), finding({ tool: 'trivy', rule: 'AWS-0107', line: 27 })],
      baseline,
      '2026-12-01'
    );
    expect(verdict.findings[0]?.accepted).toEqual({
      reason: 'Reached over the VPN only.',
      expires: '2027-01-01',
      entry: 'b.yaml:2'
    });
    expect(verdict.findings[1]?.accepted).toBeUndefined();
    expect(verdict.unused.map((e) => e.at)).toEqual(['b.yaml:3']);
    expect(verdict.expired).toEqual([]);
  });

  it('holds an entry on its expiry day, and fails it the day after', () => {
    const file = write(
      'e.yaml',
      'accepted:\n  - { tool: checkov, rule: CKV_AWS_24, path: stack/main.tf, reason: Until the VPN is there., expires: 2026-12-01 }\n'
    );
    const baseline = readBaseline(file, ws);
    expect(applyBaseline([finding({})], baseline, '2026-12-01').expired).toEqual([]);
    const after = applyBaseline([finding({})], baseline, '2026-12-02');
    expect(after.findings[0]?.accepted).toBeUndefined();
    expect(after.expired).toEqual([
      expect.objectContaining({ tool: 'baseline', file: 'e.yaml', line: 2, severity: 'high' })
    ]);
  });

  it.each([
    [
      'a missing reason',
      '  - { tool: trivy, rule: R, path: a.tf, expires: 2027-01-01 }',
      /accepted\.0\.reason: why the finding is accepted/
    ],
    [
      'a short reason',
      '  - { tool: trivy, rule: R, path: a.tf, reason: ok, expires: 2027-01-01 }',
      /10 characters or more/
    ],
    [
      'an impossible date',
      '  - { tool: trivy, rule: R, path: a.tf, reason: Some good reason., expires: 2027-02-30x }',
      /accepted\.0\.expires: a date such as 2027-06-30/
    ],
    [
      'an unknown tool',
      '  - { tool: tfsec, rule: R, path: a.tf, reason: Some good reason., expires: 2027-01-01 }',
      /accepted\.0\.tool: one of fmt, validate, tflint, trivy, checkov/
    ],
    [
      'a path outside the workspace',
      '  - { tool: trivy, rule: R, path: ../a.tf, reason: Some good reason., expires: 2027-01-01 }',
      /accepted\.0\.path: relative to the workspace/
    ],
    [
      'an unknown key',
      '  - { tool: trivy, rule: R, path: a.tf, reason: Some good reason., expires: 2027-01-01, until: x }',
      /unknown key\(s\) until/
    ]
  ])('refuses %s, naming the file, line and key', (_what, entry, message) => {
    const file = write('bad.yaml', `accepted:\n${entry}\n`);
    expect(() => readBaseline(file, ws)).toThrow(message);
    expect(() => readBaseline(file, ws)).toThrow(/bad\.yaml:2:\d+/);
  });
});

describe('the merged SARIF log', () => {
  it('has a run per tool and carries accepted findings as suppressions', () => {
    const sarif = buildSarif(
      [
        finding({ help: 'https://docs' }),
        {
          ...finding({ tool: 'trivy', rule: 'AWS-0107', severity: 'critical', line: 27 }),
          accepted: { reason: 'VPN soon.', expires: '2027-01-01', entry: 'b.yaml:2' }
        }
      ],
      ['trivy', 'checkov']
    ) as {
      runs: {
        tool: { driver: { name: string; rules: { helpUri?: string }[] } };
        results: { level: string; suppressions?: unknown[] }[];
      }[];
    };
    expect(sarif.runs.map((r) => r.tool.driver.name)).toEqual(['trivy', 'checkov']);
    expect(sarif.runs[0]?.results[0]).toMatchObject({
      level: 'error',
      suppressions: [{ kind: 'external', justification: 'VPN soon. (until 2027-01-01, b.yaml:2)' }]
    });
    expect(sarif.runs[1]?.results[0]).toMatchObject({ level: 'warning' });
    expect(sarif.runs[1]?.tool.driver.rules[0]?.helpUri).toBe('https://docs');
  });
});

describe('the step summary', () => {
  it('counts by severity and tool, and lists the failing findings at file:line', () => {
    const failing = finding({ severity: 'high', tool: 'trivy', rule: 'AWS-0107', line: 27 });
    const result: CheckResult = {
      result: 'failed',
      findings: [
        failing,
        {
          ...finding({}),
          accepted: { reason: 'VPN | soon.', expires: '2027-01-01', entry: 'b.yaml:2' }
        }
      ],
      failing: [failing],
      expired: [],
      unusedBaselineEntries: [],
      counts: { critical: 0, high: 1, medium: 0, low: 0, info: 0 },
      accepted: 1,
      sarifPath: '/tmp/x.sarif',
      failOn: 'high',
      seconds: {}
    };
    const text = renderCheckSummary(result);
    expect(text).toContain('### tf-check: ❌ failed (fails on high and above)');
    expect(text).toContain('| high | 0 | 0 | 0 | 1 | 0 | 0 | 1 |');
    expect(text).toContain('| accepted | 0 | 0 | 0 | 0 | 1 | 0 | 1 |');
    expect(text).toContain('| `stack/main.tf:27` | trivy | `AWS-0107` | high | m |');
    expect(text).toContain('VPN \\| soon.');
  });
});

describe('tf-check inputs', () => {
  const ws = mkdtempSync(join(tmpdir(), 'check-inputs-'));
  mkdirSync(join(ws, 'a'));
  mkdirSync(join(ws, 'b'));
  const paths = { workspace: ws, temp: join(ws, 'tmp') };
  const read = (inputs: Record<string, string>) => getCheckInputs(mapInputReader(inputs), paths);

  it('has defaults: every tool, fail on low, validate the working directories', () => {
    const inputs = read({ 'working-directory': 'a\nb' });
    expect(inputs.tools).toEqual(['fmt', 'validate', 'tflint', 'trivy', 'checkov']);
    expect(inputs.failOn).toBe('low');
    expect(inputs.validateDirectories).toEqual([join(ws, 'a'), join(ws, 'b')]);
    expect(inputs.sarifPath).toBe(join(ws, 'tmp', 'tf-check', 'tf-check.sarif'));
  });

  it('reports every bad input at once, naming each', () => {
    let message = '';
    try {
      read({
        'working-directory': 'a\nnope',
        tools: 'fmt, tfsec',
        'fail-on': 'severe',
        baseline: 'missing.yaml',
        annotations: 'maybe'
      });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain("Input 'working-directory' is 'nope': no such folder");
    expect(message).toContain("Input 'tools' is 'fmt, tfsec': 'tfsec' is not one of");
    expect(message).toContain("Input 'fail-on' is 'severe': must be one of critical, high");
    expect(message).toContain("Input 'baseline' is 'missing.yaml': no such file");
    expect(message).toContain("Input 'annotations' is 'maybe'");
  });

  it('requires a working directory', () => {
    expect(() => read({})).toThrow("Input 'working-directory' is empty: is required");
  });
});
