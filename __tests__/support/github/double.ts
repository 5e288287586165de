import { execFileSync } from 'node:child_process';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  example,
  matchOperation,
  requestViolations,
  responseViolations,
  type MatchedOperation
} from './openapi.js';

/**
 * A GitHub REST API double on loopback for the actions' tests. It keeps users, tokens, pull
 * requests, reviews, comments, labels, permissions and teams in memory, answers the routes the
 * actions use, and checks every request and every response against GitHub's published OpenAPI
 * description: an undocumented route, an undocumented parameter or a body off schema is recorded
 * as a violation and answered with a 500 naming it, so a test cannot pass on a call GitHub would
 * not accept. Faults (rate limits, outages) are injected per route and count.
 */

export const COMMENT_BODY_LIMIT = 65_536;
export const ACTIONS_BOT = 'github-actions[bot]';

export type RepositoryRole = 'admin' | 'maintain' | 'write' | 'triage' | 'read';
export type ReviewState = 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED' | 'DISMISSED' | 'PENDING';

interface UserRecord {
  login: string;
  id: number;
  type: 'User' | 'Bot';
}

interface PullRecord {
  number: number;
  author: string;
  headSha: string;
  headRef: string;
  headRepo: string;
  baseRef: string;
  state: 'open' | 'closed';
  merged: boolean;
  mergeCommitSha?: string;
}

/** A `repository_dispatch` the double received, as GitHub would deliver it. */
export interface DispatchRecord {
  repository: string;
  eventType: string;
  clientPayload: Record<string, unknown>;
  user: string;
}

export interface ReviewRecord {
  id: number;
  pull: number;
  user: string;
  state: ReviewState;
  commitId: string;
  submittedAt: string;
  body: string;
}

export interface CommentRecord {
  id: number;
  issue: number;
  user: string;
  body: string;
  createdAt: string;
  updatedAt: string;
}

interface LabelRecord {
  id: number;
  name: string;
  color: string;
  description: string | null;
}

export interface IssueRecord {
  number: number;
  title: string;
  body: string;
  user: string;
  state: 'open' | 'closed';
  stateReason: string | null;
  labels: string[];
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
}

export interface WorkflowRunRecord {
  id: number;
  /** The run's title (`run-name`). */
  title: string;
  /** The workflow's name. */
  workflow: string;
  status: 'queued' | 'in_progress' | 'waiting' | 'pending' | 'requested' | 'completed';
  actor: string;
}

export interface Fault {
  method?: string;
  /** Matched against the request's path name. */
  path?: RegExp;
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
  /** How many matching requests get this answer; then the route works again. */
  times: number;
  /** The request is carried out first and only the answer is lost (a 502 after a write). */
  afterHandling?: boolean;
}

export interface RecordedRequest {
  method: string;
  path: string;
  operationId: string;
  status: number;
  user?: string;
  body?: unknown;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
    readonly headers: Record<string, string> = {}
  ) {
    super(`HTTP ${status}`);
  }
}

const DOCS = 'https://docs.github.com/rest';

export class GitHubDouble {
  readonly owner: string;
  readonly repo: string;
  readonly violations: string[] = [];
  readonly requests: RecordedRequest[] = [];
  private readonly users = new Map<string, UserRecord>();
  private readonly tokens = new Map<string, { user: string; installation: boolean }>();
  private readonly pulls = new Map<number, PullRecord>();
  readonly reviews: ReviewRecord[] = [];
  readonly comments: CommentRecord[] = [];
  readonly labels: LabelRecord[] = [];
  readonly issues: IssueRecord[] = [];
  readonly workflowRuns: WorkflowRunRecord[] = [];
  private readonly issueLabels = new Map<number, string[]>();
  private readonly roles = new Map<string, RepositoryRole>();
  private readonly teams = new Map<string, { members: Set<string> }>();
  private readonly faults: Fault[] = [];
  /** Repositories (`owner/name`, lower case) that accept `repository_dispatch`, and who may send. */
  private readonly dispatchTargets = new Map<string, Set<string>>();
  readonly dispatches: DispatchRecord[] = [];
  private nextId = 1000;
  /** A logical clock: each write is one second after the one before, so order is never a tie. */
  private clock = Date.parse('2026-11-23T10:00:00Z');
  private server: Server | undefined;
  url = '';

  constructor(repository = 'acme/infrastructure') {
    const [owner = '', repo = ''] = repository.split('/');
    this.owner = owner;
    this.repo = repo;
    this.addUser(ACTIONS_BOT, 'Bot');
  }

  get repository(): string {
    return `${this.owner}/${this.repo}`;
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    const { port } = this.server.address() as AddressInfo;
    this.url = `http://127.0.0.1:${port}`;
    return this;
  }

  async close(): Promise<void> {
    const server = this.server;
    if (server === undefined) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** Throws, listing them, when any request or response broke GitHub's description. */
  assertNoViolations(): void {
    if (this.violations.length > 0)
      throw new Error(`The GitHub double saw violations:\n${this.violations.join('\n')}`);
  }

  // ---- state ----

  tick(): string {
    this.clock += 1000;
    return new Date(this.clock).toISOString().replace(/\.\d{3}Z$/, 'Z');
  }

  addUser(login: string, type: 'User' | 'Bot' = 'User'): void {
    if (!this.users.has(login)) this.users.set(login, { login, id: this.nextId++, type });
  }

  /** A token acting as a user; `installation` tokens act as the Actions bot, as GITHUB_TOKEN does. */
  addToken(token: string, user: string | { installation: true }): void {
    if (typeof user === 'string') {
      this.addUser(user);
      this.tokens.set(token, { user, installation: false });
    } else {
      this.tokens.set(token, { user: ACTIONS_BOT, installation: true });
    }
  }

  setRole(login: string, role: RepositoryRole): void {
    this.addUser(login);
    this.roles.set(login, role);
  }

  addTeam(org: string, slug: string, members: string[]): void {
    for (const m of members) this.addUser(m);
    this.teams.set(`${org}/${slug}`.toLowerCase(), { members: new Set(members) });
  }

  addPullRequest(p: {
    number: number;
    author: string;
    headSha: string;
    headRepo?: string;
    baseRef?: string;
    headRef?: string;
  }): void {
    this.addUser(p.author);
    this.pulls.set(p.number, {
      number: p.number,
      author: p.author,
      headSha: p.headSha,
      headRef: p.headRef ?? 'feature',
      headRepo: p.headRepo ?? this.repository,
      baseRef: p.baseRef ?? 'main',
      state: 'open',
      merged: false
    });
  }

  /** A new commit on the pull request's branch. */
  push(number: number, sha: string): void {
    const pull = this.pulls.get(number);
    if (pull === undefined) throw new Error(`no pull request #${number}`);
    pull.headSha = sha;
  }

  headSha(number: number): string {
    return this.pulls.get(number)?.headSha ?? '';
  }

  addReview(pull: number, r: { user: string; state: ReviewState; commitId?: string }): void {
    this.addUser(r.user);
    this.reviews.push({
      id: this.nextId++,
      pull,
      user: r.user,
      state: r.state,
      commitId: r.commitId ?? this.headSha(pull),
      submittedAt: this.tick(),
      body: ''
    });
  }

  addComment(issue: number, user: string, body: string): CommentRecord {
    this.addUser(user);
    const time = this.tick();
    const comment = { id: this.nextId++, issue, user, body, createdAt: time, updatedAt: time };
    this.comments.push(comment);
    return comment;
  }

  commentsOn(issue: number): CommentRecord[] {
    return this.comments.filter((c) => c.issue === issue);
  }

  labelsOn(issue: number): string[] {
    return [...(this.issueLabels.get(issue) ?? [])];
  }

  /** A label put on by hand, as a person would in the web interface. */
  addLabelByHand(issue: number, name: string): void {
    if (!this.labels.some((l) => l.name === name))
      this.labels.push({ id: this.nextId++, name, color: 'ededed', description: null });
    this.issueLabels.set(issue, [...new Set([...this.labelsOn(issue), name])]);
  }

  /** An issue opened by hand, as a person would (numbers are shared with pull requests). */
  addIssue(i: { title: string; body: string; user?: string; labels?: string[] }): IssueRecord {
    const user = i.user ?? 'octocat';
    this.addUser(user);
    const time = this.tick();
    const issue: IssueRecord = {
      number: this.nextIssueNumber(),
      title: i.title,
      body: i.body,
      user,
      state: 'open',
      stateReason: null,
      labels: [],
      createdAt: time,
      updatedAt: time,
      closedAt: null
    };
    this.issues.push(issue);
    for (const label of i.labels ?? []) this.addLabelByHand(issue.number, label);
    return issue;
  }

  issue(number: number): IssueRecord | undefined {
    return this.issues.find((i) => i.number === number);
  }

  /** A run of a workflow, as the Actions API lists it. */
  addWorkflowRun(r: {
    title: string;
    workflow?: string;
    status?: WorkflowRunRecord['status'];
    actor?: string;
  }): WorkflowRunRecord {
    const run: WorkflowRunRecord = {
      id: this.nextId++,
      title: r.title,
      workflow: r.workflow ?? 'apply',
      status: r.status ?? 'in_progress',
      actor: r.actor ?? 'octocat'
    };
    this.addUser(run.actor);
    this.workflowRuns.push(run);
    return run;
  }

  private nextIssueNumber(): number {
    return Math.max(0, ...this.pulls.keys(), ...this.issues.map((i) => i.number)) + 1;
  }

  /**
   * Another repository (a controller) that takes `repository_dispatch` from the users given: the
   * dispatches are recorded, for a test to deliver as the event of the controller's workflow.
   */
  acceptDispatches(repository: string, senders: string[]): void {
    this.dispatchTargets.set(repository.toLowerCase(), new Set(senders));
  }

  inject(fault: Fault): void {
    this.faults.push({ ...fault });
  }

  /** Requests that reached a route (faults included), by operation id. */
  calls(operationId: string): RecordedRequest[] {
    return this.requests.filter((r) => r.operationId === operationId);
  }

  // ---- pull requests proposed through the API (list, create, update) ----

  /** Titles and bodies of the pull requests, as given when they were opened or updated. */
  private readonly pullTexts = new Map<number, { title: string; body: string | null }>();
  /** A bare repository whose branches a pull request's head and base must be (see linkGit). */
  private gitRepository: string | undefined;

  /** Heads and bases are then checked against this repository's branches, as GitHub does. */
  linkGit(repository: string): void {
    this.gitRepository = repository;
  }

  /** The pull requests with their titles and bodies, as a person sees them on GitHub. */
  proposals(): {
    number: number;
    author: string;
    head: string;
    base: string;
    state: 'open' | 'closed';
    title: string;
    body: string | null;
  }[] {
    return [...this.pulls.values()].map((pull) => ({
      number: pull.number,
      author: pull.author,
      head: pull.headRef,
      base: pull.baseRef,
      state: pull.state,
      title: this.pullTexts.get(pull.number)?.title ?? `Change #${pull.number}`,
      body: this.pullTexts.get(pull.number)?.body ?? null
    }));
  }

  /** A pull request as the double holds it (undefined when there is none). */
  pull(number: number): Readonly<PullRecord> | undefined {
    const pull = this.pulls.get(number);
    if (pull !== undefined) this.refreshHead(pull);
    return pull;
  }

  /** An open pull request's head follows its branch in the linked repository, as on GitHub. */
  private refreshHead(pull: PullRecord): void {
    if (this.gitRepository === undefined || pull.state !== 'open') return;
    const sha = this.branchSha(pull.headRef);
    if (sha !== undefined) pull.headSha = sha;
  }

  private git(args: string[], env: Record<string, string> = {}): string {
    return execFileSync('git', args, {
      cwd: this.gitRepository,
      encoding: 'utf8',
      env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', ...env }
    }).trim();
  }

  /** The paths a pull request changes: head against its merge base with the base branch. */
  private changedFiles(pull: PullRecord): { filename: string; status: string; sha: string }[] {
    if (this.gitRepository === undefined) return [];
    // A merged pull request keeps the files it merged: against the base as it was then.
    const base =
      pull.mergeCommitSha === undefined
        ? this.branchSha(pull.baseRef)
        : this.git(['rev-parse', `${pull.mergeCommitSha}^1`]);
    if (base === undefined) return [];
    const mergeBase = this.git(['merge-base', base, pull.headSha]);
    const out = this.git(['diff', '--no-renames', '--raw', '-z', mergeBase, pull.headSha]);
    const parts = out.split('\0').filter((p) => p !== '');
    const files: { filename: string; status: string; sha: string }[] = [];
    for (let i = 0; i + 1 < parts.length; i += 2) {
      const meta = (parts[i] ?? '').split(' ');
      const letter = meta[4] ?? 'M';
      files.push({
        filename: parts[i + 1] ?? '',
        status: letter === 'A' ? 'added' : letter === 'D' ? 'removed' : 'modified',
        sha: letter === 'D' ? (meta[2] ?? '') : (meta[3] ?? '')
      });
    }
    return files;
  }

  /** A real merge commit on the base branch of the linked repository (refused on a conflict). */
  private mergeCommit(pull: PullRecord, title: string): string | undefined {
    if (this.gitRepository === undefined) return '0'.repeat(40);
    const base = this.branchSha(pull.baseRef);
    if (base === undefined) return undefined;
    let tree: string;
    try {
      tree = this.git(['merge-tree', '--write-tree', base, pull.headSha]).split('\n')[0] ?? '';
    } catch {
      return undefined;
    }
    const who = { GIT_AUTHOR_NAME: 'GitHub', GIT_AUTHOR_EMAIL: 'noreply@github.com' };
    const commit = this.git(['commit-tree', tree, '-p', base, '-p', pull.headSha, '-m', title], {
      ...who,
      GIT_COMMITTER_NAME: who.GIT_AUTHOR_NAME,
      GIT_COMMITTER_EMAIL: who.GIT_AUTHOR_EMAIL
    });
    this.git(['update-ref', `refs/heads/${pull.baseRef}`, commit, base]);
    return commit;
  }

  /** Closed by hand (or merged), as on GitHub: a new run then opens another one. */
  closePullRequest(number: number, merged = false): void {
    const pull = this.pulls.get(number);
    if (pull === undefined) throw new Error(`no pull request #${number}`);
    pull.state = 'closed';
    pull.merged = merged;
  }

  private branchSha(branch: string): string | undefined {
    if (this.gitRepository === undefined) return '0'.repeat(40);
    try {
      return execFileSync('git', ['rev-parse', '--verify', '--quiet', `refs/heads/${branch}`], {
        cwd: this.gitRepository,
        encoding: 'utf8',
        env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1' }
      }).trim();
    } catch {
      return undefined;
    }
  }

  private proposalJson(pull: PullRecord): Record<string, unknown> {
    const text = this.pullTexts.get(pull.number);
    return {
      ...this.pullJson(pull),
      ...(text === undefined ? {} : { title: text.title, body: text.body })
    };
  }

  private proposalRoute(
    op: MatchedOperation,
    url: URL,
    body: unknown,
    auth: { user: string; installation: boolean }
  ): { status: number; body: unknown; headers: Record<string, string> } | undefined {
    const invalid = (field: string, message?: string) =>
      new HttpError(422, {
        message: 'Validation Failed',
        errors: [
          message === undefined
            ? { resource: 'PullRequest', code: 'invalid', field }
            : { resource: 'PullRequest', code: 'custom', message }
        ],
        documentation_url: `${DOCS}/pulls/pulls`
      });
    // `head` is `branch` or `owner:branch`; only branches of this repository are served.
    const headBranch = (head: string) => {
      const colon = head.indexOf(':');
      if (colon < 0) return head;
      return head.slice(0, colon) === this.owner ? head.slice(colon + 1) : undefined;
    };
    switch (op.operationId) {
      case 'pulls/list': {
        const state = url.searchParams.get('state') ?? 'open';
        const head = url.searchParams.get('head');
        const base = url.searchParams.get('base');
        const items = [...this.pulls.values()]
          .filter((pull) => state === 'all' || pull.state === state)
          .filter((pull) => head === null || headBranch(head) === pull.headRef)
          .filter((pull) => base === null || pull.baseRef === base)
          .sort((a, b) => b.number - a.number)
          .map((pull) => this.proposalJson(pull));
        return this.page(url, items);
      }
      case 'pulls/create': {
        const given = body as { title?: string; head: string; base: string; body?: string };
        const head = headBranch(given.head);
        if (head === undefined || this.branchSha(head) === undefined) throw invalid('head');
        if (this.branchSha(given.base) === undefined) throw invalid('base');
        if (
          [...this.pulls.values()].some(
            (pull) => pull.state === 'open' && pull.headRef === head && pull.baseRef === given.base
          )
        )
          throw invalid('head', `A pull request already exists for ${this.owner}:${head}.`);
        const number = Math.max(0, ...this.pulls.keys()) + 1;
        this.addPullRequest({
          number,
          author: auth.user,
          headSha: this.branchSha(head) ?? '',
          headRef: head,
          baseRef: given.base
        });
        this.pullTexts.set(number, { title: given.title ?? head, body: given.body ?? null });
        this.tick();
        return {
          status: 201,
          body: this.proposalJson(this.pulls.get(number) as PullRecord),
          headers: {}
        };
      }
      case 'pulls/update': {
        const number = Number(op.params['pull_number']);
        const pull = this.pulls.get(number);
        if (pull === undefined) throw this.notFound();
        const given = body as {
          title?: string;
          body?: string;
          state?: 'open' | 'closed';
          base?: string;
        };
        const text = this.pullTexts.get(number) ?? { title: `Change #${number}`, body: null };
        this.pullTexts.set(number, {
          title: given.title ?? text.title,
          body: given.body ?? text.body
        });
        if (given.state !== undefined) pull.state = given.state;
        if (given.base !== undefined) {
          if (this.branchSha(given.base) === undefined) throw invalid('base');
          pull.baseRef = given.base;
        }
        pull.headSha = this.branchSha(pull.headRef) ?? pull.headSha;
        this.tick();
        return { status: 200, body: this.proposalJson(pull), headers: {} };
      }
      default:
        return undefined;
    }
  }

  // ---- HTTP ----

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.url);
    const method = req.method ?? 'GET';
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const record: RecordedRequest = { method, path: url.pathname, operationId: '', status: 0 };
    this.requests.push(record);
    let status: number;
    let body: unknown;
    let headers: Record<string, string> = {};
    const op = matchOperation(method, url.pathname);
    try {
      if (op === undefined) {
        throw this.violation(`${method} ${url.pathname} is not a documented GitHub route`);
      }
      record.operationId = op.operationId;
      let parsed: unknown;
      if (text !== '') {
        try {
          parsed = JSON.parse(text);
        } catch {
          throw this.violation(`${op.operationId}: the request body is not JSON`);
        }
      }
      record.body = parsed;
      const problems = requestViolations(op, url.searchParams, parsed);
      if (problems.length > 0) throw this.violation(`${op.operationId}: ${problems.join('; ')}`);
      const user = this.authenticate(req.headers.authorization);
      record.user = user.user;
      const fault = this.takeFault(method, url.pathname);
      const injected = (f: Fault) =>
        new HttpError(
          f.status,
          f.body ?? { message: `injected ${f.status}`, documentation_url: DOCS },
          f.headers
        );
      if (fault !== undefined && fault.afterHandling !== true) throw injected(fault);
      ({ status, body, headers } = this.route(op, url, parsed, user));
      if (fault !== undefined) throw injected(fault);
    } catch (error) {
      if (!(error instanceof HttpError)) {
        this.violations.push(`the double failed on ${method} ${url.pathname}: ${String(error)}`);
        status = 500;
        body = { message: String(error) };
      } else {
        ({ status, body, headers } = error);
      }
    }
    if (op !== undefined && status !== 500) {
      let problems: string[];
      try {
        problems = responseViolations(op, status, body);
      } catch (error) {
        problems = [`the response could not be checked: ${String(error)}`];
      }
      if (problems.length > 0) {
        const message = `${op.operationId}: ${problems.join('; ')}`;
        this.violations.push(message);
        status = 500;
        body = { message: `GitHub double: ${message}` };
        headers = {};
      }
    }
    record.status = status;
    const payload = body === undefined ? '' : JSON.stringify(body);
    res.writeHead(status, {
      ...(payload === '' ? {} : { 'content-type': 'application/json; charset=utf-8' }),
      'x-ratelimit-limit': '5000',
      'x-ratelimit-remaining': '4999',
      'x-github-api-version-selected': '2022-11-28',
      ...headers
    });
    res.end(payload);
  }

  private violation(message: string): HttpError {
    this.violations.push(message);
    return new HttpError(500, { message: `GitHub double: ${message}` });
  }

  private takeFault(method: string, path: string): Fault | undefined {
    const fault = this.faults.find(
      (f) =>
        f.times > 0 &&
        (f.method === undefined || f.method === method) &&
        (f.path === undefined || f.path.test(path))
    );
    if (fault !== undefined) fault.times--;
    return fault;
  }

  private authenticate(header: string | undefined): { user: string; installation: boolean } {
    const token = /^(?:token|bearer) (.+)$/i.exec(header ?? '')?.[1];
    const found = token === undefined ? undefined : this.tokens.get(token);
    if (found === undefined)
      throw new HttpError(401, {
        message: 'Bad credentials',
        documentation_url: DOCS,
        status: '401'
      });
    return found;
  }

  private route(
    op: MatchedOperation,
    url: URL,
    body: unknown,
    auth: { user: string; installation: boolean }
  ): { status: number; body: unknown; headers: Record<string, string> } {
    const p = op.params;
    const ok = (value: unknown, status = 200) => ({ status, body: value, headers: {} });
    if (op.template === '/user') {
      if (auth.installation)
        throw new HttpError(403, {
          message: 'Resource not accessible by integration',
          documentation_url: `${DOCS}/users/users#get-the-authenticated-user`,
          status: '403'
        });
      return ok({ ...this.userJson(auth.user), ...this.privateUserFields(auth.user) });
    }
    if (op.template.startsWith('/orgs/{org}/teams/{team_slug}/memberships/')) {
      const team = this.teams.get(`${p['org']}/${p['team_slug']}`.toLowerCase());
      // The description documents this 404 without a body.
      if (team === undefined || !team.members.has(p['username'] ?? ''))
        throw new HttpError(404, undefined);
      return ok({
        url: `${this.url}/teams/1/memberships/${p['username']}`,
        role: 'member',
        state: 'active'
      });
    }
    if (op.operationId === 'repos/create-dispatch-event') {
      const target = `${p['owner']}/${p['repo']}`;
      const senders = this.dispatchTargets.get(target.toLowerCase());
      if (senders === undefined || !senders.has(auth.user)) throw this.notFound();
      const given = body as { event_type: string; client_payload?: Record<string, unknown> };
      if (
        JSON.stringify(given.client_payload ?? {}).length > 65_535 ||
        Object.keys(given.client_payload ?? {}).length > 10
      )
        throw new HttpError(422, {
          message: 'client_payload: at most 10 top-level properties',
          documentation_url: DOCS
        });
      this.dispatches.push({
        repository: target,
        eventType: given.event_type,
        clientPayload: given.client_payload ?? {},
        user: auth.user
      });
      return { status: 204, body: undefined, headers: {} };
    }
    if (p['owner'] !== this.owner || p['repo'] !== this.repo) throw this.notFound();
    const proposal = this.proposalRoute(op, url, body, auth);
    if (proposal !== undefined) return proposal;
    const number = Number(p['pull_number'] ?? p['issue_number']);
    switch (op.operationId) {
      case 'pulls/get': {
        const pull = this.pulls.get(number);
        if (pull === undefined) throw this.notFound();
        this.refreshHead(pull);
        return ok(this.pullJson(pull));
      }
      case 'pulls/list-files': {
        const pull = this.pulls.get(number);
        if (pull === undefined) throw this.notFound();
        this.refreshHead(pull);
        const base = example<Record<string, unknown>[]>('diff-entry-items')[0] ?? {};
        const at = `https://github.com/${this.repository}`;
        return this.page(
          url,
          this.changedFiles(pull).map((f) => ({
            ...base,
            sha: f.sha,
            filename: f.filename,
            status: f.status,
            blob_url: `${at}/blob/${pull.headSha}/${f.filename}`,
            raw_url: `${at}/raw/${pull.headSha}/${f.filename}`,
            contents_url: `${this.url}/repos/${this.repository}/contents/${f.filename}?ref=${pull.headSha}`
          }))
        );
      }
      case 'repos/get-branch': {
        const name = p['branch'] ?? '';
        const sha = this.branchSha(name);
        if (sha === undefined)
          throw new HttpError(404, {
            message: 'Branch not found',
            documentation_url: DOCS,
            status: '404'
          });
        const base = example<Record<string, Record<string, unknown>>>('branch-get');
        return ok({ ...base, name, commit: { ...base['commit'], sha }, protected: false });
      }
      case 'pulls/merge': {
        const pull = this.pulls.get(number);
        if (pull === undefined) throw this.notFound();
        this.refreshHead(pull);
        const given = (body ?? {}) as { sha?: string; commit_title?: string };
        if (pull.state !== 'open')
          throw new HttpError(405, {
            message: 'Pull Request is not mergeable',
            documentation_url: DOCS
          });
        if (given.sha !== undefined && given.sha !== pull.headSha)
          throw new HttpError(409, {
            message: 'Head branch was modified. Review and try the merge again.',
            documentation_url: DOCS
          });
        const commit = this.mergeCommit(
          pull,
          given.commit_title ?? `Merge pull request #${number}`
        );
        if (commit === undefined)
          throw new HttpError(405, {
            message: 'Pull Request is not mergeable',
            documentation_url: DOCS
          });
        pull.state = 'closed';
        pull.merged = true;
        pull.mergeCommitSha = commit;
        this.tick();
        return ok({ sha: commit, merged: true, message: 'Pull Request successfully merged' });
      }
      case 'pulls/list-reviews':
        return this.page(
          url,
          this.reviews.filter((r) => r.pull === number).map((r) => this.reviewJson(r))
        );
      case 'issues/list-comments':
        return this.page(
          url,
          this.commentsOn(number).map((c) => this.commentJson(c))
        );
      case 'issues/create-comment': {
        const text = (body as { body: string }).body;
        this.checkCommentLength(text);
        if (!this.pulls.has(number) && this.issue(number) === undefined) throw this.notFound();
        return ok(this.commentJson(this.addComment(number, auth.user, text)), 201);
      }
      case 'issues/update-comment': {
        const comment = this.comments.find((c) => c.id === Number(p['comment_id']));
        if (comment === undefined) throw this.notFound();
        if (comment.user !== auth.user)
          throw new HttpError(403, {
            message: 'Must have admin rights to Repository.',
            documentation_url: DOCS,
            status: '403'
          });
        const text = (body as { body: string }).body;
        this.checkCommentLength(text);
        comment.body = text;
        comment.updatedAt = this.tick();
        return ok(this.commentJson(comment));
      }
      case 'issues/list-labels-for-repo':
        return this.page(
          url,
          this.labels.map((l) => this.labelJson(l))
        );
      case 'issues/create-label': {
        const label = body as { name: string; color?: string; description?: string };
        if (this.labels.some((l) => l.name.toLowerCase() === label.name.toLowerCase()))
          throw new HttpError(422, {
            message: 'Validation Failed',
            errors: [{ resource: 'Label', code: 'already_exists', field: 'name' }],
            documentation_url: DOCS
          });
        const record = {
          id: this.nextId++,
          name: label.name,
          color: label.color ?? 'ededed',
          description: label.description ?? null
        };
        this.labels.push(record);
        return ok(this.labelJson(record), 201);
      }
      case 'issues/list-labels-on-issue':
        return this.page(url, this.issueLabelsJson(number));
      case 'issues/add-labels': {
        const names = Array.isArray(body)
          ? (body as string[])
          : ((body as { labels: (string | { name: string })[] }).labels ?? []).map((l) =>
              typeof l === 'string' ? l : l.name
            );
        for (const name of names) {
          if (!this.labels.some((l) => l.name === name))
            this.labels.push({ id: this.nextId++, name, color: 'ededed', description: null });
        }
        this.issueLabels.set(number, [...new Set([...this.labelsOn(number), ...names])]);
        return ok(this.issueLabelsJson(number));
      }
      case 'issues/remove-label': {
        const name = p['name'] ?? '';
        const current = this.labelsOn(number);
        if (!current.includes(name))
          throw new HttpError(404, {
            message: 'Label does not exist',
            documentation_url: DOCS,
            status: '404'
          });
        this.issueLabels.set(
          number,
          current.filter((l) => l !== name)
        );
        return ok(this.issueLabelsJson(number));
      }
      case 'issues/list-for-repo': {
        const state = url.searchParams.get('state') ?? 'open';
        const wanted = (url.searchParams.get('labels') ?? '')
          .split(',')
          .map((l) => l.trim())
          .filter((l) => l !== '');
        const found = this.issues
          .filter((i) => state === 'all' || i.state === state)
          .filter((i) => wanted.every((l) => this.labelsOn(i.number).includes(l)))
          .sort((a, b) => b.number - a.number);
        return this.page(
          url,
          found.map((i) => this.issueJson(i))
        );
      }
      case 'issues/create': {
        const given = body as { title: string | number; body?: string; labels?: unknown[] };
        const text = given.body ?? '';
        this.checkCommentLength(text);
        const issue = this.addIssue({ title: String(given.title), body: text, user: auth.user });
        const names = (given.labels ?? []).map((l) =>
          typeof l === 'string' ? l : String((l as { name?: string }).name ?? '')
        );
        for (const name of names) this.addLabelByHand(issue.number, name);
        return ok(this.issueJson(issue), 201);
      }
      case 'issues/update': {
        const issue = this.issue(number);
        if (issue === undefined) throw this.notFound();
        const change = body as {
          body?: string;
          title?: string;
          state?: string;
          state_reason?: string;
        };
        if (change.body !== undefined) {
          this.checkCommentLength(change.body);
          issue.body = change.body;
        }
        if (change.title !== undefined) issue.title = change.title;
        if (change.state === 'closed' && issue.state === 'open') {
          issue.state = 'closed';
          issue.stateReason = change.state_reason ?? 'completed';
          issue.closedAt = this.tick();
        } else if (change.state === 'open') {
          issue.state = 'open';
          issue.stateReason = 'reopened';
          issue.closedAt = null;
        }
        issue.updatedAt = this.tick();
        return ok(this.issueJson(issue));
      }
      case 'actions/list-workflow-runs-for-repo': {
        const status = url.searchParams.get('status');
        const runs = this.workflowRuns.filter((r) => status === null || r.status === status);
        const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 30), 100);
        const page = Number(url.searchParams.get('page') ?? 1);
        return ok({
          total_count: runs.length,
          workflow_runs: runs
            .slice((page - 1) * perPage, page * perPage)
            .map((r) => this.workflowRunJson(r))
        });
      }
      case 'repos/get-collaborator-permission-level': {
        const login = p['username'] ?? '';
        if (!this.users.has(login)) throw this.notFound();
        const role = this.roles.get(login) ?? 'read';
        const permission = role === 'maintain' ? 'write' : role === 'triage' ? 'read' : role;
        return ok({
          permission,
          role_name: role,
          user: {
            ...this.userJson(login),
            permissions: this.permissionFlags(role),
            role_name: role
          }
        });
      }
      default:
        throw this.violation(`${op.operationId} is documented but this double does not serve it`);
    }
  }

  private notFound(): HttpError {
    return new HttpError(404, { message: 'Not Found', documentation_url: DOCS, status: '404' });
  }

  private checkCommentLength(text: string): void {
    if (text.length > COMMENT_BODY_LIMIT)
      throw new HttpError(422, {
        message: 'Validation Failed',
        errors: [
          {
            resource: 'IssueComment',
            code: 'custom',
            field: 'body',
            message: `body is too long (maximum is ${COMMENT_BODY_LIMIT} characters)`
          }
        ],
        documentation_url: `${DOCS}/issues/comments#create-an-issue-comment`
      });
  }

  /** GitHub's page-based pagination: `per_page` (default 30, at most 100), `page`, Link header. */
  private page(
    url: URL,
    items: unknown[]
  ): { status: number; body: unknown; headers: Record<string, string> } {
    const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 30), 100);
    const page = Number(url.searchParams.get('page') ?? 1);
    const last = Math.max(1, Math.ceil(items.length / perPage));
    const link = (n: number, rel: string) => {
      const target = new URL(url.pathname, this.url);
      target.searchParams.set('per_page', String(perPage));
      target.searchParams.set('page', String(n));
      return `<${target.toString()}>; rel="${rel}"`;
    };
    const links: string[] = [];
    if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'));
    if (page > 1) links.push(link(1, 'first'), link(page - 1, 'prev'));
    return {
      status: 200,
      body: items.slice((page - 1) * perPage, page * perPage),
      headers: links.length === 0 ? {} : { link: links.join(', ') }
    };
  }

  // ---- JSON as GitHub shapes it, built on the description's own examples ----

  private userJson(login: string): Record<string, unknown> {
    this.addUser(login);
    const user = this.users.get(login) as UserRecord;
    const base = example<{ user: Record<string, unknown> }>('issue-comment').user;
    const api = `${this.url}/users/${encodeURIComponent(login)}`;
    return {
      ...base,
      login,
      id: user.id,
      node_id: `U_${user.id}`,
      type: user.type,
      site_admin: false,
      url: api,
      // A bot's profile is its app's page, as on GitHub (and `[bot]` is not valid in a URI).
      html_url:
        user.type === 'Bot'
          ? `https://github.com/apps/${login.replace(/\[bot\]$/, '')}`
          : `https://github.com/${login}`,
      followers_url: `${api}/followers`,
      following_url: `${api}/following{/other_user}`,
      gists_url: `${api}/gists{/gist_id}`,
      starred_url: `${api}/starred{/owner}{/repo}`,
      subscriptions_url: `${api}/subscriptions`,
      organizations_url: `${api}/orgs`,
      repos_url: `${api}/repos`,
      events_url: `${api}/events{/privacy}`,
      received_events_url: `${api}/received_events`
    };
  }

  private privateUserFields(login: string): Record<string, unknown> {
    const base = example('private-user-response-with-public-and-private-profile-information');
    const user = this.userJson(login);
    return { ...base, ...user, name: login, email: null, user_view_type: 'private' };
  }

  private permissionFlags(role: RepositoryRole): Record<string, boolean> {
    const rank = ['read', 'triage', 'write', 'maintain', 'admin'].indexOf(role);
    return {
      pull: rank >= 0,
      triage: rank >= 1,
      push: rank >= 2,
      maintain: rank >= 3,
      admin: rank >= 4
    };
  }

  private repositoryJson(fullName: string): Record<string, unknown> {
    const base = example<{ head: { repo: Record<string, unknown> } }>('pull-request').head.repo;
    const [owner = '', name = ''] = fullName.split('/');
    return {
      ...base,
      name,
      full_name: fullName,
      owner: this.userJson(owner),
      fork: fullName !== this.repository,
      url: `${this.url}/repos/${fullName}`,
      html_url: `https://github.com/${fullName}`
    };
  }

  private pullJson(pull: PullRecord): Record<string, unknown> {
    const base = example<Record<string, Record<string, unknown>>>('pull-request');
    const api = `${this.url}/repos/${this.repository}`;
    return {
      ...base,
      id: pull.number + 500_000,
      number: pull.number,
      state: pull.state,
      merged: pull.merged,
      merged_at: pull.merged ? '2026-11-23T12:00:00Z' : null,
      merge_commit_sha: pull.mergeCommitSha ?? null,
      title: `Change #${pull.number}`,
      labels: [],
      assignee: null,
      assignees: [],
      requested_reviewers: [],
      requested_teams: [],
      milestone: null,
      user: this.userJson(pull.author),
      url: `${api}/pulls/${pull.number}`,
      html_url: `https://github.com/${this.repository}/pull/${pull.number}`,
      issue_url: `${api}/issues/${pull.number}`,
      head: {
        ...base['head'],
        label: `${pull.headRepo.split('/')[0]}:${pull.headRef}`,
        ref: pull.headRef,
        sha: pull.headSha,
        user: this.userJson(pull.headRepo.split('/')[0] ?? ''),
        repo: this.repositoryJson(pull.headRepo)
      },
      base: {
        ...base['base'],
        label: `${this.owner}:${pull.baseRef}`,
        ref: pull.baseRef,
        user: this.userJson(this.owner),
        repo: this.repositoryJson(this.repository)
      }
    };
  }

  private reviewJson(r: ReviewRecord): Record<string, unknown> {
    const base = example<Record<string, unknown>[]>('pull-request-review-items')[0] ?? {};
    return {
      ...base,
      id: r.id,
      node_id: `PRR_${r.id}`,
      user: this.userJson(r.user),
      body: r.body,
      state: r.state,
      commit_id: r.commitId,
      submitted_at: r.submittedAt,
      html_url: `https://github.com/${this.repository}/pull/${r.pull}#pullrequestreview-${r.id}`,
      pull_request_url: `${this.url}/repos/${this.repository}/pulls/${r.pull}`
    };
  }

  private commentJson(c: CommentRecord): Record<string, unknown> {
    const base = example('issue-comment');
    return {
      ...base,
      id: c.id,
      node_id: `IC_${c.id}`,
      body: c.body,
      user: this.userJson(c.user),
      created_at: c.createdAt,
      updated_at: c.updatedAt,
      url: `${this.url}/repos/${this.repository}/issues/comments/${c.id}`,
      html_url: `https://github.com/${this.repository}/pull/${c.issue}#issuecomment-${c.id}`,
      issue_url: `${this.url}/repos/${this.repository}/issues/${c.issue}`,
      author_association: this.roles.has(c.user) ? 'MEMBER' : 'NONE'
    };
  }

  private issueJson(i: IssueRecord): Record<string, unknown> {
    const base = example('issue');
    const api = `${this.url}/repos/${this.repository}/issues/${i.number}`;
    return {
      ...base,
      id: i.number + 700_000,
      node_id: `I_${i.number}`,
      number: i.number,
      title: i.title,
      body: i.body,
      user: this.userJson(i.user),
      labels: this.issueLabelsJson(i.number),
      state: i.state,
      // The description's enum of state_reason does not list null: an open issue has none.
      ...(i.stateReason === null ? {} : { state_reason: i.stateReason }),
      locked: false,
      assignee: null,
      assignees: [],
      milestone: null,
      comments: this.commentsOn(i.number).length,
      pull_request: undefined,
      closed_at: i.closedAt,
      closed_by: i.state === 'closed' ? this.userJson(i.user) : null,
      created_at: i.createdAt,
      updated_at: i.updatedAt,
      url: api,
      repository_url: `${this.url}/repos/${this.repository}`,
      labels_url: `${api}/labels{/name}`,
      comments_url: `${api}/comments`,
      events_url: `${api}/events`,
      html_url: `https://github.com/${this.repository}/issues/${i.number}`,
      author_association: 'MEMBER'
    };
  }

  private workflowRunJson(r: WorkflowRunRecord): Record<string, unknown> {
    const base = example('workflow-run');
    const api = `${this.url}/repos/${this.repository}/actions/runs/${r.id}`;
    return {
      ...base,
      id: r.id,
      name: r.workflow,
      display_title: r.title,
      status: r.status,
      conclusion: r.status === 'completed' ? 'success' : null,
      actor: this.userJson(r.actor),
      triggering_actor: this.userJson(r.actor),
      url: api,
      html_url: `https://github.com/${this.repository}/actions/runs/${r.id}`
    };
  }

  private labelJson(l: LabelRecord): Record<string, unknown> {
    return {
      ...example('label'),
      id: l.id,
      node_id: `LA_${l.id}`,
      url: `${this.url}/repos/${this.repository}/labels/${encodeURIComponent(l.name)}`,
      name: l.name,
      color: l.color,
      description: l.description,
      default: false
    };
  }

  private issueLabelsJson(issue: number): unknown[] {
    return this.labelsOn(issue).map((name) =>
      this.labelJson(
        this.labels.find((l) => l.name === name) ?? {
          id: 0,
          name,
          color: 'ededed',
          description: null
        }
      )
    );
  }
}

/** Faults as GitHub sends them. */
export const faults = {
  /** The primary rate limit: 403 with no requests left and a reset time one second away. */
  rateLimited(path: RegExp, times = 1): Fault {
    return {
      path,
      status: 403,
      times,
      headers: {
        'x-ratelimit-remaining': '0',
        'x-ratelimit-reset': String(Math.ceil(Date.now() / 1000) + 1),
        'retry-after': '1'
      },
      body: { message: 'API rate limit exceeded for installation.', documentation_url: DOCS }
    };
  },
  /** A secondary (abuse) limit: 429 with retry-after. */
  secondaryRateLimited(path: RegExp, times = 1): Fault {
    return {
      path,
      status: 429,
      times,
      headers: { 'retry-after': '1' },
      body: {
        message:
          'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
        documentation_url: DOCS
      }
    };
  },
  badGateway(path: RegExp, times = 1, method?: string, afterHandling = false): Fault {
    return {
      ...(method === undefined ? {} : { method }),
      afterHandling,
      path,
      status: 502,
      times,
      body: { message: 'Server Error', documentation_url: DOCS }
    };
  }
};
