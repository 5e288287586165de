import { join, resolve } from 'node:path';
import { InputError } from '../common/errors.js';
import { confinePath, isInside, realpathOfPrefix } from '../common/safe-fs.js';
import { readInputGroups, type InputReader } from '../common/inputs.js';
import { parseEnvironmentBranches } from '../governance/branches.js';
import { readAuditSettings } from '../governance/audit.js';
import type { PlanGovernanceSettings } from '../governance/plan-step.js';
import { readStackName, readTrustedCommenter } from '../governance/inputs.js';
export { getPolicyInputs, type PolicySettings } from '../policy/inputs.js';
import type { PlanJobSettings } from './plan-job.js';
import {
  readBoolean,
  readStackInputs,
  resolveVarFiles,
  stackSlug,
  type RunnerPaths
} from './stack-inputs.js';

/** Every input of tf-plan, read and checked once, before anything runs. */
export function getInputs(read: InputReader, paths: RunnerPaths): PlanJobSettings {
  const outDirInput = read('out-dir');
  const [stack, destroy, chosenOutDir] = readInputGroups(
    () => readStackInputs(read, paths),
    () => readBoolean(read, 'destroy', false),
    () => readOutDir(outDirInput, paths)
  );
  const outDir =
    chosenOutDir ?? join(paths.temp, 'tf-plan', stackSlug(stack.workingDirectory, paths.workspace));
  // Var files are found in the stack's folder: checked once the folder is known.
  const [varFiles] = readInputGroups(
    () => resolveVarFiles(read('var-files'), stack.workingDirectory),
    () => {
      if (outDir === stack.workingDirectory)
        throw new InputError('out-dir', outDirInput, 'must not be the working directory itself');
    }
  );
  const outRoot = isInside(realpathOfPrefix(paths.workspace), realpathOfPrefix(outDir))
    ? paths.workspace
    : paths.temp;
  return { ...stack, destroy, varFiles, outDir, outRoot };
}

/** The out folder chosen: in the workspace or the runner's temporary folder; undefined: the default. */
function readOutDir(raw: string, paths: RunnerPaths): string | undefined {
  if (raw === '') return undefined;
  return confinePath({
    input: 'out-dir',
    raw,
    root: paths.workspace,
    alsoAllowed: [paths.temp],
    rootName: "the workspace or the runner's temporary folder"
  });
}

/** The pull request inputs: the token, the stack's name and the environment → branch map. */
export function getGovernanceInputs(read: InputReader, paths: RunnerPaths): PlanGovernanceSettings {
  const token = read('github-token');
  const [stack, branches, trustedCommenter, audit] = readInputGroups(
    () => readStackName(read, resolve(paths.workspace, read('working-directory')), paths.workspace),
    () => parseEnvironmentBranches(read('environment-branches')),
    () => readTrustedCommenter(read),
    () => readAuditSettings(read, process.env, token)
  );
  return {
    token,
    stack,
    branches,
    ...(trustedCommenter === undefined ? {} : { trustedCommenter }),
    ...(audit === undefined ? {} : { audit })
  };
}
