import { existsSync, readFileSync, rmSync } from 'node:fs';
import { branchNameProblem } from './ref-name.js';
import { privateTempDir, readFileSafely, writeFileSafely } from '../common/safe-fs.js';
import { isAbsolute, join, normalize, resolve, sep } from 'node:path';
import { ActionError, errorMessage } from '../common/errors.js';
import type { Clock } from '../common/clock.js';
import type { Log } from '../common/log.js';
import { runProcess, type ProcessResult } from '../common/process.js';
import { retry } from '../common/retry.js';

/**
 * A real-git adapter that publishes to one branch of a remote: a shallow fetch of the branch (or an
 * orphan start when the branch does not exist yet), a change computed against what was fetched, a
 * commit and a push. A push refused because someone else pushed first is answered by fetching the
 * new tip and computing the change again against it (never a merge), with jittered backoff.
 *
 * The remote is a GitHub `owner/name`, any git URL, or a local path (a bare repository in tests).
 * A token travels to git in `GIT_CONFIG_*` environment variables as an `http.extraheader`: never
 * in an argument, a URL or a log line.
 */

/** Who commits: the author and committer of every commit written here. */
export interface GitIdentity {
  name: string;
  email: string;
}

export const BOT_IDENTITY: GitIdentity = {
  name: 'platform-actions[bot]',
  email: 'platform-actions[bot]@users.noreply.github.com'
};

/** The branch as fetched: where its files are, and a reader of them. */
export interface BranchTree {
  /** The commit fetched, or undefined when the branch does not exist yet. */
  tip: string | undefined;
  /** The message of the tip's commit ('' when the branch does not exist yet). */
  message: string;
  /** A file of the branch (a path relative to the root, `/`-separated), or undefined. */
  read(path: string): string | undefined;
}

/** What to commit: whole files by relative path, files to delete, and the commit message. */
export interface BranchChange {
  files: Record<string, string>;
  /** Files of the branch to delete (absent ones are ignored). */
  remove?: string[];
  message: string;
}

/**
 * Computes the change against the branch as fetched; called again on the new tip after a refused
 * push. Undefined means nothing to change.
 */
export type ChangeBuilder = (tree: BranchTree) => BranchChange | undefined;

export interface PublishOptions {
  /** `owner/name` on GitHub, a git URL or a local path. */
  repository: string;
  branch: string;
  /**
   * Builds the commit on this branch instead and makes `branch` that one commit (a proposal for a
   * pull request): `branch` is replaced, leased on the tip seen, and left alone when it already
   * is the same change on the same tip of `base`. Undefined: the commit goes on top of `branch`.
   */
  base?: string;
  change: ChangeBuilder;
  token?: string;
  identity?: GitIdentity;
  /** Where `owner/name` points (default https://github.com). */
  serverUrl?: string;
  /** Pushes tried before giving up (default 10). */
  attempts?: number;
  /**
   * First backoff in milliseconds, doubled each retry and jittered (default 5: a refused push means
   * another writer just landed, and the fetch before the next push already spaces the writers out;
   * bench/facts-publish.mjs, five writers at once: 858 ms at 25, 580 ms at 5).
   */
  backoffMs?: number;
  /** Timeout of each git command (default 120s). */
  timeoutMs?: number;
  log?: Log;
  /** For tests: the jitter source. */
  random?: () => number;
  /** Where the waits between pushes happen (default: the real clock; a test's to skip them). */
  clock?: Clock;
}

export interface PublishResult {
  /** Whether a commit was pushed. */
  changed: boolean;
  /**
   * Whether the change differs from the branch it was built on (`base`, else `branch`): false when
   * that branch already holds it, so there is nothing to propose.
   */
  differs: boolean;
  /** The branch's tip after the publish ('' when the branch does not exist and nothing changed). */
  commitSha: string;
  /** Pushes tried. */
  attempts: number;
}

/** git could not do what was asked; the message names the repository and what git said. */
export class GitError extends ActionError {}

/** The repository could not be reached or read (wrong URL, no access, bad token). */
export class RepositoryUnreachableError extends GitError {
  constructor(
    readonly repository: string,
    detail: string
  ) {
    super(`Could not reach the repository '${repository}': ${detail}`);
  }
}

/** Every push was refused because others kept pushing first. */
export class PushContentionError extends GitError {}

const OWNER_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]*\/[A-Za-z0-9_][A-Za-z0-9_.-]*$/;

/** A branch name git accepts (the rules of `git check-ref-format --branch`, as a pattern). */
export const BRANCH_NAME =
  /^(?!-)(?!.*\.\.)(?!.*\/\/)(?!.*@\{)(?!.*\.lock(?:\/|$))(?!.*\/\.)(?!\.)[^\s~^:?*[\\\p{Cc}]+(?<![./])$/u;

/** Whether a repository is named as GitHub's `owner/name` (and not a folder of that name). */
export function isOwnerName(repository: string): boolean {
  return OWNER_NAME.test(repository) && !existsSync(repository);
}

/**
 * The URL git fetches from: GitHub for `owner/name` (unless a folder of that name exists), a URL as
 * given, anything else a local path made absolute.
 */
export function remoteUrl(repository: string, serverUrl = 'https://github.com'): string {
  if (OWNER_NAME.test(repository) && !existsSync(repository))
    return `${serverUrl.replace(/\/+$/, '')}/${repository.replace(/\.git$/, '')}.git`;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(repository) || /^[^/]+@[^/]+:/.test(repository))
    return repository;
  return resolve(repository);
}

/** A name for logs and errors: the URL without any user or password in it. */
export function displayName(repository: string): string {
  return repository.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/@]*@/i, '$1');
}

/**
 * The environment git runs with: no prompt, no system config, no credential helper of the
 * machine, and the token (if any) as an Authorization header in `GIT_CONFIG_*` variables.
 */
export function gitEnvironment(
  token: string | undefined,
  base: NodeJS.ProcessEnv = process.env,
  /** More settings for the commands, such as `remote.origin.url` (no `git remote add` to run). */
  extra: readonly [string, string][] = []
): NodeJS.ProcessEnv {
  const config: [string, string][] = [
    ...extra,
    ['credential.helper', ''],
    ['commit.gpgsign', 'false'],
    ['core.hooksPath', '/dev/null'],
    ['init.defaultBranch', 'main'],
    ['protocol.version', '2']
  ];
  if (token !== undefined && token !== '') {
    const basic = Buffer.from(`x-access-token:${token}`, 'utf8').toString('base64');
    config.push(['http.extraheader', `AUTHORIZATION: basic ${basic}`]);
  }
  const env: NodeJS.ProcessEnv = {
    ...base,
    GIT_TERMINAL_PROMPT: '0',
    GIT_ASKPASS: '',
    SSH_ASKPASS: '',
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_COUNT: String(config.length)
  };
  config.forEach(([key, value], i) => {
    env[`GIT_CONFIG_KEY_${i}`] = key;
    env[`GIT_CONFIG_VALUE_${i}`] = value;
  });
  return env;
}

/** Text git printed, with the token and its header form blotted out. */
export function redactToken(text: string, token: string | undefined): string {
  if (token === undefined || token === '') return text;
  const basic = Buffer.from(`x-access-token:${token}`, 'utf8').toString('base64');
  return text.split(token).join('***').split(basic).join('***');
}

/** A relative file path of the branch that stays inside it and out of `.git`. */
export function checkBranchPath(path: string): string {
  const clean = normalize(path).split(sep).join('/');
  if (
    path === '' ||
    isAbsolute(path) ||
    path.endsWith('/') ||
    clean === '.' ||
    clean.split('/').some((part) => part === '..' || part === '.git')
  )
    throw new GitError(
      `'${path}' is not a file path inside the branch: it must be relative, without '..' or '.git', and name a file (not end with '/')`
    );
  return clean;
}

/** Whether a push was refused because the branch moved: the change must be computed again. */
export function isContention(stderr: string): boolean {
  return /\[rejected\]|non-fast-forward|fetch first|stale info|failed to update ref|cannot lock ref|Unable to create .*\.lock|incorrect old value/i.test(
    stderr
  );
}

/** The wait before retry `attempt` (1-based): doubling, capped, with full jitter in [½, 1½). */
export function backoffDelay(attempt: number, baseMs: number, random: () => number): number {
  const exp = Math.min(baseMs * 2 ** (attempt - 1), 5_000);
  return Math.round(exp * (0.5 + random()));
}

class Git {
  constructor(
    private readonly dir: string,
    private readonly env: NodeJS.ProcessEnv,
    private readonly timeoutMs: number,
    private readonly token: string | undefined
  ) {}

  run(args: string[]): Promise<ProcessResult> {
    return runProcess('git', args, { cwd: this.dir, env: this.env, timeoutMs: this.timeoutMs });
  }

  /** Runs git and returns its stdout; a non-zero exit is a GitError with what git said. */
  async ok(args: string[], what: string): Promise<string> {
    const result = await this.run(args);
    if (result.exitCode !== 0) throw new GitError(`git could not ${what}: ${this.said(result)}`);
    return result.stdout;
  }

  said(result: ProcessResult): string {
    const text = (result.stderr + result.stdout).trim().split('\n').slice(-6).join('\n');
    return redactToken(text, this.token) || `exit code ${result.exitCode}`;
  }
}

/** Publishes a change to a branch; see the module comment. The temporary clone is always removed. */
export async function publishToBranch(options: PublishOptions): Promise<PublishResult> {
  const url = remoteUrl(options.repository, options.serverUrl);
  const name = displayName(options.repository);
  const identity = options.identity ?? BOT_IDENTITY;
  const attempts = options.attempts ?? 10;
  const random = options.random ?? Math.random;
  const ref = `refs/heads/${options.branch}`;
  const env = {
    ...gitEnvironment(options.token, process.env, [['remote.origin.url', url]]),
    GIT_AUTHOR_NAME: identity.name,
    GIT_AUTHOR_EMAIL: identity.email,
    GIT_COMMITTER_NAME: identity.name,
    GIT_COMMITTER_EMAIL: identity.email
  };
  for (const branch of new Set([options.branch, options.base ?? options.branch])) {
    const problem = branchNameProblem(branch);
    if (problem !== undefined)
      throw new GitError(`'${branch}' is not a valid branch name: it ${problem}`);
  }
  const dir = privateTempDir('git-publish-');
  const git = new Git(dir, env, options.timeoutMs ?? 120_000, options.token);
  try {
    // The remote is named in the commands' settings, and the branch names were checked by
    // git's rules above: two processes fewer per publish.
    await git.ok(['init', '--quiet'], 'start a scratch repository');
    // Only a push refused because another writer landed first is tried again, on the new tip.
    return await retry((attempt) => publishAttempt(git, dir, name, options, attempt), {
      attempts,
      retryable: (error) => error instanceof PushContentionError,
      delayMs: (attempt) => backoffDelay(attempt, options.backoffMs ?? 5, random),
      onRetry: (_error, attempt, delay) =>
        options.log?.info(
          `${ref} of ${name} moved while publishing; fetching it again in ${delay} ms (attempt ${attempt + 1} of ${attempts})`
        ),
      ...(options.clock === undefined ? {} : { clock: options.clock })
    });
  } catch (error) {
    if (error instanceof ActionError) throw error;
    throw new GitError(`Publishing to '${name}' failed: ${errorMessage(error)}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * One try of a publish: fetch the tip, compute the change against it, commit and push with a lease.
 * A push refused as the branch moved is a PushContentionError, which the caller may try again.
 */
async function publishAttempt(
  git: Git,
  dir: string,
  name: string,
  options: PublishOptions,
  attempt: number
): Promise<PublishResult> {
  const ref = `refs/heads/${options.branch}`;
  const tracking = `refs/remotes/origin/${options.branch}`;
  const base = options.base ?? options.branch;
  const proposal = options.base !== undefined;
  const fetched = await fetchTip(git, name, `refs/heads/${base}`, `refs/remotes/origin/${base}`);
  const tip = fetched?.tip;
  if (proposal && tip === undefined)
    throw new GitError(
      `The branch '${base}' does not exist in '${name}': a change is proposed against an existing branch; create it first`
    );
  // The proposal's own branch: leased on its tip, and compared with what would replace it.
  const target = proposal ? (await fetchTip(git, name, ref, tracking, 2))?.tip : tip;
  // A fresh scratch repository starts on an unborn branch: only a retry has a tree to reset.
  if (tip === undefined && attempt > 1) {
    await git.ok(['checkout', '--quiet', '--orphan', `publish-${attempt}`], 'start the branch');
    await git.run(['rm', '-r', '-q', '--cached', '--ignore-unmatch', '.']);
    await git.ok(['clean', '-q', '-f', '-d', '-x'], 'clean the scratch tree');
  } else if (tip !== undefined) {
    await git.ok(['checkout', '--quiet', '--force', '-B', 'publish', tip], 'check out the tip');
    if (attempt > 1) await git.ok(['clean', '-q', '-f', '-d', '-x'], 'clean the scratch tree');
  }
  // A symbolic link committed on the branch is never followed, to read or to write: it would
  // make the publish read or overwrite a file of the runner. The push is refused before it runs.
  const read = (path: string) => readFileSafely(dir, join(dir, checkBranchPath(path)));
  const change = options.change({ tip, message: fetched?.message ?? '', read });
  const unchanged = (sha: string | undefined) =>
    ({ changed: false, differs: false, commitSha: sha ?? '', attempts: attempt }) as const;
  if (change === undefined) return unchanged(tip);
  const paths = Object.keys(change.files).map(checkBranchPath);
  const removed = (change.remove ?? [])
    .map(checkBranchPath)
    .filter((p) => read(p) !== undefined && !paths.includes(p));
  if (
    tip !== undefined &&
    removed.length === 0 &&
    Object.entries(change.files).every(([p, c]) => read(p) === c)
  )
    return unchanged(tip);
  if (removed.length > 0)
    await git.ok(['rm', '-q', '--ignore-unmatch', '--', ...removed], 'delete the files');
  for (const [path, content] of Object.entries(change.files)) {
    writeFileSafely(dir, join(dir, checkBranchPath(path)), content);
  }
  await git.ok(['add', '--', ...paths], 'stage the files');
  await git.ok(['commit', '--quiet', '--allow-empty', '-m', change.message], 'commit');
  const commit = headCommit(dir) ?? (await git.ok(['rev-parse', 'HEAD'], 'read the commit')).trim();
  if (proposal && target !== undefined && (await sameChange(git, tracking, commit, tip)))
    return { changed: false, differs: true, commitSha: target, attempts: attempt };
  // A lease on the tip fetched: a push over a branch that moved is refused, never forced.
  const push = await git.run([
    'push',
    '--quiet',
    '--porcelain',
    `--force-with-lease=${ref}:${target ?? ''}`,
    'origin',
    `${commit}:${ref}`
  ]);
  const pushed = { changed: true, differs: true, commitSha: commit, attempts: attempt };
  if (push.exitCode === 0) return pushed;
  const said = git.said(push);
  if (!isContention(said)) {
    // The push may have landed although git reported a failure (e.g. a dropped connection).
    if ((await remoteTip(git, name, ref)) === commit) return pushed;
    throw new GitError(`Could not push to '${name}' ${ref}: ${said}`);
  }
  throw new PushContentionError(
    `Could not push to '${name}' ${ref}: refused ${attempt} times as others pushed first; last: ${said}`
  );
}

/**
 * Whether the fetched proposal branch already is this change: one commit on the same parent with
 * the same files (only the times of the commits differ).
 */
async function sameChange(
  git: Git,
  tracking: string,
  commit: string,
  parent: string | undefined
): Promise<boolean> {
  const shown = await git.run(['log', '-1', '--format=%P%x00%T', tracking]);
  const mine = await git.ok(['log', '-1', '--format=%P%x00%T', commit], 'read the commit');
  return shown.exitCode === 0 && shown.stdout.trim() === mine.trim() && parent !== undefined;
}

/**
 * The commit HEAD names, read from the scratch repository's files (a commit just made is a loose
 * ref), or undefined when it is not there to read.
 */
function headCommit(dir: string): string | undefined {
  try {
    const head = readFileSync(join(dir, '.git', 'HEAD'), 'utf8').trim();
    const ref = /^ref: (refs\/heads\/[^\s]+)$/.exec(head)?.[1];
    const sha = ref === undefined ? head : readFileSync(join(dir, '.git', ref), 'utf8').trim();
    return /^[0-9a-f]{40}$/.test(sha) ? sha : undefined;
  } catch {
    return undefined;
  }
}

/** The commit a branch of the remote points at, or undefined when there is no such branch. */
async function remoteTip(git: Git, name: string, ref: string): Promise<string | undefined> {
  const result = await git.run(['ls-remote', '--exit-code', 'origin', ref]);
  // --exit-code: 2 when the remote answered without the ref.
  if (result.exitCode === 2) return undefined;
  if (result.exitCode !== 0)
    throw new RepositoryUnreachableError(name, unreachable(git.said(result)));
  const line = result.stdout.split('\n').find((l) => l.endsWith(`\t${ref}`));
  return line?.split('\t')[0];
}

/** What git said about a remote it could not read, with the likely cause of a refused login. */
function unreachable(said: string): string {
  if (/could not read Username|Authentication failed|returned error: 40[13]/i.test(said))
    return `authentication failed: the token is missing, wrong or lacks access (${said})`;
  return said;
}

/** Fetches the branch's tip shallowly: its commit and message; undefined when there is no branch. */
async function fetchTip(
  git: Git,
  name: string,
  ref: string,
  tracking: string,
  /** Commits fetched from the tip, or the whole history. */
  depth: number | 'all' = 1
): Promise<{ tip: string; message: string } | undefined> {
  const fetched = await git.run([
    'fetch',
    '--quiet',
    '--no-tags',
    ...(depth === 'all' ? [] : ['--depth', String(depth)]),
    'origin',
    `+${ref}:${tracking}`
  ]);
  if (fetched.exitCode !== 0) {
    const said = git.said(fetched);
    if (/couldn't find remote ref/i.test(said)) return undefined;
    throw new RepositoryUnreachableError(name, unreachable(said));
  }
  const head = await git.ok(['log', '-1', '--format=%H%x00%B', tracking], 'read the fetched tip');
  const [tip = '', message = ''] = head.split('\0');
  return { tip: tip.trim(), message };
}

/**
 * The text of one file of a remote branch (undefined when the branch or the file is absent), with
 * the branch's tip and the messages of its commits, newest first (only the tip's unless `history`).
 */
export async function readBranchFile(options: {
  repository: string;
  branch: string;
  path: string;
  token?: string;
  serverUrl?: string;
  timeoutMs?: number;
  history?: boolean;
}): Promise<{ tip: string | undefined; text: string | undefined; messages: string[] }> {
  const name = displayName(options.repository);
  const ref = `refs/heads/${options.branch}`;
  const tracking = `refs/remotes/origin/${options.branch}`;
  const path = checkBranchPath(options.path);
  const dir = privateTempDir('git-read-');
  const git = new Git(
    dir,
    gitEnvironment(options.token, process.env, [
      ['remote.origin.url', remoteUrl(options.repository, options.serverUrl)]
    ]),
    options.timeoutMs ?? 120_000,
    options.token
  );
  try {
    await git.ok(['init', '--quiet', '--bare'], 'start a scratch repository');
    const tip = (await fetchTip(git, name, ref, tracking, options.history === true ? 'all' : 1))
      ?.tip;
    if (tip === undefined) return { tip, text: undefined, messages: [] };
    const log = await git.ok(['log', '-z', '--format=%B', tip], 'read the commits');
    const messages = log.split('\0').filter((m) => m !== '');
    const shown = await git.run(['show', `${tip}:${path}`]);
    return { tip, text: shown.exitCode === 0 ? shown.stdout : undefined, messages };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
