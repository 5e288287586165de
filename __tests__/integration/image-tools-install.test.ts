import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  COSIGN_VERSION,
  cosignAsset,
  cosignVersionOf,
  installCosign,
  installTrivy,
  TRIVY_VERSION,
  trivyAsset,
  trivyVersionOf
} from '../../src/image/tools.js';
import { ChecksumMismatchError } from '../../src/tools/install.js';
import { serveFiles, type FileServer } from '../support/http.js';
import { freshRunner } from '../support/runner.js';
import { tool } from '../support/tools.js';

/**
 * The scanner and signer installers against a release server on loopback laid out as Trivy
 * (`v<version>/trivy_<version>_Linux-64bit.tar.gz` + `trivy_<version>_checksums.txt`) and cosign
 * (`v<version>/cosign-linux-amd64` + `cosign_checksums.txt`) publish, serving the real binaries.
 */
const scratch = mkdtempSync(join(tmpdir(), 'image-install-'));
let server: FileServer;
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const platform = process.platform;
const arch = process.arch;

beforeAll(async () => {
  const dir = mkdtempSync(join(scratch, 'trivy-'));
  copyFileSync(tool('trivy'), join(dir, 'trivy'));
  execFileSync('tar', ['-czf', 'trivy.tar.gz', 'trivy', '--owner=0', '--group=0'], { cwd: dir });
  const trivyTgz = readFileSync(join(dir, 'trivy.tar.gz'));
  const cosign = readFileSync(tool('cosign'));
  const t = trivyAsset(TRIVY_VERSION, platform, arch, '/good');
  const c = cosignAsset(COSIGN_VERSION, platform, arch, '/good');
  const tampered = Buffer.from(cosign);
  tampered[1000] = (tampered[1000] ?? 0) ^ 0xff;
  const bad = cosignAsset(COSIGN_VERSION, platform, arch, '/tampered');
  server = await serveFiles({
    [t.archiveUrl]: trivyTgz,
    [t.sumsUrl]: `${sha(trivyTgz)}  ${t.archiveName}\n${sha(Buffer.from('x'))}  trivy_${TRIVY_VERSION}_macOS-ARM64.tar.gz\n`,
    [c.archiveUrl]: cosign,
    [c.sumsUrl]: `${sha(cosign)}  ${c.archiveName}\n`,
    [bad.archiveUrl]: tampered,
    [bad.sumsUrl]: `${sha(cosign)}  ${bad.archiveName}\n`
  });
}, 120_000);

afterAll(async () => {
  await server?.close();
  rmSync(scratch, { recursive: true, force: true });
});

describe('the scanner and signer installers', () => {
  it('installs Trivy from its tar.gz and cosign as a bare binary, each verified, into the tool cache', async () => {
    const { toolCache } = freshRunner(scratch);
    const options = { releaseBase: `${server.url}/good`, searchPath: false };
    const trivy = await installTrivy(options);
    expect(trivy.source).toBe('download');
    expect(trivy.binary.startsWith(toolCache)).toBe(true);
    expect(await trivyVersionOf(trivy.binary)).toBe(TRIVY_VERSION);
    const cosign = await installCosign(options);
    expect(cosign.source).toBe('download');
    expect(await cosignVersionOf(cosign.binary)).toBe(COSIGN_VERSION);

    // A second run finds both in the tool cache and downloads nothing.
    const before = server.requests.length;
    expect((await installTrivy(options)).source).toBe('tool-cache');
    expect((await installCosign(options)).source).toBe('tool-cache');
    expect(server.requests.length).toBe(before);
  });

  it('refuses a signer whose bytes differ from its published checksum, and caches nothing', async () => {
    const { toolCache } = freshRunner(scratch);
    await expect(
      installCosign({ releaseBase: `${server.url}/tampered`, searchPath: false })
    ).rejects.toBeInstanceOf(ChecksumMismatchError);
    expect(readdirSync(toolCache)).toEqual([]);
  });
});
