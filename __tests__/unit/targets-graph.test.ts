import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import {
  ancestors,
  assertAcyclic,
  DependencyCycleError,
  selectTargets,
  slices,
  type Repository,
  type Stack
} from '../../src/targets/graph.js';

function stack(path: string, dependsOn: string[] = [], modules: string[] = []): Stack {
  return {
    path,
    kind: 'stack',
    rootModule: path,
    varFiles: [],
    modules,
    dependsOn: dependsOn.map((d) => ({ path: d, origin: { file: `${path}/stack.yaml`, line: 1 } }))
  };
}

function repository(stacks: Stack[], modules: Record<string, string[]> = {}): Repository {
  return {
    stacks: new Map(stacks.map((s) => [s.path, s])),
    modules: new Map(Object.entries(modules))
  };
}

/**
 * A random acyclic repository: stack i may depend only on stacks before it and call modules
 * (module j may call only modules after it), plus a random set of changed files.
 */
const arbitraryRepository = fc
  .record({ stacks: fc.integer({ min: 1, max: 25 }), modules: fc.integer({ min: 0, max: 10 }) })
  .chain(({ stacks, modules }) =>
    fc
      .record({
        deps: fc.array(fc.uniqueArray(fc.nat(stacks - 1), { maxLength: 4 }), {
          minLength: stacks,
          maxLength: stacks
        }),
        calls: fc.array(
          fc.uniqueArray(fc.nat(Math.max(0, modules - 1)), { maxLength: modules === 0 ? 0 : 3 }),
          {
            minLength: stacks,
            maxLength: stacks
          }
        ),
        moduleCalls: fc.array(
          fc.uniqueArray(fc.nat(Math.max(0, modules - 1)), { maxLength: modules === 0 ? 0 : 2 }),
          {
            minLength: modules,
            maxLength: modules
          }
        ),
        changed: fc.uniqueArray(
          fc.oneof(
            fc.nat(stacks - 1).map((i) => `stacks/s${i}/main.tf`),
            fc
              .nat(Math.max(0, modules - 1))
              .map((j) => (modules === 0 ? 'docs/x.md' : `modules/m${j}/main.tf`)),
            fc.constant('docs/readme.md')
          ),
          { maxLength: 6 }
        )
      })
      .map(({ deps, calls, moduleCalls, changed }) => {
        const name = (i: number): string => `stacks/s${i}`;
        const mod = (j: number): string => `modules/m${j}`;
        const list = deps.map((d, i) =>
          stack(name(i), d.filter((x) => x < i).map(name), calls[i]!.map(mod))
        );
        const mods: Record<string, string[]> = {};
        moduleCalls.forEach((c, j) => (mods[mod(j)] = c.filter((x) => x > j).map(mod)));
        return { repo: repository(list, mods), changed };
      })
  );

describe('selectTargets', () => {
  it('puts every dependency of a target among the targets in an earlier wave', () => {
    fc.assert(
      fc.property(arbitraryRepository, ({ repo, changed }) => {
        const { targets } = selectTargets(repo, changed);
        const wave = new Map(targets.map((t) => [t.path, t.wave]));
        for (const t of targets) {
          for (const dep of repo.stacks.get(t.path)!.dependsOn) {
            if (wave.has(dep.path)) expect(wave.get(dep.path)!).toBeLessThan(t.wave);
          }
          // Waves are as early as they can be: wave 1, or one after a dependency's.
          const deps = t.dependsOn.map((d) => wave.get(d)!);
          expect(t.wave).toBe(deps.length === 0 ? 1 : Math.max(...deps) + 1);
        }
      })
    );
  });

  it('loses no target and repeats none across the waves', () => {
    fc.assert(
      fc.property(arbitraryRepository, ({ repo, changed }) => {
        const { targets, waves } = selectTargets(repo, changed);
        const flat = waves.flat();
        expect(new Set(flat).size).toBe(flat.length);
        expect([...flat].sort()).toEqual(targets.map((t) => t.path));
        waves.forEach((members, i) => {
          expect(members.length).toBeGreaterThan(0);
          expect([...members].sort()).toEqual(members);
          for (const path of members)
            expect(targets.find((t) => t.path === path)!.wave).toBe(i + 1);
        });
      })
    );
  });

  it('selects exactly the changed stacks, their module callers and their dependents, each with a reason', () => {
    fc.assert(
      fc.property(arbitraryRepository, ({ repo, changed }) => {
        const { targets } = selectTargets(repo, changed);
        // The same closure computed the slow way: downwards from every stack.
        const closure = (modules: readonly string[], seen = new Set<string>()): Set<string> => {
          for (const m of modules)
            if (!seen.has(m)) {
              seen.add(m);
              closure(repo.modules.get(m) ?? [], seen);
            }
          return seen;
        };
        const direct = new Set<string>();
        for (const s of repo.stacks.values()) {
          const calls = closure(s.modules);
          if (
            changed.some(
              (f) => f.startsWith(`${s.path}/`) || [...calls].some((m) => f.startsWith(`${m}/`))
            )
          )
            direct.add(s.path);
        }
        const expected = new Set(direct);
        for (let grew = true; grew;) {
          grew = false;
          for (const s of repo.stacks.values())
            if (!expected.has(s.path) && s.dependsOn.some((d) => expected.has(d.path))) {
              expected.add(s.path);
              grew = true;
            }
        }
        expect(targets.map((t) => t.path)).toEqual([...expected].sort());
        for (const t of targets) expect(t.reasons.length).toBeGreaterThan(0);
      })
    );
  });

  it('gives the reasons: changed file, module (through other modules), dependency', () => {
    const repo = repository(
      [stack('net', [], ['modules/vpc']), stack('app', ['net']), stack('other')],
      { 'modules/vpc': ['modules/subnet'], 'modules/subnet': [] }
    );
    const result = selectTargets(repo, [
      'modules/subnet/main.tf',
      'net/README.md',
      'unrelated.txt'
    ]);
    expect(result.targets).toEqual([
      { path: 'app', reasons: ['depends on: net'], wave: 2, dependsOn: ['net'] },
      {
        path: 'net',
        reasons: ['changed: README.md', 'module: modules/subnet'],
        wave: 1,
        dependsOn: []
      }
    ]);
    expect(result.waves).toEqual([['net'], ['app']]);
  });

  it('gives a changed file to the deepest stack holding it, not to the stack around it', () => {
    const repo = repository([stack('app'), stack('app/nested')]);
    expect(selectTargets(repo, ['app/nested/main.tf']).targets.map((t) => t.path)).toEqual([
      'app/nested'
    ]);
    expect(selectTargets(repo, ['app/x.tf']).targets.map((t) => t.path)).toEqual(['app']);
  });
});

describe('assertAcyclic', () => {
  it('names a cycle in order, the first stack repeated at the end', () => {
    const repo = repository([
      stack('a', ['b']),
      stack('b', ['c']),
      stack('c', ['a']),
      stack('d', ['a'])
    ]);
    expect(() => assertAcyclic(repo.stacks)).toThrow(
      new DependencyCycleError(['a', 'b', 'c', 'a'])
    );
  });

  it('finds a cycle wherever it is added to an acyclic graph, and names only real edges', () => {
    fc.assert(
      fc.property(arbitraryRepository, fc.nat(), fc.nat(), ({ repo }, x, y) => {
        const paths = [...repo.stacks.keys()];
        assertAcyclic(repo.stacks);
        // A back edge from an earlier stack to a later one that reaches it closes a cycle.
        const from = paths[x % paths.length]!;
        const to = paths[y % paths.length]!;
        const stacks = new Map(repo.stacks);
        stacks.set(from, {
          ...stacks.get(from)!,
          dependsOn: [...stacks.get(from)!.dependsOn, { path: to, origin: { file: 'x', line: 1 } }]
        });
        let cycle: string[] | undefined;
        try {
          assertAcyclic(stacks);
        } catch (error) {
          if (!(error instanceof DependencyCycleError)) throw error;
          cycle = error.cycle;
        }
        // A cycle exists exactly when `to` already reaches `from`.
        const reaches = (a: string, seen = new Set<string>()): boolean =>
          a === from ||
          (!seen.has(a) &&
            (seen.add(a), repo.stacks.get(a)!.dependsOn.some((d) => reaches(d.path, seen))));
        expect(cycle !== undefined).toBe(reaches(to));
        if (cycle === undefined) return;
        expect(cycle[0]).toBe(cycle[cycle.length - 1]);
        for (let i = 0; i + 1 < cycle.length; i++)
          expect(stacks.get(cycle[i]!)!.dependsOn.map((d) => d.path)).toContain(cycle[i + 1]);
      })
    );
  });
});

describe('helpers', () => {
  it.each([
    ['a/b/c.tf', ['a/b', 'a', '.']],
    ['main.tf', ['.']],
    ['../modules/x/main.tf', ['../modules/x', '../modules']]
  ])('ancestors(%s)', (path, expected) => expect(ancestors(path)).toEqual(expected));

  it('slices a wave into runs of at most N', () => {
    expect(slices(['a', 'b', 'c', 'd', 'e'], 2)).toEqual([['a', 'b'], ['c', 'd'], ['e']]);
    expect(slices(['a'], 10)).toEqual([['a']]);
  });
});
