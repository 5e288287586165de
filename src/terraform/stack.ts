import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseDuration } from '../common/duration.js';
import type { Log } from '../common/log.js';
import { maskForms } from '../common/secrets.js';
import { initArgs, showStateJsonArgs } from './args.js';
import { planSecrets } from './redact.js';
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
  /**
   * Registers a value the runner must mask in every log line from now on (`core.setSecret` in an
   * action; nothing in a terminal, where secrets are kept out of what is printed instead).
   */
  maskSecret?: (value: string) => void;
  /** Variables added to every engine run's environment (e.g. TF_DATA_DIR for a shared folder). */
  environment?: Readonly<Record<string, string>>;
  /** How the installed engine is run; default: its binary, printed to the log (a fake in tests). */
  engine?: (installation: EngineInstallation) => Engine;
}

/** Tells the runner to mask every form of each secret (each line of a multi-line one too). */
export function maskSecrets(deps: StackDependencies, secrets: Iterable<string>): number {
  let count = 0;
  if (deps.maskSecret === undefined) return count;
  for (const secret of secrets)
    for (const form of maskForms(secret)) {
      deps.maskSecret(form);
      count++;
    }
  return count;
}

/**
 * Masks what the stack's current state marks sensitive, before the engine's output is streamed:
 * a plan after an apply prints values derived from secrets that the engine no longer marks.
 */
export async function maskStateSecrets(
  engine: Engine,
  settings: StackSettings,
  deps: StackDependencies
): Promise<void> {
  if (deps.maskSecret === undefined) return;
  const state = await engine.run(showStateJsonArgs(), {
    cwd: settings.workingDirectory,
    timeoutMs: engineTimeout(settings.lockTimeout),
    stream: false
  });
  if (state.exitCode !== 0) {
    deps.log.warning(
      `${settings.engine} show -json could not read the state (exit code ${state.exitCode}): its sensitive values are masked once the plan is read`
    );
    return;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(state.stdout);
  } catch {
    return;
  }
  const count = maskSecrets(deps, planSecrets(parsed));
  deps.log.info(`Masked ${count} sensitive value${count === 1 ? '' : 's'} of the current state`);
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
  const engine = deps.engine?.(installation) ?? engineCli(installation, deps.log, deps.environment);
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
