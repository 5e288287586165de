import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { installEngine } from '../../src/terraform/install.js';
import {
  ChecksumMismatchError,
  ChecksumMissingError,
  ToolDownloadError
} from '../../src/tools/install.js';
import { serveFiles, type FileServer } from '../support/http.js';
import { freshRunner } from '../support/runner.js';
import { tool } from '../support/tools.js';

/**
 * The engine installer against a release server on loopback laid out as OpenTofu publishes:
 * `v<version>/tofu_<version>_linux_amd64.zip` and `v<version>/tofu_<version>_SHA256SUMS`.
 */
const scratch = mkdtempSync(join(tmpdir(), 'install-'));
const VERSION = '1.12.6';
let server: FileServer;
let genuine: Buffer;

function zipOf(files: Record<string, string>): Buffer {
  const dir = mkdtempSync(join(scratch, 'zip-'));
  for (const [name, from] of Object.entries(files)) {
    writeFileSync(join(dir, name), readFileSync(from), { mode: 0o755 });
  }
  execFileSync('zip', ['-q', '-X', 'release.zip', ...Object.keys(files)], { cwd: dir });
  return readFileSync(join(dir, 'release.zip'));
}

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

beforeAll(async () => {
  genuine = zipOf({ tofu: tool('tofu') });
  const tampered = Buffer.from(genuine);
  const middle = Math.floor(tampered.length / 2);
  tampered[middle] = (tampered[middle] ?? 0) ^ 0x01;
  const line = (b: Buffer, name: string) => `${sha(b)}  ${name}\n`;
  server = await serveFiles({
    // the genuine release
    [`/good/v${VERSION}/tofu_${VERSION}_linux_amd64.zip`]: genuine,
    [`/good/v${VERSION}/tofu_${VERSION}_SHA256SUMS`]:
      line(genuine, `tofu_${VERSION}_linux_amd64.zip`) +
      line(Buffer.from('x'), `tofu_${VERSION}_darwin_arm64.zip`),
    // an archive altered after the sums were published
    [`/tampered/v${VERSION}/tofu_${VERSION}_linux_amd64.zip`]: tampered,
    [`/tampered/v${VERSION}/tofu_${VERSION}_SHA256SUMS`]: line(
      genuine,
      `tofu_${VERSION}_linux_amd64.zip`
    ),
    // sums that do not list this platform
    [`/nosum/v${VERSION}/tofu_${VERSION}_linux_amd64.zip`]: genuine,
    [`/nosum/v${VERSION}/tofu_${VERSION}_SHA256SUMS`]: line(
      Buffer.from('x'),
      `tofu_${VERSION}_darwin_arm64.zip`
    )
  });
});

afterAll(async () => {
  await server.close();
  rmSync(scratch, { recursive: true, force: true });
});

const install = (base: string) =>
  installEngine({
    engine: 'tofu',
    version: VERSION,
    platform: 'linux',
    arch: 'x64',
    releaseBase: `${server.url}/${base}`,
    searchPath: false
  });

describe('installEngine', () => {
  it('downloads, verifies and caches the release, then runs it; a second call uses the cache', async () => {
    const { toolCache } = freshRunner(scratch);
    const first = await install('good');
    expect(first.source).toBe('download');
    expect(first.binary.startsWith(toolCache)).toBe(true);
    expect(execFileSync(first.binary, ['version'], { encoding: 'utf8' })).toContain(
      `OpenTofu v${VERSION}`
    );

    const requestsBefore = server.requests.length;
    const second = await install('good');
    expect(second).toMatchObject({ source: 'tool-cache', binary: first.binary });
    expect(server.requests.length).toBe(requestsBefore);
  });

  it('refuses a tampered archive and caches nothing', async () => {
    const { toolCache, temp } = freshRunner(scratch);
    await expect(install('tampered')).rejects.toThrow(ChecksumMismatchError);
    await expect(install('tampered')).rejects.toThrow(
      /has sha256 [0-9a-f]{64}, but .*SHA256SUMS lists [0-9a-f]{64}/
    );
    expect(readdirSync(toolCache)).toEqual([]);
    expect(readdirSync(temp)).toEqual([]);
  });

  it('refuses an archive the checksum file does not list and caches nothing', async () => {
    const { toolCache } = freshRunner(scratch);
    await expect(install('nosum')).rejects.toThrow(ChecksumMissingError);
    await expect(install('nosum')).rejects.toThrow(
      /has no checksum line for tofu_1\.12\.6_linux_amd64\.zip/
    );
    expect(readdirSync(toolCache)).toEqual([]);
  });

  it('fails on a 404 naming the URL', async () => {
    const { toolCache } = freshRunner(scratch);
    await expect(install('missing')).rejects.toThrow(ToolDownloadError);
    await expect(install('missing')).rejects.toThrow(
      `${server.url}/missing/v${VERSION}/tofu_${VERSION}_SHA256SUMS: HTTP 404`
    );
    expect(readdirSync(toolCache)).toEqual([]);
  });

  it('uses the version already on PATH without downloading', async () => {
    freshRunner(scratch);
    const bin = join(tool('tofu'), '..');
    const oldPath = process.env['PATH'];
    process.env['PATH'] = `${bin}:${oldPath ?? ''}`;
    try {
      const requestsBefore = server.requests.length;
      const found = await installEngine({
        engine: 'tofu',
        version: VERSION,
        releaseBase: `${server.url}/missing`
      });
      expect(found.source).toBe('path');
      expect(server.requests.length).toBe(requestsBefore);
    } finally {
      process.env['PATH'] = oldPath;
    }
  });

  it('does not take another version found on PATH', async () => {
    freshRunner(scratch);
    const bin = join(tool('tofu'), '..');
    const oldPath = process.env['PATH'];
    process.env['PATH'] = `${bin}:${oldPath ?? ''}`;
    try {
      await expect(
        installEngine({
          engine: 'tofu',
          version: '1.12.5',
          platform: 'linux',
          arch: 'x64',
          releaseBase: `${server.url}/missing`
        })
      ).rejects.toThrow(/HTTP 404/);
    } finally {
      process.env['PATH'] = oldPath;
    }
  });
});
