import { join, resolve } from 'node:path';
import { z } from 'zod';
import { parseInputs, type InputReader } from '../../../src/common/inputs.js';
import type { ApplyJobSettings } from '../../../src/terraform/apply-job.js';
import {
  readStackInputs,
  stackSlug,
  type RunnerPaths
} from '../../../src/terraform/stack-inputs.js';

const PlanInputSchema = z.object({
  'plan-path': z
    .string()
    .min(1, "is required: the plan file tf-plan wrote (its 'plan-path' output)"),
  'plan-sha256': z
    .string()
    .regex(
      /^[0-9a-f]{64}$/,
      "must be the 64 lowercase hex digits of tf-plan's 'plan-sha256' output"
    )
});

/** Every input of tf-apply, read and checked once, before anything runs. */
export function getInputs(read: InputReader, paths: RunnerPaths): ApplyJobSettings {
  const plan = parseInputs(PlanInputSchema, {
    'plan-path': read('plan-path'),
    'plan-sha256': read('plan-sha256')
  });
  const stack = readStackInputs(read, paths);
  return {
    ...stack,
    planPath: resolve(paths.workspace, plan['plan-path']),
    planSha256: plan['plan-sha256'],
    outputsPath: join(
      paths.temp,
      'tf-apply',
      stackSlug(stack.workingDirectory, paths.workspace),
      'outputs.json'
    )
  };
}
