import { coreLog } from './action.js';
import type { GitHubPort } from './port.js';

/**
 * The GitHub connection of a step, made on first call: the client is loaded only then, so a step
 * without a token or a pull request never pays for it.
 */
export function gitHubConnection(
  token: string,
  context: { repository: string; apiUrl: string }
): () => Promise<GitHubPort> {
  return async () => {
    const { createGitHubClient } = await import('./client.js');
    return createGitHubClient({
      token,
      repository: context.repository,
      baseUrl: context.apiUrl,
      log: coreLog
    });
  };
}
