import { InputError } from '../common/errors.js';
import type { InputReader } from '../common/inputs.js';
import { stackSlug } from '../terraform/stack-inputs.js';

/** A stack name: it keys the plan comment, so tf-plan and tf-apply must agree on it. */
const STACK = /^[A-Za-z0-9._/-]{1,100}$/;

/** The `stack` input, by default the working directory's path within the workspace. */
export function readStackName(
  read: InputReader,
  workingDirectory: string,
  workspace: string
): string {
  const raw = read('stack');
  const stack = raw === '' ? stackSlug(workingDirectory, workspace) : raw;
  if (!STACK.test(stack)) {
    throw new InputError(
      'stack',
      raw,
      "must be 1 to 100 letters, digits, '.', '_', '/' or '-' (it names the plan comment)"
    );
  }
  return stack;
}

/** The `environment` input: the environment the plan is judged and applied for. */
export function readEnvironment(read: InputReader): string {
  const environment = read('environment');
  if (!/^[A-Za-z0-9_.-]*$/.test(environment)) {
    throw new InputError('environment', environment, "must be letters, digits, '.', '_' or '-'");
  }
  return environment;
}

/** A GitHub login, or an app's bot account (`<app-slug>[bot]`). */
const COMMENTER = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\[bot\])?$/;

/**
 * The `trusted-commenter` input: whose plan comments count. Empty: the token's own identity (for
 * GITHUB_TOKEN, `github-actions[bot]`); a GitHub App's token posts as `<app-slug>[bot]`.
 */
export function readTrustedCommenter(read: InputReader): string | undefined {
  const raw = read('trusted-commenter');
  if (raw === '') return undefined;
  const login = raw.replace(/^@/, '');
  if (!COMMENTER.test(login)) {
    throw new InputError(
      'trusted-commenter',
      raw,
      'must be a GitHub login or an app’s bot account such as my-app[bot] (or empty: the ' +
        'token’s own identity)'
    );
  }
  return login;
}
