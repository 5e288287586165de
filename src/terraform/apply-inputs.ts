import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { InputError } from '../common/errors.js';
import { parseInputs, readInputGroups, type InputReader } from '../common/inputs.js';
import type { ApplyGateSettings } from '../governance/apply-gate.js';
import { parseSpecialApprovers } from '../governance/approvers.js';
import { readAuditSettings, type AuditSettings } from '../governance/audit.js';
import { readEnvironment, readStackName, readTrustedCommenter } from '../governance/inputs.js';
import { getPolicyInputs as readPolicyInputs, type PolicySettings } from '../policy/inputs.js';
import { PlanFileMissingError, type ApplyJobSettings } from './apply-job.js';
import { readBoolean, readStackInputs, stackSlug, type RunnerPaths } from './stack-inputs.js';

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

/** The plan file the input names, which must exist; '' when the input is empty (the schema says so). */
function planFile(raw: string, workspace: string): string {
  if (raw === '') return '';
  const path = resolve(workspace, raw);
  if (!existsSync(path)) throw new PlanFileMissingError(path, raw);
  return path;
}

/** Every input of tf-apply, read and checked once, before anything runs. */
export function getInputs(read: InputReader, paths: RunnerPaths): ApplyJobSettings {
  const [plan, planPath, stack] = readInputGroups(
    () =>
      parseInputs(PlanInputSchema, {
        'plan-path': read('plan-path'),
        'plan-sha256': read('plan-sha256')
      }),
    () => planFile(read('plan-path'), paths.workspace),
    () => readStackInputs(read, paths)
  );
  return {
    ...stack,
    planPath,
    planSha256: plan['plan-sha256'],
    outputsPath: join(
      paths.temp,
      'tf-apply',
      stackSlug(stack.workingDirectory, paths.workspace),
      'outputs.json'
    ),
    outputsRoot: paths.temp
  };
}

/** The gate's inputs: who may approve and override, what to compare with the plan comment. */
export function getGateInputs(
  read: InputReader,
  paths: RunnerPaths
): ApplyGateSettings & { audit?: AuditSettings } {
  const token = read('github-token');
  const [
    requireApproval,
    specialApprovers,
    stack,
    environment,
    pullRequest,
    trustedCommenter,
    audit
  ] = readInputGroups(
    () => {
      const required = readBoolean(read, 'require-approval', true);
      if (required && token === '') {
        throw new InputError(
          'github-token',
          '',
          'is required while require-approval is true: the gate reads the approval, the plan ' +
            'comment and the overrides through the API (e.g. github-token: ${{ github.token }})'
        );
      }
      return required;
    },
    () => parseSpecialApprovers(read('special-approvers'), paths.workspace),
    () => readStackName(read, resolve(paths.workspace, read('working-directory')), paths.workspace),
    () => readEnvironment(read),
    () => readPullRequestNumber(read('pull-request')),
    () => readTrustedCommenter(read),
    () => readAuditSettings(read, process.env, token)
  );
  return {
    token,
    requireApproval,
    specialApprovers,
    environment,
    stack,
    ...(pullRequest === undefined ? {} : { pullRequest }),
    ...(trustedCommenter === undefined ? {} : { trustedCommenter }),
    ...(audit === undefined ? {} : { audit })
  };
}

/**
 * The policy tf-apply evaluates on the plan itself: the same inputs as tf-plan's, read from the
 * workflow's own checkout (the environment is the gate's, checked there).
 */
export function getPolicyInputs(
  read: InputReader,
  paths: RunnerPaths,
  bundledLibrary: string
): Omit<PolicySettings, 'environment'> {
  const { policyDir, dataFile } = readPolicyInputs(
    (name) => (name === 'environment' ? '' : read(name)),
    paths,
    bundledLibrary
  );
  return { policyDir, ...(dataFile === undefined ? {} : { dataFile }) };
}

function readPullRequestNumber(raw: string): number | undefined {
  if (raw === '') return undefined;
  if (!/^[1-9][0-9]{0,9}$/.test(raw))
    throw new InputError('pull-request', raw, 'must be a pull request number such as 42');
  return Number(raw);
}
