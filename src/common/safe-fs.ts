import { randomBytes } from 'node:crypto';
import {
  chmodSync,
  closeSync,
  constants,
  existsSync,
  fsyncSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  realpathSync,
  renameSync,
  rmSync,
  writeSync,
  type Stats
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { ActionError, InputError } from './errors.js';

/**
 * The only way the project writes a file it owns (facts, audit log, values, reports, plan files,
 * outputs): the path is confined to the folder it belongs to, no level of it may be a symbolic
 * link, and the file is written to a fresh sibling opened with O_EXCL|O_NOFOLLOW, then renamed
 * over the target, so a reader sees the old file or the new one and a planted link receives nothing.
 */

/** A path that would write through a symbolic link, or outside the folder it belongs to. */
export class UnsafePathError extends ActionError {
  constructor(
    readonly path: string,
    readonly reason: string
  ) {
    super(`Refusing to write ${path}: ${reason}`);
  }
}

/** O_NOFOLLOW where the platform has it: opening a symbolic link then fails with ELOOP. */
const NOFOLLOW = constants.O_NOFOLLOW ?? 0;
const EXCLUSIVE = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | NOFOLLOW;

/** True when `path` is `root` or below it (both taken as they are, without resolving links). */
export function isInside(root: string, path: string): boolean {
  const rel = relative(resolve(root), resolve(path));
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

/** The path with every symbolic link of its longest existing prefix resolved; the rest as written. */
export function realpathOfPrefix(path: string): string {
  const absolute = resolve(path);
  const missing: string[] = [];
  let current = absolute;
  for (;;) {
    try {
      return join(realpathSync(current), ...missing.reverse());
    } catch {
      const parent = dirname(current);
      if (parent === current) return absolute;
      missing.push(basename(current));
      current = parent;
    }
  }
}

export interface ConfineOptions {
  /** The input the path came from, named in the error. */
  input: string;
  /** The raw value of the input, as the user wrote it. */
  raw: string;
  /** The folder relative paths are resolved against and must stay in (the workspace). */
  root: string;
  /** Other folders the path may be in (e.g. the runner's temporary folder for outputs). */
  alsoAllowed?: readonly string[];
  /** What `root` is called in the error (default "the workspace"). */
  rootName?: string;
}

/**
 * Resolves an input's path against the workspace and checks that it stays inside it after `..`
 * and symbolic links are resolved, so an engine is never handed a file such as /etc/shadow.
 * Returns the absolute path as resolved (links kept, so messages show what the user wrote).
 */
export function confinePath(options: ConfineOptions): string {
  const path = resolve(options.root, options.raw);
  const real = realpathOfPrefix(path);
  const allowed = [options.root, ...(options.alsoAllowed ?? [])];
  if (allowed.some((root) => isInside(realpathOfPrefix(root), real))) return path;
  const where = real === path ? path : `${path}, which is ${real} once links are resolved`;
  throw new InputError(
    options.input,
    options.raw,
    `resolves to ${where}, outside ${options.rootName ?? 'the workspace'} (${options.root}): give a path inside it`
  );
}

function lstatOrUndefined(path: string): Stats | undefined {
  try {
    return lstatSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** The target's location below its root, refused when it leaves the root. */
function placeBelow(root: string, path: string, make = true): { realRoot: string; target: string } {
  if (!isInside(root, path))
    throw new UnsafePathError(path, `it is outside ${root}, the folder it belongs to`);
  // The root is trusted (the caller chose it): it is made when missing, links above it allowed.
  if (make) mkdirSync(root, { recursive: true });
  const realRoot = realpathSync(root);
  return { realRoot, target: join(realRoot, relative(resolve(root), resolve(path))) };
}

/**
 * Creates every missing folder from `root` down to `dir`, refusing a symbolic link or a file at any
 * level below the root. The root itself is trusted (a clone, the workspace, the runner's temp).
 */
export function ensureFolder(root: string, dir: string, mode = 0o777): string {
  const { realRoot, target } = placeBelow(root, dir);
  let current = realRoot;
  for (const part of relative(realRoot, target)
    .split(sep)
    .filter((p) => p !== '')) {
    current = join(current, part);
    const stat = lstatOrUndefined(current);
    if (stat === undefined) {
      try {
        mkdirSync(current, { mode });
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      const made = lstatSync(current);
      if (!made.isDirectory() || made.isSymbolicLink())
        throw new UnsafePathError(current, 'another process put something else there meanwhile');
    } else if (stat.isSymbolicLink()) {
      throw new UnsafePathError(
        current,
        `${current} is a symbolic link where a folder is expected; it is not followed: remove the link`
      );
    } else if (!stat.isDirectory()) {
      throw new UnsafePathError(current, `${current} is a file where a folder is expected`);
    }
  }
  return target;
}

/** Checks the file itself: absent, or a regular file (never a link, never a folder). */
function checkTarget(target: string): void {
  const stat = lstatOrUndefined(target);
  if (stat === undefined || stat.isFile()) return;
  if (stat.isSymbolicLink())
    throw new UnsafePathError(
      target,
      `${target} is a symbolic link; it is not followed: remove the link`
    );
  if (stat.isDirectory())
    throw new UnsafePathError(target, `${target} is a folder, where a file is expected`);
  throw new UnsafePathError(target, `${target} is not a regular file`);
}

/** Creates a new file that must not exist yet: O_EXCL|O_NOFOLLOW, so nothing planted is followed. */
export function createFileExclusive(path: string, content: string | Uint8Array, mode = 0o600) {
  const fd = openSync(path, EXCLUSIVE, mode);
  try {
    const data = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    let offset = 0;
    while (offset < data.length) offset += writeSync(fd, data, offset, data.length - offset);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  // The umask may have narrowed the mode; a file meant to be readable by others gets it exactly.
  chmodSync(path, mode);
}

export interface SafeWriteOptions {
  /** The file's mode (default 0644; 0600 for anything holding a secret). */
  mode?: number;
}

/**
 * Writes `path` (inside `root`) whole: folders below the root created without following links, a
 * link or a folder at the path refused, the content written to a fresh sibling and renamed over it.
 * Returns the path written (below the root's real path).
 */
export function writeFileSafely(
  root: string,
  path: string,
  content: string | Uint8Array,
  options: SafeWriteOptions = {}
): string {
  const { target } = placeBelow(root, path);
  ensureFolder(root, dirname(resolve(path)));
  checkTarget(target);
  const staging = join(
    dirname(target),
    `.${basename(target)}.${randomBytes(6).toString('hex')}.partial`
  );
  try {
    createFileExclusive(staging, content, options.mode ?? 0o644);
    // The folders may have been swapped for links between the checks and now: check once more.
    ensureFolder(root, dirname(resolve(path)));
    checkTarget(target);
    renameSync(staging, target);
  } catch (error) {
    rmSync(staging, { force: true });
    throw error;
  }
  return target;
}

/**
 * Reads a file inside `root` without following a link at any level: undefined when it is absent,
 * an error naming the link when one is met (a link committed to a branch must not make the project
 * read, and then publish, a file of the runner).
 */
export function readFileSafely(root: string, path: string): string | undefined {
  if (!existsSync(root)) return undefined;
  const { realRoot, target } = placeBelow(root, path, false);
  let current = realRoot;
  const parts = relative(realRoot, target)
    .split(sep)
    .filter((p) => p !== '');
  for (const [index, part] of parts.entries()) {
    current = join(current, part);
    const stat = lstatOrUndefined(current);
    if (stat === undefined) return undefined;
    if (stat.isSymbolicLink())
      throw new UnsafePathError(
        current,
        `${current} is a symbolic link; it is not followed: remove the link`
      );
    if (index < parts.length - 1 && !stat.isDirectory())
      throw new UnsafePathError(current, `${current} is a file where a folder is expected`);
  }
  const fd = openSync(target, constants.O_RDONLY | NOFOLLOW);
  try {
    return readFileSync(fd, 'utf8');
  } finally {
    closeSync(fd);
  }
}

/** A fresh folder only this user can enter (0700), with a name no one can predict. */
export function privateTempDir(prefix: string, parent: string = tmpdir()): string {
  const dir = mkdtempSync(join(parent, prefix));
  chmodSync(dir, 0o700);
  return dir;
}
