import type { ReleaseAsset } from '../tools/install.js';
import type { EngineName } from './engine-version.js';

/** Where each engine's official releases are published. */
export const OFFICIAL_RELEASE_BASES: Readonly<Record<EngineName, string>> = {
  tofu: 'https://github.com/opentofu/opentofu/releases/download',
  terraform: 'https://releases.hashicorp.com/terraform'
};

const OS: Readonly<Record<string, string>> = { linux: 'linux', darwin: 'darwin', win32: 'windows' };
const ARCH: Readonly<Record<string, string>> = {
  x64: 'amd64',
  arm64: 'arm64',
  arm: 'arm',
  ia32: '386'
};

export class UnsupportedPlatformError extends Error {
  constructor(platform: string, arch: string) {
    super(`No engine release is published for platform '${platform}' and architecture '${arch}'`);
    this.name = 'UnsupportedPlatformError';
  }
}

/**
 * The release archive and checksum file of one engine version, laid out as each project
 * publishes them: OpenTofu under `v<version>/`, Terraform under `<version>/`.
 */
export function releaseAsset(
  engine: EngineName,
  version: string,
  platform: string,
  arch: string,
  base: string = OFFICIAL_RELEASE_BASES[engine]
): ReleaseAsset {
  const os = OS[platform];
  const cpu = ARCH[arch];
  if (os === undefined || cpu === undefined) throw new UnsupportedPlatformError(platform, arch);
  const root = base.replace(/\/+$/, '');
  const folder = engine === 'tofu' ? `v${version}` : version;
  const archiveName = `${engine}_${version}_${os}_${cpu}.zip`;
  return {
    archiveName,
    archiveUrl: `${root}/${folder}/${archiveName}`,
    sumsUrl: `${root}/${folder}/${engine}_${version}_SHA256SUMS`,
    kind: 'zip'
  };
}
