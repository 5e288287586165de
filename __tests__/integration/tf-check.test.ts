import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { memoryLog } from '../../src/common/log.js';
import { CHECK_TOOLS, location, type JudgedFinding } from '../../src/check/findings.js';
import { runCheck, ScannerMissingError, type CheckSettings } from '../../src/check/job.js';
import { ScannerError } from '../../src/check/parsers.js';
import { REPO, toolEnv } from '../support/tools.js';

/**
 * tf-check on the real scanners (OpenTofu, tflint, trivy, checkov) against fixture stacks whose
 * findings are known: each is found at its file and line by the tool that should find it.
 */
const root = mkdtempSync(join(tmpdir(), 'tf-check-'));
const ws = join(root, 'ws');
afterAll(() => rmSync(root, { recursive: true, force: true }));
beforeAll(() => {
  cpSync(join(REPO, '__tests__', 'fixtures', 'tf-check'), ws, { recursive: true });
});

const dir = (name: string) => join(ws, name);

function settings(over: Partial<CheckSettings>): CheckSettings {
  return {
    workspace: ws,
    directories: [],
    validateDirectories: [],
    tools: [...CHECK_TOOLS],
    engine: 'tofu',
    failOn: 'low',
    sarifPath: join(root, `out-${Math.random().toString(36).slice(2)}`, 'tf-check.sarif'),
    ...over
  };
}

/** Every file under a folder with its sha256: what a check must leave as it was. */
function snapshot(folder: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(folder, { recursive: true }).map(String).sort()) {
    const path = join(folder, name);
    out[name] = statSync(path).isDirectory()
      ? 'folder'
      : createHash('sha256').update(readFileSync(path)).digest('hex');
  }
  return out;
}

const brief = (f: JudgedFinding) => `${location(f)} ${f.tool} ${f.rule}`;

interface SarifLog {
  runs: {
    tool: { driver: { name: string } };
    results: {
      ruleId: string;
      locations: {
        physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } };
      }[];
      suppressions?: { justification: string }[];
    }[];
  }[];
}
const readSarif = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as SarifLog;
const sarifHits = (log: SarifLog) =>
  log.runs.flatMap((run) =>
    run.results.map((r) => {
      const at = r.locations[0]?.physicalLocation;
      return `${at?.artifactLocation.uri}:${at?.region.startLine} ${run.tool.driver.name} ${r.ruleId}`;
    })
  );

describe('the known findings of the fixture stacks', () => {
  const known = ['public-bucket', 'open-ssh', 'unformatted', 'unknown-variable', 'clean'];
  let result: Awaited<ReturnType<typeof runCheck>>;
  let before: Record<string, string>;
  beforeAll(async () => {
    before = snapshot(ws);
    result = await runCheck(
      settings({
        directories: known.map(dir),
        validateDirectories: ['unformatted', 'unknown-variable', 'clean'].map(dir)
      }),
      { log: memoryLog(), env: toolEnv() }
    );
  });

  it.each([
    ['a public bucket: its ACL grants public read', 'public-bucket/main.tf:26 trivy AWS-0092'],
    ['a public bucket: public ACLs are not blocked', 'public-bucket/main.tf:18 trivy AWS-0086'],
    ['a public bucket: public policies are not blocked', 'public-bucket/main.tf:19 trivy AWS-0087'],
    ['a public bucket: public read ACL', 'public-bucket/main.tf:12 checkov CKV_AWS_20'],
    ['a public bucket: block public ACLs', 'public-bucket/main.tf:16 checkov CKV_AWS_53'],
    ['0.0.0.0/0 on port 22', 'open-ssh/main.tf:27 trivy AWS-0107'],
    ['0.0.0.0/0 on port 22', 'open-ssh/main.tf:17 checkov CKV_AWS_24'],
    ['an unformatted file, at its first change', 'unformatted/main.tf:8 fmt fmt'],
    [
      'an unknown variable',
      'unknown-variable/main.tf:15 validate reference_to_undeclared_input_variable'
    ]
  ])('finds %s (%s)', (_what, expected) => {
    expect(result.findings.map(brief)).toContain(expected);
    expect(result.failing.map(brief)).toContain(expected);
  });

  it('carries each finding into the SARIF log at the same place, one run per tool', () => {
    const log = readSarif(result.sarifPath);
    expect(log.runs.map((r) => r.tool.driver.name)).toEqual([
      'tofu fmt',
      'tofu validate',
      'tflint',
      'trivy',
      'checkov',
      'tf-check baseline'
    ]);
    expect(sarifHits(log)).toEqual(
      expect.arrayContaining([
        'open-ssh/main.tf:27 trivy AWS-0107',
        'unformatted/main.tf:8 tofu fmt fmt',
        'unknown-variable/main.tf:15 tofu validate reference_to_undeclared_input_variable'
      ])
    );
    expect(sarifHits(log)).toHaveLength(result.findings.length);
  });

  it('finds nothing in the clean stack, fails, and leaves every file as it was', () => {
    expect(result.findings.filter((f) => f.file.startsWith('clean/'))).toEqual([]);
    expect(result.result).toBe('failed');
    expect(result.counts.high).toBeGreaterThan(0);
    expect(snapshot(ws)).toEqual(before);
  });
});

describe('a clean stack', () => {
  it('passes every tool, with an empty SARIF run for each', async () => {
    const result = await runCheck(
      settings({ directories: [dir('clean')], validateDirectories: [dir('clean')] }),
      { log: memoryLog(), env: toolEnv() }
    );
    expect(result.findings).toEqual([]);
    expect(result.result).toBe('passed');
    const log = readSarif(result.sarifPath);
    expect(log.runs).toHaveLength(6);
    expect(log.runs.every((r) => r.results.length === 0)).toBe(true);
  });
});

describe('the baseline', () => {
  const write = (name: string, expiresTrivy: string, expiresCheckov: string) => {
    const file = join(ws, name);
    writeFileSync(
      file,
      [
        'accepted:',
        '  - tool: trivy',
        '    rule: AWS-0107',
        '    path: open-ssh/main.tf',
        '    reason: The bastion is reached over SSH from anywhere until the VPN is in place.',
        `    expires: ${expiresTrivy}`,
        '  - tool: checkov',
        '    rule: CKV_AWS_24',
        '    path: open-ssh/',
        '    resource: aws_security_group.bastion',
        '    reason: The bastion is reached over SSH from anywhere until the VPN is in place.',
        `    expires: ${expiresCheckov}`,
        '  - tool: checkov',
        '    rule: CKV2_AWS_5',
        '    path: open-ssh/main.tf',
        '    reason: The security group is attached by the bastion module, outside this stack.',
        '    expires: 2099-12-31',
        ''
      ].join('\n')
    );
    return file;
  };
  const check = (baselineFile: string) =>
    runCheck(
      settings({ directories: [dir('open-ssh')], tools: ['trivy', 'checkov'], baselineFile }),
      { log: memoryLog(), env: toolEnv(), today: '2026-12-01' }
    );

  it('accepts findings until their expiry, and says so in the SARIF log', async () => {
    const result = await check(write('baseline-valid.yaml', '2027-06-30', '2026-12-01'));
    expect(result.result).toBe('passed');
    expect(result.accepted).toBe(3);
    expect(result.failing).toEqual([]);
    const log = readSarif(result.sarifPath);
    const trivy = log.runs.find((r) => r.tool.driver.name === 'trivy')?.results[0];
    expect(trivy?.suppressions?.[0]?.justification).toContain(
      'until 2027-06-30, baseline-valid.yaml:2'
    );
  });

  it('fails on an expired entry, at its line, and no longer accepts its finding', async () => {
    const result = await check(write('baseline-expired.yaml', '2027-06-30', '2026-11-30'));
    expect(result.result).toBe('failed');
    expect(result.failing.map(brief)).toEqual([
      'baseline-expired.yaml:7 baseline expired-acceptance',
      'open-ssh/main.tf:17 checkov CKV_AWS_24'
    ]);
    expect(result.failing[0]?.message).toContain('expired on 2026-11-30');
    expect(result.accepted).toBe(2);
  });

  it('even when the threshold would let every finding pass', async () => {
    const file = write('baseline-expired-none.yaml', '2027-06-30', '2020-01-01');
    const result = await runCheck(
      settings({
        directories: [dir('open-ssh')],
        tools: ['trivy'],
        baselineFile: file,
        failOn: 'none'
      }),
      { log: memoryLog(), env: toolEnv(), today: '2026-12-01' }
    );
    expect(result.result).toBe('failed');
    expect(result.failing.map(brief)).toEqual([
      'baseline-expired-none.yaml:7 baseline expired-acceptance'
    ]);
  });

  it('refuses a baseline entry without a reason or with a bad date, before any scanner runs', async () => {
    const file = join(ws, 'baseline-bad.yaml');
    writeFileSync(
      file,
      'accepted:\n  - tool: trivy\n    rule: AWS-0107\n    path: open-ssh/main.tf\n    expires: 2027-13-45\n'
    );
    const sarif = join(root, 'never', 'tf-check.sarif');
    await expect(
      runCheck(
        settings({
          directories: [dir('open-ssh')],
          tools: ['trivy'],
          baselineFile: file,
          sarifPath: sarif
        }),
        { log: memoryLog(), env: toolEnv() }
      )
    ).rejects.toThrow(
      /baseline-bad\.yaml:2:\d+: accepted\.0\.reason: why the finding is accepted[\s\S]*baseline-bad\.yaml:5:\d+: accepted\.0\.expires: a date such as 2027-06-30/
    );
    expect(existsSync(sarif)).toBe(false);
  });
});

describe('a scanner that cannot do its job fails the check, never a silent pass', () => {
  it('tflint crashing on its configuration', async () => {
    const sarif = join(root, 'crash', 'tf-check.sarif');
    const run = runCheck(
      settings({ directories: [dir('crash')], tools: ['tflint'], sarifPath: sarif }),
      {
        log: memoryLog(),
        env: toolEnv()
      }
    );
    await expect(run).rejects.toThrow(ScannerError);
    await expect(
      runCheck(settings({ directories: [dir('crash')], tools: ['tflint'], sarifPath: sarif }), {
        log: memoryLog(),
        env: toolEnv()
      })
    ).rejects.toThrow(/^tflint failed on crash: [\s\S]*\.tflint\.hcl:3,22-4,1: Invalid expression/);
    expect(existsSync(sarif)).toBe(false);
  });

  it('validate on a folder whose providers cannot be installed here', async () => {
    await expect(
      runCheck(
        settings({ directories: [], validateDirectories: [dir('open-ssh')], tools: ['validate'] }),
        { log: memoryLog(), env: toolEnv() }
      )
    ).rejects.toThrow(/^validate failed on open-ssh: init -backend=false failed/);
    expect(existsSync(join(dir('open-ssh'), '.terraform.lock.hcl'))).toBe(false);
    expect(existsSync(join(dir('open-ssh'), '.terraform'))).toBe(false);
  });

  it('a scanner that is not installed', async () => {
    await expect(
      runCheck(settings({ directories: [dir('clean')], tools: ['checkov', 'tflint'] }), {
        log: memoryLog(),
        env: { ...toolEnv(), PATH: '/nonexistent' }
      })
    ).rejects.toThrow(ScannerMissingError);
  });
});

describe('the shipped modules and stacks', () => {
  it('pass every check, with the findings the baseline accepts and nothing more', async () => {
    const before = snapshot(join(REPO, 'terraform-modules'));
    const result = await runCheck(
      {
        workspace: REPO,
        directories: [join(REPO, 'terraform-modules'), join(REPO, 'examples', 'stacks')],
        // The cloud providers cannot be installed here: validate runs where the providers can.
        validateDirectories: [
          'terraform-modules/contract',
          'terraform-modules/local',
          'examples/stacks/local/dev',
          'examples/stacks/local/stg',
          'examples/stacks/local/prod'
        ].map((d) => join(REPO, d)),
        tools: [...CHECK_TOOLS],
        engine: 'tofu',
        failOn: 'low',
        baselineFile: join(REPO, 'tf-check-baseline.yaml'),
        sarifPath: join(root, 'shipped', 'tf-check.sarif')
      },
      { log: memoryLog(), env: toolEnv() }
    );
    expect(result.failing.map(brief)).toEqual([]);
    expect(result.result).toBe('passed');
    // Every entry of the baseline still matches a finding: none is kept for nothing.
    expect(result.unusedBaselineEntries.map((e) => e.at)).toEqual([]);
    expect(result.accepted).toBe(result.findings.length);
    expect(snapshot(join(REPO, 'terraform-modules'))).toEqual(before);
  });
});
