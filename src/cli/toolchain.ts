import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LocalTools } from '../tools/install.js';

/** The command that builds the project's toolchain, named whenever a tool is missing. */
export const INSTALL_TOOLS = 'npm run tools';

/**
 * The package's root: this file is two levels below it, as source (`src/cli/`) and as bundle
 * (`dist/cli/`) alike.
 */
export function packageRoot(): string {
  return dirname(dirname(dirname(fileURLToPath(import.meta.url))));
}

/** Where `npm run tools` caches each tool by version: `<cache>/<tool>/<version>/<tool>`. */
export function toolsCache(env: NodeJS.ProcessEnv = process.env): string {
  const base = env['XDG_CACHE_HOME'] || join(env['HOME'] || homedir(), '.cache');
  return join(base, 'platform-actions');
}

/** In a GitHub Actions job the runner's ways hold: its tool cache, downloads, workflow commands. */
export function inActions(env: NodeJS.ProcessEnv = process.env): boolean {
  return env['GITHUB_ACTIONS'] === 'true';
}

/**
 * Outside Actions, sets a terminal up as `. .tools/env` does: the package's `.tools/bin` first on
 * PATH (for the engine and for the bundled actions `action run` starts), and OpenTofu's offline CLI
 * configuration when none is set. Returns where the tools may be and how to install them, so a
 * missing tool is named instead of downloaded; undefined in Actions, where nothing changes.
 */
export function prepareTerminal(
  env: NodeJS.ProcessEnv = process.env,
  root: string = packageRoot()
): LocalTools | undefined {
  if (inActions(env)) return undefined;
  const bin = join(root, '.tools', 'bin');
  if (existsSync(bin)) {
    const path = (env['PATH'] ?? '').split(delimiter);
    if (!path.includes(bin)) env['PATH'] = [bin, ...path.filter((p) => p !== '')].join(delimiter);
  }
  const tfrc = join(root, '.tools', 'tofu.tfrc');
  // A config the user set is kept, unless it names no file (OpenTofu would then print a warning
  // where its JSON should be).
  const current = env['TF_CLI_CONFIG_FILE'] ?? '';
  if ((current === '' || !existsSync(current)) && existsSync(tfrc))
    env['TF_CLI_CONFIG_FILE'] = tfrc;
  env['CHECKPOINT_DISABLE'] ??= '1';
  const cache = toolsCache(env);
  return {
    candidates: (tool, version) => [join(bin, tool), join(cache, tool, version, tool)],
    howToInstall: `${INSTALL_TOOLS} (in ${root})`
  };
}
