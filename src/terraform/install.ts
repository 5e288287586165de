import { existsSync, rmSync, readFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { sha256File } from '../common/hash.js';
import { runProcess } from '../common/process.js';
import type { EngineName } from './engine-version.js';
import { checksumFor, releaseAsset, type ReleaseAsset } from './release.js';

export interface EngineInstallation {
  engine: EngineName;
  version: string;
  /** Absolute path of the engine binary. */
  binary: string;
  source: 'path' | 'tool-cache' | 'download';
}

export class EngineDownloadError extends Error {
  constructor(url: string, reason: string) {
    super(`Could not download ${url}: ${reason}`);
    this.name = 'EngineDownloadError';
  }
}

export class ChecksumMissingError extends Error {
  constructor(asset: ReleaseAsset) {
    super(
      `${asset.sumsUrl} has no checksum line for ${asset.archiveName}: refusing to install an ` +
        `unverified engine. Check the version and platform, or the release mirror.`
    );
    this.name = 'ChecksumMissingError';
  }
}

export class ChecksumMismatchError extends Error {
  constructor(asset: ReleaseAsset, expected: string, actual: string) {
    super(
      `${asset.archiveUrl} has sha256 ${actual}, but ${asset.sumsUrl} lists ${expected}: ` +
        `the download was altered or corrupted, and nothing was installed`
    );
    this.name = 'ChecksumMismatchError';
  }
}

export interface InstallOptions {
  engine: EngineName;
  version: string;
  platform?: string;
  arch?: string;
  /** Base URL of the release downloads; defaults to the engine's official one. */
  releaseBase?: string;
  /** Look for the engine on PATH first (default true). */
  searchPath?: boolean;
  log?: (message: string) => void;
}

const EXE = process.platform === 'win32' ? '.exe' : '';

/** The version an engine binary reports, or undefined if it cannot say. */
export async function binaryVersion(binary: string): Promise<string | undefined> {
  try {
    const result = await runProcess(binary, ['version', '-json'], { timeoutMs: 30_000 });
    if (result.exitCode !== 0) return undefined;
    const parsed = JSON.parse(result.stdout) as { terraform_version?: unknown };
    return typeof parsed.terraform_version === 'string' ? parsed.terraform_version : undefined;
  } catch {
    return undefined;
  }
}

function onPath(name: string): string[] {
  return (process.env['PATH'] ?? '')
    .split(delimiter)
    .filter((dir) => dir !== '')
    .map((dir) => join(dir, name + EXE))
    .filter((file) => existsSync(file));
}

/**
 * Makes the requested engine version available: from PATH, else the runner's tool cache, else the
 * official release, whose archive is verified against the release's SHA256SUMS before it is
 * extracted. A missing checksum line or a mismatch fails and caches nothing.
 */
export async function installEngine(options: InstallOptions): Promise<EngineInstallation> {
  const { engine, version } = options;
  const log = options.log ?? (() => undefined);
  const platform = options.platform ?? process.platform;
  const arch = options.arch ?? process.arch;

  if (options.searchPath !== false) {
    for (const candidate of onPath(engine)) {
      if ((await binaryVersion(candidate)) === version) {
        log(`Using ${engine} ${version} found on PATH at ${candidate}`);
        return { engine, version, binary: candidate, source: 'path' };
      }
    }
  }

  // Loaded only when needed: a step that fails on its inputs, or finds the engine on PATH, starts
  // without it.
  const tc = await import('@actions/tool-cache');
  const cached = tc.find(engine, version, arch);
  if (cached !== '' && existsSync(join(cached, engine + EXE))) {
    log(`Using ${engine} ${version} from the tool cache`);
    return { engine, version, binary: join(cached, engine + EXE), source: 'tool-cache' };
  }

  const asset = releaseAsset(engine, version, platform, arch, options.releaseBase);
  const downloads: string[] = [];
  try {
    log(`Downloading ${asset.sumsUrl}`);
    const sumsFile = await download(tc, asset.sumsUrl);
    downloads.push(sumsFile);
    const expected = checksumFor(readFileSync(sumsFile, 'utf8'), asset.archiveName);
    if (expected === undefined) throw new ChecksumMissingError(asset);

    log(`Downloading ${asset.archiveUrl}`);
    const archive = await download(tc, asset.archiveUrl);
    downloads.push(archive);
    const actual = await sha256File(archive);
    if (actual !== expected) throw new ChecksumMismatchError(asset, expected, actual);
    log(`Verified sha256 ${actual} of ${asset.archiveName}`);

    const extracted = await tc.extractZip(archive);
    downloads.push(extracted);
    if (!existsSync(join(extracted, engine + EXE))) {
      throw new EngineDownloadError(asset.archiveUrl, `the archive holds no '${engine + EXE}'`);
    }
    const dir = await tc.cacheDir(extracted, engine, version, arch);
    log(`Installed ${engine} ${version} into the tool cache`);
    return { engine, version, binary: join(dir, engine + EXE), source: 'download' };
  } finally {
    for (const path of downloads) rmSync(path, { recursive: true, force: true });
  }
}

async function download(tc: typeof import('@actions/tool-cache'), url: string): Promise<string> {
  try {
    return await tc.downloadTool(url);
  } catch (error) {
    const status = (error as { httpStatusCode?: number }).httpStatusCode;
    const reason = status === undefined ? (error as Error).message : `HTTP ${status}`;
    throw new EngineDownloadError(url, reason);
  }
}
