import { afterAll, describe, expect, it } from '@jest/globals';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runProcess, type ProcessResult } from '../../src/common/process.js';
import { bareRepo, branchTip, seedBranch, showFile } from '../support/git.js';
import { REPO } from '../support/tools.js';

/** `platformctl gen-values` as a person runs it: the bundled CLI, from a working folder. */
const CONFIG = join(REPO, 'examples', 'config');
const root = mkdtempSync(join(tmpdir(), 'gen-values-cli-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let folders = 0;

function platformctl(args: string[], cwd?: string): Promise<ProcessResult> {
  const dir = cwd ?? join(root, `cwd-${++folders}`);
  mkdirSync(dir, { recursive: true });
  return runProcess(process.execPath, [join(REPO, 'bin', 'platformctl.js'), ...args], {
    cwd: dir,
    timeoutMs: 30_000
  });
}

const NAMING = [
  '--cloud',
  'aws',
  '--env',
  'dev',
  '--region',
  'eu-west-1',
  '--bu',
  'payments',
  '--app',
  'checkout',
  '--owner',
  'jane.doe',
  '--config-dir',
  CONFIG
];

const NAMES = {
  cluster_name: 'acme-dev-euw1-payments',
  dns_host: 'checkout.dev.example.com',
  namespace: 'dev-payments-checkout',
  registry_repository: 'ghcr.io/acme/payments/checkout',
  release_name: 'checkout',
  resource_group: 'rg-acme-dev-euw1-payments',
  state_bucket: 'acme-tfstate-dev-euw1',
  storage_account: 'acmedeuw1pay'
};

describe('platformctl gen-values --dry-run', () => {
  it('prints the names and tags as a table and writes nothing', async () => {
    const cwd = join(root, 'dry-text');
    const result = await platformctl(['gen-values', ...NAMING, '--dry-run'], cwd);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toBe(
      [
        'cluster_name         acme-dev-euw1-payments',
        'namespace            dev-payments-checkout',
        'dns_host             checkout.dev.example.com',
        'release_name         checkout',
        'resource_group       rg-acme-dev-euw1-payments',
        'state_bucket         acme-tfstate-dev-euw1',
        'storage_account      acmedeuw1pay',
        'registry_repository  ghcr.io/acme/payments/checkout',
        'tags.org             acme',
        'tags.env             dev',
        'tags.bu              payments',
        'tags.app             checkout',
        'tags.owner           jane.doe',
        'tags.managed-by      terraform',
        ''
      ].join('\n')
    );
    expect(readdirSync(cwd)).toEqual([]);
  });

  it('prints with --format json the names object as the OpenTofu module outputs it', async () => {
    const result = await platformctl(['gen-values', ...NAMING, '--dry-run', '--format', 'json']);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toBe(`${JSON.stringify(NAMES)}\n`);
  });

  it('takes the org from the command line over globals.yaml', async () => {
    const result = await platformctl([
      'gen-values',
      ...NAMING,
      '--org',
      'globex',
      '--dry-run',
      '--format',
      'json'
    ]);
    expect(JSON.parse(result.stdout)).toMatchObject({ cluster_name: 'globex-dev-euw1-payments' });
  });
});

describe('platformctl gen-values', () => {
  it('writes the artifacts into ./artifacts by default and lists them', async () => {
    const cwd = join(root, 'write');
    const result = await platformctl(
      ['gen-values', ...NAMING, '--image', 'ghcr.io/acme/payments/checkout:1.4.2'],
      cwd
    );
    expect(result.exitCode).toBe(0);
    const out = join(cwd, 'artifacts');
    expect(readdirSync(out).sort()).toEqual([
      'argocd-application.yaml',
      'names.json',
      'values.yaml'
    ]);
    expect(result.stdout).toContain(`wrote ${join(out, 'values.yaml')}\n`);
    expect(result.stdout).toContain(
      'values-path: apps/aws/acme-dev-euw1-payments/dev-payments-checkout\n'
    );
    expect(JSON.parse(readFileSync(join(out, 'names.json'), 'utf8'))).toEqual({
      names: NAMES,
      tags: {
        app: 'checkout',
        bu: 'payments',
        env: 'dev',
        'managed-by': 'terraform',
        org: 'acme',
        owner: 'jane.doe'
      }
    });
  });

  it('reports with --format json the names, tags, folder and files', async () => {
    const cwd = join(root, 'write-json');
    const result = await platformctl(
      ['gen-values', ...NAMING, '--out-dir', 'gitops/checkout', '--format', 'json'],
      cwd
    );
    expect(result.exitCode).toBe(0);
    const out = join(cwd, 'gitops', 'checkout');
    expect(JSON.parse(result.stdout)).toEqual({
      names: NAMES,
      tags: expect.objectContaining({ org: 'acme' }),
      'out-dir': out,
      'values-path': 'apps/aws/acme-dev-euw1-payments/dev-payments-checkout',
      files: ['values.yaml', 'argocd-application.yaml', 'names.json'].map((f) => join(out, f))
    });
  });

  it('prints its own help with the flags', async () => {
    const result = await platformctl(['gen-values', '--help']);
    expect(result.exitCode).toBe(0);
    for (const flag of [
      '--cloud',
      '--image',
      '--facts-file',
      '--config-dir',
      '--out-dir',
      '--dry-run',
      '--format'
    ])
      expect(result.stdout).toContain(flag);
    expect(result.stdout).toMatch(/^platformctl gen-values: /);
  });

  it('is listed in the help of platformctl, and the other commands still are', async () => {
    const result = await platformctl(['--help']);
    expect(result.exitCode).toBe(0);
    for (const command of [
      'platformctl plan',
      'platformctl apply',
      'platformctl action run',
      'platformctl gen-values'
    ])
      expect(result.stdout).toContain(command);
  });
});

describe('platformctl gen-values exit codes', () => {
  it.each<[string, string[], number, RegExp]>([
    [
      '1 for a name the dictionary does not have',
      ['--env', 'prdo'],
      1,
      /env "prdo" breaks unknown-env\/dictionary: .*Did you mean "prod"\?/
    ],
    [
      '1 for a config error, with file, line and column',
      ['--config-dir', join(REPO, '__tests__', 'fixtures', 'naming', 'config')],
      1,
      /naming\/config\/globals\.yaml:1:1: chart: is missing/
    ],
    [
      '1 for a bad image reference',
      ['--image', 'ghcr.io/acme/checkout@sha256:abc'],
      1,
      /--image is 'ghcr\.io\/acme\/checkout@sha256:abc': .*must be sha256: followed by 64/
    ],
    [
      '1 for a missing runtime-facts file',
      ['--facts-file', 'outputs.json'],
      1,
      /--facts-file is 'outputs\.json': no such file/
    ],
    ['2 for a missing required flag', ['--owner'], 2, /Option '--owner <value>' argument missing/],
    [
      '2 for an unknown flag, with the closest one',
      ['--owne', 'blue'],
      2,
      /gen-values has no flag --owne: did you mean --owner\?/
    ],
    [
      '2 for an unknown format',
      ['--format', 'yaml'],
      2,
      /--format must be text or json, not 'yaml'/
    ]
  ])('exits %s', async (_name, extra, code, message) => {
    const cwd = join(root, `exit-${++folders}`);
    mkdirSync(cwd);
    writeFileSync(join(cwd, 'keep.txt'), 'kept\n');
    const result = await platformctl(['gen-values', ...NAMING, ...extra], cwd);
    expect(result.exitCode).toBe(code);
    expect(result.stderr).toMatch(message);
    if (code === 2) expect(result.stderr).toContain('Usage:\n  platformctl gen-values --cloud C');
    expect(readdirSync(cwd)).toEqual(['keep.txt']);
    expect(result.stdout).toBe('');
  });

  it('exits 2 naming every required flag that is missing', async () => {
    const result = await platformctl(['gen-values', '--cloud', 'aws', '--env', 'dev']);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain('platformctl: gen-values needs --region, --bu, --app, --owner');
  });

  it('leaves an existing output folder byte-identical when it fails', async () => {
    const cwd = join(root, 'untouched');
    mkdirSync(join(cwd, 'artifacts'), { recursive: true });
    writeFileSync(join(cwd, 'artifacts', 'values.yaml'), 'replicaCount: 7\n');
    const result = await platformctl(['gen-values', ...NAMING, '--env', 'qa'], cwd);
    expect(result.exitCode).toBe(1);
    expect(readFileSync(join(cwd, 'artifacts', 'values.yaml'), 'utf8')).toBe('replicaCount: 7\n');
    expect(readdirSync(cwd)).toEqual(['artifacts']);
    expect(existsSync(join(cwd, 'artifacts', 'names.json'))).toBe(false);
  });
});

describe('platformctl gen-values --publish', () => {
  it('commits the folder to the repository given, and a second run commits nothing', async () => {
    const repo = bareRepo(root, 'gitops-cli.git');
    seedBranch(repo, 'runtime-facts', { 'README.md': 'gitops\n' });
    const args = ['gen-values', ...NAMING, '--publish', 'commit', '--repo', repo];
    const first = await platformctl([...args, '--format', 'json']);
    expect(first.exitCode).toBe(0);
    const tip = branchTip(repo, 'runtime-facts');
    expect(JSON.parse(first.stdout)).toMatchObject({
      'values-path': 'apps/aws/acme-dev-euw1-payments/dev-payments-checkout',
      changed: 'true',
      'commit-sha': tip,
      'pull-request-url': ''
    });
    expect(
      showFile(
        repo,
        'runtime-facts',
        'apps/aws/acme-dev-euw1-payments/dev-payments-checkout/names.json'
      )
    ).toContain('"namespace": "dev-payments-checkout"');
    const second = await platformctl(args);
    expect(second.exitCode).toBe(0);
    expect(second.stdout).toContain(`changed: false\ncommit-sha: ${tip}\n`);
  });

  it('refuses an unknown mode and a missing repository at once, writing nothing', async () => {
    const cwd = join(root, 'publish-bad');
    const result = await platformctl(
      ['gen-values', ...NAMING, '--publish', 'pull-request', '--branch', 'a b'],
      cwd
    );
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toContain("--branch is 'a b': must be a branch name git accepts");
    expect(result.stderr).toContain('--repo is empty: is required with publish: pull-request');
    expect(existsSync(join(cwd, 'artifacts'))).toBe(false);
  });
});
