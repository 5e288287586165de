import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { runProcess, type ProcessResult } from '../../src/common/process.js';
import { copyStack } from '../../scripts/copy-stack.mjs';
import { REPO, tool, toolEnv } from '../support/tools.js';

/**
 * gen-values against the real engine: its names are byte for byte what terraform-modules/common
 * outputs for the same inputs and config (which now holds the GitOps blocks too), and it reads the
 * outputs of the example cluster stack as tf-apply writes them, copying no sensitive output.
 */
const CONFIG = join(REPO, 'examples', 'config');
const SECRET = 'local-admin-not-a-secret';
const scratch = mkdtempSync(join(tmpdir(), 'gen-values-engine-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function tofu(dir: string, args: string[]): Promise<ProcessResult> {
  return runProcess(tool('tofu'), [...args, '-no-color'], {
    cwd: dir,
    env: { ...toolEnv(), TF_IN_AUTOMATION: '1' },
    timeoutMs: 120_000
  });
}

async function tofuOk(dir: string, args: string[]): Promise<string> {
  const result = await tofu(dir, args);
  if (result.exitCode !== 0)
    throw new Error(`tofu ${args.join(' ')} failed in ${dir}:\n${result.stderr}`);
  return result.stdout;
}

function platformctl(args: string[], cwd: string): Promise<ProcessResult> {
  return runProcess(process.execPath, [join(REPO, 'bin', 'platformctl.js'), ...args], {
    cwd,
    timeoutMs: 30_000
  });
}

const INPUTS = {
  cloud: 'aws',
  env: 'prod',
  region: 'eu-west-1',
  bu: 'retail',
  app: 'storefront',
  owner: 'team-shop'
};
const flags = (inputs: Record<string, string>) =>
  Object.entries(inputs).flatMap(([k, v]) => [`--${k}`, v]);

describe('gen-values and terraform-modules/common', () => {
  let moduleNames: string;
  let moduleTags: string;
  beforeAll(async () => {
    const dir = join(scratch, 'module');
    mkdirSync(dir);
    const main = {
      module: {
        common: {
          source: relative(dir, join(REPO, 'terraform-modules', 'common')),
          ...INPUTS,
          config_dir: CONFIG
        }
      },
      output: {
        names: { value: '${module.common.names}' },
        tags: { value: '${module.common.tags}' }
      }
    };
    writeFileSync(join(dir, 'main.tf.json'), JSON.stringify(main, null, 2));
    await tofuOk(dir, ['init', '-input=false']);
    await tofuOk(dir, ['apply', '-auto-approve', '-input=false']);
    moduleNames = await tofuOk(dir, ['output', '-json', 'names']);
    moduleTags = await tofuOk(dir, ['output', '-json', 'tags']);
  }, 120_000);

  it('prints with --dry-run --format json exactly what the module outputs as names', async () => {
    const cwd = join(scratch, 'dry-run');
    mkdirSync(cwd);
    const result = await platformctl(
      ['gen-values', ...flags(INPUTS), '--config-dir', CONFIG, '--dry-run', '--format', 'json'],
      cwd
    );
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toBe(moduleNames);
  });

  it('writes names.json with the names and tags the module outputs, in its key order', async () => {
    const cwd = join(scratch, 'names-json');
    mkdirSync(cwd);
    const result = await platformctl(['gen-values', ...flags(INPUTS), '--config-dir', CONFIG], cwd);
    expect(result.exitCode).toBe(0);
    const written = readFileSync(join(cwd, 'artifacts', 'names.json'), 'utf8');
    expect(written).toBe(
      `${JSON.stringify({ names: JSON.parse(moduleNames), tags: JSON.parse(moduleTags) }, null, 2)}\n`
    );
  });
});

describe('gen-values on the outputs of the example cluster stack', () => {
  let outputsFile: string;
  beforeAll(async () => {
    const stack = join(scratch, 'stack');
    copyStack(join(REPO, 'examples', 'stacks', 'local', 'dev'), stack);
    await tofuOk(stack, ['init', '-input=false']);
    await tofuOk(stack, ['apply', '-auto-approve', '-input=false', '-var-file=dev.tfvars']);
    outputsFile = join(scratch, 'outputs.json');
    writeFileSync(outputsFile, await tofuOk(stack, ['output', '-json']));
  }, 180_000);

  it('reads them as runtime facts and copies no sensitive output', async () => {
    expect(readFileSync(outputsFile, 'utf8')).toContain(SECRET);
    const cwd = join(scratch, 'facts');
    mkdirSync(cwd);
    const result = await platformctl(
      [
        'gen-values',
        ...flags({ ...INPUTS, cloud: 'local', env: 'dev', region: 'local' }),
        '--config-dir',
        CONFIG,
        '--facts-file',
        outputsFile,
        '--image',
        'ghcr.io/acme/retail/storefront:3.1.0'
      ],
      cwd
    );
    expect(result.stderr).not.toContain('platformctl:');
    expect(result.exitCode).toBe(0);
    const out = join(cwd, 'artifacts');
    const files = readdirSync(out).sort();
    expect(files).toEqual(['argocd-application.yaml', 'names.json', 'values.yaml']);
    for (const file of files) expect(readFileSync(join(out, file), 'utf8')).not.toContain(SECRET);
    expect(result.stdout + result.stderr).not.toContain(SECRET);
    const values = parse(readFileSync(join(out, 'values.yaml'), 'utf8')) as {
      ingress: { annotations: Record<string, string> };
      image: Record<string, string>;
    };
    expect(values.ingress.annotations).toEqual({
      'external-dns.alpha.kubernetes.io/hostname': 'storefront.dev.example.com',
      'external-dns.alpha.kubernetes.io/target': '127.0.0.1'
    });
    expect(values.image).toEqual({
      repository: 'ghcr.io/acme/retail/storefront',
      tag: '3.1.0',
      pullPolicy: 'IfNotPresent'
    });
  });

  it('refuses them for another cloud than the stack is of, pointing at cluster_type', async () => {
    const cwd = join(scratch, 'other-cloud');
    mkdirSync(cwd);
    const result = await platformctl(
      ['gen-values', ...flags(INPUTS), '--config-dir', CONFIG, '--facts-file', outputsFile],
      cwd
    );
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toMatch(
      /outputs\.json:\d+:\d+: cluster_type\.value: is "local", but the cloud is "aws"/
    );
    expect(readdirSync(cwd)).toEqual([]);
  });
});
