import { existsSync, statSync } from 'node:fs';
import { isAbsolute, join, normalize, sep } from 'node:path';
import { InputError, InputErrors } from '../common/errors.js';
import { readAll, type InputReader, existingPath } from '../common/inputs.js';

export const TF_TARGETS_INPUTS = [
  'base',
  'head',
  'root',
  'max-parallel',
  'max-waves',
  'changed-files'
] as const;

/** The defaults of action.yml, for readers (tests, a terminal) that do not fill them in. */
export const TF_TARGETS_DEFAULTS: Readonly<Record<string, string>> = {
  root: '.',
  'max-parallel': '10',
  'max-waves': '0'
};

export interface TargetsSettings {
  base: string;
  head: string;
  /** Absolute. */
  root: string;
  maxParallel: number;
  /** 0: no limit. */
  maxWaves: number;
  /** Absolute, when the changed files come from a file instead of git's diff. */
  changedFilesFile?: string;
}

/** A revision as git takes it on a command line: no white space, no leading '-', no '..'. */
const REVISION = /^[^\s~^:?*[\\-][^\s~^:?*[\\]*$/;

function inside(workspace: string, input: string, value: string, errors: InputError[]): string {
  if (isAbsolute(value) || normalize(value).split(sep).includes('..')) {
    errors.push(
      new InputError(input, value, 'must be a path relative to the workspace, without ..')
    );
    return '';
  }
  return join(workspace, value);
}

function wholeNumber(
  input: string,
  raw: string,
  min: number,
  max: number,
  rule: string,
  errors: InputError[]
): number {
  if (!/^[0-9]+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
    errors.push(
      new InputError(input, raw, `must be a whole number from ${min} to ${max} (${rule})`)
    );
    return min;
  }
  return Number(raw);
}

/** Every input of tf-targets, read and checked once, before git is asked anything. */
export function getTargetsInputs(read: InputReader, workspace: string): TargetsSettings {
  const raw = readAll(read, TF_TARGETS_INPUTS);
  for (const [name, value] of Object.entries(TF_TARGETS_DEFAULTS)) raw[name] ||= value;
  const errors: InputError[] = [];
  const revision = (name: 'base' | 'head', what: string): string => {
    const value = raw[name] ?? '';
    if (value === '') errors.push(new InputError(name, value, `is required: ${what}`));
    else if (value.length > 255 || !REVISION.test(value) || value.includes('..'))
      errors.push(
        new InputError(
          name,
          value,
          "must be a commit SHA, branch or tag (no white space, no leading '-', no '..')"
        )
      );
    return value;
  };
  const base = revision(
    'base',
    "the revision the change is compared with (a pull request's base SHA, a push's before)"
  );
  const head = revision('head', 'the revision of the change, the one checked out');
  const rootValue = raw['root'] ?? '.';
  let root = inside(workspace, 'root', rootValue, errors);
  if (root !== '' && (!existsSync(root) || !statSync(root).isDirectory())) {
    errors.push(new InputError('root', rootValue, `no such folder in the workspace (${root})`));
    root = '';
  }
  const maxParallel = wholeNumber(
    'max-parallel',
    raw['max-parallel'] ?? '',
    1,
    256,
    'stacks of a wave run at once',
    errors
  );
  const maxWaves = wholeNumber(
    'max-waves',
    raw['max-waves'] ?? '',
    0,
    1000,
    'the waves a workflow has jobs for; 0 for no limit',
    errors
  );
  const changed = raw['changed-files'] ?? '';
  let changedFilesFile: string | undefined;
  if (changed !== '') {
    const path = inside(workspace, 'changed-files', changed, errors);
    if (path !== '')
      changedFilesFile = existingPath(errors, {
        input: 'changed-files',
        raw: changed,
        path,
        kind: 'file',
        hint: 'expected the changed files, one a line'
      });
  }
  if (errors.length > 0) throw new InputErrors(errors);
  return {
    base,
    head,
    root,
    maxParallel,
    maxWaves,
    ...(changedFilesFile === undefined ? {} : { changedFilesFile })
  };
}
