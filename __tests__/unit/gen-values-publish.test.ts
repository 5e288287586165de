import { afterAll, describe, expect, it } from '@jest/globals';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { apiRepositoryOf, getInputs } from '../../src/gitops/inputs.js';
import { InputErrors } from '../../src/common/errors.js';
import { mapInputReader } from '../../src/common/inputs.js';
import { memoryLog } from '../../src/common/log.js';
import type { ProposalFacts, ProposalText, PullRequestPort } from '../../src/github/port.js';
import {
  decideProposal,
  proposalBranch,
  proposeChange,
  valuesChange
} from '../../src/gitops/publish.js';
import { REPO } from '../support/tools.js';

const root = mkdtempSync(join(tmpdir(), 'gen-values-publish-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
cpSync(join(REPO, '__tests__', 'fixtures', 'gen-values', 'config'), join(root, 'config'), {
  recursive: true
});

const BASE = {
  'config-dir': 'config',
  cloud: 'aws',
  env: 'prod',
  region: 'eu-west-1',
  bu: 'payments',
  app: 'checkout',
  owner: 'jane.doe'
};
const ENV = { GITHUB_SERVER_URL: 'https://github.com', GITHUB_API_URL: 'https://api.github.com' };
const read = (inputs: Record<string, string>) =>
  getInputs(mapInputReader({ ...BASE, ...inputs }), root, ENV);

/** The messages of every bad input, in order. */
function refused(inputs: Record<string, string>): string[] {
  try {
    read(inputs);
  } catch (error) {
    expect(error).toBeInstanceOf(InputErrors);
    return (error as InputErrors).errors.map((e) => e.message);
  }
  throw new Error('the inputs were accepted');
}

describe('gen-values publishing inputs', () => {
  it('publishes nothing by default, whatever repository is given', () => {
    expect(read({}).publish).toBeUndefined();
    expect(read({ repository: 'acme/gitops' }).publish).toBeUndefined();
  });

  it('commits to a local path without a token, on the default branch', () => {
    expect(read({ publish: 'commit', repository: '/srv/gitops.git' }).publish).toEqual({
      mode: 'commit',
      repository: '/srv/gitops.git',
      branch: 'runtime-facts',
      serverUrl: 'https://github.com',
      apiUrl: 'https://api.github.com'
    });
  });

  it('proposes to owner/name on GitHub with a token, naming the API repository', () => {
    expect(
      read({
        publish: 'pull-request',
        repository: 'acme/gitops',
        branch: 'main',
        'github-token': 'ghs_x'
      }).publish
    ).toEqual({
      mode: 'pull-request',
      repository: 'acme/gitops',
      branch: 'main',
      token: 'ghs_x',
      serverUrl: 'https://github.com',
      apiUrl: 'https://api.github.com',
      apiRepository: 'acme/gitops'
    });
  });

  it.each<[string, Record<string, string>, string[]]>([
    [
      'an unknown publish mode',
      { publish: 'push' },
      ["Input 'publish' is 'push': must be one of none, commit, pull-request"]
    ],
    [
      'no repository to publish to',
      { publish: 'commit' },
      [
        "Input 'repository' is empty: is required with publish: commit: the GitOps repository, owner/name on GitHub, a git URL or a local path"
      ]
    ],
    [
      'a branch name git refuses',
      { publish: 'commit', repository: '/srv/gitops.git', branch: 'values..main' },
      ["Input 'branch' is 'values..main': must be a branch name git accepts"]
    ],
    [
      'a pull request to a local path',
      { publish: 'pull-request', repository: '/srv/gitops.git', 'github-token': 't' },
      [
        "Input 'repository' is '/srv/gitops.git': must be owner/name or a URL ending in /owner/name with publish: pull-request: the pull request is opened through the GitHub API, which a local path has not"
      ]
    ],
    [
      'a pull request without a token',
      { publish: 'pull-request', repository: 'acme/gitops' },
      [
        "Input 'github-token' is empty: is required with publish: pull-request: a token that may push to the repository and open pull requests (contents: write, pull-requests: write)"
      ]
    ],
    [
      'a push to GitHub without a token',
      { publish: 'commit', repository: 'https://github.com/acme/gitops.git' },
      [
        "Input 'github-token' is empty: is required to push to https://github.com/acme/gitops.git on https://github.com: a token with contents: write"
      ]
    ]
  ])('refuses %s', (_name, inputs, messages) => {
    expect(refused(inputs)).toEqual(messages);
  });

  it('reports every bad input at once, the publishing ones with the others', () => {
    expect(refused({ owner: '', 'out-dir': '.', publish: 'pull-request', branch: '-x' })).toEqual([
      "Input 'owner' is empty: is required: the owner tag",
      "Input 'out-dir' is '.': must be a folder of its own, not the workspace nor a folder holding it: gen-values replaces it whole",
      "Input 'branch' is '-x': must be a branch name git accepts",
      "Input 'repository' is empty: is required with publish: pull-request: the GitOps repository, owner/name on GitHub, a git URL or a local path",
      "Input 'github-token' is empty: is required with publish: pull-request: a token that may push to the repository and open pull requests (contents: write, pull-requests: write)"
    ]);
  });

  it.each<[string, string | undefined]>([
    ['acme/gitops', 'acme/gitops'],
    ['https://github.com/acme/gitops.git', 'acme/gitops'],
    ['https://ghe.example.com/acme/gitops', 'acme/gitops'],
    ['http://127.0.0.1:8080/acme/gitops.git', 'acme/gitops'],
    ['git@github.com:acme/gitops.git', 'acme/gitops'],
    ['/srv/gitops.git', undefined],
    ['file:///srv/acme/gitops.git', undefined],
    ['https://example.com/a/b/c.git', undefined]
  ])('takes the API repository of %s as %s', (repository, expected) => {
    expect(apiRepositoryOf(repository)).toBe(expected);
  });
});

describe('the values committed', () => {
  it('writes the folder whole: every generated file, and the files of an earlier run deleted', () => {
    const change = valuesChange(
      {
        valuesPath: 'apps/aws/c/ns',
        files: [
          { file: 'values.yaml', content: 'a: 1\n' },
          { file: 'names.json', content: '{}\n' }
        ]
      },
      'values: x'
    );
    expect(change).toEqual({
      files: { 'apps/aws/c/ns/values.yaml': 'a: 1\n', 'apps/aws/c/ns/names.json': '{}\n' },
      remove: [
        'apps/aws/c/ns/argocd-application.yaml',
        'apps/aws/c/ns/keda-scaledobject.yaml',
        'apps/aws/c/ns/karpenter-nodepool.yaml'
      ],
      message: 'values: x'
    });
  });

  it('proposes from one branch per environment and app', () => {
    expect(proposalBranch('prod', 'checkout')).toBe('values/prod/checkout');
  });
});

const pull = (number: number, text: ProposalText): ProposalFacts => ({
  number,
  url: `https://github.com/acme/gitops/pull/${number}`,
  headRef: 'values/prod/checkout',
  baseRef: 'runtime-facts',
  ...text
});
const WANTED = { title: 'values: checkout', body: 'the body' };

describe('the pull-request decision', () => {
  it.each<[string, ProposalFacts[], ReturnType<typeof decideProposal>['kind'], number | undefined]>(
    [
      ['opens one when none is open', [], 'create', undefined],
      ['keeps the open one that already says this', [pull(4, WANTED)], 'keep', 4],
      [
        'updates the open one that says something else',
        [pull(4, { ...WANTED, body: 'old' })],
        'update',
        4
      ],
      [
        'keeps the oldest of several up to date',
        [pull(9, { ...WANTED, body: 'old' }), pull(4, { ...WANTED, body: 'old' })],
        'update',
        4
      ]
    ]
  )('%s', (_name, open, kind, number) => {
    const decision = decideProposal(open, WANTED);
    expect(decision.kind).toBe(kind);
    if (decision.kind !== 'create') expect(decision.pull.number).toBe(number);
  });
});

/** A port over a list of pull requests, with a create that can fail after or before it happened. */
function port(
  open: ProposalFacts[],
  createFails?: 'before' | 'after'
): PullRequestPort & {
  calls: string[];
} {
  const calls: string[] = [];
  return {
    calls,
    openPullRequests: async () => {
      calls.push('list');
      return [...open];
    },
    createPullRequest: async (p) => {
      calls.push('create');
      const created = pull(7, { title: p.title, body: p.body });
      if (createFails === 'after') open.push(created);
      if (createFails !== undefined) throw new Error('502 Server Error');
      open.push(created);
      return created;
    },
    updatePullRequest: async (number, text) => {
      calls.push(`update ${number}`);
      return pull(number, text);
    }
  };
}

describe('proposeChange', () => {
  const proposal = { ...WANTED, head: 'values/prod/checkout', base: 'runtime-facts' };

  it('opens the pull request once, and a re-run finds it and changes nothing', async () => {
    const github = port([]);
    const first = await proposeChange(github, proposal, memoryLog());
    const again = await proposeChange(github, proposal, memoryLog());
    expect(first).toEqual({
      number: 7,
      url: 'https://github.com/acme/gitops/pull/7',
      action: 'created'
    });
    expect(again).toEqual({ ...first, action: 'unchanged' });
    expect(github.calls).toEqual(['list', 'create', 'list']);
  });

  it('finds the pull request a lost answer had opened, instead of opening another', async () => {
    const github = port([], 'after');
    await expect(proposeChange(github, proposal, memoryLog())).resolves.toMatchObject({
      number: 7,
      action: 'created'
    });
    expect(github.calls).toEqual(['list', 'create', 'list']);
  });

  it('reports a create that failed and left nothing', async () => {
    const github = port([], 'before');
    await expect(proposeChange(github, proposal, memoryLog())).rejects.toThrow('502 Server Error');
  });
});
