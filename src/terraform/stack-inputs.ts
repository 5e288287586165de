import { existsSync, readdirSync, statSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import { globSync } from 'tinyglobby';
import { z } from 'zod';
import { InputError } from '../common/errors.js';
import { confinePath, privateTempDir } from '../common/safe-fs.js';
import { DURATION_PATTERN } from '../common/duration.js';
import {
  parseBoolean,
  parseInputs,
  readInputGroups,
  splitLines,
  type InputReader
} from '../common/inputs.js';
import { backendConfigEntries, detectBackendType } from './backend.js';
import {
  ENGINE_VERSION_PATTERN,
  ENGINES,
  resolveEngineVersion,
  type EngineName
} from './engine-version.js';
import type { StackSettings } from './stack.js';

/** The inputs tf-plan and tf-apply share, with their defaults as action.yml declares them. */
export const STACK_INPUTS = [
  'working-directory',
  'engine',
  'engine-version',
  'backend-config',
  'state-key',
  'lock-timeout'
] as const;

const StackInputSchema = z.object({
  'working-directory': z.string().min(1, 'is required: the folder of the stack to run'),
  engine: z.enum(ENGINES as [EngineName, ...EngineName[]], {
    error: `must be one of ${ENGINES.join(', ')}`
  }),
  'engine-version': z
    .string()
    .refine(
      (v) => v === '' || ENGINE_VERSION_PATTERN.test(v),
      'must be an exact version such as 1.12.6, or empty'
    ),
  'backend-config': z.string(),
  'state-key': z.string(),
  'lock-timeout': z.string().regex(DURATION_PATTERN, 'must be a duration such as 300s, 5m or 1h')
});

/** The runner's environment the inputs are resolved against. */
export interface RunnerPaths {
  /** GITHUB_WORKSPACE: relative paths in inputs are relative to it (else the current folder). */
  workspace: string;
  /** RUNNER_TEMP: where default output folders go (else the system's temporary folder). */
  temp: string;
}

/**
 * Without RUNNER_TEMP (a terminal), files go to a fresh private folder (0700, a name no one can
 * predict) made on first use, never to a fixed path under the shared temporary folder where a
 * planted link would receive them.
 */
export function runnerPaths(env: NodeJS.ProcessEnv = process.env): RunnerPaths {
  const runnerTemp = env['RUNNER_TEMP'];
  let temp: string | undefined =
    runnerTemp === undefined || runnerTemp === '' ? undefined : runnerTemp;
  return {
    workspace: env['GITHUB_WORKSPACE'] || process.cwd(),
    get temp() {
      temp ??= privateTempDir('platformctl-');
      return temp;
    }
  };
}

/** Whether a folder is a stack: it holds at least one `.tf` or `.tf.json` file. */
export function holdsConfiguration(dir: string): boolean {
  return readdirSync(dir).some((f) => f.endsWith('.tf') || f.endsWith('.tf.json'));
}

/** The shared inputs' defaults, as action.yml declares them (and the CLI's help shows them). */
export const STACK_DEFAULTS = { engine: 'tofu', 'lock-timeout': '300s' } as const;

export function withDefault(raw: string, fallback: string): string {
  return raw === '' ? fallback : raw;
}

/** The stack's folder, inside the workspace; '' when the input is empty (the schema says so). */
function stackFolder(raw: string, workspace: string): string {
  if (raw === '') return '';
  const folder = confinePath({ input: 'working-directory', raw, root: workspace });
  if (!existsSync(folder))
    throw new InputError('working-directory', raw, `no such folder (${folder})`);
  if (!statSync(folder).isDirectory())
    throw new InputError('working-directory', raw, `is a file, not a folder (${folder})`);
  return folder;
}

/** Reads and checks the shared inputs; nothing has touched the engine or the state yet. */
export function readStackInputs(read: InputReader, paths: RunnerPaths): StackSettings {
  const raw = {
    'working-directory': read('working-directory'),
    engine: withDefault(read('engine'), STACK_DEFAULTS.engine),
    'engine-version': read('engine-version'),
    'backend-config': read('backend-config'),
    'state-key': read('state-key'),
    'lock-timeout': withDefault(read('lock-timeout'), STACK_DEFAULTS['lock-timeout'])
  };
  // The folder is checked with the other inputs, so every bad one is reported at once.
  const [parsed, workingDirectory] = readInputGroups(
    () => parseInputs(StackInputSchema, raw),
    () => stackFolder(raw['working-directory'], paths.workspace)
  );
  const version = resolveEngineVersion({
    engine: parsed.engine,
    input: parsed['engine-version'],
    workingDirectory,
    stopAt: paths.workspace
  });
  const backendConfig = backendConfigEntries({
    lines: splitLines(parsed['backend-config']),
    stateKey: parsed['state-key'],
    workingDirectory,
    workspace: paths.workspace,
    backendType: detectBackendType(workingDirectory)
  });
  return {
    workingDirectory,
    engine: parsed.engine,
    engineVersion: version.version,
    backendConfig,
    lockTimeout: parsed['lock-timeout']
  };
}

/** Var files: one path or glob a line, relative to the working directory; each must match a file. */
export function resolveVarFiles(raw: string, workingDirectory: string): string[] {
  const files: string[] = [];
  for (const pattern of splitLines(raw)) {
    const matches = globSync(pattern, {
      cwd: workingDirectory,
      absolute: false,
      onlyFiles: true,
      dot: true
    })
      .map((m) => (isAbsolute(m) ? m : join(workingDirectory, m)))
      .sort();
    if (matches.length === 0) {
      throw new InputError('var-files', pattern, `matches no file under ${workingDirectory}`);
    }
    for (const match of matches) if (!files.includes(match)) files.push(match);
  }
  return files;
}

export function readBoolean(read: InputReader, name: string, fallback: boolean): boolean {
  return parseBoolean(name, read(name), fallback);
}

/** A folder name for a stack: its path within the workspace, made safe for a file name. */
export function stackSlug(workingDirectory: string, workspace: string): string {
  const rel = relative(workspace, workingDirectory);
  const base = rel === '' || rel.startsWith('..') ? workingDirectory : rel;
  return base.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '') || 'root';
}
