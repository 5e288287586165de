import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ActionError } from '../common/errors.js';
import { ancestors } from './graph.js';
import { HclScanError, terraformFacts } from './hcl-scan.js';
import { STACK_FILE } from './stack-file.js';

/** A revision git does not know, or a root that is not in a repository: the command line is wrong. */
export class RevisionError extends ActionError {}

const GIT_TIMEOUT_MS = 60_000;

/** A git command's stdout; a failure keeps git's stderr on the error. */
export function git(
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv = {},
  timeoutMs = GIT_TIMEOUT_MS
): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    execFile(
      'git',
      args,
      {
        cwd,
        encoding: 'utf8',
        maxBuffer: 256 * 1024 * 1024,
        timeout: timeoutMs,
        env: { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0', ...env }
      },
      (error, stdout, stderr) => {
        if (error !== null) reject(Object.assign(error, { stderr }));
        else resolvePromise(stdout);
      }
    );
  });
}

/** `git cat-file --batch` of the named objects: headers and contents, as bytes. */
function catFiles(cwd: string, objects: string[]): Promise<Buffer> {
  return new Promise((resolvePromise, reject) => {
    const child = execFile(
      'git',
      ['cat-file', '--batch'],
      { cwd, encoding: 'buffer', maxBuffer: 256 * 1024 * 1024, timeout: GIT_TIMEOUT_MS },
      (error, stdout) => (error !== null ? reject(error) : resolvePromise(stdout))
    );
    child.stdin?.end(objects.join('\n') + '\n');
  });
}

/** The repository around a folder: its top folder and the commit checked out. */
export async function openRepository(root: string): Promise<{ top: string; head: string }> {
  try {
    const out = await git(['rev-parse', '--show-toplevel', 'HEAD'], root);
    const [top = '', head = ''] = out.trim().split('\n');
    return { top, head };
  } catch {
    throw new RevisionError(
      `--root ${root} is not inside a git repository with a commit checked out: run targets in a clone of the repository`
    );
  }
}

/** The commit a revision names; a RevisionError naming the flag when git does not know it. */
export async function resolveRevision(
  top: string,
  flag: string,
  revision: string
): Promise<string> {
  if (revision.startsWith('-'))
    throw new RevisionError(`--${flag} '${revision}' is not a revision: it starts with '-'`);
  try {
    return (
      await git(
        ['rev-parse', '--verify', '--quiet', '--end-of-options', `${revision}^{commit}`],
        top
      )
    ).trim();
  } catch {
    throw new RevisionError(
      `--${flag} '${revision}' is a revision git does not know here: fetch it first (actions/checkout with fetch-depth: 0, or git fetch origin ${revision})`
    );
  }
}

/**
 * The files a change touches, relative to the repository's top: what changed on head since it
 * forked from base (`git diff base...head`, as a pull request shows it). Renames are a deletion
 * and an addition, so a moved stack is a deleted one and a new one.
 */
/** Where head forked from base. */
export async function mergeBase(top: string, base: string, head: string): Promise<string> {
  try {
    return (await git(['merge-base', base, head], top)).trim();
  } catch {
    throw new RevisionError(
      `--base ${base} and --head ${head} share no history: git finds no merge base`
    );
  }
}

export async function changedFiles(
  top: string,
  base: string,
  head: string
): Promise<{ files: string[]; base: string }> {
  const fork = await mergeBase(top, base, head);
  const out = await git(
    ['diff', '--name-only', '-z', '--no-renames', '--no-ext-diff', fork, head, '--'],
    top
  );
  return { files: out.split('\0').filter((f) => f !== ''), base: fork };
}

/**
 * The stacks of the base revision that are gone from the working tree: folders of changed files
 * that exist no more (or hold no stack any more) and whose base revision held a backend block or a
 * stack.yaml. `isStack` says whether a folder is a stack at head. Paths relative to the top.
 */
export async function deletedStacks(
  top: string,
  base: string,
  files: readonly string[],
  isStack: (pathFromTop: string) => boolean
): Promise<string[]> {
  const candidates = new Set<string>();
  for (const file of files) {
    if (existsSync(join(top, file))) continue;
    for (const folder of ancestors(file)) {
      if (folder === '.') continue;
      if (existsSync(join(top, folder)) && isStack(folder)) break;
      candidates.add(folder);
    }
  }
  if (candidates.size === 0) return [];
  const listing = await git(
    ['ls-tree', '-z', '--name-only', base, '--', ...[...candidates].map((c) => `${c}/`)],
    top
  );
  const entries = listing
    .split('\0')
    .filter((e) => e.endsWith('.tf') || e.endsWith(`/${STACK_FILE}`));
  if (entries.length === 0) return [];
  const batch = await catFiles(
    top,
    entries.map((e) => `${base}:${e}`)
  );
  const found = new Set<string>();
  let offset = 0;
  for (const entry of entries) {
    const headerEnd = batch.indexOf(0x0a, offset);
    const header = batch.subarray(offset, headerEnd).toString('utf8');
    const size = Number(header.split(' ')[2] ?? 0);
    const body = batch.subarray(headerEnd + 1, headerEnd + 1 + size).toString('utf8');
    offset = headerEnd + 1 + size + 1;
    const folder = entry.slice(0, entry.lastIndexOf('/'));
    if (entry.endsWith(`/${STACK_FILE}`)) {
      if (/^module\s*:/m.test(body)) found.add(folder);
      continue;
    }
    try {
      if (terraformFacts(body, entry).backend !== undefined) found.add(folder);
    } catch (error) {
      if (!(error instanceof HclScanError)) throw error;
    }
  }
  // A stack deleted with its nested stacks is reported once per stack, each needing its destroy.
  return [...found].sort();
}
