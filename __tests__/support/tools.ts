import { existsSync, realpathSync } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';

/** The repository's root, where `npm run tools` links the toolchain into `.tools/`. */
export const REPO = resolve(import.meta.dirname, '..', '..');
export const TOOLS_BIN = join(REPO, '.tools', 'bin');
export const TOFU_CLI_CONFIG = join(REPO, '.tools', 'tofu.tfrc');

/**
 * The path of a tool `npm run tools` builds. Tests that need the real engine, OPA or a server fail
 * when it is missing, saying how to get it: a test passing without the engine would prove nothing.
 */
export function tool(name: string): string {
  const path = join(TOOLS_BIN, name);
  if (!existsSync(path)) {
    throw new Error(`${name} is not in .tools/bin: run 'npm run tools' (npm test does it first)`);
  }
  return realpathSync(path);
}

/** The environment for engine runs: the toolchain first on PATH, the offline provider mirror. */
export function toolEnv(base: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  tool('tofu');
  if (!existsSync(TOFU_CLI_CONFIG))
    throw new Error(`${TOFU_CLI_CONFIG} is missing: run 'npm run tools'`);
  return {
    ...base,
    PATH: `${TOOLS_BIN}${delimiter}${base['PATH'] ?? ''}`,
    TF_CLI_CONFIG_FILE: TOFU_CLI_CONFIG,
    CHECKPOINT_DISABLE: '1'
  };
}
