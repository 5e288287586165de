import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { discoverRepository } from './discover.js';
import {
  changedFiles,
  mergeBase,
  deletedStacks,
  openRepository,
  resolveRevision,
  RevisionError
} from './git.js';
import { assertAcyclic, selectTargets, type Repository, type Selection } from './graph.js';

export interface DetectOptions {
  /** The folder stacks are looked for under (the repository's checkout of head, or inside it). */
  root: string;
  base: string;
  head: string;
  /** A file listing the changed files, one a line, relative to the repository's top (GitHub's API). */
  changedFilesFile?: string;
}

export interface Detection {
  selection: Selection;
  repository: Repository;
  /** Absolute, real paths. */
  root: string;
  top: string;
  /** The commits, full: base is where head forked from the given base. */
  base: string;
  head: string;
  changedFiles: string[];
}

/**
 * From two revisions to targets: resolves them, lists the changed files (git, or the given file),
 * reads the stacks of the working tree (which must be head's checkout), finds the stacks head
 * deleted, and selects the targets in waves.
 */
export async function detectTargets(options: DetectOptions): Promise<Detection> {
  if (!existsSync(options.root) || !statSync(options.root).isDirectory())
    throw new RevisionError(`--root ${options.root} is not a folder`);
  const root = realpathSync(options.root);
  const { top, head: checkedOut } = await openRepository(root);
  const base = await resolveRevision(top, 'base', options.base);
  const head = await resolveRevision(top, 'head', options.head);
  if (head !== checkedOut)
    throw new RevisionError(
      `--head ${options.head} is ${head.slice(0, 12)}, but the working tree has ${checkedOut.slice(0, 12)} checked out: ` +
        `check out the head revision first (the stacks are read from the working tree)`
    );
  let files: string[];
  let fork: string;
  if (options.changedFilesFile !== undefined) {
    const path = resolve(options.changedFilesFile);
    if (!existsSync(path))
      throw new RevisionError(`--changed-files ${options.changedFilesFile}: no such file`);
    files = readFileSync(path, 'utf8')
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter((l) => l !== '');
    for (const file of files)
      if (isAbsolute(file) || file.split('/').includes('..'))
        throw new RevisionError(
          `--changed-files ${options.changedFilesFile} lists '${file}': paths must be relative to the repository's top, without '..'`
        );
    fork = await mergeBase(top, base, head);
  } else {
    ({ files, base: fork } = await changedFiles(top, base, head));
  }

  const repository = discoverRepository({ root, repository: top });
  assertAcyclic(repository.stacks);

  const fromTop = (pathFromRoot: string): string =>
    relative(top, pathFromRoot === '.' ? root : join(root, pathFromRoot))
      .split(sep)
      .join('/') || '.';
  const fromRoot = (pathFromTop: string): string =>
    relative(root, join(top, pathFromTop)).split(sep).join('/') || '.';
  const headStacks = new Set([...repository.stacks.keys()].map(fromTop));
  const deleted = (await deletedStacks(top, fork, files, (f) => headStacks.has(f)))
    .map(fromRoot)
    .filter((p) => !p.startsWith('../'));
  const underDeleted = (file: string): boolean =>
    deleted.some((d) => d === '.' || file.startsWith(`${d}/`));
  const relevant = files.map(fromRoot).filter((f) => !underDeleted(f));
  const selection = selectTargets(repository, relevant, deleted);
  return { selection, repository, root, top, base: fork, head, changedFiles: relevant };
}
