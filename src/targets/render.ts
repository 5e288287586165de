import { posix } from 'node:path';
import type { Repository, Selection } from './graph.js';
import { slices } from './graph.js';
import type { StackRun } from './schedule.js';

/** `--format json`: paths relative to the root, waves and their members sorted. */
export function selectionJson(selection: Selection): string {
  const document = {
    targets: selection.targets.map((t) => ({ path: t.path, reasons: t.reasons, wave: t.wave })),
    waves: selection.waves,
    deleted: selection.deleted
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

/** One entry of a workflow's `strategy.matrix`: a target with what tf-plan's inputs take. */
export interface MatrixEntry {
  path: string;
  wave: number;
  /** A name safe for artifacts and job names. */
  name: string;
  /** Relative to the repository's top, as tf-plan's working-directory. */
  'working-directory': string;
  /** One a line, relative to the working directory (configuration-only targets). */
  'var-files': string;
  'state-key': string;
}

/**
 * `--format matrix`: `{"include":[…]}` for `strategy.matrix`, one entry per target with its wave
 * (only wave `wave`'s when given). `rootFromTop` is the root's path from the repository's top.
 */
export function selectionMatrix(
  selection: Selection,
  repository: Repository,
  rootFromTop: string,
  wave?: number
): string {
  const fromTop = (p: string): string => posix.normalize(posix.join(rootFromTop, p));
  const include: MatrixEntry[] = selection.targets
    .filter((t) => wave === undefined || t.wave === wave)
    .map((t) => {
      const stack = repository.stacks.get(t.path)!;
      const workingDirectory = fromTop(stack.rootModule);
      return {
        path: t.path,
        wave: t.wave,
        name: stackName(t.path),
        'working-directory': workingDirectory,
        'var-files': stack.varFiles
          .map((f) => posix.relative(workingDirectory, fromTop(f)))
          .join('\n'),
        'state-key': stack.stateKey ?? ''
      };
    });
  return `${JSON.stringify({ include })}\n`;
}

/** A stack's path as a name for files, artifacts and jobs. */
export function stackName(path: string): string {
  return path.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '') || 'root';
}

/** `--format text`: what a person reads. */
export function selectionText(selection: Selection, maxParallel: number, base: string): string {
  const lines: string[] = [];
  const { targets, waves } = selection;
  if (targets.length === 0)
    lines.push('No targets: the change touches no stack, module or variable file.');
  else
    lines.push(
      `${targets.length} target${targets.length === 1 ? '' : 's'} in ${waves.length} wave${waves.length === 1 ? '' : 's'} (at most ${maxParallel} at once):`
    );
  const width = Math.max(0, ...targets.map((t) => t.path.length));
  const byPath = new Map(targets.map((t) => [t.path, t]));
  waves.forEach((members, index) => {
    const cut = slices(members, maxParallel).length;
    lines.push(
      `wave ${index + 1}${cut > 1 ? ` (run in ${cut} slices of at most ${maxParallel})` : ''}:`
    );
    for (const path of members)
      lines.push(`  ${path.padEnd(width)}  ${byPath.get(path)!.reasons.join('; ')}`);
  });
  if (selection.deleted.length > 0) {
    lines.push(
      `deleted (destroy them from the base revision ${base.slice(0, 12)}; never planned from head):`
    );
    for (const path of selection.deleted) lines.push(`  ${path}`);
  }
  return `${lines.join('\n')}\n`;
}

/** The summary of `platformctl run`: one row a stack. */
export function runTable(runs: readonly StackRun[]): string {
  const rows = runs.map((r) => [
    r.path,
    String(r.wave),
    r.result === 'skipped' ? `skipped (${r.reason ?? ''})` : r.result,
    `${(r.durationMs / 1000).toFixed(1)}s`,
    r.changes ?? '-'
  ]);
  const header = ['stack', 'wave', 'result', 'duration', 'changes'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]): string =>
    cells
      .map((c, i) => c.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  const failures = runs
    .filter((r) => r.result === 'failed')
    .map((r) => `${r.path} failed: ${r.reason ?? ''}`);
  return (
    [
      line(header),
      line(widths.map((w) => '-'.repeat(w))),
      ...rows.map(line),
      ...(failures.length > 0 ? ['', ...failures] : [])
    ].join('\n') + '\n'
  );
}
