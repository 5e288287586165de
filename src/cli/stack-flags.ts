import { relative, resolve } from 'node:path';
import { flagInputs, UsageError, type Flag, type Values } from './command.js';
import { missingPath } from '../common/inputs.js';
import { holdsConfiguration, STACK_DEFAULTS } from '../terraform/stack-inputs.js';

/** The engine's flags, tf-plan's and tf-apply's inputs of the same names, for every stack. */
export const ENGINE_FLAGS: readonly Flag[] = [
  {
    name: 'engine',
    value: 'tofu|terraform',
    default: STACK_DEFAULTS.engine,
    description: 'the engine to run'
  },
  {
    name: 'engine-version',
    value: 'X.Y.Z',
    description:
      'exact engine version (default: .opentofu-version or .terraform-version in the stack or above, else the pinned one)'
  },
  {
    name: 'backend-config',
    value: 'KEY=VALUE|FILE',
    multiple: true,
    description: 'a backend setting, or a backend config file relative to the stack'
  },
  { name: 'state-key', value: 'KEY', description: "the stack's state within its backend" },
  {
    name: 'lock-timeout',
    value: 'DURATION',
    default: STACK_DEFAULTS['lock-timeout'],
    description: 'how long to wait for a held state lock'
  }
];

/** `--var-file`: tf-plan's var-files, one flag a file or pattern. */
export const VAR_FILE_FLAG: Flag = {
  name: 'var-file',
  value: 'FILE|GLOB',
  multiple: true,
  input: 'var-files',
  description: 'a variable file relative to the stack; each pattern must match a file'
};

/** The engine flags and --var-file given, as tf-plan's raw inputs. */
export function engineInputs(values: Values): Record<string, string> {
  return flagInputs({ flags: [...ENGINE_FLAGS, VAR_FILE_FLAG] }, values);
}

export const API_URL_FLAG: Flag = {
  name: 'api-url',
  value: 'URL',
  default: 'GITHUB_API_URL, else https://api.github.com',
  description: 'the GitHub API'
};

/** `--api-url`, else the runner's GITHUB_API_URL, else github.com's. */
export function apiUrl(values: Values): string {
  return String(values['api-url'] ?? process.env['GITHUB_API_URL'] ?? 'https://api.github.com');
}

const REPOSITORY = /^[A-Za-z0-9][A-Za-z0-9-]*\/[A-Za-z0-9._-]+$/;

/** `--repo`, else GITHUB_REPOSITORY, as owner/name; `what` says what the repository is for. */
export function ownerRepository(values: Values, what: string, usage: string): string {
  const repository = String(values['repo'] ?? process.env['GITHUB_REPOSITORY'] ?? '');
  if (!REPOSITORY.test(repository))
    throw new UsageError(
      `--repo '${repository}': ${what} must be owner/name (or set GITHUB_REPOSITORY)`,
      usage
    );
  return repository;
}

export interface StackFolder {
  /** Absolute. */
  dir: string;
  /** As a person names it: relative to the current folder when inside it, else absolute. */
  name: string;
}

/** A `--stack` folder: a folder holding at least one `.tf` or `.tf.json` file. */
export function stackFolder(given: string, usage: string): StackFolder {
  const dir = resolve(given);
  const missing = missingPath(dir, 'folder');
  if (missing !== undefined) throw new UsageError(`--stack '${given}': ${missing}`, usage);
  if (!holdsConfiguration(dir))
    throw new UsageError(
      `--stack '${given}': not a stack, it holds no .tf or .tf.json file (${dir})`,
      usage
    );
  const rel = relative(process.cwd(), dir);
  return { dir, name: rel === '' ? '.' : rel.startsWith('..') ? dir : rel };
}
