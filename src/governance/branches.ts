import { InputError } from '../common/errors.js';
import { splitLines } from '../common/inputs.js';
import { isBranchName } from '../git/ref-name.js';

/** Which branch each environment deploys from. `*` names the branch of every other environment. */
export interface EnvironmentBranches {
  byEnvironment: Record<string, string>;
  otherwise: string;
}

export const DEFAULT_ENVIRONMENT_BRANCHES = [
  'development=dev',
  'staging=stage',
  'production=prod',
  '*=main'
].join('\n');

const ENVIRONMENT = /^(\*|[A-Za-z0-9_.-]+)$/;

/** Reads `environment=branch` lines; every bad line is named, with its number, in one error. */
export function parseEnvironmentBranches(
  raw: string,
  input = 'environment-branches'
): EnvironmentBranches {
  const byEnvironment: Record<string, string> = {};
  let otherwise = 'main';
  const problems: string[] = [];
  const lines = (raw === '' ? DEFAULT_ENVIRONMENT_BRANCHES : raw).split(/\r?\n/);
  lines.forEach((line, index) => {
    const text = line.trim();
    if (splitLines(text).length === 0) return;
    const eq = text.indexOf('=');
    const environment = text.slice(0, eq).trim();
    const branch = text.slice(eq + 1).trim();
    if (eq === -1 || !ENVIRONMENT.test(environment) || !isBranchName(branch)) {
      problems.push(
        `line ${index + 1} '${text}' is not environment=branch (an environment name or '*', ` +
          `then a valid branch name)`
      );
      return;
    }
    if (environment === '*') otherwise = branch;
    else if (environment in byEnvironment)
      problems.push(`line ${index + 1}: environment '${environment}' is listed twice`);
    else byEnvironment[environment] = branch;
  });
  if (problems.length > 0) throw new InputError(input, raw, problems.join('; '));
  return { byEnvironment, otherwise };
}

export function targetBranch(branches: EnvironmentBranches, environment: string): string {
  return branches.byEnvironment[environment] ?? branches.otherwise;
}
