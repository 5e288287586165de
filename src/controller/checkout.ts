import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { runProcess } from '../common/process.js';
import { GitError, gitEnvironment, redactToken, remoteUrl } from '../git/branch.js';

/**
 * The team repository at exactly one commit, in a fresh folder of the controller's workspace:
 * fetched by SHA (as GitHub serves any commit of a repository), checked out detached. Nothing of
 * the team repository's workflows or actions runs; only its files are read by the engine.
 */
export async function checkoutCommit(options: {
  /** `owner/name`, resolved against `serverUrl`, or a URL or folder (a template's result). */
  repository: string;
  serverUrl: string;
  commit: string;
  dir: string;
  token?: string;
  timeoutMs?: number;
}): Promise<void> {
  if (existsSync(options.dir) && readdirSync(options.dir).length > 0)
    throw new GitError(
      `The checkout folder ${options.dir} is not empty: the team repository is checked out ` +
        `into a fresh folder only (input 'path').`
    );
  mkdirSync(options.dir, { recursive: true });
  const env = gitEnvironment(options.token);
  const git = async (args: string[], what: string) => {
    const r = await runProcess('git', args, {
      cwd: options.dir,
      env,
      timeoutMs: options.timeoutMs ?? 300_000
    });
    if (r.exitCode !== 0)
      throw new GitError(
        `git could not ${what}: ` +
          redactToken((r.stderr + r.stdout).trim().split('\n').slice(-4).join('\n'), options.token)
      );
    return r.stdout.trim();
  };
  await git(['init', '--quiet'], 'start the checkout');
  await git(
    [
      'fetch',
      '--quiet',
      '--depth',
      '1',
      '--no-tags',
      remoteUrl(options.repository, options.serverUrl),
      options.commit
    ],
    `fetch commit ${options.commit} of ${options.repository}`
  );
  await git(['checkout', '--quiet', '--detach', options.commit], `check out ${options.commit}`);
  const head = await git(['rev-parse', 'HEAD'], 'read the checked-out commit');
  if (head !== options.commit)
    throw new GitError(`The checkout is at ${head}, not the commit asked for, ${options.commit}.`);
}
