import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  DEFAULT_ENGINE_VERSIONS,
  ENGINE_VERSION_PATTERN,
  resolveEngineVersion
} from '../../src/terraform/engine-version.js';
import { releaseAsset, UnsupportedPlatformError } from '../../src/terraform/release.js';
import { checksumFor } from '../../src/tools/checksums.js';

const root = mkdtempSync(join(tmpdir(), 'version-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('resolveEngineVersion', () => {
  const repo = join(root, 'repo');
  const stackDir = join(repo, 'stacks', 'dev');
  mkdirSync(stackDir, { recursive: true });
  writeFileSync(join(repo, '.terraform-version'), '1.9.8\n');

  it('prefers the input', () => {
    expect(
      resolveEngineVersion({ engine: 'tofu', input: '1.10.0', workingDirectory: stackDir })
    ).toEqual({ version: '1.10.0', source: 'input' });
  });

  it('reads the nearest version file in the folder or its parents', () => {
    expect(
      resolveEngineVersion({ engine: 'terraform', input: '', workingDirectory: stackDir }).version
    ).toBe('1.9.8');
    writeFileSync(join(stackDir, '.opentofu-version'), 'v1.12.6');
    expect(resolveEngineVersion({ engine: 'tofu', input: '', workingDirectory: stackDir })).toEqual(
      {
        version: '1.12.6',
        source: join(stackDir, '.opentofu-version')
      }
    );
    // terraform does not read OpenTofu's file
    expect(
      resolveEngineVersion({ engine: 'terraform', input: '', workingDirectory: stackDir }).version
    ).toBe('1.9.8');
  });

  it('falls back to the pinned default, not looking above the workspace', () => {
    const ws = join(root, 'repo', 'stacks');
    const other = join(root, 'other');
    mkdirSync(other, { recursive: true });
    expect(
      resolveEngineVersion({
        engine: 'terraform',
        input: '',
        workingDirectory: other,
        stopAt: other
      })
    ).toEqual({
      version: DEFAULT_ENGINE_VERSIONS.terraform,
      source: 'default'
    });
    expect(
      resolveEngineVersion({ engine: 'terraform', input: '', workingDirectory: ws, stopAt: ws })
        .source
    ).toBe('default');
  });

  it('refuses a version file that holds a range', () => {
    const dir = join(root, 'bad');
    mkdirSync(dir);
    writeFileSync(join(dir, '.terraform-version'), '~> 1.5');
    expect(() =>
      resolveEngineVersion({ engine: 'terraform', input: '', workingDirectory: dir, stopAt: dir })
    ).toThrow(/\.terraform-version holds '~> 1.5'/);
  });

  it.each(['1.12.6', '1.13.0-beta1', '10.0.0-rc.1'])('accepts %s', (v) =>
    expect(ENGINE_VERSION_PATTERN.test(v)).toBe(true)
  );
  it.each(['1.12', 'v1.12.6', 'latest', '~> 1.5', '1.12.6 ', '1.12.6-'])('refuses %s', (v) =>
    expect(ENGINE_VERSION_PATTERN.test(v)).toBe(false)
  );
});

describe('releaseAsset', () => {
  it.each([
    [
      'tofu',
      'linux',
      'x64',
      'https://github.com/opentofu/opentofu/releases/download/v1.12.6/tofu_1.12.6_linux_amd64.zip',
      'https://github.com/opentofu/opentofu/releases/download/v1.12.6/tofu_1.12.6_SHA256SUMS'
    ],
    [
      'terraform',
      'darwin',
      'arm64',
      'https://releases.hashicorp.com/terraform/1.12.6/terraform_1.12.6_darwin_arm64.zip',
      'https://releases.hashicorp.com/terraform/1.12.6/terraform_1.12.6_SHA256SUMS'
    ]
  ] as const)(
    'lays out %s on %s/%s as published',
    (engine, platform, arch, archiveUrl, sumsUrl) => {
      expect(releaseAsset(engine, '1.12.6', platform, arch)).toMatchObject({ archiveUrl, sumsUrl });
    }
  );

  it('uses a mirror base when given', () => {
    expect(releaseAsset('tofu', '1.0.0', 'linux', 'x64', 'http://127.0.0.1:1/r/').archiveUrl).toBe(
      'http://127.0.0.1:1/r/v1.0.0/tofu_1.0.0_linux_amd64.zip'
    );
  });

  it('refuses a platform without releases', () => {
    expect(() => releaseAsset('tofu', '1.0.0', 'aix', 'ppc64')).toThrow(UnsupportedPlatformError);
  });
});

describe('checksumFor', () => {
  const sums = `${'a'.repeat(64)}  tofu_1.12.6_linux_amd64.zip\n${'B'.repeat(64)} *tofu_1.12.6_darwin_arm64.zip\n`;
  it('finds text and binary mode lines', () => {
    expect(checksumFor(sums, 'tofu_1.12.6_linux_amd64.zip')).toBe('a'.repeat(64));
    expect(checksumFor(sums, 'tofu_1.12.6_darwin_arm64.zip')).toBe('b'.repeat(64));
  });
  it('finds nothing for a name only a prefix matches', () => {
    expect(checksumFor(sums, 'tofu_1.12.6_linux_amd64')).toBeUndefined();
  });
});
