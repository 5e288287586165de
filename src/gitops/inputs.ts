import { isAbsolute, relative, resolve, sep } from 'node:path';
import { z } from 'zod';
import { confinePath } from '../common/safe-fs.js';
import { InputError, InputErrors } from '../common/errors.js';
import {
  parseBoolean,
  parseInputs,
  readAll,
  readInputGroups,
  type InputReader,
  existingPath
} from '../common/inputs.js';
import { BRANCH_NAME, isOwnerName } from '../git/branch.js';
import { parseImageReference, ImageReferenceError } from './image.js';
import type { GenValuesSettings } from './job.js';
import { DEFAULT_VALUES_BRANCH, PUBLISH_MODES, type ValuesPublishSettings } from './publish.js';
import { DEFAULT_CONFIG_DIR } from '../naming/index.js';
import { FACTS_FILE } from '../facts/fact-map.js';

export const GEN_VALUES_INPUTS = [
  'config-dir',
  'cloud',
  'env',
  'region',
  'bu',
  'app',
  'owner',
  'org',
  'image',
  'facts-file',
  'out-dir',
  'dry-run',
  'publish',
  'repository',
  'branch',
  'github-token'
] as const;

const required = (what: string) => z.string().min(1, `is required: ${what}`);

/** The form of each input; what the values mean (dictionary, rules) is checked by deriveNames. */
const GenValuesInputSchema = z.object({
  'config-dir': z.string(),
  cloud: required('the cloud of the cluster'),
  env: required('the environment'),
  region: required('the region'),
  bu: required('the business unit'),
  app: required('the app'),
  owner: required('the owner tag'),
  org: z.string(),
  image: z.string().superRefine((value, ctx) => {
    if (value === '') return;
    try {
      parseImageReference(value);
    } catch (error) {
      if (!(error instanceof ImageReferenceError)) throw error;
      ctx.addIssue({
        code: 'custom',
        message: `must be repository:tag or repository@sha256:<64 hex digits>: ${error.reason}`
      });
    }
  }),
  'facts-file': z.string(),
  'out-dir': z.string(),
  'dry-run': z.string()
});

/**
 * The repository's `owner/name` on GitHub's API: given as `owner/name`, or read from an HTTP(S) or
 * scp-like git URL ending in `/owner/name[.git]`; undefined for a local path or any other URL.
 */
export function apiRepositoryOf(repository: string): string | undefined {
  if (isOwnerName(repository)) return repository.replace(/\.git$/, '');
  const url = /^https?:\/\/[^/]+\/([^/]+)\/([^/]+?)(?:\.git)?\/?$/i.exec(repository);
  const scp = /^[^/@\s]+@[^/:\s]+:([^/]+)\/([^/]+?)(?:\.git)?$/.exec(repository);
  const [, owner, name] = url ?? scp ?? [];
  return owner === undefined || name === undefined ? undefined : `${owner}/${name}`;
}

/** Whether pushing to the repository goes to the GitHub server (which wants a token). */
function onGitHub(repository: string, serverUrl: string): boolean {
  if (isOwnerName(repository)) return true;
  try {
    return new URL(repository).host === new URL(serverUrl).host;
  } catch {
    return false;
  }
}

/** publish, repository, branch and github-token: where the generated folder goes, if anywhere. */
function publishSettings(
  raw: Record<string, string>,
  env: NodeJS.ProcessEnv
): ValuesPublishSettings | undefined {
  const errors: InputError[] = [];
  const mode = raw['publish'] ?? '';
  const repository = raw['repository'] ?? '';
  const branch = raw['branch'] ?? '';
  const token = raw['github-token'] ?? '';
  const serverUrl = env['GITHUB_SERVER_URL'] || 'https://github.com';
  const apiUrl = env['GITHUB_API_URL'] || 'https://api.github.com';
  if (!(PUBLISH_MODES as readonly string[]).includes(mode))
    errors.push(new InputError('publish', mode, `must be one of ${PUBLISH_MODES.join(', ')}`));
  if (!BRANCH_NAME.test(branch))
    errors.push(new InputError('branch', branch, 'must be a branch name git accepts'));
  const publishing = mode === 'commit' || mode === 'pull-request';
  let apiRepository: string | undefined;
  if (publishing) {
    if (repository === '')
      errors.push(
        new InputError(
          'repository',
          repository,
          `is required with publish: ${mode}: the GitOps repository, owner/name on GitHub, a git URL or a local path`
        )
      );
    else if (/\s/.test(repository))
      errors.push(new InputError('repository', repository, 'must not hold white space'));
    else if (mode === 'pull-request') {
      apiRepository = apiRepositoryOf(repository);
      if (apiRepository === undefined)
        errors.push(
          new InputError(
            'repository',
            repository,
            'must be owner/name or a URL ending in /owner/name with publish: pull-request: the pull request is opened through the GitHub API, which a local path has not'
          )
        );
    }
    if (token === '' && mode === 'pull-request')
      errors.push(
        new InputError(
          'github-token',
          token,
          'is required with publish: pull-request: a token that may push to the repository and open pull requests (contents: write, pull-requests: write)'
        )
      );
    else if (token === '' && repository !== '' && onGitHub(repository, serverUrl))
      errors.push(
        new InputError(
          'github-token',
          token,
          `is required to push to ${repository} on ${serverUrl}: a token with contents: write`
        )
      );
  }
  if (errors.length > 0) throw new InputErrors(errors);
  if (!publishing) return undefined;
  return {
    mode,
    repository,
    branch,
    ...(token === '' ? {} : { token }),
    serverUrl,
    apiUrl,
    ...(apiRepository === undefined ? {} : { apiRepository })
  };
}

/** Every input of gen-values, read and checked once, before anything is read or written. */
/** The defaults of action.yml, for readers (the CLI, tests) that do not fill them in. */
export const GEN_VALUES_DEFAULTS = {
  'config-dir': DEFAULT_CONFIG_DIR,
  'out-dir': 'artifacts',
  'dry-run': 'false',
  publish: 'none',
  branch: DEFAULT_VALUES_BRANCH
} as const satisfies Readonly<Record<string, string>>;

export function getInputs(
  read: InputReader,
  workspace: string,
  env: NodeJS.ProcessEnv = process.env
): GenValuesSettings {
  const raw = readAll(read, GEN_VALUES_INPUTS);
  for (const [name, value] of Object.entries(GEN_VALUES_DEFAULTS)) raw[name] ||= value;
  // Every bad input is reported at once: the form, the paths and the publishing target.
  const [parsed, dryRun, paths, publish] = readInputGroups(
    () => parseInputs(GenValuesInputSchema, raw),
    () => parseBoolean('dry-run', raw['dry-run'] ?? '', false),
    () => checkPaths(raw, workspace),
    () => publishSettings(raw, env)
  );
  return {
    configDir: paths.configDir,
    naming: {
      ...(parsed.org === '' ? {} : { org: parsed.org }),
      cloud: parsed.cloud,
      env: parsed.env,
      region: parsed.region,
      bu: parsed.bu,
      app: parsed.app,
      owner: parsed.owner
    },
    image: parsed.image === '' ? undefined : parseImageReference(parsed.image),
    factsFile: paths.factsFile,
    outDir: paths.outDir,
    outRoot: workspace,
    dryRun,
    publish
  };
}

/** config-dir, facts-file and out-dir: the folders and the file, each where it must be. */
function checkPaths(
  raw: Record<string, string>,
  workspace: string
): { configDir: string; factsFile: string | undefined; outDir: string } {
  const errors: InputError[] = [];
  const given = (name: string) => raw[name] ?? '';
  const configDir = resolve(workspace, given('config-dir'));
  existingPath(errors, {
    input: 'config-dir',
    raw: given('config-dir'),
    path: configDir,
    kind: 'folder',
    hint:
      'expected the folder with dictionary.yaml and globals.yaml ' +
      "(start from platform-actions' examples/config, described in its README.md)"
  });

  let factsFile: string | undefined;
  if (given('facts-file') !== '') {
    factsFile = resolve(workspace, given('facts-file'));
    existingPath(errors, {
      input: 'facts-file',
      raw: given('facts-file'),
      path: factsFile,
      kind: 'file',
      hint: `expected ${FACTS_FILE}`
    });
  }

  const outDir = confinePath({ input: 'out-dir', raw: given('out-dir'), root: workspace });
  // The folder is replaced whole: it must not hold the workspace, the config or the facts.
  for (const [what, path] of [
    ['the workspace', workspace],
    ['the config folder', configDir],
    ['the runtime-facts file', factsFile]
  ] as const) {
    if (path === undefined) continue;
    const rel = relative(outDir, resolve(path));
    const outside = rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel);
    if (!outside) {
      errors.push(
        new InputError(
          'out-dir',
          given('out-dir'),
          `must be a folder of its own, not ${what} nor a folder holding it: gen-values replaces it whole`
        )
      );
      break;
    }
  }
  if (errors.length > 0) throw new InputErrors(errors);
  return { configDir, factsFile, outDir };
}
