/**
 * Change detection as pure functions: which stacks a change touches and in what order they run.
 * Paths are POSIX, relative to the root the stacks were found under ('.' is the root itself);
 * a module outside the root but inside the repository starts with '../'.
 */

export interface Dependency {
  /** The stack depended on. */
  path: string;
  /** Where the edge comes from: `stack.yaml`, or the data source it was inferred from. */
  origin: { file: string; line: number | undefined };
  /** `data.terraform_remote_state.<name>` when the edge was inferred, not declared. */
  inferredFrom?: string;
}

export interface Stack {
  path: string;
  /** `stack`: a root module with a backend; `configuration`: variable files for a shared root module. */
  kind: 'stack' | 'configuration';
  /** The folder the engine runs in: the stack itself, or the shared root module. */
  rootModule: string;
  /** Variable files (relative to the root) of a configuration-only target. */
  varFiles: string[];
  /** The state key from stack.yaml, passed to the backend. */
  stateKey?: string;
  /** Local modules it calls directly (a configuration-only target: its shared root module). */
  modules: string[];
  dependsOn: Dependency[];
}

export interface Repository {
  stacks: ReadonlyMap<string, Stack>;
  /** Every local module reached from a stack, with the local modules it calls directly. */
  modules: ReadonlyMap<string, readonly string[]>;
}

export interface Target {
  path: string;
  reasons: string[];
  wave: number;
  /** Its dependencies among the targets. */
  dependsOn: string[];
}

export interface Selection {
  targets: Target[];
  /** Wave 1 first; members sorted. */
  waves: string[][];
  deleted: string[];
}

export class DependencyCycleError extends Error {
  constructor(readonly cycle: string[]) {
    super(`stacks depend on each other in a cycle: ${cycle.join(' -> ')}`);
    this.name = 'DependencyCycleError';
  }
}

/** The folder holding a path and each folder above it, deepest first ('.' last). */
export function ancestors(path: string): string[] {
  const out: string[] = [];
  let current = path;
  for (;;) {
    const slash = current.lastIndexOf('/');
    if (slash < 0) break;
    current = current.slice(0, slash);
    if (current === '..' || current.endsWith('/..')) return out;
    out.push(current);
  }
  if (!path.startsWith('../')) out.push('.');
  return out;
}

/** A path relative to a folder ('.' is the root). */
export function within(folder: string, path: string): string {
  return folder === '.' ? path : path.slice(folder.length + 1);
}

/**
 * Fails on the first cycle of the dependency graph, naming its stacks in order (the first repeated
 * at the end). Visits stacks in sorted order, so the cycle named is the same on every run.
 */
export function assertAcyclic(stacks: ReadonlyMap<string, Stack>): void {
  const state = new Map<string, 'open' | 'done'>();
  const trail: string[] = [];
  const visit = (path: string): void => {
    state.set(path, 'open');
    trail.push(path);
    const deps = [...new Set((stacks.get(path)?.dependsOn ?? []).map((d) => d.path))].sort();
    for (const dep of deps) {
      const seen = state.get(dep);
      if (seen === 'open')
        throw new DependencyCycleError([...trail.slice(trail.indexOf(dep)), dep]);
      if (seen === undefined && stacks.has(dep)) visit(dep);
    }
    trail.pop();
    state.set(path, 'done');
  };
  for (const path of [...stacks.keys()].sort()) if (!state.has(path)) visit(path);
}

function addReason(reasons: Map<string, Set<string>>, path: string, reason: string): void {
  let set = reasons.get(path);
  if (set === undefined) reasons.set(path, (set = new Set()));
  set.add(reason);
}

const REASON_ORDER = ['changed: ', 'module: ', 'depends on: '];
function reasonRank(reason: string): number {
  return REASON_ORDER.findIndex((prefix) => reason.startsWith(prefix));
}

/**
 * The targets of a change: stacks with a changed file of their own (not a nested stack's), stacks
 * calling a changed local module (transitively), and stacks depending on a target (transitively),
 * each with its reasons, in waves. `changedFiles` are relative to the root; files outside every
 * stack and module change nothing. The graph must be acyclic (see assertAcyclic).
 */
export function selectTargets(
  repository: Repository,
  changedFiles: readonly string[],
  deleted: readonly string[] = []
): Selection {
  const { stacks, modules } = repository;
  const reasons = new Map<string, Set<string>>();
  const changedModules = new Set<string>();

  for (const file of changedFiles) {
    const folders = ancestors(file);
    const stackAt = folders.findIndex((f) => stacks.has(f));
    const moduleAt = folders.findIndex((f) => modules.has(f));
    const stack = folders[stackAt];
    if (stack !== undefined) addReason(reasons, stack, `changed: ${within(stack, file)}`);
    // A module folder inside a stack (or the stack's folder itself, called from elsewhere) is
    // the module's as well: its callers are touched too.
    const module = folders[moduleAt];
    if (module !== undefined && (stackAt < 0 || moduleAt <= stackAt)) changedModules.add(module);
  }

  if (changedModules.size > 0) {
    // Who calls each module, so a change walks up from the module instead of down from every stack.
    const callers = new Map<string, string[]>();
    const link = (module: string, caller: string): void => {
      const list = callers.get(module);
      if (list === undefined) callers.set(module, [caller]);
      else list.push(caller);
    };
    for (const [module, calls] of modules) for (const m of calls) link(m, `module:${module}`);
    for (const stack of stacks.values())
      for (const m of stack.modules) link(m, `stack:${stack.path}`);
    for (const changed of changedModules) {
      const seen = new Set<string>([changed]);
      const queue = [changed];
      while (queue.length > 0) {
        const module = queue.pop()!;
        for (const caller of callers.get(module) ?? []) {
          if (caller.startsWith('stack:')) {
            addReason(reasons, caller.slice(6), `module: ${changed}`);
          } else {
            const next = caller.slice(7);
            if (!seen.has(next)) {
              seen.add(next);
              queue.push(next);
            }
          }
        }
      }
    }
  }

  // Dependents of targets are targets.
  const dependents = new Map<string, string[]>();
  for (const stack of stacks.values()) {
    for (const dep of stack.dependsOn) {
      const list = dependents.get(dep.path);
      if (list === undefined) dependents.set(dep.path, [stack.path]);
      else list.push(stack.path);
    }
  }
  const targets = new Set(reasons.keys());
  const queue = [...targets];
  while (queue.length > 0) {
    const path = queue.pop()!;
    for (const dependent of dependents.get(path) ?? []) {
      if (!targets.has(dependent)) {
        targets.add(dependent);
        queue.push(dependent);
      }
    }
  }
  for (const path of targets) {
    for (const dep of stacks.get(path)?.dependsOn ?? []) {
      if (targets.has(dep.path))
        addReason(
          reasons,
          path,
          dep.inferredFrom === undefined
            ? `depends on: ${dep.path}`
            : `depends on: ${dep.path} (inferred from ${dep.inferredFrom})`
        );
    }
  }

  const wave = new Map<string, number>();
  const waveOf = (path: string, trail: Set<string>): number => {
    const known = wave.get(path);
    if (known !== undefined) return known;
    if (trail.has(path)) throw new DependencyCycleError([...trail, path]);
    trail.add(path);
    let level = 1;
    for (const dep of stacks.get(path)?.dependsOn ?? [])
      if (targets.has(dep.path)) level = Math.max(level, waveOf(dep.path, trail) + 1);
    trail.delete(path);
    wave.set(path, level);
    return level;
  };

  const sorted = [...targets].sort();
  const result: Target[] = sorted.map((path) => ({
    path,
    reasons: [...(reasons.get(path) ?? [])].sort(
      (a, b) => reasonRank(a) - reasonRank(b) || (a < b ? -1 : a > b ? 1 : 0)
    ),
    wave: waveOf(path, new Set()),
    dependsOn: [...new Set((stacks.get(path)?.dependsOn ?? []).map((d) => d.path))]
      .filter((d) => targets.has(d))
      .sort()
  }));
  const waves: string[][] = [];
  for (const target of result) (waves[target.wave - 1] ??= []).push(target.path);
  return { targets: result, waves, deleted: [...deleted].sort() };
}

/** A wave cut into runs of at most `maxParallel` stacks (a wave is still reported as one). */
export function slices<T>(wave: readonly T[], maxParallel: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < wave.length; i += maxParallel) out.push(wave.slice(i, i + maxParallel));
  return out;
}
