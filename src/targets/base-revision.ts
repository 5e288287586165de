import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { discoverRepository } from './discover.js';
import { RevisionError } from './git.js';
import { assertAcyclic, type Repository, type Target } from './graph.js';

const GIT_TIMEOUT_MS = 120_000;

function git(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    execFile(
      'git',
      args,
      {
        cwd,
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
        timeout: GIT_TIMEOUT_MS,
        env: { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0', ...env }
      },
      (error, stdout, stderr) => {
        if (error !== null) reject(Object.assign(error, { stderr }));
        else resolvePromise(stdout);
      }
    );
  });
}

/**
 * The stacks of the base revision, read from a copy of its tree in a temporary folder: a deleted
 * stack's settings (state key, variable files, dependencies) are the base's, as its destroy runs
 * from there. The copy goes through a temporary index, so the repository's own index, working
 * tree and refs stay as they were. `rootFromTop` is the root's path in the repository.
 */
export async function baseRepository(
  top: string,
  base: string,
  rootFromTop: string
): Promise<Repository> {
  const scratch = mkdtempSync(join(tmpdir(), 'targets-base-'));
  try {
    const tree = join(scratch, 'tree');
    mkdirSync(tree);
    const env = { GIT_INDEX_FILE: join(scratch, 'index') };
    try {
      await git(['read-tree', base], top, env);
      await git(['checkout-index', '--all', `--prefix=${tree}/`], top, env);
    } catch (error) {
      throw new RevisionError(
        `--base ${base.slice(0, 12)}: git could not read its tree (${String((error as { stderr?: string }).stderr ?? error).trim()})`
      );
    }
    const repository = discoverRepository({
      root: rootFromTop === '.' ? tree : join(tree, rootFromTop),
      repository: tree
    });
    assertAcyclic(repository.stacks);
    return repository;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/**
 * The deleted stacks as targets of a destroy, in destroy waves: a stack is destroyed after the
 * deleted stacks that depend on it (its `dependsOn` here lists those it waits for). A deleted
 * stack the base revision does not hold as a stack is an error naming it.
 */
export function destroyTargets(base: Repository, deleted: readonly string[]): Target[] {
  const gone = new Set(deleted);
  const dependents = new Map<string, string[]>(deleted.map((p) => [p, []]));
  for (const path of deleted) {
    const stack = base.stacks.get(path);
    if (stack === undefined)
      throw new RevisionError(`deleted stack ${path} is not a stack at the base revision`);
    for (const dep of stack.dependsOn)
      if (gone.has(dep.path) && dep.path !== path) dependents.get(dep.path)!.push(path);
  }
  const wave = new Map<string, number>();
  // Acyclic: baseRepository checked the base revision's graph.
  const waveOf = (path: string): number => {
    const known = wave.get(path);
    if (known !== undefined) return known;
    const level = 1 + Math.max(0, ...dependents.get(path)!.map(waveOf));
    wave.set(path, level);
    return level;
  };
  return [...deleted].sort().map((path) => ({
    path,
    reasons: ['deleted at head: destroyed from the base revision'],
    wave: waveOf(path),
    dependsOn: [...dependents.get(path)!].sort()
  }));
}
