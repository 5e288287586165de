import { writeFileSync } from 'node:fs';
import type { ProcessResult } from '../../src/common/process.js';
import type {
  CommentFacts,
  GitHubPort,
  PullRequestFacts,
  RepositoryRole,
  ReviewFacts
} from '../../src/github/port.js';
import type { Engine } from '../../src/terraform/engine.js';
import type { EngineInstallation } from '../../src/terraform/install.js';

/**
 * Fakes of what tf-plan's and tf-apply's steps talk to, for unit tests of their sequences: a
 * GitHub that keeps a pull request's comments, reviews and labels in memory, and an engine that
 * answers init, plan, show, apply and output from a plan JSON, recording every command.
 */

export const HEAD = 'c'.repeat(40);

export class FakeGitHub implements GitHubPort {
  comments_: CommentFacts[] = [];
  reviews_: ReviewFacts[] = [];
  roles = new Map<string, RepositoryRole>();
  teams = new Map<string, string[]>();
  labels: string[] = [];
  repoLabels: string[] = [];
  /** Every call, by method name, in order. */
  calls: string[] = [];
  private nextId = 1;
  private tick = 0;

  constructor(
    /** Who this token posts as. */
    readonly poster = 'github-actions[bot]',
    /** Who the token says it is (a GitHub App's token cannot tell: the client says the bot). */
    readonly claimed = poster,
    readonly pull: PullRequestFacts = {
      number: 7,
      author: 'dev',
      headSha: HEAD,
      headRepository: 'acme/infra',
      baseRepository: 'acme/infra',
      baseRef: 'main',
      state: 'open',
      merged: false
    }
  ) {}

  /** Strictly increasing times, so the order of comments and reviews is the order of the calls. */
  private time(): string {
    return new Date(Date.UTC(2026, 10, 23, 10, 0, this.tick++)).toISOString();
  }

  comment(author: string, body: string): CommentFacts {
    const at = this.time();
    const id = this.nextId++;
    const c = { id, author, body, createdAt: at, updatedAt: at, url: `https://x/c/${id}` };
    this.comments_.push(c);
    return c;
  }

  review(user: string, state = 'APPROVED', commitId = this.pull.headSha): void {
    this.reviews_.push({ id: this.nextId++, user, state, commitId, submittedAt: this.time() });
  }

  identity(): Promise<string> {
    this.calls.push('identity');
    return Promise.resolve(this.claimed);
  }
  pullRequest(): Promise<PullRequestFacts> {
    this.calls.push('pullRequest');
    return Promise.resolve({ ...this.pull });
  }
  reviews(): Promise<ReviewFacts[]> {
    this.calls.push('reviews');
    return Promise.resolve([...this.reviews_]);
  }
  comments(): Promise<CommentFacts[]> {
    this.calls.push('comments');
    return Promise.resolve(this.comments_.map((c) => ({ ...c })));
  }
  createComment(_number: number, body: string): Promise<CommentFacts> {
    this.calls.push('createComment');
    return Promise.resolve(this.comment(this.poster, body));
  }
  updateComment(id: number, body: string): Promise<CommentFacts> {
    this.calls.push('updateComment');
    const c = this.comments_.find((x) => x.id === id);
    if (c === undefined) throw new Error(`no comment ${id}`);
    c.body = body;
    c.updatedAt = this.time();
    return Promise.resolve({ ...c });
  }
  role(user: string): Promise<RepositoryRole> {
    this.calls.push('role');
    return Promise.resolve(this.roles.get(user) ?? 'none');
  }
  isTeamMember(org: string, team: string, user: string): Promise<boolean> {
    this.calls.push('isTeamMember');
    return Promise.resolve((this.teams.get(`${org}/${team}`) ?? []).includes(user));
  }
  repositoryLabels(): Promise<string[]> {
    return Promise.resolve([...this.repoLabels]);
  }
  createLabel(label: { name: string }): Promise<void> {
    this.repoLabels.push(label.name);
    return Promise.resolve();
  }
  issueLabels(): Promise<string[]> {
    return Promise.resolve([...this.labels]);
  }
  addLabels(_number: number, names: string[]): Promise<void> {
    this.labels.push(...names);
    return Promise.resolve();
  }
  removeLabel(_number: number, name: string): Promise<void> {
    this.labels = this.labels.filter((l) => l !== name);
    return Promise.resolve();
  }
}

export interface FakeEngine {
  /** The engine factory for StackDependencies.engine. */
  engine: (installation: EngineInstallation) => Engine;
  install: () => Promise<EngineInstallation>;
  /** Every command run, as `init`, `plan`, `show -json`, `apply`, ... */
  commands: string[];
  /** Make a command fail: its name as `commands` lists it (`show` is not `show -json`) → the result. */
  fail: Map<string, Partial<ProcessResult>>;
}

const ok = (stdout = '', exitCode = 0): ProcessResult => ({ exitCode, stdout, stderr: '' });

/** An engine whose plan is `plan` (a `show -json` document) and whose outputs are `outputs`. */
export function fakeEngine(
  plan: Record<string, unknown>,
  outputs: Record<string, unknown> = {}
): FakeEngine {
  const commands: string[] = [];
  const fail = new Map<string, Partial<ProcessResult>>();
  const installation: EngineInstallation = {
    engine: 'tofu',
    version: '1.10.0',
    binary: '/fake/tofu',
    source: 'path'
  };
  const engine = (): Engine => ({
    installation,
    run: (args) => {
      const words = args.filter((a) => !a.startsWith('-') || a === '-json');
      const name = (words[0] ?? '') + (args.includes('-json') ? ' -json' : '');
      commands.push(name);
      const failure = fail.get(name);
      if (failure !== undefined) return Promise.resolve({ ...ok('', 1), ...failure });
      switch (words[0]) {
        case 'plan': {
          const out = args.find((a) => a.startsWith('-out='))?.slice(5) ?? '';
          writeFileSync(out, `fake plan ${JSON.stringify(plan)}`);
          return Promise.resolve(ok('', 2));
        }
        case 'show':
          if (!args.includes('-json')) return Promise.resolve(ok('Plan: fake\n'));
          // Without a plan file: the state, empty.
          return Promise.resolve(ok(words.length > 2 ? JSON.stringify(plan) : '{}'));
        case 'output':
          return Promise.resolve(ok(JSON.stringify(outputs)));
        default:
          return Promise.resolve(ok());
      }
    }
  });
  return { engine, install: () => Promise.resolve(installation), commands, fail };
}
