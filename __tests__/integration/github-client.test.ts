import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { memoryLog } from '../../src/common/log.js';
import { ACTIONS_BOT, createGitHubClient } from '../../src/github/client.js';
import type { GitHubPort } from '../../src/github/port.js';
import { upsertPlanComment } from '../../src/governance/sticky.js';
import { faults, GitHubDouble } from '../support/github/double.js';

const HEAD = 'a'.repeat(40);
let gh: GitHubDouble;
let log: ReturnType<typeof memoryLog>;

function client(token = 'bot-token', retries = 3): GitHubPort {
  return createGitHubClient({
    token,
    repository: gh.repository,
    baseUrl: gh.url,
    timeoutMs: 5_000,
    retries,
    log
  });
}

beforeEach(async () => {
  gh = await new GitHubDouble().start();
  gh.addToken('bot-token', 'plan-bot');
  gh.addToken('installation-token', { installation: true });
  gh.addPullRequest({ number: 7, author: 'dev', headSha: HEAD });
  log = memoryLog();
});

afterEach(async () => {
  await gh.close();
});

describe('the GitHub client against the schema-checked double', () => {
  it('reads every page of a thread of 250 comments, 100 at a time, following the Link header', async () => {
    for (let i = 0; i < 250; i++) gh.addComment(7, 'dev', `comment ${i}`);
    const comments = await client().comments(7);
    expect(comments.map((c) => c.body)).toEqual(
      Array.from({ length: 250 }, (_, i) => `comment ${i}`)
    );
    const pages = gh.calls('issues/list-comments');
    expect(pages).toHaveLength(3);
    gh.assertNoViolations();
  });

  it('knows a user token by /user and an installation token as the Actions bot', async () => {
    expect(await client('bot-token').identity()).toBe('plan-bot');
    expect(await client('installation-token').identity()).toBe(ACTIONS_BOT);
    gh.assertNoViolations();
  });

  it('reads the pull request, reviews, roles and team membership', async () => {
    gh.setRole('lead', 'maintain');
    gh.addTeam('acme', 'platform-leads', ['boss']);
    gh.addReview(7, { user: 'lead', state: 'APPROVED' });
    const github = client();
    expect(await github.pullRequest(7)).toMatchObject({
      number: 7,
      author: 'dev',
      headSha: HEAD,
      headRepository: 'acme/infrastructure',
      baseRepository: 'acme/infrastructure'
    });
    expect(await github.reviews(7)).toEqual([
      expect.objectContaining({ user: 'lead', state: 'APPROVED', commitId: HEAD })
    ]);
    expect(await github.role('lead')).toBe('maintain');
    expect(await github.role('dev')).toBe('read');
    expect(await github.role('nobody-at-all')).toBe('none');
    expect(await github.isTeamMember('acme', 'platform-leads', 'boss')).toBe(true);
    expect(await github.isTeamMember('acme', 'platform-leads', 'lead')).toBe(false);
    gh.assertNoViolations();
  });

  it('fails on a bad token naming the github-token input', async () => {
    await expect(client('wrong').pullRequest(7)).rejects.toThrow(
      /GitHub refused the token given as input 'github-token' \(401 Bad credentials\)/
    );
    gh.assertNoViolations();
  });

  it("shows GitHub's own message when it rejects a comment as too long, without retrying", async () => {
    await expect(client().createComment(7, 'x'.repeat(65_537))).rejects.toThrow(
      /GitHub rejected the request to comment on pull request #7 \(422\): Validation Failed: body is too long \(maximum is 65536 characters\)/
    );
    expect(gh.calls('issues/create-comment')).toHaveLength(1);
    gh.assertNoViolations();
  });

  it('names the missing permission on a 403 that is not a rate limit', async () => {
    const other = gh.addComment(7, 'dev', 'not yours');
    await expect(client().updateComment(other.id, 'mine now')).rejects.toThrow(
      /GitHub denied permission to update comment \d+ \(403 .*\)\. The token in 'github-token' needs/
    );
    gh.assertNoViolations();
  });

  it('waits out a primary rate limit (403, no requests left) and a secondary one (429, retry-after)', async () => {
    gh.inject(faults.rateLimited(/\/pulls\/7$/));
    gh.inject(faults.secondaryRateLimited(/\/comments$/));
    const github = client();
    expect((await github.pullRequest(7)).number).toBe(7);
    expect(await github.createComment(7, 'after the limit')).toMatchObject({ author: 'plan-bot' });
    expect(gh.calls('pulls/get').map((c) => c.status)).toEqual([403, 200]);
    expect(gh.calls('issues/create-comment').map((c) => c.status)).toEqual([429, 201]);
    expect(gh.commentsOn(7)).toHaveLength(1);
    expect(log.lines.join('\n')).toMatch(/rate limit on GET .*retrying in \d+s/);
    gh.assertNoViolations();
  }, 30_000);

  it('retries a read through 502s, but never re-sends a comment create blindly', async () => {
    gh.inject(faults.badGateway(/\/pulls\/7\/reviews$/, 2));
    gh.inject(faults.badGateway(/\/issues\/7\/comments$/, 1, 'POST'));
    const github = client();
    expect(await github.reviews(7)).toEqual([]);
    expect(gh.calls('pulls/list-reviews').map((c) => c.status)).toEqual([502, 502, 200]);
    await expect(github.createComment(7, 'once')).rejects.toThrow(/failed with 502/);
    expect(gh.calls('issues/create-comment')).toHaveLength(1);
    gh.assertNoViolations();
  }, 30_000);

  it('gives up on a rate limit whose wait is longer than it may sit out', async () => {
    gh.inject({
      ...faults.rateLimited(/\/pulls\/7$/),
      headers: {
        'x-ratelimit-remaining': '0',
        'x-ratelimit-reset': String(Math.ceil(Date.now() / 1000) + 3600)
      }
    });
    await expect(client().pullRequest(7)).rejects.toThrow(/403 API rate limit exceeded/);
    expect(log.lines.join('\n')).toMatch(/giving up/);
    gh.assertNoViolations();
  });
});

describe('the sticky plan comment', () => {
  it('after a 502 on a create that did land, edits that comment instead of posting a second', async () => {
    gh.inject(faults.badGateway(/\/issues\/7\/comments$/, 1, 'POST', true));
    const marker = (text: string) =>
      `<!-- platform-actions:tf-plan {"v":1,"stack":"dev","environment":"","commit":"${HEAD}",` +
      `"planId":"${'1'.repeat(64)}","planSha256":"${'2'.repeat(64)}","policyResult":"passed",` +
      `"runId":"1"} -->\n${text}`;
    const result = await upsertPlanComment(client(), 7, 'dev', marker('first'), log);
    expect(result.created).toBe(false);
    expect(gh.commentsOn(7).map((c) => c.body)).toEqual([marker('first')]);
    expect(gh.calls('issues/create-comment').map((c) => c.status)).toEqual([502]);
    gh.assertNoViolations();
  }, 30_000);
});

describe('the double holds the actions to GitHub’s description', () => {
  it('records an undocumented route and an undocumented query parameter as violations', async () => {
    const auth = { authorization: 'token bot-token' };
    const unknown = await fetch(`${gh.url}/repos/acme/infrastructure/no-such-thing`, {
      headers: auth
    });
    expect(unknown.status).toBe(500);
    expect(await unknown.text()).toMatch(/not a documented GitHub route/);
    const badQuery = await fetch(
      `${gh.url}/repos/acme/infrastructure/issues/7/comments?per_page=500&colour=red`,
      { headers: auth }
    );
    expect(badQuery.status).toBe(500);
    expect(gh.violations).toEqual([
      expect.stringMatching(/GET \/repos\/acme\/infrastructure\/no-such-thing is not a documented/),
      expect.stringMatching(/per_page=500.*must be <= 100|colour/)
    ]);
    expect(() => gh.assertNoViolations()).toThrow(/violations/);
  });

  it('records a request body off schema', async () => {
    const response = await fetch(`${gh.url}/repos/acme/infrastructure/issues/7/comments`, {
      method: 'POST',
      headers: { authorization: 'token bot-token', 'content-type': 'application/json' },
      body: JSON.stringify({ text: 'no body field' })
    });
    expect(response.status).toBe(500);
    expect(gh.violations.join('\n')).toMatch(/request body: .*must have required property 'body'/);
  });
});
