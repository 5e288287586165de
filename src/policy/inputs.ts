import { resolve } from 'node:path';
import { ActionError, InputError, InputErrors } from '../common/errors.js';
import type { InputReader } from '../common/inputs.js';
import { confinePath } from '../common/safe-fs.js';
import { readEnvironment } from '../governance/inputs.js';
import type { RunnerPaths } from '../terraform/stack-inputs.js';
import { readPolicyData } from './evaluate.js';
import { librarySettings, policySettingsProblems } from './settings.js';
import { missingPath } from '../common/inputs.js';

/**
 * The policy inputs tf-plan and tf-apply share: the library (default: the one shipped with the
 * actions), the settings file and the environment the rules judge the plan for.
 */
export interface PolicySettings {
  policyDir: string;
  dataFile?: string;
  environment: string;
}

export function getPolicyInputs(
  read: InputReader,
  paths: RunnerPaths,
  bundledLibrary: string
): PolicySettings {
  const dirInput = read('policy-dir');
  const policyDir = dirInput === '' ? bundledLibrary : resolve(paths.workspace, dirInput);
  const missingDir = missingPath(
    policyDir,
    'folder',
    'name the folder of a Rego library, or leave it empty for the library shipped with the actions'
  );
  if (missingDir !== undefined) throw new InputError('policy-dir', dirInput, missingDir);
  const dataInput = read('policy-data');
  const environment = readEnvironment(read);
  if (dataInput === '') return { policyDir, environment };
  const dataFile = confinePath({ input: 'policy-data', raw: dataInput, root: paths.workspace });
  const missingData = missingPath(dataFile, 'file');
  if (missingData !== undefined) throw new InputError('policy-data', dataInput, missingData);
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
