import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  evaluatePolicy,
  PolicyDataError,
  PolicyEvaluationError
} from '../../src/policy/evaluate.js';
import { installOpa } from '../../src/policy/opa.js';
import { ChecksumMismatchError } from '../../src/tools/install.js';
import { planJson } from '../fixtures/plans.js';
import { serveFiles, type FileServer } from '../support/http.js';
import { freshRunner } from '../support/runner.js';
import { REPO, tool } from '../support/tools.js';

/** The bundled policy library evaluated by the real OPA binary. */
const scratch = mkdtempSync(join(tmpdir(), 'policy-it-'));
const POLICIES = join(REPO, 'policies');
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function planFile(name: string, plan: Record<string, unknown>): string {
  const file = join(scratch, `${name}.json`);
  writeFileSync(file, JSON.stringify(plan));
  return file;
}

const dbDelete = planJson([
  { address: 'aws_db_instance.main', actions: ['delete'], before: { identifier: 'main' } }
]);
const harmless = planJson([
  { address: 'terraform_data.x', actions: ['create'], after: { input: 'x' } }
]);

describe('evaluatePolicy with the bundled library', () => {
  it('fails a production plan that deletes a database, naming the rule and resource', async () => {
    const decision = await evaluatePolicy({
      opa: tool('opa'),
      policyDir: POLICIES,
      environment: 'production',
      planJsonPath: planFile('db', dbDelete)
    });
    expect(decision.result).toBe('failed');
    expect(decision.violations).toContainEqual(
      expect.objectContaining({
        rule: 'protected_resource_delete',
        severity: 'error',
        address: 'aws_db_instance.main'
      })
    );
  });

  it('passes the same plan outside production, and a harmless one in production', async () => {
    const dev = await evaluatePolicy({
      opa: tool('opa'),
      policyDir: POLICIES,
      environment: 'dev',
      planJsonPath: planFile('db-dev', dbDelete)
    });
    expect(dev.violations.filter((v) => v.rule === 'protected_resource_delete')).toEqual([]);
    const ok = await evaluatePolicy({
      opa: tool('opa'),
      policyDir: POLICIES,
      environment: 'production',
      planJsonPath: planFile('ok', harmless)
    });
    expect(ok).toEqual({ result: 'passed', violations: [] });
  });

  it('reads settings from a YAML data file', async () => {
    const deletions = planJson(
      Array.from({ length: 3 }, (_, i) => ({
        address: `terraform_data.d${i}`,
        actions: ['delete'],
        before: { input: i }
      }))
    );
    const data = join(scratch, 'settings.yaml');
    writeFileSync(data, 'max_deletions: 2\n');
    const decision = await evaluatePolicy({
      opa: tool('opa'),
      policyDir: POLICIES,
      dataFile: data,
      environment: 'dev',
      planJsonPath: planFile('dels', deletions)
    });
    expect(decision.violations.map((v) => v.rule)).toContain('too_many_deletions');
  });

  it.each([
    [
      'a policy with a syntax error',
      () => {
        const d = join(scratch, 'broken');
        mkdirSync(d, { recursive: true });
        writeFileSync(join(d, 'p.rego'), 'package platform.policy\nresult := \n');
        return d;
      },
      /opa eval exited with/
    ],
    [
      'a folder with no platform.policy',
      () => {
        const d = join(scratch, 'other');
        mkdirSync(d, { recursive: true });
        writeFileSync(join(d, 'p.rego'), 'package other\nx := 1\n');
        return d;
      },
      /defines no data\.platform\.policy/
    ],
    ['a missing folder', () => join(scratch, 'nowhere'), /does not exist/]
  ])('fails closed on %s', async (_name, dir, message) => {
    const run = evaluatePolicy({
      opa: tool('opa'),
      policyDir: dir(),
      environment: 'dev',
      planJsonPath: planFile('h', harmless)
    });
    await expect(run).rejects.toThrow(PolicyEvaluationError);
    await expect(run).rejects.toThrow(message);
  });

  it("evaluates a library without loading its tests: a test file's parse error does not fail it", async () => {
    const dir = join(scratch, 'with-tests');
    mkdirSync(join(dir, 'nested'), { recursive: true });
    writeFileSync(
      join(dir, 'policy.rego'),
      'package platform.policy\nresult := "passed"\nviolations := []\n'
    );
    // Loaded, either file would make the evaluation fail: one does not parse, one contradicts.
    writeFileSync(join(dir, 'policy_test.rego'), 'package platform.policy\ntest_x if {\n');
    writeFileSync(
      join(dir, 'nested', 'more_test.rego'),
      'package platform.policy\nresult := "failed"\n'
    );
    const decision = await evaluatePolicy({
      opa: tool('opa'),
      policyDir: dir,
      environment: 'dev',
      planJsonPath: planFile('t', harmless)
    });
    expect(decision).toEqual({ result: 'passed', violations: [] });
    // The same folder under the name of a policy file is loaded, and fails closed.
    writeFileSync(join(dir, 'policy_more.rego'), 'package platform.policy\ntest_x if {\n');
    await expect(
      evaluatePolicy({
        opa: tool('opa'),
        policyDir: dir,
        environment: 'dev',
        planJsonPath: planFile('t2', harmless)
      })
    ).rejects.toThrow(PolicyEvaluationError);
  });

  it.each([
    ['a missing file', 'missing.yaml', undefined, /no such file/],
    ['YAML that is not an object', 'list.yaml', '- a\n- b\n', /must hold an object/],
    ['malformed JSON', 'bad.json', '{', /not valid JSON/]
  ])('refuses policy-data that is %s', async (_name, file, content, message) => {
    const path = join(scratch, file);
    if (content !== undefined) writeFileSync(path, content);
    const run = evaluatePolicy({
      opa: tool('opa'),
      policyDir: POLICIES,
      dataFile: path,
      environment: 'dev',
      planJsonPath: planFile('h2', harmless)
    });
    await expect(run).rejects.toThrow(PolicyDataError);
    await expect(run).rejects.toThrow(message);
  });
});

describe('installOpa', () => {
  let server: FileServer;
  const binary = () => readFileSync(tool('opa'));
  const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
  beforeAll(async () => {
    const genuine = binary();
    const tampered = Buffer.concat([genuine, Buffer.from('x')]);
    server = await serveFiles({
      '/good/v1.22.2/opa_linux_amd64_static': genuine,
      '/good/v1.22.2/opa_linux_amd64_static.sha256': `${sha(genuine)}  opa_linux_amd64_static\n`,
      '/bad/v1.22.2/opa_linux_amd64_static': tampered,
      '/bad/v1.22.2/opa_linux_amd64_static.sha256': `${sha(genuine)}  opa_linux_amd64_static\n`
    });
  });
  afterAll(async () => server.close());

  it('downloads the binary, verifies it against its .sha256 and caches it runnable', async () => {
    freshRunner(scratch);
    const installed = await installOpa({
      platform: 'linux',
      arch: 'x64',
      releaseBase: `${server.url}/good`,
      searchPath: false
    });
    expect(installed.source).toBe('download');
    const { opaVersion } = await import('../../src/policy/opa.js');
    expect(await opaVersion(installed.binary)).toBe('1.22.2');
  });

  it('refuses a tampered binary and caches nothing', async () => {
    const cache = freshRunner(scratch).toolCache;
    await expect(
      installOpa({
        platform: 'linux',
        arch: 'x64',
        releaseBase: `${server.url}/bad`,
        searchPath: false
      })
    ).rejects.toThrow(ChecksumMismatchError);
    expect(readdirSync(cache)).toEqual([]);
  });
});
