/**
 * What the governance logic needs from GitHub, as plain data. The real implementation is the
 * Octokit adapter in `client.ts`; tests of the gate and the comment hand in plain objects.
 */

export type RepositoryRole = 'admin' | 'maintain' | 'write' | 'triage' | 'read' | 'none';

export interface PullRequestFacts {
  number: number;
  author: string;
  headSha: string;
  /** `owner/name` of the repository the head branch lives in (differs for a fork). */
  headRepository: string;
  baseRepository: string;
  baseRef: string;
  state: 'open' | 'closed';
  merged: boolean;
  /** The commit the merge made on the base branch, once merged. */
  mergeCommitSha?: string;
}

export interface ReviewFacts {
  id: number;
  user: string;
  state: string;
  /** The commit the review was made on. */
  commitId: string;
  submittedAt: string;
}

export interface CommentFacts {
  id: number;
  author: string;
  body: string;
  createdAt: string;
  updatedAt: string;
  url: string;
}

export interface LabelSpec {
  name: string;
  /** Six hex digits, no `#`. */
  color: string;
  description: string;
}

export interface GitHubPort {
  /** The login of the token's own identity (the author of what this token writes). */
  identity(): Promise<string>;
  pullRequest(number: number): Promise<PullRequestFacts>;
  reviews(number: number): Promise<ReviewFacts[]>;
  comments(number: number): Promise<CommentFacts[]>;
  /** Not retried on an ambiguous failure: a create may have happened (see `upsertComment`). */
  createComment(number: number, body: string): Promise<CommentFacts>;
  updateComment(id: number, body: string): Promise<CommentFacts>;
  role(user: string): Promise<RepositoryRole>;
  isTeamMember(org: string, team: string, user: string): Promise<boolean>;
  repositoryLabels(): Promise<string[]>;
  /** Creates a label; one that already exists is not an error. */
  createLabel(label: LabelSpec): Promise<void>;
  issueLabels(number: number): Promise<string[]>;
  addLabels(number: number, names: string[]): Promise<void>;
  removeLabel(number: number, name: string): Promise<void>;
}

/** A pull request as a proposal of a change: enough to find it again, compare it and link it. */
export interface ProposalFacts {
  number: number;
  url: string;
  headRef: string;
  baseRef: string;
  title: string;
  body: string;
}

export interface ProposalText {
  title: string;
  body: string;
}

/** What proposing a change as a pull request needs from GitHub. */
export interface PullRequestPort {
  /** The open pull requests from `head` (a branch of this repository) into `base`. */
  openPullRequests(head: string, base: string): Promise<ProposalFacts[]>;
  /** Not retried on an ambiguous failure: it may have happened (see `proposeChange`). */
  createPullRequest(
    proposal: ProposalText & { head: string; base: string }
  ): Promise<ProposalFacts>;
  updatePullRequest(number: number, proposal: ProposalText): Promise<ProposalFacts>;
}

/** What the central controller needs beyond the gate: files, branches, merge, dispatch. */
export interface ControllerPort {
  /** The paths the pull request changes (added, modified, renamed or removed). */
  pullRequestFiles(number: number): Promise<string[]>;
  /** Whether the branch exists in the repository. */
  branchExists(branch: string): Promise<boolean>;
  /** Changes the base branch of an open pull request. */
  retarget(number: number, base: string): Promise<void>;
  /** Merges only if the head is still `sha`; returns the merge commit. Not retried. */
  merge(number: number, sha: string, message: string): Promise<string>;
  /** Sends `repository_dispatch` to another repository (the controller). Not retried. */
  dispatch(repository: string, eventType: string, payload: Record<string, unknown>): Promise<void>;
}
