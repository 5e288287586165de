import { afterEach, describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import { runLocalAction } from '../../src/runner/local-runner.js';
import { git } from '../support/git.js';
import { fixtureRepo, type FixtureRepo } from '../support/targets.js';
import { REPO, tool } from '../support/tools.js';

/**
 * The bundled tf-targets action, run as a runner runs it under the Node 24 that action.yml names,
 * in a real git repository: a change to a module called through another module, and a deleted
 * stack.
 */

let repo: FixtureRepo | undefined;
afterEach(() => {
  repo?.dispose();
  repo = undefined;
});

interface Entry {
  path: string;
  wave: number;
  name: string;
  'working-directory': string;
  lane: string;
  'depends-on-paths': string;
  destroy: boolean;
}

function run(r: FixtureRepo, inputs: Record<string, string>) {
  return runLocalAction({
    actionDir: join(REPO, 'actions', 'tf-targets'),
    inputs: { base: r.base, head: r.head, ...inputs },
    node: tool('node24'),
    workspace: r.dir,
    timeoutMs: 60_000
  });
}

const CHANGE = {
  write: { 'modules/subnet/main.tf': 'variable "cidr" {}\noutput "id" { value = var.cidr }\n' },
  remove: ['stacks/cdn']
};

describe('tf-targets under Node 24 (the runtime action.yml names)', () => {
  it('outputs the targets, a matrix a wave in dependency order, and the deleted stack to destroy from the base revision', async () => {
    repo = fixtureRepo('platform', CHANGE);
    const result = await run(repo, {});
    expect(result.exitCode).toBe(0);
    const doc = JSON.parse(result.outputs['targets'] ?? '') as {
      targets: { path: string; wave: number }[];
      waves: string[][];
      deleted: string[];
    };
    expect(doc.deleted).toEqual(['stacks/cdn']);
    expect(doc.targets.length).toBeGreaterThan(1);
    expect(result.outputs['count']).toBe(String(doc.targets.length));
    const waves = JSON.parse(result.outputs['waves'] ?? '') as { include: Entry[] }[];
    expect(result.outputs['wave-count']).toBe(String(waves.length));
    expect(waves.length).toBeGreaterThan(1);
    // Each wave's matrix holds that wave's stacks; each waits only for stacks of earlier waves.
    waves.forEach((w, i) => {
      expect(w.include.map((e) => e.path)).toEqual(doc.waves[i]);
      for (const entry of w.include) {
        expect(entry.wave).toBe(i + 1);
        expect(entry.destroy).toBe(false);
        for (const dep of entry['depends-on-paths'].split('\n').filter((d) => d !== ''))
          expect(doc.targets.find((t) => t.path === dep)!.wave).toBeLessThan(i + 1);
      }
    });
    const matrix = JSON.parse(result.outputs['matrix'] ?? '') as { include: Entry[] };
    expect(matrix.include).toEqual(waves.flatMap((w) => w.include));
    // The deleted stack, with its settings from the base revision.
    const destroys = JSON.parse(result.outputs['destroy-waves'] ?? '') as { include: Entry[] }[];
    expect(destroys).toEqual([
      {
        include: [
          expect.objectContaining({
            path: 'stacks/cdn',
            wave: 1,
            'working-directory': 'stacks/cdn',
            lane: 'stacks-cdn',
            destroy: true
          })
        ]
      }
    ]);
    expect(result.outputs['base']).toBe(repo.base);
    expect(result.summary).toContain('stacks/cdn');
    // Reading the base revision left the repository as it was.
    expect(git(['status', '--porcelain'], repo.dir).trim()).toBe('');
  });

  it('fails naming the count when the change needs more waves than the workflow has jobs for', async () => {
    repo = fixtureRepo('platform', CHANGE);
    const result = await run(repo, { 'max-waves': '1' });
    expect(result.exitCode).not.toBe(0);
    expect(result.log).toMatch(
      /the change needs \d+ waves, more than the 1 the workflow has jobs for \(input 'max-waves'\)/
    );
  });

  it('refuses a base revision git does not know, naming the input, before any output', async () => {
    repo = fixtureRepo('platform', CHANGE);
    const result = await run(repo, { base: 'no-such-branch' });
    expect(result.exitCode).not.toBe(0);
    expect(result.log).toContain(
      "input 'base' 'no-such-branch' is a revision git does not know here"
    );
    expect(result.outputs['targets']).toBeUndefined();
  });

  it('refuses a max-parallel of 0 with the rule', async () => {
    repo = fixtureRepo('platform', CHANGE);
    const result = await run(repo, { 'max-parallel': '0' });
    expect(result.exitCode).not.toBe(0);
    expect(result.log).toContain(
      "Input 'max-parallel' is '0': must be a whole number from 1 to 256"
    );
  });
});
