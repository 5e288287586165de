import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import { ActionError } from '../common/errors.js';
import { runProcess } from '../common/process.js';
import type { BuilderName } from './commands.js';
import { installTool, type ReleaseAsset, type ToolInstallation } from '../tools/install.js';

/** The scanner and signer versions the action installs: pinned, verified against their sums. */
export const TRIVY_VERSION = '0.74.0';
export const COSIGN_VERSION = '3.1.3';

const TRIVY_ARCH: Readonly<Record<string, string>> = { x64: '64bit', arm64: 'ARM64' };
const TRIVY_OS: Readonly<Record<string, string>> = { linux: 'Linux', darwin: 'macOS' };
const GO_ARCH: Readonly<Record<string, string>> = { x64: 'amd64', arm64: 'arm64' };
const GO_OS: Readonly<Record<string, string>> = { linux: 'linux', darwin: 'darwin' };

export class UnsupportedToolPlatformError extends Error {
  constructor(tool: string, platform: string, arch: string) {
    super(`${tool} publishes no release for platform '${platform}' and architecture '${arch}'`);
    this.name = 'UnsupportedToolPlatformError';
  }
}

/** Trivy's release as published: a tar.gz per platform and one checksums file. */
export function trivyAsset(
  version: string,
  platform: string,
  arch: string,
  base = 'https://github.com/aquasecurity/trivy/releases/download'
): ReleaseAsset {
  const os = TRIVY_OS[platform];
  const cpu = TRIVY_ARCH[arch];
  if (os === undefined || cpu === undefined)
    throw new UnsupportedToolPlatformError('trivy', platform, arch);
  const root = `${base.replace(/\/+$/, '')}/v${version}`;
  const archiveName = `trivy_${version}_${os}-${cpu}.tar.gz`;
  return {
    archiveName,
    archiveUrl: `${root}/${archiveName}`,
    sumsUrl: `${root}/trivy_${version}_checksums.txt`,
    kind: 'tar.gz'
  };
}

/** cosign's release as published: a bare binary per platform and one checksums file. */
export function cosignAsset(
  version: string,
  platform: string,
  arch: string,
  base = 'https://github.com/sigstore/cosign/releases/download'
): ReleaseAsset {
  const os = GO_OS[platform];
  const cpu = GO_ARCH[arch];
  if (os === undefined || cpu === undefined)
    throw new UnsupportedToolPlatformError('cosign', platform, arch);
  const root = `${base.replace(/\/+$/, '')}/v${version}`;
  const archiveName = `cosign-${os}-${cpu}`;
  return {
    archiveName,
    archiveUrl: `${root}/${archiveName}`,
    sumsUrl: `${root}/cosign_checksums.txt`,
    kind: 'binary'
  };
}

async function firstLineMatch(
  binary: string,
  args: string[],
  pattern: RegExp
): Promise<string | undefined> {
  try {
    const result = await runProcess(binary, args, { timeoutMs: 30_000 });
    if (result.exitCode !== 0) return undefined;
    return pattern.exec(result.stdout + result.stderr)?.[1];
  } catch {
    return undefined;
  }
}

/** `trivy --version` prints `Version: 0.74.0`. */
export const trivyVersionOf = (binary: string) =>
  firstLineMatch(binary, ['--version'], /^Version:\s*v?(\S+)/m);

/** `cosign version` prints `GitVersion:    v3.1.3`. */
export const cosignVersionOf = (binary: string) =>
  firstLineMatch(binary, ['version'], /^GitVersion:\s*v?(\S+)/m);

export interface ScanToolOptions {
  /** Base URL of the release downloads (a mirror); defaults to the project's GitHub releases. */
  releaseBase?: string;
  /** Look on PATH first (default true). */
  searchPath?: boolean;
  log?: (message: string) => void;
}

export function installTrivy(options: ScanToolOptions = {}): Promise<ToolInstallation> {
  return installTool({
    tool: 'trivy',
    version: TRIVY_VERSION,
    arch: process.arch,
    asset: trivyAsset(TRIVY_VERSION, process.platform, process.arch, options.releaseBase),
    versionOf: trivyVersionOf,
    ...(options.searchPath === undefined ? {} : { searchPath: options.searchPath }),
    ...(options.log === undefined ? {} : { log: options.log })
  });
}

export function installCosign(options: ScanToolOptions = {}): Promise<ToolInstallation> {
  return installTool({
    tool: 'cosign',
    version: COSIGN_VERSION,
    arch: process.arch,
    asset: cosignAsset(COSIGN_VERSION, process.platform, process.arch, options.releaseBase),
    versionOf: cosignVersionOf,
    ...(options.searchPath === undefined ? {} : { searchPath: options.searchPath }),
    ...(options.log === undefined ? {} : { log: options.log })
  });
}

/** A program on PATH, or undefined. */
export function onPath(name: string, path = process.env['PATH'] ?? ''): string | undefined {
  for (const dir of path.split(delimiter)) {
    if (dir === '') continue;
    const file = join(dir, name);
    try {
      accessSync(file, constants.X_OK);
      return file;
    } catch {
      // not here
    }
  }
  return undefined;
}

export class MissingToolError extends ActionError {}

/**
 * The builder the job uses: the one asked for, else buildah when the runner has it (it needs no
 * daemon), else Docker's buildx.
 */
export function findBuilder(
  wanted: BuilderName | undefined,
  which: (name: string) => string | undefined = onPath
): { name: BuilderName; binary: string } {
  const buildah = wanted !== 'buildx' ? which('buildah') : undefined;
  if (buildah !== undefined) return { name: 'buildah', binary: buildah };
  const docker = wanted !== 'buildah' ? which('docker') : undefined;
  if (docker !== undefined) return { name: 'buildx', binary: docker };
  throw new MissingToolError(
    wanted === undefined
      ? 'Neither buildah nor docker is on PATH: install buildah (sudo apt-get install -y buildah) or Docker with buildx'
      : `builder is ${wanted}, but ${wanted === 'buildah' ? 'buildah' : 'docker'} is not on PATH`
  );
}

/** Every tool a run needs, found or installed before anything is built. */
export async function imageTools(
  needs: { builder: BuilderName | undefined; scan: boolean; push: boolean; sign: boolean },
  log: (message: string) => void
): Promise<{
  builder: { name: BuilderName; binary: string };
  skopeo: string | undefined;
  trivy: string | undefined;
  cosign: string | undefined;
}> {
  const builder = findBuilder(needs.builder);
  let skopeo: string | undefined;
  if (needs.push) {
    skopeo = onPath('skopeo');
    if (skopeo === undefined)
      throw new MissingToolError(
        'skopeo is not on PATH; it pushes the scanned OCI layout byte for byte: sudo apt-get install -y skopeo'
      );
  }
  const trivy = needs.scan ? (await installTrivy({ log })).binary : undefined;
  const cosign = needs.sign ? (await installCosign({ log })).binary : undefined;
  return { builder, skopeo, trivy, cosign };
}
