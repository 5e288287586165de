import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import type { Target } from '../../src/targets/graph.js';
import { runTargets, type StackRunner } from '../../src/targets/schedule.js';
import { runTable } from '../../src/targets/render.js';

const target = (path: string, wave: number, dependsOn: string[] = []): Target => ({
  path,
  wave,
  dependsOn,
  reasons: ['changed: main.tf']
});

/**
 * A fake engine on a virtual clock: each stack takes its duration in ticks; the clock moves to
 * the next finishing stack only when every started one is waiting, so runs are deterministic.
 */
function virtualRunner(durations: Record<string, number>, failing: string[] = []) {
  let clock = 0;
  const started: { path: string; at: number }[] = [];
  const ended: { path: string; at: number }[] = [];
  const waiting: { until: number; wake: () => void }[] = [];
  let running = 0;
  let peak = 0;
  const tick = (): void => {
    // Let every ready continuation start its stack before time moves on.
    setImmediate(() => {
      if (waiting.length === 0) return;
      waiting.sort((a, b) => a.until - b.until);
      const next = waiting.shift()!;
      clock = next.until;
      next.wake();
    });
  };
  const run: StackRunner = async (t) => {
    started.push({ path: t.path, at: clock });
    running++;
    peak = Math.max(peak, running);
    await new Promise<void>((wake) => {
      waiting.push({ until: clock + (durations[t.path] ?? 1), wake });
      tick();
    });
    running--;
    ended.push({ path: t.path, at: clock });
    tick();
    if (failing.includes(t.path)) throw new Error(`${t.path}: the engine failed`);
    return { changes: '+1 ~0 -0' };
  };
  return { run, now: () => clock, started, ended, peak: () => peak };
}

describe('runTargets', () => {
  it('runs a stack only after its dependencies, at most N at once', async () => {
    const targets = [
      target('a', 1),
      target('b', 1),
      target('c', 1),
      target('d', 2, ['a']),
      target('e', 2, ['b', 'c']),
      target('f', 3, ['d', 'e'])
    ];
    const fake = virtualRunner({ a: 3, b: 1, c: 1, d: 1, e: 5, f: 1 });
    const runs = await runTargets(targets, {
      parallel: 2,
      reverse: false,
      run: fake.run,
      now: fake.now
    });
    expect(fake.peak()).toBe(2);
    const end = new Map(fake.ended.map((e) => [e.path, e.at]));
    for (const s of fake.started)
      for (const dep of targets.find((t) => t.path === s.path)!.dependsOn)
        expect(end.get(dep)!).toBeLessThanOrEqual(s.at);
    expect(runs.map((r) => [r.path, r.result, r.durationMs])).toEqual([
      ['a', 'succeeded', 3],
      ['b', 'succeeded', 1],
      ['c', 'succeeded', 1],
      ['d', 'succeeded', 1],
      ['e', 'succeeded', 5],
      ['f', 'succeeded', 1]
    ]);
  });

  it('isolates a failure: its dependents are skipped naming it, everything else goes on', async () => {
    const targets = [
      target('network', 1),
      target('dns', 1),
      target('db', 2, ['network']),
      target('app', 3, ['db', 'dns']),
      target('cdn', 2, ['dns'])
    ];
    const fake = virtualRunner({}, ['network']);
    const runs = await runTargets(targets, {
      parallel: 10,
      reverse: false,
      run: fake.run,
      now: fake.now
    });
    expect(runs.map((r) => [r.path, r.result, r.reason])).toEqual([
      ['network', 'failed', 'network: the engine failed'],
      ['dns', 'succeeded', undefined],
      ['db', 'skipped', 'depends on network, which failed'],
      ['app', 'skipped', 'depends on network, which failed'],
      ['cdn', 'succeeded', undefined]
    ]);
    expect(fake.started.map((s) => s.path).sort()).toEqual(['cdn', 'dns', 'network']);
    expect(runTable(runs)).toBe(
      [
        'stack    wave  result                                      duration  changes',
        '-------  ----  ------------------------------------------  --------  --------',
        'network  1     failed                                      0.0s      -',
        'dns      1     succeeded                                   0.0s      +1 ~0 -0',
        'db       2     skipped (depends on network, which failed)  0.0s      -',
        'app      3     skipped (depends on network, which failed)  0.0s      -',
        'cdn      2     succeeded                                   0.0s      +1 ~0 -0',
        '',
        'network failed: network: the engine failed',
        ''
      ].join('\n')
    );
  });

  it('destroys in reverse order: dependents first, and a failed dependent keeps its dependencies', async () => {
    const targets = [
      target('network', 1),
      target('db', 2, ['network']),
      target('app', 3, ['db']),
      target('cdn', 1)
    ];
    const fake = virtualRunner({});
    await runTargets(targets, { parallel: 10, reverse: true, run: fake.run, now: fake.now });
    const order = fake.ended.map((e) => e.path);
    expect(order.indexOf('app')).toBeLessThan(order.indexOf('db'));
    expect(order.indexOf('db')).toBeLessThan(order.indexOf('network'));

    const failing = virtualRunner({}, ['app']);
    const runs = await runTargets(targets, {
      parallel: 10,
      reverse: true,
      run: failing.run,
      now: failing.now
    });
    expect(runs.map((r) => [r.path, r.result, r.reason])).toEqual([
      ['network', 'skipped', 'is depended on by app, which failed'],
      ['db', 'skipped', 'is depended on by app, which failed'],
      ['app', 'failed', 'app: the engine failed'],
      ['cdn', 'succeeded', undefined]
    ]);
  });

  it('reaches the longest chain when N is no limit, rather than the sum of each wave', async () => {
    // wave 1: slow (10) and quick (1); wave 2: after-quick (10). Wave by wave would take 20.
    const targets = [target('slow', 1), target('quick', 1), target('after-quick', 2, ['quick'])];
    const fake = virtualRunner({ slow: 10, quick: 1, 'after-quick': 10 });
    await runTargets(targets, { parallel: 10, reverse: false, run: fake.run, now: fake.now });
    expect(Math.max(...fake.ended.map((e) => e.at))).toBe(11);
  });

  it('never runs more than N, never runs a stack twice, and runs every stack whose dependencies succeeded', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 15 }).chain((n) =>
          fc.record({
            deps: fc.array(fc.uniqueArray(fc.nat(n - 1), { maxLength: 3 }), {
              minLength: n,
              maxLength: n
            }),
            durations: fc.array(fc.integer({ min: 1, max: 9 }), { minLength: n, maxLength: n }),
            failing: fc.uniqueArray(fc.nat(n - 1), { maxLength: 3 }),
            parallel: fc.integer({ min: 1, max: 5 })
          })
        ),
        async ({ deps, durations, failing, parallel }) => {
          const name = (i: number): string => `s${String(i).padStart(2, '0')}`;
          const wave: number[] = [];
          const targets = deps.map((d, i) => {
            const own = d.filter((x) => x < i);
            wave[i] = own.length === 0 ? 1 : Math.max(...own.map((x) => wave[x]!)) + 1;
            return target(name(i), wave[i]!, own.map(name));
          });
          const fake = virtualRunner(
            Object.fromEntries(durations.map((d, i) => [name(i), d])),
            failing.map(name)
          );
          const runs = await runTargets(targets, {
            parallel,
            reverse: false,
            run: fake.run,
            now: fake.now
          });
          expect(fake.peak()).toBeLessThanOrEqual(parallel);
          const startedPaths = fake.started.map((s) => s.path);
          expect(new Set(startedPaths).size).toBe(startedPaths.length);
          const result = new Map(runs.map((r) => [r.path, r.result]));
          for (const t of targets) {
            const depsOk = t.dependsOn.every((d) => result.get(d) === 'succeeded');
            expect(result.get(t.path) === 'skipped').toBe(!depsOk);
            expect(startedPaths.includes(t.path)).toBe(depsOk);
          }
        }
      ),
      { numRuns: 60 }
    );
  });

  it('refuses a parallelism below 1', async () => {
    const fake = virtualRunner({});
    await expect(
      runTargets([target('a', 1)], { parallel: 0, reverse: false, run: fake.run, now: fake.now })
    ).rejects.toThrow('parallel must be a whole number of at least 1, not 0');
  });
});
