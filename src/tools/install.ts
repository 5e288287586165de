import { chmodSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { sha256File } from '../common/hash.js';
import { checksumFor } from './checksums.js';

/** One published file of a tool release and where its checksum is. */
export interface ReleaseAsset {
  /** The file name as the checksum file lists it. */
  archiveName: string;
  archiveUrl: string;
  /** A SHA256SUMS-style file that lists `archiveName` (one line per file). */
  sumsUrl: string;
  /** `zip` or `tar.gz`: an archive holding the binary; `binary`: the binary itself. */
  kind: 'zip' | 'tar.gz' | 'binary';
}

export interface ToolInstallation {
  tool: string;
  version: string;
  /** Absolute path of the binary. */
  binary: string;
  source: 'path' | 'tool-cache' | 'download';
}

export class ToolDownloadError extends Error {
  constructor(url: string, reason: string) {
    super(`Could not download ${url}: ${reason}`);
    this.name = 'ToolDownloadError';
  }
}

export class ChecksumMissingError extends Error {
  constructor(asset: ReleaseAsset) {
    super(
      `${asset.sumsUrl} has no checksum line for ${asset.archiveName}: refusing to install an ` +
        `unverified binary. Check the version and platform, or the release mirror.`
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

/** A tool that is nowhere this machine keeps it, outside Actions (where nothing is downloaded). */
export class ToolMissingError extends Error {
  constructor(
    readonly tool: string,
    readonly version: string,
    looked: readonly string[],
    howToInstall: string
  ) {
    super(
      `${tool} ${version} is not installed: not on PATH${looked.length > 0 ? ` nor at ${looked.join(', ')}` : ''}. ` +
        `Install it with: ${howToInstall}`
    );
    this.name = 'ToolMissingError';
  }
}

/**
 * Where a terminal finds the tools, outside Actions: binaries a toolchain script installed. Nothing
 * is downloaded there, and the runner's tool cache is not read.
 */
export interface LocalTools {
  /** The places a binary of this tool and version may be, most likely first. */
  candidates(tool: string, version: string): string[];
  /** The one command that installs the toolchain, named when a tool is missing. */
  howToInstall: string;
}

export interface ToolInstallOptions {
  tool: string;
  version: string;
  arch: string;
  asset: ReleaseAsset;
  /** The version a binary found on PATH reports, to accept it only when it is the one asked for. */
  versionOf: (binary: string) => Promise<string | undefined>;
  /** Look on PATH first (default true). */
  searchPath?: boolean;
  log?: (message: string) => void;
  /** Outside Actions: look here after PATH, and fail naming the tool instead of downloading. */
  local?: LocalTools;
}

const EXE = process.platform === 'win32' ? '.exe' : '';

function onPath(name: string): string[] {
  return (process.env['PATH'] ?? '')
    .split(delimiter)
    .filter((dir) => dir !== '')
    .map((dir) => join(dir, name + EXE))
    .filter((file) => existsSync(file));
}

/**
 * Makes a pinned tool version available: from PATH, else the runner's tool cache, else its
 * official release, verified against the release's published sha256 before it is extracted or
 * cached. A missing checksum line or a mismatch fails and caches nothing.
 */
export async function installTool(options: ToolInstallOptions): Promise<ToolInstallation> {
  const { tool, version, arch, asset } = options;
  const log = options.log ?? (() => undefined);

  if (options.searchPath !== false) {
    for (const candidate of onPath(tool)) {
      if ((await options.versionOf(candidate)) === version) {
        log(`Using ${tool} ${version} found on PATH at ${candidate}`);
        return { tool, version, binary: candidate, source: 'path' };
      }
    }
  }

  if (options.local !== undefined) {
    const candidates = options.local.candidates(tool, version);
    for (const candidate of candidates) {
      if (existsSync(candidate) && (await options.versionOf(candidate)) === version) {
        log(`Using ${tool} ${version} at ${candidate}`);
        return { tool, version, binary: candidate, source: 'path' };
      }
    }
    throw new ToolMissingError(tool, version, candidates, options.local.howToInstall);
  }

  // Loaded only when needed: a step that fails on its inputs, or finds its tools on PATH, starts
  // without it.
  const tc = await import('@actions/tool-cache');
  const cached = tc.find(tool, version, arch);
  if (cached !== '' && existsSync(join(cached, tool + EXE))) {
    log(`Using ${tool} ${version} from the tool cache`);
    return { tool, version, binary: join(cached, tool + EXE), source: 'tool-cache' };
  }

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

    let dir: string;
    if (asset.kind !== 'binary') {
      const extracted =
        asset.kind === 'zip' ? await tc.extractZip(archive) : await tc.extractTar(archive);
      downloads.push(extracted);
      if (!existsSync(join(extracted, tool + EXE))) {
        throw new ToolDownloadError(asset.archiveUrl, `the archive holds no '${tool + EXE}'`);
      }
      dir = await tc.cacheDir(extracted, tool, version, arch);
    } else {
      dir = await tc.cacheFile(archive, tool + EXE, tool, version, arch);
    }
    const binary = join(dir, tool + EXE);
    if (asset.kind === 'binary') chmodSync(binary, 0o755);
    log(`Installed ${tool} ${version} into the tool cache`);
    return { tool, version, binary, source: 'download' };
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
    throw new ToolDownloadError(url, reason);
  }
}
