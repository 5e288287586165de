import { join } from 'node:path';
import { InputError } from '../../../src/common/errors.js';
import type { InputReader } from '../../../src/common/inputs.js';
import type { PlanJobSettings } from '../../../src/terraform/plan-job.js';
import {
  readBoolean,
  readStackInputs,
  resolveVarFiles,
  stackSlug,
  type RunnerPaths
} from '../../../src/terraform/stack-inputs.js';
import { resolve } from 'node:path';

/** Every input of tf-plan, read and checked once, before anything runs. */
export function getInputs(read: InputReader, paths: RunnerPaths): PlanJobSettings {
  const stack = readStackInputs(read, paths);
  const destroy = readBoolean(read, 'destroy', false);
  const varFiles = resolveVarFiles(read('var-files'), stack.workingDirectory);
  const outDirInput = read('out-dir');
  const outDir =
    outDirInput === ''
      ? join(paths.temp, 'tf-plan', stackSlug(stack.workingDirectory, paths.workspace))
      : resolve(paths.workspace, outDirInput);
  if (outDir === stack.workingDirectory) {
    throw new InputError('out-dir', outDirInput, 'must not be the working directory itself');
  }
  return { ...stack, destroy, varFiles, outDir };
}
