import { errorMessage } from '../common/errors.js';
import type { Target } from './graph.js';

export type StackResult = 'succeeded' | 'failed' | 'skipped';

export interface StackRun {
  path: string;
  wave: number;
  result: StackResult;
  /** Why it failed (the error's message) or why it was skipped. */
  reason?: string;
  durationMs: number;
  /** What the runner reports of the stack's changes, e.g. `+1 ~0 -0`. */
  changes?: string;
}

/** Runs one stack; throws when it fails. */
export type StackRunner = (target: Target) => Promise<{ changes: string }>;

export interface ScheduleOptions {
  /** At most this many stacks at once (≥ 1). */
  parallel: number;
  /** Destroy order: a stack runs after the stacks that depend on it. */
  reverse: boolean;
  run: StackRunner;
  /** Milliseconds, for durations (a monotonic clock in production, a fake one in tests). */
  now: () => number;
  /** Told when a stack starts and ends, for progress lines. */
  onEvent?: (event: { path: string; phase: 'start' | 'end'; run?: StackRun }) => void;
}

/**
 * Runs targets in dependency order, at most `parallel` at once. A stack starts as soon as every
 * stack it waits for has succeeded, so the waves' order holds while a slow stack of one wave does
 * not hold back the next wave's stacks that do not wait for it (the makespan tends to the longest
 * chain, not the sum of each wave's slowest). Among ready stacks the earlier wave goes first, then
 * the stack with the longest chain still behind it, then the path. A failed stack's dependents are
 * skipped, naming the stack that failed; everything else goes on. Returns one run per target, in
 * the targets' order.
 */
export async function runTargets(
  targets: readonly Target[],
  options: ScheduleOptions
): Promise<StackRun[]> {
  if (!Number.isInteger(options.parallel) || options.parallel < 1)
    throw new RangeError(`parallel must be a whole number of at least 1, not ${options.parallel}`);
  const byPath = new Map(targets.map((t) => [t.path, t]));
  // What each stack waits for: its dependencies, or in destroy order its dependents.
  const waitsFor = new Map<string, string[]>(targets.map((t) => [t.path, []]));
  for (const t of targets) {
    for (const dep of t.dependsOn) {
      if (!byPath.has(dep)) continue;
      if (options.reverse) waitsFor.get(dep)!.push(t.path);
      else waitsFor.get(t.path)!.push(dep);
    }
  }
  const releases = new Map<string, string[]>(targets.map((t) => [t.path, []]));
  for (const [path, waits] of waitsFor) for (const w of waits) releases.get(w)!.push(path);

  const maxWave = targets.reduce((m, t) => Math.max(m, t.wave), 0);
  const order = (t: Target): number => (options.reverse ? maxWave - t.wave : t.wave);
  const tail = new Map<string, number>();
  const chain = (path: string): number => {
    const known = tail.get(path);
    if (known !== undefined) return known;
    const length = 1 + Math.max(0, ...releases.get(path)!.map(chain));
    tail.set(path, length);
    return length;
  };

  const runs = new Map<string, StackRun>();
  /** The failed stack a skipped one is skipped for. */
  const blame = new Map<string, string>();
  const pending = new Map<string, number>([...waitsFor].map(([p, w]) => [p, w.length]));
  const ready: Target[] = targets.filter((t) => pending.get(t.path) === 0);
  const running = new Map<string, Promise<void>>();

  const finish = (run: StackRun): void => {
    runs.set(run.path, run);
    options.onEvent?.({ path: run.path, phase: 'end', run });
    if (run.result === 'succeeded') {
      for (const next of releases.get(run.path)!) {
        const left = pending.get(next)! - 1;
        pending.set(next, left);
        if (left === 0 && !runs.has(next)) ready.push(byPath.get(next)!);
      }
      return;
    }
    const failed = run.result === 'failed' ? run.path : (blame.get(run.path) ?? run.path);
    for (const next of releases.get(run.path)!) {
      if (runs.has(next)) continue;
      const t = byPath.get(next)!;
      blame.set(next, failed);
      finish({
        path: next,
        wave: t.wave,
        result: 'skipped',
        reason: `${options.reverse ? 'is depended on by' : 'depends on'} ${failed}, which failed`,
        durationMs: 0
      });
    }
  };

  const start = (target: Target): void => {
    options.onEvent?.({ path: target.path, phase: 'start' });
    const began = options.now();
    const job = (async () => {
      try {
        const { changes } = await options.run(target);
        finish({
          path: target.path,
          wave: target.wave,
          result: 'succeeded',
          durationMs: options.now() - began,
          changes
        });
      } catch (error) {
        finish({
          path: target.path,
          wave: target.wave,
          result: 'failed',
          reason: errorMessage(error),
          durationMs: options.now() - began
        });
      } finally {
        running.delete(target.path);
      }
    })();
    running.set(target.path, job);
  };

  while (ready.length > 0 || running.size > 0) {
    ready.sort(
      (a, b) =>
        order(a) - order(b) ||
        chain(b.path) - chain(a.path) ||
        (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)
    );
    while (running.size < options.parallel && ready.length > 0) {
      const next = ready.shift()!;
      if (!runs.has(next.path)) start(next);
    }
    if (running.size === 0) break;
    await Promise.race(running.values());
  }
  return targets.map((t) => runs.get(t.path)!);
}
