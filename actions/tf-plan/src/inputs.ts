import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ActionError, InputError, InputErrors } from '../../../src/common/errors.js';
import { readPolicyData } from '../../../src/policy/evaluate.js';
import { librarySettings, policySettingsProblems } from '../../../src/policy/settings.js';
import { confinePath, isInside, realpathOfPrefix } from '../../../src/common/safe-fs.js';
import { readInputGroups, type InputReader } from '../../../src/common/inputs.js';
import {
  parseEnvironmentBranches,
  type EnvironmentBranches
} from '../../../src/governance/branches.js';
import { readAuditSettings, type AuditSettings } from '../../../src/governance/audit.js';
import { readEnvironment, readStackName } from '../../../src/governance/inputs.js';
import type { PlanJobSettings } from '../../../src/terraform/plan-job.js';
import {
  readBoolean,
  readStackInputs,
  resolveVarFiles,
  stackSlug,
  type RunnerPaths
} from '../../../src/terraform/stack-inputs.js';

/** Every input of tf-plan, read and checked once, before anything runs. */
export function getInputs(read: InputReader, paths: RunnerPaths): PlanJobSettings {
  const stack = readStackInputs(read, paths);
  const destroy = readBoolean(read, 'destroy', false);
  const varFiles = resolveVarFiles(read('var-files'), stack.workingDirectory);
  const outDirInput = read('out-dir');
  // The out folder stays in the workspace, or in the runner's temporary folder (its default).
  const outDir =
    outDirInput === ''
      ? join(paths.temp, 'tf-plan', stackSlug(stack.workingDirectory, paths.workspace))
      : confinePath({
          input: 'out-dir',
          raw: outDirInput,
          root: paths.workspace,
          alsoAllowed: [paths.temp],
          rootName: "the workspace or the runner's temporary folder"
        });
  const outRoot = isInside(realpathOfPrefix(paths.workspace), realpathOfPrefix(outDir))
    ? paths.workspace
    : paths.temp;
  if (outDir === stack.workingDirectory) {
    throw new InputError('out-dir', outDirInput, 'must not be the working directory itself');
  }
  return { ...stack, destroy, varFiles, outDir, outRoot };
}

export interface PolicySettings {
  policyDir: string;
  dataFile?: string;
  environment: string;
}

/**
 * The policy inputs: the library (default: the one shipped with these actions), the settings
 * file and the environment the rules judge the plan for.
 */
export function getPolicyInputs(
  read: InputReader,
  paths: RunnerPaths,
  bundledLibrary: string
): PolicySettings {
  const dirInput = read('policy-dir');
  const policyDir = dirInput === '' ? bundledLibrary : resolve(paths.workspace, dirInput);
  if (!existsSync(policyDir)) {
    throw new InputError('policy-dir', dirInput, `no such folder (${policyDir})`);
  }
  const dataInput = read('policy-data');
  const environment = readEnvironment(read);
  if (dataInput === '') return { policyDir, environment };
  const dataFile = confinePath({ input: 'policy-data', raw: dataInput, root: paths.workspace });
  if (!existsSync(dataFile))
    throw new InputError('policy-data', dataInput, `no such file (${dataFile})`);
  // Checked against the library before the engine runs: a misspelt setting is not silently ignored.
  let user: unknown;
  let defaults: Record<string, unknown> | undefined;
  try {
    user = readPolicyData(dataFile);
    defaults = librarySettings(policyDir);
  } catch (error) {
    if (error instanceof ActionError)
      throw new InputError(
        'policy-data',
        dataInput,
        error.message.replace(/^Input 'policy-data' names /, '')
      );
    throw error;
  }
  if (defaults !== undefined) {
    // The settings themselves, or wrapped as `platform:`, as settingsDocument reads them.
    const record = user as Record<string, unknown>;
    const wrapped = record['platform'];
    const given =
      typeof wrapped === 'object' && wrapped !== null && !Array.isArray(wrapped)
        ? (wrapped as Record<string, unknown>)
        : record;
    const problems = policySettingsProblems(given, defaults);
    if (problems.length > 0)
      throw new InputErrors(problems.map((p) => new InputError('policy-data', dataInput, p)));
  }
  return { policyDir, dataFile, environment };
}

export interface PlanGovernanceSettings {
  /** Empty: nothing is posted to the pull request. */
  token: string;
  stack: string;
  branches: EnvironmentBranches;
  /** Where the plan and the verdict are recorded; undefined: no audit trail. */
  audit?: AuditSettings;
}

/** The pull request inputs: the token, the stack's name and the environment → branch map. */
export function getGovernanceInputs(read: InputReader, paths: RunnerPaths): PlanGovernanceSettings {
  const token = read('github-token');
  const [stack, branches, audit] = readInputGroups(
    () => readStackName(read, resolve(paths.workspace, read('working-directory')), paths.workspace),
    () => parseEnvironmentBranches(read('environment-branches')),
    () => readAuditSettings(read, process.env, token)
  );
  return { token, stack, branches, ...(audit === undefined ? {} : { audit }) };
}
