import { posix } from 'node:path';
import type { Repository, Target } from './graph.js';
import { stackName, type MatrixEntry } from './render.js';
import { defaultLane } from '../terraform/lane.js';

/**
 * One stack of a wave job's `strategy.matrix` in the multi-stack terraform workflow: what tf-plan
 * and tf-apply take, the stack's concurrency lane, and the stacks it waits for.
 */
export interface WaveEntry extends MatrixEntry {
  /** terraform.yml's lane: the state key, else the working directory, as a name. */
  lane: string;
  /** The names of the stacks that must have succeeded first, one a line. */
  'depends-on': string;
  /** The paths of those stacks, one a line, for the reason a stack is skipped. */
  'depends-on-paths': string;
  /** A destroy of a stack deleted at head, planned from the base revision. */
  destroy: boolean;
}

export interface WaveMatrix {
  include: WaveEntry[];
}

/**
 * The targets as one matrix a wave, wave 1 first. `repository` holds the stacks' settings (the
 * base revision's for a destroy); `rootFromTop` is the root's path from the repository's top.
 */
export function waveMatrices(
  targets: readonly Target[],
  repository: Repository,
  rootFromTop: string,
  destroy: boolean
): WaveMatrix[] {
  const fromTop = (p: string): string => posix.normalize(posix.join(rootFromTop, p));
  const waves: WaveMatrix[] = [];
  const count = targets.reduce((m, t) => Math.max(m, t.wave), 0);
  for (let i = 0; i < count; i++) waves.push({ include: [] });
  for (const target of [...targets].sort((a, b) => (a.path < b.path ? -1 : 1))) {
    const stack = repository.stacks.get(target.path);
    if (stack === undefined) throw new Error(`no stack ${target.path} in the repository read`);
    const workingDirectory = fromTop(stack.rootModule);
    const stateKey = stack.stateKey ?? '';
    waves[target.wave - 1]!.include.push({
      path: target.path,
      wave: target.wave,
      name: stackName(target.path),
      'working-directory': workingDirectory,
      'var-files': stack.varFiles
        .map((f) => posix.relative(workingDirectory, fromTop(f)))
        .join('\n'),
      'state-key': stateKey,
      lane: defaultLane(stateKey, workingDirectory),
      'depends-on': target.dependsOn.map(stackName).join('\n'),
      'depends-on-paths': target.dependsOn.join('\n'),
      destroy
    });
  }
  return waves;
}

/** Two targets whose names collide would share artifacts: an error naming both. */
export function assertDistinctNames(targets: readonly Target[]): void {
  const seen = new Map<string, string>();
  for (const t of targets) {
    const name = stackName(t.path);
    const other = seen.get(name);
    if (other !== undefined)
      throw new Error(
        `stacks ${other} and ${t.path} have the same name ${name} in the workflow (artifacts and results are named by it): rename one folder`
      );
    seen.set(name, t.path);
  }
}
