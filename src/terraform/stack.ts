import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseDuration } from '../common/duration.js';
import type { Log } from '../common/log.js';
import { initArgs } from './args.js';
import {
  EngineCommandError,
  errorDiagnostics,
  parseLockError,
  StateLockError
} from './diagnostics.js';
import { engineCli, type Engine } from './engine.js';
import type { EngineName } from './engine-version.js';
import type { EngineInstallation, InstallOptions } from './install.js';

/** What tf-plan and tf-apply share: where the stack is, which engine, which state. */
export interface StackSettings {
  workingDirectory: string;
  engine: EngineName;
  engineVersion: string;
  /** `-backend-config` entries, the state key already among them. */
  backendConfig: string[];
  lockTimeout: string;
}

export interface StackDependencies {
  log: Log;
  install: (options: InstallOptions) => Promise<EngineInstallation>;
  /** Variables added to every engine run's environment (e.g. TF_DATA_DIR for a shared folder). */
  environment?: Readonly<Record<string, string>>;
}

export const LOCK_FILE = '.terraform.lock.hcl';

/** A bound on any one engine run beyond the lock wait, so a hung provider cannot hold a runner. */
const ENGINE_RUN_LIMIT_MS = 2 * 60 * 60 * 1000;

export function engineTimeout(lockTimeout: string): number {
  return ENGINE_RUN_LIMIT_MS + (parseDuration(lockTimeout) ?? 0);
}

/** Turns a failed engine run into the error a user can act on: a held lock, or the engine's own. */
export function engineFailure(
  command: string,
  exitCode: number,
  output: string,
  lockTimeout: string
): Error {
  const lock = parseLockError(output);
  if (lock !== undefined) return new StateLockError(lock, lockTimeout);
  return new EngineCommandError(command, exitCode, errorDiagnostics(output));
}

/** Installs the engine and initialises the stack (lock file read-only when one is committed). */
export async function prepareStack(
  settings: StackSettings,
  deps: StackDependencies
): Promise<Engine> {
  const installation = await deps.log.group(
    `Install ${settings.engine} ${settings.engineVersion}`,
    () =>
      deps.install({
        engine: settings.engine,
        version: settings.engineVersion,
        log: (message) => deps.log.info(message)
      })
  );
  const engine = engineCli(installation, deps.log, deps.environment);
  await deps.log.group(`${settings.engine} init`, async () => {
    const args = initArgs({
      backendConfig: settings.backendConfig,
      lockfileReadonly: existsSync(join(settings.workingDirectory, LOCK_FILE)),
      lockTimeout: settings.lockTimeout
    });
    const result = await engine.run(args, {
      cwd: settings.workingDirectory,
      timeoutMs: engineTimeout(settings.lockTimeout)
    });
    if (result.exitCode !== 0) {
      throw engineFailure(
        `${settings.engine} init`,
        result.exitCode,
        result.stdout + result.stderr,
        settings.lockTimeout
      );
    }
  });
  return engine;
}
