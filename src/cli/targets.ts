import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { InputError, InputErrors } from '../common/errors.js';
import { installEngine } from '../terraform/install.js';
import { detectTargets, type Detection } from '../targets/detect.js';
import { engineRunner, planSettings, prefixedLog } from '../targets/engine-runner.js';
import { RevisionError } from '../targets/git.js';
import { runTable, selectionJson, selectionMatrix, selectionText } from '../targets/render.js';
import { runTargets, type StackRun } from '../targets/schedule.js';
import { checkoutBase, deletedTargets } from '../targets/base-revision.js';
import { EXIT, parse, requireFlags, UsageError, type Values } from './legacy.js';

export const TARGETS_USAGE = `platformctl targets: the stacks a change touches, in dependency waves

Usage:
  platformctl targets --base REV --head REV [--root DIR] [--format text|json|matrix]
                      [--max-parallel N] [--wave N] [--changed-files FILE]

A stack is a folder whose .tf files declare a terraform backend, or a configuration-only folder
whose stack.yaml names a shared root module and its variable files. A stack is a target when a
file of its own changed, when a local module it calls (transitively) changed, or when it depends
(stack.yaml depends_on, or an inferred terraform_remote_state) on a target. Stacks head deleted
are listed apart: they need a destroy from the base revision.

Flags:
  --base REV            the revision the change is compared with (head's changes since it forked)
  --head REV            the revision of the change: the one checked out (required)
  --root DIR            where stacks are looked for (default: the current folder)
  --format text|json|matrix
                        text for a person; json {targets, waves, deleted}; matrix: what a
                        workflow's strategy.matrix takes, {"include": [one entry per target]}
  --max-parallel N      at most N stacks of a wave run at once (default 10)
  --wave N              with --format matrix: only the entries of wave N (a job per wave)
  --changed-files FILE  the changed files, one a line relative to the repository's top (from
                        GitHub's API) instead of git's diff
  --help                this text

Example:
  platformctl targets --base origin/main --head HEAD --format matrix --wave 1

Exit codes: 0 targets found, or none (and it says so); 1 invalid repository content (stack.yaml,
            a .tf file, a cycle, a bad depends_on or module source); 2 usage error or unknown
            revision.
`;

export const RUN_USAGE = `platformctl run: plan or apply the targets of a change, wave by wave

Usage:
  platformctl run plan|apply --base REV --head REV [--root DIR] [--changed-files FILE]
                             [--parallel N] [--destroy] [--out-dir DIR] [--format text|json]
                             [--engine tofu|terraform] [--engine-version X.Y.Z]
                             [--backend-config key=value|FILE]... [--lock-timeout 300s]

Runs each target through tf-plan's job (and, for apply, tf-apply's job on the plan just made),
at most N at once; a stack starts once every stack it depends on succeeded. A failed stack's
dependents are skipped, naming it; the others go on. With --destroy the order is reversed
(dependents first). The stacks head deleted run first: their destroy, planned (and applied)
from a copy of the base revision, dependents first. Prints one table: stack, wave, result,
duration, changes.

Flags:
  --base, --head, --root, --changed-files   as platformctl targets
  --parallel N          at most N stacks at once (default 10)
  --destroy             plan (and apply) the destruction of the targets, dependents first
  --out-dir DIR         where each stack's plan files go, a folder each (default: a temporary one)
  --format text|json    text: the table; json: one object a stack
  --engine, --engine-version, --backend-config, --lock-timeout   as tf-plan's inputs
  --help                this text

Example:
  platformctl run plan --base origin/main --head HEAD --parallel 10

Exit codes: 0 every stack succeeded (or no targets), 1 a stack failed or the repository is
            invalid, 2 usage error or unknown revision.
`;

const DETECT_FLAGS = {
  base: { type: 'string' },
  head: { type: 'string' },
  root: { type: 'string' },
  'changed-files': { type: 'string' },
  format: { type: 'string' },
  help: { type: 'boolean' }
} as const;

/** A whole number of at least 1 given to a flag. */
export function positiveInteger(
  values: Values,
  flag: string,
  fallback: number,
  usage: string
): number {
  const raw = values[flag];
  if (raw === undefined) return fallback;
  const text = String(raw);
  if (!/^[0-9]+$/.test(text) || Number(text) < 1)
    throw new UsageError(`--${flag} '${text}' must be a whole number of at least 1`, usage);
  return Number(text);
}

async function detect(values: Values, usage: string): Promise<Detection> {
  requireFlags(values, ['base', 'head'], usage === TARGETS_USAGE ? 'targets' : 'run', usage);
  try {
    return await detectTargets({
      root: resolve(String(values['root'] ?? '.')),
      base: String(values['base']),
      head: String(values['head']),
      ...(values['changed-files'] === undefined
        ? {}
        : { changedFilesFile: String(values['changed-files']) })
    });
  } catch (error) {
    if (error instanceof RevisionError) throw new UsageError(error.message, usage);
    throw error;
  }
}

/** `platformctl targets`. */
export async function targetsCommand(args: string[]): Promise<number> {
  const values = parse(
    args,
    { ...DETECT_FLAGS, 'max-parallel': { type: 'string' }, wave: { type: 'string' } },
    TARGETS_USAGE
  );
  if (values['help'] === true) {
    process.stdout.write(TARGETS_USAGE);
    return EXIT.ok;
  }
  const how = String(values['format'] ?? 'text');
  if (how !== 'text' && how !== 'json' && how !== 'matrix')
    throw new UsageError(`--format must be text, json or matrix, not '${how}'`, TARGETS_USAGE);
  const maxParallel = positiveInteger(values, 'max-parallel', 10, TARGETS_USAGE);
  const wave =
    values['wave'] === undefined ? undefined : positiveInteger(values, 'wave', 1, TARGETS_USAGE);
  if (wave !== undefined && how !== 'matrix')
    throw new UsageError('--wave goes with --format matrix (a job per wave)', TARGETS_USAGE);
  const detection = await detect(values, TARGETS_USAGE);
  const { selection } = detection;
  if (how === 'json') process.stdout.write(selectionJson(selection));
  else if (how === 'matrix') {
    const rootFromTop = relative(detection.top, detection.root).split(sep).join('/') || '.';
    process.stdout.write(selectionMatrix(selection, detection.repository, rootFromTop, wave));
  } else process.stdout.write(selectionText(selection, maxParallel, detection.base));
  if (how !== 'text' && selection.targets.length === 0)
    process.stderr.write(
      'platformctl: no targets: the change touches no stack, module or variable file\n'
    );
  return EXIT.ok;
}

/** `platformctl run plan|apply`. */
export async function runCommand(args: string[]): Promise<number> {
  const [mode, ...rest] = args;
  if (mode === '--help' || mode === 'help' || mode === '-h') {
    process.stdout.write(RUN_USAGE);
    return EXIT.ok;
  }
  if (mode !== 'plan' && mode !== 'apply')
    throw new UsageError(`run needs plan or apply, not '${mode ?? ''}'`, RUN_USAGE);
  const values = parse(
    rest,
    {
      ...DETECT_FLAGS,
      parallel: { type: 'string' },
      destroy: { type: 'boolean' },
      'out-dir': { type: 'string' },
      engine: { type: 'string' },
      'engine-version': { type: 'string' },
      'backend-config': { type: 'string', multiple: true },
      'lock-timeout': { type: 'string' }
    },
    RUN_USAGE
  );
  if (values['help'] === true) {
    process.stdout.write(RUN_USAGE);
    return EXIT.ok;
  }
  const how = String(values['format'] ?? 'text');
  if (how !== 'text' && how !== 'json')
    throw new UsageError(`--format must be text or json, not '${how}'`, RUN_USAGE);
  const parallel = positiveInteger(values, 'parallel', 10, RUN_USAGE);
  const destroy = values['destroy'] === true;
  const detection = await detect(values, RUN_USAGE);
  const settings = {
    mode,
    destroy,
    inputs: {
      engine: String(values['engine'] ?? ''),
      'engine-version': String(values['engine-version'] ?? ''),
      'backend-config': ((values['backend-config'] ?? []) as string[]).join('\n'),
      'lock-timeout': String(values['lock-timeout'] ?? '')
    },
    outDir: resolve(String(values['out-dir'] ?? `${tmpdir()}${sep}platformctl-run-${process.pid}`))
  } as const;
  let prepared;
  try {
    prepared = planSettings(detection, settings);
  } catch (error) {
    if (error instanceof InputError || error instanceof InputErrors)
      throw new UsageError(error.message.replace(/Input '([a-z-]+)'/g, '--$1'), RUN_USAGE);
    throw error;
  }
  const { selection } = detection;
  if (selection.targets.length === 0 && selection.deleted.length === 0) {
    process.stdout.write('No targets: the change touches no stack, module or variable file.\n');
    return EXIT.ok;
  }
  const deps = {
    logFor: (path: string) => prefixedLog(path),
    install: installEngine,
    maskSecret: () => undefined
  };
  const onEvent = (event: { path: string; phase: 'start' | 'end'; run?: StackRun }): void => {
    if (event.phase === 'end' && event.run?.result === 'skipped')
      process.stderr.write(`[${event.path}] skipped (${event.run.reason ?? ''})\n`);
  };
  // The stacks head deleted first: destroyed from a copy of the base revision, dependents first.
  const destroys: StackRun[] = [];
  if (selection.deleted.length > 0) {
    const rootFromTop = relative(detection.top, detection.root).split(sep).join('/') || '.';
    const base = await checkoutBase(detection.top, detection.base, rootFromTop, settings.outDir);
    try {
      const targets = deletedTargets(base.repository, selection.deleted);
      const baseDetection: Detection = {
        ...detection,
        selection: { targets, waves: [], deleted: [] },
        repository: base.repository,
        root: base.root,
        top: base.top,
        head: detection.base,
        changedFiles: []
      };
      const destroySettings = {
        ...settings,
        destroy: true,
        outDir: join(settings.outDir, 'deleted')
      };
      process.stderr.write(
        `platformctl: destroying the stacks head deleted, from the base revision ${detection.base.slice(0, 12)}: ${selection.deleted.join(', ')}\n`
      );
      const runs = await runTargets(targets, {
        parallel,
        reverse: true,
        run: engineRunner(
          baseDetection,
          planSettings(baseDetection, destroySettings),
          destroySettings,
          deps
        ),
        now: () => performance.now(),
        onEvent
      });
      destroys.push(...runs.map((r) => ({ ...r, path: `${r.path} (deleted: destroy)` })));
    } finally {
      base.dispose();
    }
  }
  const runs = [
    ...destroys,
    ...(await runTargets(selection.targets, {
      parallel,
      reverse: destroy,
      run: engineRunner(detection, prepared, settings, deps),
      now: () => performance.now(),
      onEvent
    }))
  ];
  if (how === 'json') process.stdout.write(`${JSON.stringify({ runs }, null, 2)}\n`);
  else process.stdout.write(runTable(runs));
  return runs.some((r) => r.result !== 'succeeded') ? EXIT.failed : EXIT.ok;
}
