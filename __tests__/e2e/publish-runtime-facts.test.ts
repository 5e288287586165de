import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { runLocalAction, type LocalRunResult } from '../../src/runner/local-runner.js';
import {
  bareRepo,
  branchTip,
  commits,
  refs,
  seedBranch,
  serveGitHttp,
  showFile
} from '../support/git.js';
import { REPO, tool } from '../support/tools.js';

/**
 * The bundled publish-runtime-facts action, run as a runner runs it, under this Node.js and the
 * Node 24 that action.yml names, publishing to real bare repositories.
 */
const FACTS = join(REPO, '__tests__', 'fixtures', 'gen-values', 'facts');
const SECRET = 'do-not-copy-this-secret';
const TOKEN = 'ghs_publishTokenValue0123456789';
const runtimes: [string, () => string][] = [
  ['this Node.js', () => process.execPath],
  ['Node 24 (the runtime action.yml names)', () => tool('node24')]
];

const root = mkdtempSync(join(tmpdir(), 'publish-facts-e2e-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let count = 0;

type Outputs = Record<string, { sensitive: boolean; type: unknown; value: unknown }>;

/** A workspace with tf-apply's outputs of a cloud's fixture, changed by `edit`. */
function workspace(cloud = 'aws', edit: (o: Outputs) => void = () => undefined): string {
  const ws = join(root, `ws-${++count}`);
  mkdirSync(ws, { recursive: true });
  const outputs = JSON.parse(readFileSync(join(FACTS, `${cloud}.json`), 'utf8')) as Outputs;
  edit(outputs);
  writeFileSync(join(ws, 'outputs.json'), JSON.stringify(outputs, null, 2));
  return ws;
}

function run(
  ws: string,
  inputs: Record<string, string>,
  node: string,
  env: Record<string, string> = {}
): Promise<LocalRunResult> {
  return runLocalAction({
    actionDir: join(REPO, 'actions', 'publish-runtime-facts'),
    inputs: {
      'outputs-path': 'outputs.json',
      cloud: 'aws',
      env: 'prod',
      target: 'aws-prod',
      ...inputs
    },
    node,
    workspace: ws,
    env: {
      GITHUB_REPOSITORY: 'acme/infrastructure',
      GITHUB_SHA: 'a'.repeat(40),
      GITHUB_RUN_ID: '42',
      ...env
    },
    timeoutMs: 120_000
  });
}

const factsOf = (text: string) =>
  parseYaml(text) as { facts: Record<string, unknown>; provenance: Record<string, string> };

describe.each(runtimes)('publish-runtime-facts under %s', (_label, node) => {
  it('publishes the facts with provenance to a new branch, and outputs where', async () => {
    const repo = bareRepo(root, `r-${++count}.git`);
    const result = await run(workspace(), { repository: repo, 'plan-id': 'plan-123' }, node());
    expect(result.errors).toEqual([]);
    expect(result.exitCode).toBe(0);
    const tip = branchTip(repo, 'runtime-facts');
    expect(result.outputs).toEqual({
      changed: 'true',
      'commit-sha': tip,
      'facts-path': 'aws/prod/facts.yaml'
    });
    const text = showFile(repo, 'runtime-facts', 'aws/prod/facts.yaml');
    const published = factsOf(text);
    expect(published.facts['cluster_name']).toBe('acme-prod-euw1-payments');
    expect(published.provenance).toMatchObject({
      source_repository: 'acme/infrastructure',
      commit: 'a'.repeat(40),
      run: 'https://github.com/acme/infrastructure/actions/runs/42',
      stack: 'aws-prod',
      plan_id: 'plan-123'
    });
    for (const seen of [text, result.log, result.summary]) expect(seen).not.toContain(SECRET);
    expect(commits(repo, 'runtime-facts')[0]?.author).toBe(
      'platform-actions[bot] <platform-actions[bot]@users.noreply.github.com>'
    );
    expect(result.summary).toContain('### Runtime facts: published');
  });

  it('makes no commit when the facts are unchanged, and a new one when they change', async () => {
    const repo = bareRepo(root, `r-${++count}.git`);
    const first = await run(workspace(), { repository: repo }, node());
    expect(first.exitCode).toBe(0);
    // Another run of another commit publishing the same facts.
    const again = await run(workspace(), { repository: repo }, node(), {
      GITHUB_SHA: 'b'.repeat(40),
      GITHUB_RUN_ID: '43'
    });
    expect(again.exitCode).toBe(0);
    expect(again.outputs).toEqual({ ...first.outputs, changed: 'false' });
    expect(commits(repo, 'runtime-facts')).toHaveLength(1);
    expect(again.summary).toContain('### Runtime facts: unchanged');

    const moved = workspace(
      'aws',
      (o) => ((o['cluster_gateway_public_address'] as { value: string }).value = '198.51.100.9')
    );
    const third = await run(moved, { repository: repo }, node(), { GITHUB_SHA: 'c'.repeat(40) });
    expect(third.outputs['changed']).toBe('true');
    expect(commits(repo, 'runtime-facts')).toHaveLength(2);
    const published = factsOf(showFile(repo, 'runtime-facts', 'aws/prod/facts.yaml'));
    expect(published.facts['cluster_gateway_public_address']).toBe('198.51.100.9');
    expect(published.provenance['commit']).toBe('c'.repeat(40));
  });

  it('lands all five targets publishing at once, none overwriting another', async () => {
    const repo = bareRepo(root, `r-${++count}.git`);
    seedBranch(repo, 'runtime-facts', { 'README.md': 'facts\n' });
    const targets = ['dev', 'staging', 'prod', 'qa', 'perf'];
    const results = await Promise.all(
      targets.map((env) =>
        run(
          workspace(
            'aws',
            (o) => ((o['cluster_name'] as { value: string }).value = `acme-${env}-euw1`)
          ),
          { repository: repo, env, target: `aws-${env}` },
          node()
        )
      )
    );
    expect(results.map((r) => [r.exitCode, r.outputs['changed']])).toEqual(
      targets.map(() => [0, 'true'])
    );
    for (const env of targets)
      expect(
        factsOf(showFile(repo, 'runtime-facts', `aws/${env}/facts.yaml`)).facts['cluster_name']
      ).toBe(`acme-${env}-euw1`);
    expect(showFile(repo, 'runtime-facts', 'README.md')).toBe('facts\n');
    expect(commits(repo, 'runtime-facts')).toHaveLength(6);
  });

  describe('bad input fails clearly and pushes nothing', () => {
    const seeded = () => {
      const repo = bareRepo(root, `r-${++count}.git`);
      seedBranch(repo, 'runtime-facts', { 'aws/prod/facts.yaml': 'previous: facts\n' });
      return { repo, before: refs(repo) };
    };

    it('outputs that break the contract, naming each', async () => {
      const { repo, before } = seeded();
      const ws = workspace('aws', (o) => {
        delete o['kube_context'];
        (o['secrets_source_uri'] as { sensitive: boolean }).sensitive = true;
      });
      const result = await run(ws, { repository: repo }, node());
      expect(result.exitCode).toBe(1);
      const error = result.errors.join('\n');
      expect(error).toContain('the output "kube_context" is missing');
      expect(error).toContain('secrets_source_uri.sensitive');
      expect(refs(repo)).toBe(before);
    });

    it('outputs of another cloud than the input says', async () => {
      const { repo, before } = seeded();
      const result = await run(workspace('azure'), { repository: repo }, node());
      expect(result.exitCode).toBe(1);
      expect(result.errors.join('\n')).toContain(
        "The outputs' cluster_type is azure, but the input 'cloud' is aws"
      );
      expect(refs(repo)).toBe(before);
    });

    it('a path template with an unknown placeholder, and other bad inputs at once', async () => {
      const { repo, before } = seeded();
      const result = await run(
        workspace(),
        { repository: repo, path: '{cloud}/{region}.yaml', env: 'Prod' },
        node()
      );
      expect(result.exitCode).toBe(1);
      const error = result.errors.join('\n');
      expect(error).toContain(
        "Input 'path' is '{cloud}/{region}.yaml': has the unknown placeholder {region}"
      );
      expect(error).toContain("Input 'env' is 'Prod'");
      expect(refs(repo)).toBe(before);
    });

    it('an unreachable repository, naming it', async () => {
      const missing = join(root, 'nowhere.git');
      const result = await run(workspace(), { repository: missing }, node());
      expect(result.exitCode).toBe(1);
      expect(result.errors.join('\n')).toContain(`Could not reach the repository '${missing}'`);
    });

    it('a bad token, masked and never printed', async () => {
      const dir = join(root, `http-${++count}`);
      mkdirSync(dir);
      const repo = bareRepo(dir, 'facts.git');
      seedBranch(repo, 'runtime-facts', { 'aws/prod/facts.yaml': 'previous: facts\n' });
      const before = refs(repo);
      const server = await serveGitHttp(dir, TOKEN);
      try {
        const wrong = 'ghs_wrongTokenValue9876543210';
        const result = await run(
          workspace(),
          { repository: `${server.url}/facts.git`, 'github-token': wrong },
          node()
        );
        expect(result.exitCode).toBe(1);
        expect(result.errors.join('\n')).toContain('authentication failed');
        expect(result.masked).toContain(wrong);
        expect(result.log + result.summary + result.errors.join('\n')).not.toContain(wrong);
        expect(refs(repo)).toBe(before);

        // The right token publishes through the same server.
        const ok = await run(
          workspace(),
          { repository: `${server.url}/facts.git`, 'github-token': TOKEN },
          node()
        );
        expect(ok.exitCode).toBe(0);
        expect(ok.outputs['changed']).toBe('true');
        expect(server.paths.join('\n')).not.toContain(TOKEN);
      } finally {
        await server.close();
      }
    });
  });
});
