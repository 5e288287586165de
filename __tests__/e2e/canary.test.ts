import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runLocalAction, type LocalRunResult } from '../../src/runner/local-runner.js';
import { bareRepo, git } from '../support/git.js';
import { GitHubDouble } from '../support/github/double.js';
import { REPO, toolEnv } from '../support/tools.js';
import { Workspace } from '../support/workspace.js';

/**
 * Issue 12, class 2, end to end: a canary secret (quotes, unicode, a number, a multi-line value
 * built from it) goes through tf-plan, tf-apply, a second plan after the apply with a non-secret
 * attribute changed, and publish-runtime-facts, with the real engine, git and the GitHub double.
 * It must be absent from every byte the actions write: the log as the runner shows it (each value
 * masked only once registered), summaries, outputs, the comment sent, the plan JSON and text
 * artifacts, and every commit pushed (facts and audit). Two files hold it by design and are not
 * checked: the binary plan (the engine needs the values to apply) and tf-apply's outputs file, the
 * engine's own `output -json` for the steps after it (mode 0600).
 */
const CANARY = 'canary-Qx7"ü✓-5e1f';
const PIN = 918273645;
const TOKEN = 'installation-token';
const REPOSITORY = 'acme/infrastructure';

/** Every form in which the canary could show: as is, as the engine quotes it, the number. */
const FORMS = [CANARY, JSON.stringify(CANARY).slice(1, -1), String(PIN)];

const CANARY_TF = `
variable "db_password" {
  type      = string
  sensitive = true
}

variable "db_pin" {
  type      = number
  sensitive = true
}

variable "revision" {
  type = string
}

# The engine marks the input sensitive; the output derived from it loses the mark in the state.
resource "terraform_data" "db" {
  input = {
    password = var.db_password
    pin      = var.db_pin
    pem      = "-----BEGIN KEY-----\\n\${var.db_password}\\n-----END KEY-----"
    revision = var.revision
  }
}

output "db_connection" {
  value     = terraform_data.db.output
  sensitive = true
}

output "revision" {
  value = var.revision
}

# Data that looks like workflow commands, in a value the engine prints on lines of its own.
output "release_notes" {
  value = "fine\\n::error title=injected::from-data\\n  ::add-mask::from-data\\n##[warning]from-data"
}
`;

const ws = new Workspace();
const toolCache = join(ws.root, 'tool-cache');
let gh: GitHubDouble;
let stack: string;
let stackDir: string;
let factsRepo: string;
let auditRepo: string;
const results: [string, LocalRunResult][] = [];

afterAll(() => ws.dispose());
beforeAll(async () => {
  gh = await new GitHubDouble(REPOSITORY).start();
  gh.addToken(TOKEN, { installation: true });
  gh.addPullRequest({ number: 12, author: 'dev', headSha: randomBytes(20).toString('hex') });
  stack = `canary-${randomBytes(3).toString('hex')}`;
  stackDir = ws.addStack('examples/stacks/local/dev', stack);
  writeFileSync(join(stackDir, 'canary.tf'), CANARY_TF);
  writeFileSync(
    join(stackDir, 'secrets.tfvars'),
    `db_password = ${JSON.stringify(CANARY)}\ndb_pin = ${PIN}\n`
  );
  factsRepo = bareRepo(ws.root, 'facts.git');
  auditRepo = bareRepo(ws.root, 'audit.git');
});
afterEach(() => gh.assertNoViolations());
afterAll(() => gh.close());

function run(
  action: string,
  inputs: Record<string, string>,
  event: unknown = {}
): Promise<LocalRunResult> {
  return runLocalAction({
    actionDir: join(REPO, 'actions', action),
    inputs,
    workspace: ws.root,
    toolCache,
    event,
    eventName: 'pull_request',
    env: {
      ...toolEnv(),
      GITHUB_API_URL: gh.url,
      GITHUB_REPOSITORY: REPOSITORY,
      GITHUB_ACTOR: 'dev'
    }
  });
}

function plan(revision: string): Promise<LocalRunResult> {
  writeFileSync(join(stackDir, 'revision.tfvars'), `revision = "${revision}"\n`);
  return run(
    'tf-plan',
    {
      'working-directory': stack,
      'var-files': 'dev.tfvars\nsecrets.tfvars\nrevision.tfvars',
      'github-token': TOKEN,
      'audit-repository': auditRepo
    },
    {
      action: 'synchronize',
      number: 12,
      pull_request: { number: 12, head: { sha: gh.headSha(12) } }
    }
  );
}

/** The runs of the first test; every later test checks all four, none passes on an empty list. */
function allRuns(): [string, LocalRunResult][] {
  expect(results.map(([name]) => name.split(' ')[0])).toEqual([
    'tf-plan',
    'tf-apply',
    'tf-plan',
    'publish-runtime-facts'
  ]);
  return results;
}

function expectNoCanary(where: string, text: string): void {
  for (const form of FORMS)
    if (text.includes(form)) throw new Error(`the canary (${form}) is in ${where}`);
}

describe('a canary secret through plan, apply, a second plan and publish', () => {
  it('runs the whole path', async () => {
    const first = await plan('1');
    expect(first.errors).toEqual([]);
    results.push(['tf-plan #1', first]);
    const apply = await run('tf-apply', {
      'working-directory': stack,
      'require-approval': 'false',
      'plan-path': first.outputs['plan-path'] ?? '',
      'plan-sha256': first.outputs['plan-sha256'] ?? ''
    });
    expect(apply.errors).toEqual([]);
    results.push(['tf-apply', apply]);
    // The outputs file carries the values for the steps after, by design.
    expect(readFileSync(apply.outputs['outputs-path'] ?? '', 'utf8')).toContain('db_connection');

    const second = await plan('2');
    expect(second.errors).toEqual([]);
    expect(second.outputs['change']).toBe('1');
    results.push(['tf-plan #2 (after the apply, a non-secret attribute changed)', second]);

    const publish = await run('publish-runtime-facts', {
      'outputs-path': apply.outputs['outputs-path'] ?? '',
      cloud: 'local',
      env: 'dev',
      target: stack,
      repository: factsRepo
    });
    expect(publish.errors).toEqual([]);
    results.push(['publish-runtime-facts', publish]);
  }, 600_000);

  it('the runner was told to mask it before anything printed it', () => {
    for (const [name, result] of allRuns()) expectNoCanary(`the log of ${name}`, result.orderedLog);
    const masked = allRuns().flatMap(([, r]) => r.masked);
    expect(masked).toEqual(expect.arrayContaining([CANARY, String(PIN)]));
  });

  it('no value printed formed a workflow command (issue 12, class 3)', () => {
    for (const [name, result] of allRuns()) {
      const lines = result.orderedLog.split(/\r\n|\r|\n/);
      const formed = lines.filter(
        (l) => (l.trimStart().startsWith('::') || l.includes('##[')) && l.includes('from-data')
      );
      expect([name, formed]).toEqual([name, []]);
      expect(result.errors.join('\n')).not.toContain('from-data');
    }
    // The engine did print the value: the check above looked at real lines.
    expect(allRuns()[1]?.[1].orderedLog).toContain('from-data');
  });

  it('is in no summary and no output', () => {
    for (const [name, result] of allRuns()) {
      expectNoCanary(`the summary of ${name}`, result.summary);
      expectNoCanary(`the outputs of ${name}`, JSON.stringify(result.outputs));
    }
  });

  it('is in no plan artifact, JSON or text, of either plan', () => {
    for (const [name, result] of allRuns().filter(([n]) => n.startsWith('tf-plan'))) {
      for (const file of ['plan-json-path', 'plan-text-path'])
        expectNoCanary(`${file} of ${name}`, readFileSync(result.outputs[file] ?? '', 'utf8'));
    }
  });

  it('is in no comment sent to GitHub', () => {
    allRuns();
    const bodies = gh.commentsOn(12).map((c) => c.body);
    expect(bodies.length).toBeGreaterThan(0);
    for (const body of bodies) expectNoCanary('a pull request comment', body);
  });

  it('is in no commit pushed, facts or audit', () => {
    allRuns();
    for (const repo of [factsRepo, auditRepo]) {
      const history = git(['log', '-p', '--all', '--format=%H%n%B'], repo);
      expect(history.length).toBeGreaterThan(0);
      expectNoCanary(`the history of ${repo}`, history);
    }
  });
});
