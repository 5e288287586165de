import { readFileSync } from 'node:fs';

/** What the workflow run says about itself: the event, the repository, the pull request. */
export interface RunContext {
  eventName: string;
  /** `owner/name` */
  repository: string;
  serverUrl: string;
  apiUrl: string;
  runId: string;
  sha: string;
  runUrl: string;
  /** The pull request the event is about, when it is about one. */
  pullRequest?: number;
  /** The head commit the event names for it (`pull_request.head.sha`), when it names one. */
  headSha?: string;
}

/** The pull request an event payload is about: `pull_request.number`, or an issue that is a PR. */
export function eventPullRequest(payload: unknown): number | undefined {
  const p = payload as {
    pull_request?: { number?: unknown };
    issue?: { number?: unknown; pull_request?: unknown };
  } | null;
  const number = p?.pull_request?.number ?? (p?.issue?.pull_request ? p.issue.number : undefined);
  return typeof number === 'number' && Number.isInteger(number) && number > 0 ? number : undefined;
}

export function runContext(env: NodeJS.ProcessEnv, payload: unknown): RunContext {
  const serverUrl = (env['GITHUB_SERVER_URL'] || 'https://github.com').replace(/\/+$/, '');
  const repository = env['GITHUB_REPOSITORY'] ?? '';
  const runId = env['GITHUB_RUN_ID'] ?? '';
  const pullRequest = eventPullRequest(payload);
  const headSha = (payload as { pull_request?: { head?: { sha?: unknown } } } | null)?.pull_request
    ?.head?.sha;
  return {
    eventName: env['GITHUB_EVENT_NAME'] ?? '',
    repository,
    serverUrl,
    apiUrl: (env['GITHUB_API_URL'] || 'https://api.github.com').replace(/\/+$/, ''),
    runId,
    sha: env['GITHUB_SHA'] ?? '',
    runUrl: `${serverUrl}/${repository}/actions/runs/${runId}`,
    ...(pullRequest === undefined ? {} : { pullRequest }),
    ...(typeof headSha === 'string' && /^[0-9a-f]{40}$/.test(headSha) ? { headSha } : {})
  };
}

/** The event's payload from GITHUB_EVENT_PATH; an absent or unreadable file is `{}`. */
export function readEventPayload(env: NodeJS.ProcessEnv = process.env): unknown {
  const path = env['GITHUB_EVENT_PATH'];
  if (path === undefined || path === '') return {};
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as unknown;
  } catch {
    return {};
  }
}

/** The run's context, its pull request read from the event's payload. */
export function readRunContext(env: NodeJS.ProcessEnv = process.env): RunContext {
  return runContext(env, readEventPayload(env));
}
