import { ActionError } from '../common/errors.js';
import type { Log } from '../common/log.js';
import type { FactsProvenance } from '../facts/publish.js';
import { displayName, publishToBranch, type BranchChange } from '../git/branch.js';
import type { ProposalFacts, ProposalText, PullRequestPort } from '../github/port.js';
import { inlineCode, tableCell } from '../markdown/budget.js';
import type { GeneratedArtifacts } from './artifacts.js';
import { ARTIFACT_FILES } from './manifests.js';

/**
 * Publishing what gen-values generated to the GitOps (runtime-facts) repository: the app's folder
 * (`values-path`) written whole on a branch in one commit, or the same commit proposed as a pull
 * request from a branch of its own (`values/<env>/<app>`), replaced on each run. Both are
 * idempotent: content equal to the branch's makes no commit, and a re-run finds the open pull
 * request again instead of opening another.
 */

export const PUBLISH_MODES = ['none', 'commit', 'pull-request'] as const;
export type PublishMode = (typeof PUBLISH_MODES)[number];
export const DEFAULT_VALUES_BRANCH = 'runtime-facts';

export interface ValuesPublishSettings {
  mode: Exclude<PublishMode, 'none'>;
  /** `owner/name` on GitHub, a git URL or a local path (a local path only for `commit`). */
  repository: string;
  /** The branch the values belong on; the base of the pull request. */
  branch: string;
  token?: string;
  /** Where `owner/name` points (GITHUB_SERVER_URL). */
  serverUrl: string;
  /** `owner/name` of the repository on GitHub's API; set for `pull-request`. */
  apiRepository?: string;
  /** GitHub's API (GITHUB_API_URL). */
  apiUrl: string;
}

export interface PullRequestOutcome {
  number: number;
  url: string;
  action: 'created' | 'updated' | 'unchanged';
}

export interface ValuesPublishResult {
  mode: Exclude<PublishMode, 'none'>;
  repository: string;
  branch: string;
  /** The branch the commit was pushed to: `branch`, or the pull request's own branch. */
  pushedBranch: string;
  path: string;
  /** Whether a commit was pushed. */
  changed: boolean;
  /** The commit holding the values: the new one, or the tip left as it was ('' for none). */
  commitSha: string;
  attempts: number;
  /** The pull request, when one was opened or found; undefined when the branch holds the values. */
  pullRequest: PullRequestOutcome | undefined;
}

/** A publish that cannot go ahead as asked. */
export class ValuesPublishError extends ActionError {}

/** The pull request's own branch: one per environment and app, so re-runs find it again. */
export function proposalBranch(env: string, app: string): string {
  return `values/${env}/${app}`;
}

/** The app's folder as committed: every file generated, and the files of an earlier run removed. */
export function valuesChange(
  generated: Pick<GeneratedArtifacts, 'files' | 'valuesPath'>,
  message: string
): BranchChange {
  const written = new Set(generated.files.map((f) => f.file));
  return {
    files: Object.fromEntries(
      generated.files.map((f) => [`${generated.valuesPath}/${f.file}`, f.content])
    ),
    remove: Object.values(ARTIFACT_FILES)
      .filter((file) => !written.has(file))
      .map((file) => `${generated.valuesPath}/${file}`),
    message
  };
}

type Provenance = Pick<FactsProvenance, 'sourceRepository' | 'commit' | 'runUrl'>;

/** The commit message: what, for which target, from where. */
export function valuesCommitMessage(
  generated: Pick<GeneratedArtifacts, 'inputs' | 'names'>,
  image: string,
  provenance: Provenance
): string {
  const { inputs, names } = generated;
  const lines = [
    `values: ${inputs.app} in ${names.namespace} (${inputs.cloud}/${inputs.env})`,
    '',
    `Image: ${image || '(the chart default)'}`
  ];
  if (provenance.sourceRepository !== '')
    lines.push(`Source: ${provenance.sourceRepository}@${provenance.commit}`);
  if (provenance.runUrl !== '') lines.push(`Run: ${provenance.runUrl}`);
  return `${lines.join('\n')}\n`;
}

/**
 * The pull request's title and body. Nothing of a single run is in them (no run link, no time), so
 * a re-run of the same change leaves the pull request as it was.
 */
export function proposalText(
  generated: Pick<GeneratedArtifacts, 'inputs' | 'names' | 'files' | 'valuesPath'>,
  image: string,
  provenance: Provenance
): ProposalText {
  const { inputs, names } = generated;
  const body = [
    `gen-values generated the GitOps artifacts of \`${inputs.app}\` for ${inputs.cloud} · ${inputs.env} · ${inputs.region} · ${inputs.bu}.`,
    '',
    '| | |',
    '| --- | --- |',
    `| namespace | \`${names.namespace}\` |`,
    `| cluster | \`${names.cluster_name}\` |`,
    `| image | ${image === '' ? '(the chart default)' : `\`${image}\``} |`,
    `| folder | \`${generated.valuesPath}/\` |`,
    ...(provenance.sourceRepository === ''
      ? []
      : [`| source | \`${provenance.sourceRepository}@${provenance.commit}\` |`]),
    '',
    'Files:',
    '',
    ...generated.files.map((f) => `- \`${f.file}\``),
    '',
    'Merging deploys them: Argo CD reads the folder from this branch. Regenerated on each run: do not edit by hand.',
    ''
  ].join('\n');
  return {
    title: `values: ${inputs.app} in ${names.namespace} (${inputs.cloud}/${inputs.env})`,
    body
  };
}

/** What to do about the pull request, given the open ones from the branch. */
export type ProposalDecision =
  | { kind: 'create' }
  | { kind: 'update'; pull: ProposalFacts }
  | { kind: 'keep'; pull: ProposalFacts };

/** The oldest open pull request is the one kept up to date; without one, a new one is opened. */
export function decideProposal(
  open: readonly ProposalFacts[],
  wanted: ProposalText
): ProposalDecision {
  const pull = [...open].sort((a, b) => a.number - b.number)[0];
  if (pull === undefined) return { kind: 'create' };
  if (pull.title === wanted.title && pull.body === wanted.body) return { kind: 'keep', pull };
  return { kind: 'update', pull };
}

/**
 * Opens the pull request, or updates the open one. A create that failed is followed by a look: it
 * may have happened (an answer lost), or another run may have opened it first.
 */
export async function proposeChange(
  github: PullRequestPort,
  proposal: ProposalText & { head: string; base: string },
  log: Log
): Promise<PullRequestOutcome> {
  const decision = decideProposal(
    await github.openPullRequests(proposal.head, proposal.base),
    proposal
  );
  switch (decision.kind) {
    case 'keep':
      log.info(
        `Pull request #${decision.pull.number} already proposes this change: ${decision.pull.url}`
      );
      return { number: decision.pull.number, url: decision.pull.url, action: 'unchanged' };
    case 'update': {
      const pull = await github.updatePullRequest(decision.pull.number, proposal);
      log.info(`Updated pull request #${pull.number}: ${pull.url}`);
      return { number: pull.number, url: pull.url, action: 'updated' };
    }
    case 'create':
      try {
        const pull = await github.createPullRequest(proposal);
        log.info(`Opened pull request #${pull.number}: ${pull.url}`);
        return { number: pull.number, url: pull.url, action: 'created' };
      } catch (error) {
        const again = decideProposal(
          await github.openPullRequests(proposal.head, proposal.base),
          proposal
        );
        if (again.kind === 'create') throw error;
        if (again.kind === 'update') await github.updatePullRequest(again.pull.number, proposal);
        log.info(`Pull request #${again.pull.number} was opened meanwhile: ${again.pull.url}`);
        return { number: again.pull.number, url: again.pull.url, action: 'created' };
      }
  }
}

/** Publishes the generated folder as the settings ask; see the module comment. */
export async function publishValues(
  generated: Pick<GeneratedArtifacts, 'inputs' | 'names' | 'files' | 'valuesPath'>,
  settings: ValuesPublishSettings,
  deps: {
    log: Log;
    image: string;
    provenance: Provenance;
    /** The GitHub API for the repository; only called for a pull request. */
    connect: () => Promise<PullRequestPort>;
  }
): Promise<ValuesPublishResult> {
  const { log } = deps;
  const message = valuesCommitMessage(generated, deps.image, deps.provenance);
  const change = valuesChange(generated, message);
  const proposal = settings.mode === 'pull-request';
  const pushedBranch = proposal
    ? proposalBranch(generated.inputs.env, generated.inputs.app)
    : settings.branch;
  const repository = displayName(settings.repository);
  const pushed = await publishToBranch({
    repository: settings.repository,
    branch: pushedBranch,
    ...(proposal ? { base: settings.branch } : {}),
    ...(settings.token === undefined ? {} : { token: settings.token }),
    serverUrl: settings.serverUrl,
    log,
    change: () => change
  });
  const result: ValuesPublishResult = {
    mode: settings.mode,
    repository,
    branch: settings.branch,
    pushedBranch,
    path: generated.valuesPath,
    changed: pushed.changed,
    commitSha: pushed.commitSha,
    attempts: pushed.attempts,
    pullRequest: undefined
  };
  const where = `${generated.valuesPath}/ on ${pushedBranch} of ${repository}`;
  if (!pushed.differs) {
    log.info(
      `${generated.valuesPath}/ on ${settings.branch} of ${repository} already holds these files: nothing to ${proposal ? 'propose' : 'commit'}`
    );
    return result;
  }
  log.info(
    pushed.changed
      ? `Committed ${where} as ${pushed.commitSha} (attempt ${pushed.attempts})`
      : `${where} already is this change (${pushed.commitSha})`
  );
  if (!proposal) return result;
  const github = await deps.connect();
  const text = proposalText(generated, deps.image, deps.provenance);
  result.pullRequest = await proposeChange(
    github,
    { ...text, head: pushedBranch, base: settings.branch },
    log
  );
  return result;
}

/** The GitHub API for the pull request, loaded only when one is to be opened. */
export function connectPullRequests(
  settings: ValuesPublishSettings,
  log: Log
): () => Promise<PullRequestPort> {
  return async () => {
    if (settings.apiRepository === undefined || settings.token === undefined)
      throw new ValuesPublishError(
        'A pull request needs the repository as owner/name and a github-token'
      );
    const { createGitHubClient } = await import('../github/client.js');
    return createGitHubClient({
      token: settings.token,
      repository: settings.apiRepository,
      baseUrl: settings.apiUrl,
      log
    });
  };
}

/** The outputs of publishing; all empty when nothing was to be published. */
export function publishOutputs(result: ValuesPublishResult | undefined): Record<string, string> {
  return {
    changed: String(result?.changed ?? false),
    'commit-sha': result?.commitSha ?? '',
    'pull-request-url': result?.pullRequest?.url ?? ''
  };
}

/** The summary's part: what was committed where, or the pull request. */
export function renderPublishSection(result: ValuesPublishResult): string {
  const proposal = result.mode === 'pull-request';
  const headline = !proposal
    ? result.changed
      ? `Committed \`${result.path}/\` to \`${result.branch}\` of \`${result.repository}\`.`
      : `\`${result.path}/\` on \`${result.branch}\` of \`${result.repository}\` already held these files: no commit was made.`
    : result.pullRequest === undefined
      ? `\`${result.path}/\` on \`${result.branch}\` of \`${result.repository}\` already holds these files: no pull request was needed.`
      : `Pull request [#${result.pullRequest.number}](${result.pullRequest.url}) proposes \`${result.path}/\` for \`${result.branch}\` of \`${result.repository}\` (${result.pullRequest.action}).`;
  const rows: [string, string][] = [
    ['repository', inlineCode(result.repository)],
    ['branch', inlineCode(result.pushedBranch)],
    ['folder', inlineCode(`${result.path}/`)],
    ['commit', result.commitSha === '' ? '(none)' : inlineCode(result.commitSha)],
    ...(result.pullRequest === undefined
      ? []
      : ([['pull request', result.pullRequest.url]] as [string, string][]))
  ];
  return (
    `#### Published (${result.mode})\n\n${headline}\n\n| | |\n| --- | --- |\n` +
    rows.map(([k, v]) => `| ${k} | ${tableCell(v)} |\n`).join('')
  );
}
