import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { InputError, InputErrors } from '../common/errors.js';
import { installEngine } from '../terraform/install.js';
import { detectTargets, type Detection } from '../targets/detect.js';
import { engineRunner, planSettings, prefixedLog } from '../targets/engine-runner.js';
import { TF_TARGETS_DEFAULTS } from '../targets/inputs.js';
import { RevisionError } from '../targets/git.js';
import { runTable, selectionJson, selectionMatrix, selectionText } from '../targets/render.js';
import { runTargets, type StackRun } from '../targets/schedule.js';
import { checkoutBase, deletedTargets } from '../targets/base-revision.js';
import {
  checkFormat,
  EXIT,
  formatFlag,
  UsageError,
  type Command,
  type Flag,
  type Values
} from './command.js';
import { ENGINE_FLAGS } from './stack-flags.js';

const ROOT = TF_TARGETS_DEFAULTS['root'] ?? '.';
const MAX_PARALLEL = TF_TARGETS_DEFAULTS['max-parallel'] ?? '10';

/** The flags that say what changed, shared by targets and run. */
const DETECT_FLAGS: readonly Flag[] = [
  {
    name: 'base',
    value: 'REV',
    required: true,
    description: "the revision the change is compared with: head's changes since it forked"
  },
  {
    name: 'head',
    value: 'REV',
    required: true,
    description: 'the revision of the change: the one checked out'
  },
  {
    name: 'root',
    value: 'DIR',
    default: ROOT,
    description: 'where stacks are looked for, relative to the current folder'
  },
  {
    name: 'changed-files',
    value: 'FILE',
    description:
      "the changed files, one a line relative to the repository's top (from GitHub's API) instead of git's diff"
  }
];

/** A whole number of at least 1 given to a flag, else the flag's default. */
function positiveInteger(values: Values, flag: string, fallback: string, usage: string): number {
  const text = String(values[flag] ?? fallback);
  if (!/^[0-9]+$/.test(text) || Number(text) < 1)
    throw new UsageError(`--${flag} '${text}' must be a whole number of at least 1`, usage);
  return Number(text);
}

async function detect(values: Values, usage: string): Promise<Detection> {
  try {
    return await detectTargets({
      root: resolve(String(values['root'] ?? ROOT)),
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
export const targetsCommand: Command = {
  name: 'targets',
  summary: 'the stacks a change touches, with their reasons, in dependency waves',
  usage: [
    '--base REV --head REV [--root DIR] [--format text|json|matrix]',
    ' [--max-parallel N] [--wave N] [--changed-files FILE]'
  ],
  description:
    'A stack is a folder whose .tf files declare a terraform backend, or a configuration-only folder whose stack.yaml names a shared root module and its variable files. A stack is a target when a file of its own changed, when a local module it calls (transitively) changed, or when it depends (stack.yaml depends_on, or an inferred terraform_remote_state) on a target. Stacks head deleted are listed apart: they need a destroy from the base revision.',
  flags: [
    ...DETECT_FLAGS,
    {
      name: 'max-parallel',
      value: 'N',
      default: MAX_PARALLEL,
      description: 'at most N stacks of a wave run at once'
    },
    {
      name: 'wave',
      value: 'N',
      description: 'with --format matrix: only the entries of wave N (a job per wave)'
    },
    formatFlag(
      'text for a person; json {targets, waves, deleted}; matrix: what a workflow\'s strategy.matrix takes, {"include": [one entry per target]}',
      'text|json|matrix'
    )
  ],
  example: ['platformctl targets --base origin/main --head HEAD --format matrix --wave 1'],
  exitCodes:
    '0 targets found, or none (and it says so); 1 invalid repository content (stack.yaml, a .tf file, a cycle, a bad depends_on or module source); 2 usage error or unknown revision.',
  async run(values, { usage }) {
    const how = checkFormat(targetsCommand, values);
    const maxParallel = positiveInteger(values, 'max-parallel', MAX_PARALLEL, usage);
    const wave =
      values['wave'] === undefined ? undefined : positiveInteger(values, 'wave', '1', usage);
    if (wave !== undefined && how !== 'matrix')
      throw new UsageError('--wave goes with --format matrix (a job per wave)', usage);
    const detection = await detect(values, usage);
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
};

const MODES = ['plan', 'apply'] as const;

/** `platformctl run plan|apply`. */
export const runCommand: Command = {
  name: 'run',
  summary:
    'plan or apply the targets wave by wave with the real engine, a failure isolated to its dependents',
  usage: [
    'plan|apply --base REV --head REV [--root DIR] [--changed-files FILE]',
    ' [--parallel N] [--destroy] [--out-dir DIR] [--format text|json]',
    ' [--engine tofu|terraform] [--engine-version X.Y.Z]',
    ' [--backend-config key=value|FILE]... [--lock-timeout 300s]'
  ],
  verbs: { words: MODES, required: true },
  description:
    "Runs each target through tf-plan's job (and, for apply, tf-apply's job on the plan just made), at most N at once; a stack starts once every stack it depends on succeeded. A failed stack's dependents are skipped, naming it; the others go on. With --destroy the order is reversed (dependents first). The stacks head deleted run first: their destroy, planned (and applied) from a copy of the base revision, dependents first. Prints one table: stack, wave, result, duration, changes.",
  flags: [
    ...DETECT_FLAGS,
    {
      name: 'parallel',
      value: 'N',
      default: MAX_PARALLEL,
      description: 'at most N stacks at once'
    },
    {
      name: 'destroy',
      description: 'plan (and apply) the destruction of the targets, dependents first'
    },
    {
      name: 'out-dir',
      value: 'DIR',
      default: 'a temporary folder',
      description: "where each stack's plan files go, a folder each"
    },
    ...ENGINE_FLAGS.filter((f) => f.name !== 'state-key'),
    formatFlag('text: the table; json: one object a stack')
  ],
  example: ['platformctl run plan --base origin/main --head HEAD --parallel 10'],
  exitCodes:
    '0 every stack succeeded (or no targets), 1 a stack failed or the repository is invalid, 2 usage error or unknown revision.',
  async run(values, { positionals, usage }) {
    const mode = positionals[0] === 'apply' ? 'apply' : 'plan';
    const how = checkFormat(runCommand, values);
    const parallel = positiveInteger(values, 'parallel', MAX_PARALLEL, usage);
    return await runWaves(mode, how, parallel, await detect(values, usage), values, usage);
  }
};

/** Plans (and applies) the targets, a wave at a time, after the stacks head deleted. */
async function runWaves(
  mode: (typeof MODES)[number],
  how: string,
  parallel: number,
  detection: Detection,
  values: Values,
  usage: string
): Promise<number> {
  const destroy = values['destroy'] === true;
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
      throw new UsageError(error.message.replace(/Input '([a-z-]+)'/g, '--$1'), usage);
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
