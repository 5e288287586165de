import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, isAbsolute, join } from 'node:path';
import { ActionError } from '../common/errors.js';
import { EngineCommandError, errorDiagnostics, parseLockError } from '../terraform/diagnostics.js';
import type { Engine } from '../terraform/engine.js';
import { engineTimeout, type StackSettings } from '../terraform/stack.js';
import { detectBackendType } from '../terraform/backend.js';
import type { LockState } from './unlock.js';

/** Reading or releasing the lock went wrong in a way that is not the lock's answer. */
export class LockReadError extends ActionError {}

/**
 * Asks the engine itself who holds the lock: a plan that reads no real infrastructure
 * (`-refresh=false`) and does not wait (`-lock-timeout=0s`) must take the lock first, so it either
 * runs (nothing holds the lock; it is released at once) or fails naming the holder as the backend
 * records it. Nothing is written: the plan is not saved.
 */
export function lockProbeArgs(varFiles: readonly string[]): string[] {
  return [
    'plan',
    '-input=false',
    '-no-color',
    '-refresh=false',
    '-lock-timeout=0s',
    ...varFiles.map((file) => `-var-file=${file}`)
  ];
}

export function forceUnlockArgs(lockId: string): string[] {
  return ['force-unlock', '-force', '-no-color', lockId];
}

/**
 * The local backend's lock record of a state (`.terraform.tfstate.lock.info` beside it): the
 * state's `path` from the backend config, else `terraform.tfstate` in the stack.
 */
export function localLockRecordPath(settings: StackSettings): string {
  const entry = [...settings.backendConfig].reverse().find((e) => e.startsWith('path='));
  const state = entry === undefined ? 'terraform.tfstate' : entry.slice('path='.length);
  const path = isAbsolute(state) ? state : join(settings.workingDirectory, state);
  return join(dirname(path), `.${basename(path)}.lock.info`);
}

function readLocalRecord(settings: StackSettings): LockState | undefined {
  if (detectBackendType(settings.workingDirectory) !== 'local') return undefined;
  const file = localLockRecordPath(settings);
  if (!existsSync(file)) return undefined;
  try {
    const r = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    const text = (key: string) =>
      typeof r[key] === 'string' && r[key] !== '' ? r[key] : undefined;
    const stale: Record<string, string> = {};
    for (const [key, field] of [
      ['id', 'ID'],
      ['operation', 'Operation'],
      ['who', 'Who'],
      ['version', 'Version'],
      ['created', 'Created'],
      ['path', 'Path']
    ] as const) {
      const value = text(field);
      if (value !== undefined) stale[key] = value;
    }
    return { held: false, stale };
  } catch {
    throw new LockReadError(`The lock record ${file} is not JSON: look at it before removing it.`);
  }
}

/** Who holds the stack's lock, read through the engine (and the local backend's record). */
export async function readLock(
  engine: Engine,
  settings: StackSettings,
  varFiles: readonly string[] = []
): Promise<LockState> {
  const result = await engine.run(lockProbeArgs(varFiles), {
    cwd: settings.workingDirectory,
    timeoutMs: engineTimeout('0s'),
    stream: false
  });
  const output = result.stdout + result.stderr;
  if (result.exitCode === 0) return readLocalRecord(settings) ?? { held: false };
  const holder = parseLockError(output);
  if (holder !== undefined) return { held: true, holder };
  throw new LockReadError(
    `Could not read the lock of ${settings.workingDirectory}: ${
      new EngineCommandError(
        `${settings.engine} plan (lock read)`,
        result.exitCode,
        errorDiagnostics(output)
      ).message
    }`
  );
}

/**
 * Releases the lock with the engine's force-unlock, then reads it again: done only when that lock
 * is gone. The local backend answers `not locked` for a record whose process is gone, yet removes
 * the record: the read after it is what counts.
 */
export async function releaseLock(
  engine: Engine,
  settings: StackSettings,
  lockId: string,
  varFiles: readonly string[] = []
): Promise<LockState> {
  const result = await engine.run(forceUnlockArgs(lockId), {
    cwd: settings.workingDirectory,
    timeoutMs: engineTimeout('0s'),
    stream: false
  });
  const after = await readLock(engine, settings, varFiles);
  const still = after.held ? after.holder : 'stale' in after ? after.stale : undefined;
  if (still?.id === lockId)
    throw new LockReadError(
      `${settings.engine} force-unlock ${lockId} did not release the lock (exit ${result.exitCode}): ` +
        errorDiagnostics(result.stdout + result.stderr)
    );
  return after;
}
