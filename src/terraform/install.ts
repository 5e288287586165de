import { runProcess } from '../common/process.js';
import { installTool, type LocalTools } from '../tools/install.js';
import type { EngineName } from './engine-version.js';
import { releaseAsset } from './release.js';
import { engineJsonText, recordCliConfigVerdict } from './cli-config.js';

export interface EngineInstallation {
  engine: EngineName;
  version: string;
  /** Absolute path of the engine binary. */
  binary: string;
  source: 'path' | 'tool-cache' | 'download';
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
  /** Outside Actions: the toolchain's own folders, and no download (see LocalTools). */
  local?: LocalTools;
}

/** The version an engine binary reports, or undefined if it cannot say. */
export async function binaryVersion(binary: string): Promise<string | undefined> {
  try {
    const result = await runProcess(binary, ['version', '-json'], { timeoutMs: 30_000 });
    recordCliConfigVerdict(binary, process.env, result);
    if (result.exitCode !== 0) return undefined;
    // A broken CLI configuration prints a warning before the JSON: the binary is still the engine.
    const parsed = JSON.parse(engineJsonText(result.stdout)) as { terraform_version?: unknown };
    return typeof parsed.terraform_version === 'string' ? parsed.terraform_version : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Makes the requested engine version available: from PATH, else the runner's tool cache, else the
 * official release archive, verified against the release's SHA256SUMS before it is extracted.
 */
export async function installEngine(options: InstallOptions): Promise<EngineInstallation> {
  const arch = options.arch ?? process.arch;
  const asset = releaseAsset(
    options.engine,
    options.version,
    options.platform ?? process.platform,
    arch,
    options.releaseBase
  );
  const installed = await installTool({
    tool: options.engine,
    version: options.version,
    arch,
    asset,
    versionOf: binaryVersion,
    ...(options.searchPath === undefined ? {} : { searchPath: options.searchPath }),
    ...(options.log === undefined ? {} : { log: options.log }),
    ...(options.local === undefined ? {} : { local: options.local })
  });
  return {
    engine: options.engine,
    version: installed.version,
    binary: installed.binary,
    source: installed.source
  };
}
