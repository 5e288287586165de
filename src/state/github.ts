import type { GitHubClientOptions } from '../github/client.js';
import type { UnlockDependencies } from './job.js';

/**
 * The unlock's GitHub: the repository's unfinished runs and the special approvers' teams. The
 * clients are loaded when asked for, so a bad input fails the step without them.
 */
export async function unlockGitHub(
  options: GitHubClientOptions
): Promise<UnlockDependencies['github']> {
  const [{ createGitHubClient }, { createOperationsClient }] = await Promise.all([
    import('../github/client.js'),
    import('../github/operations.js')
  ]);
  const governance = createGitHubClient(options);
  const operations = createOperationsClient(options);
  return {
    unfinishedRuns: () => operations.unfinishedRuns(),
    isTeamMember: (org, team, user) => governance.isTeamMember(org, team, user)
  };
}
