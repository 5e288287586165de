import { resolve } from 'node:path';
import { z } from 'zod';
import { parseInputs, readAll, type InputReader, missingPath } from '../common/inputs.js';
import {
  DEFAULT_FACTS_PATH,
  factsPath,
  PATH_PLACEHOLDERS,
  type PublishFactsSettings
} from './publish.js';
import { checkBranchPath, GitError } from '../git/branch.js';
import { branchNameProblem } from '../git/ref-name.js';
import { CLOUDS } from '../naming/contract.js';

export const PUBLISH_FACTS_INPUTS = [
  'outputs-path',
  'cloud',
  'env',
  'target',
  'repository',
  'branch',
  'path',
  'github-token',
  'plan-id'
] as const;

export const DEFAULT_FACTS_BRANCH = 'runtime-facts';

const required = (what: string) => z.string().min(1, `is required: ${what}`);
const NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;

function schema(workspace: string) {
  return z.object({
    'outputs-path': required("tf-apply's outputs-path").superRefine((value, ctx) => {
      const problem =
        value === ''
          ? undefined
          : missingPath(resolve(workspace, value), 'file', "expected tf-apply's outputs-path");
      if (problem !== undefined) ctx.addIssue({ code: 'custom', message: problem });
    }),
    cloud: z.enum(CLOUDS, { error: `must be one of ${CLOUDS.join(', ')}` }),
    env: required('the environment').regex(
      /^[a-z][a-z0-9-]*$/,
      'must be lowercase letters, digits and hyphens, starting with a letter'
    ),
    target: required("the stack's name").regex(
      NAME,
      "must be letters, digits, '.', '_' or '-', starting with a letter or digit"
    ),
    repository: required('owner/name on GitHub, a git URL or a local path').regex(
      /^\S+$/,
      'must not hold white space'
    ),
    branch: z.string().superRefine((name, ctx) => {
      const problem = branchNameProblem(name);
      if (problem !== undefined)
        ctx.addIssue({
          code: 'custom',
          message: `must be a branch name git accepts: it ${problem}`
        });
    }),
    path: z
      .string()
      .min(1, 'is required')
      .superRefine((template, ctx) => {
        // The values filled in are names without '/', so the template alone decides the folders.
        const filled = factsPath(template, { cloud: 'c', env: 'e', target: 't' });
        if ('unknown' in filled) {
          ctx.addIssue({
            code: 'custom',
            message: `has the unknown placeholder {${filled.unknown}}: use ${PATH_PLACEHOLDERS.map((p) => `{${p}}`).join(', ')}`
          });
          return;
        }
        try {
          checkBranchPath(filled.path);
        } catch (error) {
          if (!(error instanceof GitError)) throw error;
          ctx.addIssue({
            code: 'custom',
            message: template.endsWith('/')
              ? "ends with '/', a folder: name the file, e.g. {cloud}/{env}/{target}/facts.yaml"
              : "must name a file inside the branch: relative, without '..' or '.git'"
          });
        }
      }),
    'github-token': z.string(),
    'plan-id': z.string().regex(/^[^\r\n]*$/, 'must be one line')
  });
}

/** The defaults of action.yml, for readers (the CLI, tests) that do not fill them in. */
export const PUBLISH_FACTS_DEFAULTS = {
  branch: DEFAULT_FACTS_BRANCH,
  path: DEFAULT_FACTS_PATH
} as const satisfies Readonly<Record<string, string>>;

/** Every input of publish-runtime-facts, read and checked once, before anything is read or pushed. */
export function getInputs(read: InputReader, workspace: string): PublishFactsSettings {
  const raw = readAll(read, PUBLISH_FACTS_INPUTS);
  for (const [name, value] of Object.entries(PUBLISH_FACTS_DEFAULTS)) raw[name] ||= value;
  const parsed = parseInputs(schema(workspace), raw);
  const filled = factsPath(parsed.path, {
    cloud: parsed.cloud,
    env: parsed.env,
    target: parsed.target
  }) as { path: string };
  return {
    outputsPath: resolve(workspace, parsed['outputs-path']),
    cloud: parsed.cloud,
    env: parsed.env,
    target: parsed.target,
    repository: parsed.repository,
    branch: parsed.branch,
    path: checkBranchPath(filled.path),
    ...(parsed['github-token'] === '' ? {} : { token: parsed['github-token'] }),
    planId: parsed['plan-id']
  };
}
