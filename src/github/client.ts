import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { ActionError } from '../common/errors.js';
import type { Log } from '../common/log.js';
import type {
  CommentFacts,
  GitHubPort,
  LabelSpec,
  ProposalFacts,
  PullRequestFacts,
  PullRequestPort,
  ControllerPort,
  RepositoryRole,
  ReviewFacts
} from './port.js';

/**
 * The GitHub REST adapter: Octokit (as `@actions/github` builds it) with the retry and throttling
 * plugins, a timeout on every request, and errors a user can act on. Reads and idempotent writes
 * are retried; creating a comment is not (a retry after an ambiguous failure could post it twice),
 * the caller looks for it instead. This module is loaded only when a token is given.
 */

export const ACTIONS_BOT = 'github-actions[bot]';

export interface GitHubClientOptions {
  token: string;
  /** `owner/name` */
  repository: string;
  /** GITHUB_API_URL; default https://api.github.com */
  baseUrl?: string;
  timeoutMs?: number;
  /** Retries of a failed read or idempotent write (5xx, network) and of rate-limited calls. */
  retries?: number;
  /** The longest rate-limit wait worth sitting out, in seconds. */
  maxRateLimitWaitSeconds?: number;
  log: Log;
}

export class GitHubApiError extends ActionError {
  constructor(
    message: string,
    readonly status: number | undefined
  ) {
    super(message);
  }
}

interface RequestErrorLike {
  status?: number;
  message: string;
  response?: { data?: unknown; headers?: Record<string, string | undefined> };
  request?: { method?: string; url?: string };
}

function isRequestError(error: unknown): error is RequestErrorLike {
  return typeof error === 'object' && error !== null && 'status' in error;
}

/** Runs one API call; its failure is described in a user's terms (describeGitHubError). */
export async function describedCall<T>(what: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    throw describeGitHubError(what, error);
  }
}

/** Turns an Octokit error into what a user needs: which token, which permission, GitHub's words. */
export function describeGitHubError(what: string, error: unknown): Error {
  if (!isRequestError(error)) {
    const message = error instanceof Error ? error.message : String(error);
    return new GitHubApiError(`GitHub API: ${what} failed: ${message}`, undefined);
  }
  const data = error.response?.data as
    | { message?: string; errors?: { message?: string; code?: string; field?: string }[] }
    | undefined;
  const said = data?.message ?? error.message;
  const details = (data?.errors ?? [])
    .map((e) => e.message ?? [e.field, e.code].filter(Boolean).join(' '))
    .filter((m) => m !== '');
  const github = details.length > 0 ? `${said}: ${details.join('; ')}` : said;
  switch (error.status) {
    case 401:
      return new GitHubApiError(
        `GitHub refused the token given as input 'github-token' (401 ${said}) while trying to ` +
          `${what}: it is invalid or expired. Pass a valid token, e.g. \${{ github.token }}.`,
        401
      );
    case 403:
      return new GitHubApiError(
        `GitHub denied permission to ${what} (403 ${said}). The token in 'github-token' needs ` +
          `'pull-requests: write' and 'issues: write' (and 'members: read' on the organisation ` +
          `to check team membership).`,
        403
      );
    case 404:
      return new GitHubApiError(`GitHub API: could not ${what}: not found (404 ${said}).`, 404);
    case 422:
      return new GitHubApiError(`GitHub rejected the request to ${what} (422): ${github}`, 422);
    default:
      return new GitHubApiError(
        `GitHub API: ${what} failed with ${error.status ?? 'no status'}: ${github}`,
        error.status
      );
  }
}

/** fetch with a deadline on every request. */
function fetchWithTimeout(timeoutMs: number): typeof fetch {
  return (input, init) => {
    const deadline = AbortSignal.timeout(timeoutMs);
    const signal = init?.signal ? AbortSignal.any([init.signal, deadline]) : deadline;
    return fetch(input, { ...init, signal });
  };
}

/** Octokit with the retry and throttling plugins and a deadline on every request. */
export function createOctokit(options: GitHubClientOptions): ReturnType<typeof getOctokit> {
  const retries = options.retries ?? 3;
  const maxWait = options.maxRateLimitWaitSeconds ?? 120;
  const log = options.log;
  const onLimit =
    (kind: string) =>
    (retryAfter: number, request: { method: string; url: string }, _o: unknown, count: number) => {
      const again = count < retries && retryAfter <= maxWait;
      log.warning(
        `GitHub ${kind} on ${request.method} ${request.url}: ` +
          (again ? `retrying in ${retryAfter}s (retry ${count + 1} of ${retries})` : 'giving up')
      );
      return again;
    };
  return getOctokit(
    options.token,
    {
      baseUrl: (options.baseUrl ?? 'https://api.github.com').replace(/\/+$/, ''),
      request: { fetch: fetchWithTimeout(options.timeoutMs ?? 30_000) },
      retry: { retries },
      throttle: {
        onRateLimit: onLimit('rate limit'),
        onSecondaryRateLimit: onLimit('secondary rate limit')
      },
      log: { debug: () => undefined, info: () => undefined, warn: log.warning, error: log.warning }
    },
    retry,
    throttling
  );
}

export function createGitHubClient(
  options: GitHubClientOptions
): GitHubPort & PullRequestPort & ControllerPort {
  const [owner = '', repo = ''] = options.repository.split('/');
  const log = options.log;
  const octokit = createOctokit(options);

  let identity: Promise<string> | undefined;

  const comment = (c: {
    id: number;
    body?: string;
    user: { login: string } | null;
    created_at: string;
    updated_at: string;
    html_url: string;
  }): CommentFacts => ({
    id: c.id,
    author: c.user?.login ?? '',
    body: c.body ?? '',
    createdAt: c.created_at,
    updatedAt: c.updated_at,
    url: c.html_url
  });

  const proposal = (p: {
    number: number;
    html_url: string;
    title: string;
    body?: string | null;
    head: { ref: string };
    base: { ref: string };
  }): ProposalFacts => ({
    number: p.number,
    url: p.html_url,
    headRef: p.head.ref,
    baseRef: p.base.ref,
    title: p.title,
    body: p.body ?? ''
  });

  return {
    openPullRequests: (head, base) =>
      describedCall(`list the open pull requests from ${head} into ${base}`, async () => {
        const data = await octokit.paginate(octokit.rest.pulls.list, {
          owner,
          repo,
          head: `${owner}:${head}`,
          // An empty base lists the branch's open pull requests whatever their base.
          ...(base === '' ? {} : { base }),
          state: 'open',
          per_page: 100
        });
        return data.map(proposal);
      }),

    createPullRequest: ({ head, base, title, body }) =>
      describedCall(`open a pull request from ${head} into ${base}`, async () => {
        const { data } = await octokit.rest.pulls.create({
          owner,
          repo,
          head,
          base,
          title,
          body,
          request: { retries: 0 }
        });
        return proposal(data);
      }),

    updatePullRequest: (number, { title, body }) =>
      describedCall(`update pull request #${number}`, async () => {
        const { data } = await octokit.rest.pulls.update({
          owner,
          repo,
          pull_number: number,
          title,
          body
        });
        return proposal(data);
      }),

    pullRequestFiles: (number) =>
      describedCall(`list the files of pull request #${number}`, async () => {
        const data = await octokit.paginate(octokit.rest.pulls.listFiles, {
          owner,
          repo,
          pull_number: number,
          per_page: 100
        });
        return data.flatMap((f) =>
          f.previous_filename === undefined ? [f.filename] : [f.filename, f.previous_filename]
        );
      }),

    branchExists: (branch) =>
      describedCall(`read branch ${branch}`, async () => {
        try {
          await octokit.rest.repos.getBranch({ owner, repo, branch });
          return true;
        } catch (error) {
          if (isRequestError(error) && error.status === 404) return false;
          throw error;
        }
      }),

    retarget: (number, base) =>
      describedCall(`change the base of pull request #${number} to ${base}`, async () => {
        await octokit.rest.pulls.update({ owner, repo, pull_number: number, base });
      }),

    merge: (number, sha, message) =>
      describedCall(`merge pull request #${number}`, async () => {
        const { data } = await octokit.rest.pulls.merge({
          owner,
          repo,
          pull_number: number,
          sha,
          merge_method: 'merge',
          commit_title: message,
          request: { retries: 0 }
        });
        return data.sha;
      }),

    dispatch: (repository, eventType, payload) =>
      describedCall(`send ${eventType} to ${repository}`, async () => {
        const [o = '', r = ''] = repository.split('/');
        await octokit.rest.repos.createDispatchEvent({
          owner: o,
          repo: r,
          event_type: eventType,
          client_payload: payload,
          request: { retries: 0 }
        });
      }),

    identity() {
      identity ??= (async () => {
        try {
          const { data } = await octokit.rest.users.getAuthenticated();
          return data.login;
        } catch (error) {
          // An installation token (GITHUB_TOKEN, a GitHub App) cannot read /user; what it writes
          // is authored by the Actions bot.
          if (isRequestError(error) && error.status === 403) {
            log.info(
              `The token cannot read /user (an installation token): it acts as ${ACTIONS_BOT}`
            );
            return ACTIONS_BOT;
          }
          throw describeGitHubError("read the identity of 'github-token'", error);
        }
      })();
      return identity;
    },

    pullRequest: (number) =>
      describedCall(`read pull request #${number}`, async () => {
        const { data } = await octokit.rest.pulls.get({ owner, repo, pull_number: number });
        const facts: PullRequestFacts = {
          number: data.number,
          author: data.user.login,
          headSha: data.head.sha,
          headRepository: data.head.repo?.full_name ?? '',
          baseRepository: data.base.repo.full_name,
          baseRef: data.base.ref,
          state: data.state === 'closed' ? 'closed' : 'open',
          merged: data.merged,
          ...(data.merged && data.merge_commit_sha ? { mergeCommitSha: data.merge_commit_sha } : {})
        };
        return facts;
      }),

    reviews: (number) =>
      describedCall(`list the reviews of pull request #${number}`, async () => {
        const data = await octokit.paginate(octokit.rest.pulls.listReviews, {
          owner,
          repo,
          pull_number: number,
          per_page: 100
        });
        return data.map((r): ReviewFacts => ({
          id: r.id,
          user: r.user?.login ?? '',
          state: r.state,
          commitId: r.commit_id ?? '',
          submittedAt: r.submitted_at ?? ''
        }));
      }),

    comments: (number) =>
      describedCall(`list the comments of pull request #${number}`, async () => {
        const data = await octokit.paginate(octokit.rest.issues.listComments, {
          owner,
          repo,
          issue_number: number,
          per_page: 100
        });
        return data.map(comment);
      }),

    createComment: (number, body) =>
      describedCall(`comment on pull request #${number}`, async () => {
        const { data } = await octokit.rest.issues.createComment({
          owner,
          repo,
          issue_number: number,
          body,
          request: { retries: 0 }
        });
        return comment(data);
      }),

    updateComment: (id, body) =>
      describedCall(`update comment ${id}`, async () => {
        const { data } = await octokit.rest.issues.updateComment({
          owner,
          repo,
          comment_id: id,
          body
        });
        return comment(data);
      }),

    role: (user) =>
      describedCall(`read the permission of ${user}`, async () => {
        try {
          const { data } = await octokit.rest.repos.getCollaboratorPermissionLevel({
            owner,
            repo,
            username: user
          });
          const role = data.role_name as RepositoryRole;
          return ['admin', 'maintain', 'write', 'triage', 'read'].includes(role)
            ? role
            : (data.permission as RepositoryRole);
        } catch (error) {
          if (isRequestError(error) && error.status === 404) return 'none';
          throw error;
        }
      }),

    isTeamMember: (org, team, user) =>
      describedCall(`read the membership of ${user} in ${org}/${team}`, async () => {
        try {
          const { data } = await octokit.rest.teams.getMembershipForUserInOrg({
            org,
            team_slug: team,
            username: user
          });
          return data.state === 'active';
        } catch (error) {
          if (isRequestError(error) && error.status === 404) return false;
          throw error;
        }
      }),

    repositoryLabels: () =>
      describedCall('list the repository labels', async () => {
        const data = await octokit.paginate(octokit.rest.issues.listLabelsForRepo, {
          owner,
          repo,
          per_page: 100
        });
        return data.map((l) => l.name);
      }),

    createLabel: (label: LabelSpec) =>
      describedCall(`create label ${label.name}`, async () => {
        try {
          await octokit.rest.issues.createLabel({ owner, repo, ...label });
        } catch (error) {
          const data = (isRequestError(error) ? error.response?.data : undefined) as
            { errors?: { code?: string }[] } | undefined;
          if (
            isRequestError(error) &&
            error.status === 422 &&
            (data?.errors ?? []).some((e) => e.code === 'already_exists')
          )
            return;
          throw error;
        }
      }),

    issueLabels: (number) =>
      describedCall(`list the labels of pull request #${number}`, async () => {
        const data = await octokit.paginate(octokit.rest.issues.listLabelsOnIssue, {
          owner,
          repo,
          issue_number: number,
          per_page: 100
        });
        return data.map((l) => l.name);
      }),

    addLabels: (number, names) =>
      describedCall(`label pull request #${number}`, async () => {
        await octokit.rest.issues.addLabels({ owner, repo, issue_number: number, labels: names });
      }),

    removeLabel: (number, name) =>
      describedCall(`remove label ${name} from pull request #${number}`, async () => {
        try {
          await octokit.rest.issues.removeLabel({ owner, repo, issue_number: number, name });
        } catch (error) {
          // Already gone (a retry, or a person): the wanted state holds.
          if (isRequestError(error) && error.status === 404) return;
          throw error;
        }
      })
  };
}
