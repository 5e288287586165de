import { join, relative } from 'node:path';
import { globSync } from 'tinyglobby';
import { getInputs as getPlanInputs } from '../terraform/plan-inputs.js';
import { InputError, InputErrors } from '../common/errors.js';
import { confinePath } from '../common/safe-fs.js';
import { mapInputReader, splitLines, type InputReader, existingPath } from '../common/inputs.js';
import { holdsConfiguration, stackSlug, type RunnerPaths } from '../terraform/stack-inputs.js';
import type { DriftStack } from './job.js';

/** drift-report's inputs. */
export const DRIFT_REPORT_INPUTS = [
  'stacks',
  'engine',
  'engine-version',
  'backend-config',
  'var-files',
  'lock-timeout',
  'github-token',
  'fail-on'
] as const;

/** The defaults of action.yml, for readers (tests) that do not fill them in. */
export const DRIFT_REPORT_DEFAULTS: Readonly<Record<string, string>> = {
  engine: 'tofu',
  'lock-timeout': '0s',
  'fail-on': 'error'
};

/** When the step fails: a check that could not tell (`error`), also on drift, or never. */
export const DRIFT_FAIL_ON = ['error', 'drift', 'never'] as const;
export type DriftFailOn = (typeof DRIFT_FAIL_ON)[number];

export interface DriftReportSettings {
  stacks: DriftStack[];
  token: string;
  failOn: DriftFailOn;
}

const GLOB = /[*?[\]{}]/;

/**
 * The stacks to check: one folder or glob a line, relative to the workspace. A folder named
 * outright must hold a configuration; a glob keeps the folders that do and must match one.
 */
export function resolveStacks(raw: string, workspace: string): string[] {
  const errors: InputError[] = [];
  const dirs: string[] = [];
  const lines = splitLines(raw);
  if (lines.length === 0)
    errors.push(
      new InputError('stacks', raw, 'name at least one stack folder (or glob), one a line')
    );
  for (const line of lines) {
    if (GLOB.test(line)) {
      const found = globSync(line, {
        cwd: workspace,
        onlyDirectories: true,
        absolute: true,
        expandDirectories: false
      })
        .map((d) => d.replace(/\/+$/, ''))
        .filter((d) => holdsConfiguration(d))
        .sort();
      if (found.length === 0)
        errors.push(
          new InputError('stacks', line, 'matches no folder holding a .tf or .tf.json file')
        );
      for (const d of found) {
        try {
          confinePath({ input: 'stacks', raw: d, root: workspace });
          if (!dirs.includes(d)) dirs.push(d);
        } catch (error) {
          if (error instanceof InputError) errors.push(error);
          else throw error;
        }
      }
      continue;
    }
    try {
      const dir = confinePath({ input: 'stacks', raw: line, root: workspace });
      if (
        existingPath(errors, {
          input: 'stacks',
          raw: line,
          path: dir,
          kind: 'folder',
          hint: 'an unknown stack'
        }) === undefined
      )
        continue;
      if (!holdsConfiguration(dir))
        errors.push(
          new InputError('stacks', line, `not a stack: ${dir} holds no .tf or .tf.json file`)
        );
      else if (!dirs.includes(dir)) dirs.push(dir);
    } catch (error) {
      if (error instanceof InputError) errors.push(error);
      else throw error;
    }
  }
  if (errors.length > 0) throw new InputErrors(errors);
  return dirs;
}

/**
 * Every input of drift-report, read and checked once: every stack is resolved and every plan
 * setting checked before any stack is planned or any issue is read.
 */
export function getDriftReportInputs(read: InputReader, paths: RunnerPaths): DriftReportSettings {
  const errors: InputError[] = [];
  const collect = (error: unknown) => {
    if (error instanceof InputErrors) errors.push(...error.errors);
    else if (error instanceof InputError) errors.push(error);
    else throw error;
  };
  const value = (name: string) => read(name) || (DRIFT_REPORT_DEFAULTS[name] ?? '');
  const failOn = value('fail-on');
  if (!(DRIFT_FAIL_ON as readonly string[]).includes(failOn))
    errors.push(
      new InputError(
        'fail-on',
        failOn,
        `must be one of ${DRIFT_FAIL_ON.join(', ')} (when the step fails)`
      )
    );
  const token = read('github-token');
  if (token === '')
    errors.push(
      new InputError(
        'github-token',
        '',
        "is required: the drift issues are kept with it (the workflow's github.token, with issues: write)"
      )
    );
  let dirs: string[] = [];
  try {
    dirs = resolveStacks(read('stacks'), paths.workspace);
  } catch (error) {
    collect(error);
  }
  const stacks: DriftStack[] = [];
  for (const dir of dirs) {
    try {
      const settings = getPlanInputs(
        mapInputReader({
          'working-directory': dir,
          engine: value('engine'),
          'engine-version': read('engine-version'),
          'backend-config': read('backend-config'),
          'lock-timeout': value('lock-timeout'),
          'var-files': read('var-files'),
          'out-dir': join(paths.temp, 'drift-report', stackSlug(dir, paths.workspace))
        }),
        paths
      );
      const rel = relative(paths.workspace, dir);
      stacks.push({ name: rel === '' ? '.' : rel, settings });
    } catch (error) {
      collect(error);
    }
  }
  // One bad setting fails every stack alike: report it once.
  const unique = errors.filter((e, i) => errors.findIndex((o) => o.message === e.message) === i);
  if (unique.length > 0) throw new InputErrors(unique);
  return { stacks, token, failOn: failOn as DriftFailOn };
}
