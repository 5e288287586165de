import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { InputError, InputErrors } from '../common/errors.js';
import { parseBoolean, splitLines, type InputReader, existingPath } from '../common/inputs.js';
import type { RunnerPaths } from '../terraform/stack-inputs.js';
import { CHECK_TOOLS, THRESHOLDS, type CheckTool, type Threshold } from './findings.js';
import type { CheckSettings } from './job.js';

/** tf-check's inputs, with the defaults action.yml declares. */
export const CHECK_INPUTS = [
  'working-directory',
  'validate-directories',
  'tools',
  'engine',
  'fail-on',
  'baseline',
  'sarif-path',
  'annotations'
] as const;

export const DEFAULT_FAIL_ON: Threshold = 'low';

export interface CheckInputs extends CheckSettings {
  annotations: boolean;
}

/** Items of a list input: one a line, or separated by commas. */
function items(raw: string): string[] {
  return splitLines(raw)
    .flatMap((line) => line.split(','))
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

function folders(input: string, raw: string, workspace: string, errors: InputError[]): string[] {
  const out: string[] = [];
  for (const item of items(raw)) {
    const path = existingPath(errors, {
      input,
      raw: item,
      path: resolve(workspace, item),
      kind: 'folder'
    });
    if (path !== undefined && !out.includes(path)) out.push(path);
  }
  return out;
}

/** Every input of tf-check, read and checked once; every bad input is reported together. */
export function getCheckInputs(read: InputReader, paths: RunnerPaths): CheckInputs {
  const errors: InputError[] = [];
  const workspace = paths.workspace;

  const directoriesRaw = read('working-directory');
  const directories = folders('working-directory', directoriesRaw, workspace, errors);
  if (items(directoriesRaw).length === 0)
    errors.push(
      new InputError('working-directory', '', 'is required: the folders to check, one a line')
    );

  const validateRaw = read('validate-directories');
  const validateDirectories =
    validateRaw === ''
      ? directories
      : folders('validate-directories', validateRaw, workspace, errors);

  const toolsRaw = read('tools');
  const tools: CheckTool[] = [];
  for (const item of toolsRaw === '' ? [...CHECK_TOOLS] : items(toolsRaw)) {
    if (!(CHECK_TOOLS as readonly string[]).includes(item))
      errors.push(
        new InputError('tools', toolsRaw, `'${item}' is not one of ${CHECK_TOOLS.join(', ')}`)
      );
    else if (!tools.includes(item as CheckTool)) tools.push(item as CheckTool);
  }
  if (toolsRaw !== '' && items(toolsRaw).length === 0)
    errors.push(
      new InputError('tools', toolsRaw, `must name at least one of ${CHECK_TOOLS.join(', ')}`)
    );

  const engineRaw = read('engine');
  const engine = engineRaw === '' ? 'tofu' : engineRaw;
  if (engine !== 'tofu' && engine !== 'terraform')
    errors.push(new InputError('engine', engineRaw, 'must be one of tofu, terraform'));

  const failOnRaw = read('fail-on');
  const failOn = failOnRaw === '' ? DEFAULT_FAIL_ON : failOnRaw;
  if (!(THRESHOLDS as readonly string[]).includes(failOn))
    errors.push(
      new InputError(
        'fail-on',
        failOnRaw,
        `must be one of ${THRESHOLDS.join(', ')} (a finding of this severity or higher fails the check)`
      )
    );

  const baselineRaw = read('baseline');
  let baselineFile: string | undefined;
  if (baselineRaw !== '') {
    baselineFile = resolve(workspace, baselineRaw);
    existingPath(errors, {
      input: 'baseline',
      raw: baselineRaw,
      path: baselineFile,
      kind: 'file'
    });
  }

  const sarifRaw = read('sarif-path');
  const sarifPath =
    sarifRaw === '' ? join(paths.temp, 'tf-check', 'tf-check.sarif') : resolve(workspace, sarifRaw);
  if (existsSync(sarifPath) && statSync(sarifPath).isDirectory())
    errors.push(new InputError('sarif-path', sarifRaw, 'is a folder: name the file to write'));

  let annotations = true;
  try {
    annotations = parseBoolean('annotations', read('annotations'), true);
  } catch (error) {
    if (error instanceof InputError) errors.push(error);
    else throw error;
  }

  if (errors.length > 0) throw new InputErrors(errors);
  return {
    workspace,
    directories,
    validateDirectories: tools.includes('validate') ? validateDirectories : [],
    tools,
    engine: engine as 'tofu' | 'terraform',
    failOn: failOn as Threshold,
    ...(baselineFile === undefined ? {} : { baselineFile }),
    sarifPath,
    annotations
  };
}
