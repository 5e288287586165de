import { describe, expect, it } from '@jest/globals';
import { deletedTargets, destroyTargets } from '../../src/targets/base-revision.js';
import type { Repository, Stack } from '../../src/targets/graph.js';
import { assertDistinctNames, waveMatrices } from '../../src/targets/workflow-waves.js';
import { laneName } from '../../src/terraform/lane.js';

function repository(stacks: Record<string, Partial<Stack> & { deps?: string[] }>): Repository {
  return {
    stacks: new Map(
      Object.entries(stacks).map(([path, s]) => [
        path,
        {
          path,
          kind: s.kind ?? 'stack',
          rootModule: s.rootModule ?? path,
          varFiles: s.varFiles ?? [],
          ...(s.stateKey === undefined ? {} : { stateKey: s.stateKey }),
          modules: [],
          dependsOn: (s.deps ?? []).map((d) => ({
            path: d,
            origin: { file: `${path}/stack.yaml`, line: 1 }
          }))
        }
      ])
    ),
    modules: new Map()
  };
}

describe('the deleted stacks of a change', () => {
  // app depends on db, db on net; all three deleted, keep stays.
  const base = repository({
    'stacks/net': {},
    'stacks/db': { deps: ['stacks/net'] },
    'stacks/app': { deps: ['stacks/db', 'stacks/keep'] },
    'stacks/keep': {}
  });
  const deleted = ['stacks/net', 'stacks/db', 'stacks/app'];

  it('in dependency order, each with its deleted dependencies only', () => {
    expect(deletedTargets(base, deleted).map((t) => [t.path, t.wave, t.dependsOn])).toEqual([
      ['stacks/app', 3, ['stacks/db']],
      ['stacks/db', 2, ['stacks/net']],
      ['stacks/net', 1, []]
    ]);
  });

  it('in destroy order: a stack after the deleted stacks that depend on it', () => {
    expect(destroyTargets(base, deleted).map((t) => [t.path, t.wave, t.dependsOn])).toEqual([
      ['stacks/app', 1, []],
      ['stacks/db', 2, ['stacks/app']],
      ['stacks/net', 3, ['stacks/db']]
    ]);
  });

  it('refuses a deleted folder that was no stack at the base revision, naming it', () => {
    expect(() => destroyTargets(base, ['stacks/ghost'])).toThrow(
      'deleted stack stacks/ghost is not a stack at the base revision'
    );
  });
});

describe('the matrices of the wave jobs', () => {
  const repo = repository({
    net: { stateKey: 'aws/dev/net.tfstate' },
    'apps/web': { deps: ['net'] },
    'envs/dev': {
      kind: 'configuration',
      rootModule: 'modules/app-root',
      varFiles: ['envs/dev/dev.tfvars'],
      stateKey: 'envs/dev'
    }
  });
  const targets = [
    { path: 'apps/web', reasons: [], wave: 2, dependsOn: ['net'] },
    { path: 'envs/dev', reasons: [], wave: 1, dependsOn: [] },
    { path: 'net', reasons: [], wave: 1, dependsOn: [] }
  ];

  it('one matrix a wave: paths from the top, terraform.yml lanes, what each waits for', () => {
    const waves = waveMatrices(targets, repo, 'infra', false);
    expect(waves.map((w) => w.include.map((e) => e.path))).toEqual([
      ['envs/dev', 'net'],
      ['apps/web']
    ]);
    expect(waves[0]!.include[0]).toEqual({
      path: 'envs/dev',
      wave: 1,
      name: 'envs-dev',
      'working-directory': 'infra/modules/app-root',
      'var-files': '../../envs/dev/dev.tfvars',
      'state-key': 'envs/dev',
      lane: 'envs-dev',
      'depends-on': '',
      'depends-on-paths': '',
      destroy: false
    });
    expect(waves[0]!.include[1]!.lane).toBe('aws-dev-net.tfstate');
    expect(waves[1]!.include[0]).toMatchObject({
      'working-directory': 'infra/apps/web',
      lane: 'infra-apps-web',
      'depends-on': 'net',
      'depends-on-paths': 'net'
    });
  });

  it.each([
    ['stacks/aws/dev', 'stacks-aws-dev'],
    ['a b$c', 'a-b-c'],
    ['v1.2_x-y', 'v1.2_x-y']
  ])('names the lane of %s %s, as terraform.yml does', (value, lane) => {
    expect(laneName(value)).toBe(lane);
  });

  it('refuses two stacks whose artifact names would collide, naming both', () => {
    expect(() =>
      assertDistinctNames([
        { path: 'a/b', reasons: [], wave: 1, dependsOn: [] },
        { path: 'a-b', reasons: [], wave: 1, dependsOn: [] }
      ])
    ).toThrow('stacks a/b and a-b have the same name a-b');
  });
});
