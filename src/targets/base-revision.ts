import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { discoverRepository } from './discover.js';
import { git as runGit, RevisionError } from './git.js';
import { assertAcyclic, type Repository, type Target } from './graph.js';

const GIT_TIMEOUT_MS = 120_000;

/** git with the longer deadline a copy of a whole revision may need. */
const git = (args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<string> =>
  runGit(args, cwd, env, GIT_TIMEOUT_MS);

/** A copy of the base revision's tree. */
export interface BaseTree {
  /** Absolute: the copy of the repository's top folder. */
  top: string;
  /** Absolute: the root inside it. */
  root: string;
  repository: Repository;
  /** Removes the copy. */
  dispose(): void;
}

/**
 * The stacks of the base revision, read from a copy of its tree in a temporary folder (under
 * `parent`): a deleted stack's settings (state key, variable files, dependencies) are the base's,
 * as its destroy runs from there. The copy goes through a temporary index, so the repository's
 * own index, working tree and refs stay as they were. `rootFromTop` is the root's path in the
 * repository.
 */
export async function checkoutBase(
  top: string,
  base: string,
  rootFromTop: string,
  parent: string = tmpdir()
): Promise<BaseTree> {
  mkdirSync(parent, { recursive: true });
  const scratch = mkdtempSync(join(parent, 'targets-base-'));
  const dispose = (): void => rmSync(scratch, { recursive: true, force: true });
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
    const root = rootFromTop === '.' ? tree : join(tree, rootFromTop);
    const repository = discoverRepository({ root, repository: tree });
    assertAcyclic(repository.stacks);
    return { top: tree, root, repository, dispose };
  } catch (error) {
    dispose();
    throw error;
  }
}

/** The stacks of the base revision (see checkoutBase), the copy removed once read. */
export async function baseRepository(
  top: string,
  base: string,
  rootFromTop: string
): Promise<Repository> {
  const tree = await checkoutBase(top, base, rootFromTop);
  tree.dispose();
  return tree.repository;
}

/**
 * The deleted stacks as targets in their dependency order (wave 1 depends on nothing deleted),
 * each with its dependencies among them: what runTargets destroys in reverse. A deleted stack
 * the base revision does not hold as a stack is an error naming it.
 */
export function deletedTargets(base: Repository, deleted: readonly string[]): Target[] {
  const gone = new Set(deleted);
  for (const path of deleted)
    if (!base.stacks.has(path))
      throw new RevisionError(`deleted stack ${path} is not a stack at the base revision`);
  const deps = (path: string): string[] =>
    [...new Set(base.stacks.get(path)!.dependsOn.map((d) => d.path))]
      .filter((d) => gone.has(d) && d !== path)
      .sort();
  const wave = new Map<string, number>();
  const waveOf = (path: string): number => {
    const known = wave.get(path);
    if (known !== undefined) return known;
    const level = 1 + Math.max(0, ...deps(path).map(waveOf));
    wave.set(path, level);
    return level;
  };
  return [...deleted].sort().map((path) => ({
    path,
    reasons: ['deleted at head: destroyed from the base revision'],
    wave: waveOf(path),
    dependsOn: deps(path)
  }));
}

/**
 * The deleted stacks as targets of a destroy, in destroy waves: a stack is destroyed after the
 * deleted stacks that depend on it (its `dependsOn` here lists those it waits for), as the wave
 * jobs of a workflow run them.
 */
export function destroyTargets(base: Repository, deleted: readonly string[]): Target[] {
  const forward = deletedTargets(base, deleted);
  const dependents = new Map<string, string[]>(forward.map((t) => [t.path, []]));
  for (const t of forward) for (const d of t.dependsOn) dependents.get(d)!.push(t.path);
  const wave = new Map<string, number>();
  const waveOf = (path: string): number => {
    const known = wave.get(path);
    if (known !== undefined) return known;
    const level = 1 + Math.max(0, ...dependents.get(path)!.map(waveOf));
    wave.set(path, level);
    return level;
  };
  return forward.map((t) => ({
    ...t,
    wave: waveOf(t.path),
    dependsOn: [...dependents.get(t.path)!].sort()
  }));
}
