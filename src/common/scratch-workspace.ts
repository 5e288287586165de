import {
  chmodSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync
} from 'node:fs';
import { dirname, isAbsolute, join, resolve, sep } from 'node:path';
import { ActionError, errorMessage } from './errors.js';
import { isInside, privateTempDir } from './safe-fs.js';

/**
 * One private folder for a job's files: what its tools write, what it reads back, and the secrets a
 * tool needs as a file (registry auth, build secrets, a signing key). The job never names a path
 * outside it, and `dispose()` removes everything in it on every way out of the job, except the
 * files marked with `keep()`: reports a later step of the workflow reads (a SARIF upload).
 */
export interface ScratchWorkspace {
  /** The folder itself, readable by its owner only (0700). */
  readonly root: string;
  /** A path in the folder for a tool to write to, its parent folders made (0700). */
  path(relative: string): string;
  /** Writes a file; a secret is readable by its owner only (0600). */
  write(relative: string, content: string, options?: { secret?: boolean }): string;
  read(relative: string): string;
  exists(relative: string): boolean;
  /** Removes a file or folder now: a secret no tool needs any more. */
  remove(relative: string): void;
  /** A path like `path()`, for a file that outlives the workspace. */
  keep(relative: string): string;
  /** Removes every file and folder but the kept ones (the folder too when none exists). */
  dispose(): void;
}

/** The workspace could not be removed: files, maybe secrets, are left on the runner. */
export class ScratchCleanupError extends ActionError {
  constructor(root: string, cause: unknown) {
    super(
      `Could not remove the scratch folder ${root} (${errorMessage(cause)}): it may hold registry credentials or build secrets, remove it by hand`
    );
  }
}

/** A relative path, refused when it would leave the folder: a fault of the caller, not the user. */
function inside(root: string, relative: string): string {
  const path = join(root, relative);
  if (relative === '' || isAbsolute(relative) || resolve(path) === root || !isInside(root, path))
    throw new Error(`scratch path '${relative}' is not a path inside ${root}`);
  return path;
}

/** Removes everything under `dir` except the kept paths and the folders on the way to them. */
function removeAllBut(dir: string, kept: ReadonlySet<string>): void {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (kept.has(path)) continue;
    const holdsKept = [...kept].some((k) => k.startsWith(`${path}${sep}`));
    if (holdsKept) removeAllBut(path, kept);
    else rmSync(path, { recursive: true, force: true });
  }
}

/**
 * The real workspace: a new folder `<parent>/<prefix>XXXXXX`, the parent made when missing (the
 * runner's temporary folder, which the runner empties after the job).
 */
export function openScratchWorkspace(parent: string, prefix: string): ScratchWorkspace {
  mkdirSync(parent, { recursive: true });
  const root = privateTempDir(prefix, parent);
  const kept = new Set<string>();
  let disposed = false;
  const writable = (relative: string): string => {
    if (disposed) throw new Error(`the scratch folder ${root} is already removed`);
    const path = inside(root, relative);
    mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
    return path;
  };
  return {
    root,
    path: writable,
    write(relative, content, options = {}) {
      const path = writable(relative);
      const mode = options.secret === true ? 0o600 : 0o644;
      writeFileSync(path, content, { mode });
      // The mode only applies to a new file; a secret written over an old one is made private too.
      chmodSync(path, mode);
      return path;
    },
    read: (relative) => readFileSync(inside(root, relative), 'utf8'),
    exists: (relative) => existsSync(inside(root, relative)),
    remove: (relative) => rmSync(inside(root, relative), { recursive: true, force: true }),
    keep(relative) {
      const path = writable(relative);
      kept.add(path);
      return path;
    },
    dispose() {
      if (disposed) return;
      try {
        // A report the tool never wrote keeps nothing: the folder goes when no kept file exists.
        const existing = new Set([...kept].filter((path) => existsSync(path)));
        if (existing.size === 0) rmSync(root, { recursive: true, force: true });
        else removeAllBut(root, existing);
      } catch (error) {
        throw new ScratchCleanupError(root, error);
      }
      disposed = true;
    }
  };
}

/**
 * Runs `body` with a new workspace and disposes of it however the body ends. A cleanup failure
 * fails a run that succeeded; after a failed run it is reported with `warn` and the run's own
 * error, the one that explains what went wrong, is the one thrown.
 */
export async function withScratchWorkspace<T>(
  open: () => ScratchWorkspace,
  warn: (message: string) => void,
  body: (workspace: ScratchWorkspace) => Promise<T>
): Promise<T> {
  const workspace = open();
  let result: T;
  try {
    result = await body(workspace);
  } catch (error) {
    try {
      workspace.dispose();
    } catch (cleanup) {
      warn(errorMessage(cleanup));
    }
    throw error;
  }
  workspace.dispose();
  return result;
}
