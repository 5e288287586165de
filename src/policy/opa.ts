import type { Log } from '../common/log.js';
import { runProcess } from '../common/process.js';
import { evaluatePolicy, type PolicyEvaluator } from './evaluate.js';
import {
  installTool,
  type LocalTools,
  type ReleaseAsset,
  type ToolInstallation
} from '../tools/install.js';
import { UnsupportedPlatformError } from '../terraform/release.js';

/** The OPA release the actions install when it is not on PATH. */
export const DEFAULT_OPA_VERSION = '1.22.2';

export const OPA_RELEASE_BASE = 'https://github.com/open-policy-agent/opa/releases/download';

/** OPA's published binary names: static builds where OPA publishes them. */
const OPA_BINARIES: Readonly<Record<string, string>> = {
  'linux/x64': 'opa_linux_amd64_static',
  'linux/arm64': 'opa_linux_arm64_static',
  'darwin/x64': 'opa_darwin_amd64',
  'darwin/arm64': 'opa_darwin_arm64_static',
  'win32/x64': 'opa_windows_amd64.exe'
};

/**
 * One OPA release binary and its checksum: OPA publishes `<binary>.sha256` beside each binary, a
 * one-line file in SHA256SUMS form.
 */
export function opaAsset(
  version: string,
  platform: string,
  arch: string,
  base: string = OPA_RELEASE_BASE
): ReleaseAsset {
  const name = OPA_BINARIES[`${platform}/${arch}`];
  if (name === undefined) throw new UnsupportedPlatformError(platform, arch);
  const root = `${base.replace(/\/+$/, '')}/v${version}`;
  return {
    archiveName: name,
    archiveUrl: `${root}/${name}`,
    sumsUrl: `${root}/${name}.sha256`,
    kind: 'binary'
  };
}

/** The version an OPA binary reports (`Version: 1.22.2`), or undefined. */
export async function opaVersion(binary: string): Promise<string | undefined> {
  try {
    const result = await runProcess(binary, ['version'], { timeoutMs: 30_000 });
    if (result.exitCode !== 0) return undefined;
    return /^Version:\s*(\S+)/m.exec(result.stdout)?.[1];
  } catch {
    return undefined;
  }
}

export interface OpaInstallOptions {
  version?: string;
  platform?: string;
  arch?: string;
  releaseBase?: string;
  searchPath?: boolean;
  log?: (message: string) => void;
  /** Outside Actions: the toolchain's own folders, and no download (see LocalTools). */
  local?: LocalTools;
}

/** OPA from PATH, the tool cache or its release, checksum verified, like the engine. */
export function installOpa(options: OpaInstallOptions = {}): Promise<ToolInstallation> {
  const version = options.version ?? DEFAULT_OPA_VERSION;
  const arch = options.arch ?? process.arch;
  return installTool({
    tool: 'opa',
    version,
    arch,
    asset: opaAsset(version, options.platform ?? process.platform, arch, options.releaseBase),
    versionOf: opaVersion,
    ...(options.searchPath === undefined ? {} : { searchPath: options.searchPath }),
    ...(options.log === undefined ? {} : { log: options.log }),
    ...(options.local === undefined ? {} : { local: options.local })
  });
}

/** The real evaluator: OPA installed once, on first use, then `opa eval` of each plan. */
export function opaEvaluator(log: Log, options: OpaInstallOptions = {}): PolicyEvaluator {
  let opa: Promise<ToolInstallation> | undefined;
  return async (evaluation) => {
    opa ??= installOpa({ log: (m) => log.info(m), ...options });
    return evaluatePolicy({ opa: (await opa).binary, ...evaluation });
  };
}
