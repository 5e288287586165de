import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

/** The local backend's lock record as it is on disk, if the stack has one. */
function localRecordText(settings: StackSettings): { file: string; text: string } | undefined {
  if (detectBackendType(settings.workingDirectory) !== 'local') return undefined;
  const file = localLockRecordPath(settings);
  return existsSync(file) ? { file, text: readFileSync(file, 'utf8') } : undefined;
}

function parseLocalRecord(file: string, text: string): LockState {
  try {
    const r = JSON.parse(text) as Record<string, unknown>;
    const field = (key: string): string | undefined =>
      typeof r[key] === 'string' && r[key] !== '' ? r[key] : undefined;
    const stale: Record<string, string> = {};
    for (const [key, name] of [
      ['id', 'ID'],
      ['operation', 'Operation'],
      ['who', 'Who'],
      ['version', 'Version'],
      ['created', 'Created'],
      ['path', 'Path']
    ] as const) {
      const value = field(name);
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
  const record = localRecordText(settings);
  const result = await engine.run(lockProbeArgs(varFiles), {
    cwd: settings.workingDirectory,
    timeoutMs: engineTimeout('0s'),
    stream: false
  });
  const output = result.stdout + result.stderr;
  if (result.exitCode === 0) {
    if (record === undefined) return { held: false };
    // The probe took the free lock and, releasing it, removed the record a killed process left:
    // it is put back as it was, so that reading the lock changes nothing.
    if (!existsSync(record.file)) writeFileSync(record.file, record.text, { mode: 0o600 });
    return parseLocalRecord(record.file, record.text);
  }
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
 * Releases the lock, then reads it again: done only when that lock is gone. A held lock is released
 * with the engine's force-unlock. A record left by a killed process (the local backend's, whose
 * file lock the operating system already released) is one the engine's force-unlock refuses
 * (`LocalState not locked`): that record is removed here, once its ID is checked again.
 */
export async function releaseLock(
  engine: Engine,
  settings: StackSettings,
  lockId: string,
  options: { stale: boolean; varFiles?: readonly string[] }
): Promise<LockState> {
  let detail = '';
  if (options.stale) {
    const record = localRecordText(settings);
    const state = record === undefined ? undefined : parseLocalRecord(record.file, record.text);
    const recorded =
      state !== undefined && !state.held && 'stale' in state ? state.stale : undefined;
    if (record !== undefined && recorded?.id === lockId) rmSync(record.file, { force: true });
  } else {
    const result = await engine.run(forceUnlockArgs(lockId), {
      cwd: settings.workingDirectory,
      timeoutMs: engineTimeout('0s'),
      stream: false
    });
    detail = `(exit ${result.exitCode}): ${errorDiagnostics(result.stdout + result.stderr)}`;
  }
  const after = await readLock(engine, settings, options.varFiles ?? []);
  const still = after.held ? after.holder : after.stale;
  if (still?.id === lockId)
    throw new LockReadError(
      `${options.stale ? 'Removing the lock record' : `${settings.engine} force-unlock ${lockId}`} did not release the lock ${detail}`.trim()
    );
  return after;
}
