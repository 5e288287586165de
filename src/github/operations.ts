import { createOctokit, describedCall, type GitHubClientOptions } from './client.js';

/**
 * What the operations (drift, break-glass unlock) need from GitHub, as plain data: the issues of
 * a label, writing them, and the workflow runs still going. The real implementation is the Octokit
 * adapter below; the domain is tested with the GitHub double.
 */

export interface IssueFacts {
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  url: string;
}

export interface WorkflowRunFacts {
  id: number;
  /** The run's title (`run-name`), where workflows name the lane they run in. */
  title: string;
  /** The workflow's name. */
  workflow: string;
  status: string;
  url: string;
  actor: string;
}

/** The statuses of a run that has not finished (GitHub's `status` filter takes one at a time). */
export const UNFINISHED_RUN_STATUSES = [
  'in_progress',
  'queued',
  'waiting',
  'pending',
  'requested'
] as const;

export interface OperationsPort {
  /** Open issues carrying the label (pull requests left out). */
  openIssues(label: string): Promise<IssueFacts[]>;
  /** Not retried on an ambiguous failure: a create may have happened. */
  createIssue(issue: { title: string; body: string; labels: string[] }): Promise<IssueFacts>;
  updateIssue(number: number, body: string): Promise<IssueFacts>;
  comment(number: number, body: string): Promise<void>;
  closeIssue(number: number): Promise<IssueFacts>;
  /** Runs of the repository's workflows that have not finished. */
  unfinishedRuns(): Promise<WorkflowRunFacts[]>;
}

interface IssueLike {
  number: number;
  title: string;
  body?: string | null;
  state: string;
  html_url: string;
  pull_request?: unknown;
}

const issue = (i: IssueLike): IssueFacts => ({
  number: i.number,
  title: i.title,
  body: i.body ?? '',
  state: i.state === 'closed' ? 'closed' : 'open',
  url: i.html_url
});

export function createOperationsClient(options: GitHubClientOptions): OperationsPort {
  const [owner = '', repo = ''] = options.repository.split('/');
  const octokit = createOctokit(options);
  return {
    openIssues: (label) =>
      describedCall(`list the open issues labelled ${label}`, async () => {
        const data = await octokit.paginate(octokit.rest.issues.listForRepo, {
          owner,
          repo,
          state: 'open',
          labels: label,
          per_page: 100
        });
        return (data as IssueLike[]).filter((i) => i.pull_request === undefined).map(issue);
      }),

    createIssue: ({ title, body, labels }) =>
      describedCall(`open the issue '${title}'`, async () => {
        const { data } = await octokit.rest.issues.create({
          owner,
          repo,
          title,
          body,
          labels,
          request: { retries: 0 }
        });
        return issue(data);
      }),

    updateIssue: (number, body) =>
      describedCall(`update issue #${number}`, async () => {
        const { data } = await octokit.rest.issues.update({
          owner,
          repo,
          issue_number: number,
          body
        });
        return issue(data);
      }),

    comment: (number, body) =>
      describedCall(`comment on issue #${number}`, async () => {
        await octokit.rest.issues.createComment({
          owner,
          repo,
          issue_number: number,
          body,
          request: { retries: 0 }
        });
      }),

    closeIssue: (number) =>
      describedCall(`close issue #${number}`, async () => {
        const { data } = await octokit.rest.issues.update({
          owner,
          repo,
          issue_number: number,
          state: 'closed',
          state_reason: 'completed'
        });
        return issue(data);
      }),

    unfinishedRuns: () =>
      describedCall('list the workflow runs in progress', async () => {
        const runs: WorkflowRunFacts[] = [];
        for (const status of UNFINISHED_RUN_STATUSES) {
          const data = await octokit.paginate(octokit.rest.actions.listWorkflowRunsForRepo, {
            owner,
            repo,
            status,
            per_page: 100
          });
          for (const r of data)
            runs.push({
              id: r.id,
              title: r.display_title,
              workflow: r.name ?? '',
              status: r.status ?? status,
              url: r.html_url,
              actor: r.actor?.login ?? ''
            });
        }
        return runs;
      })
  };
}
