import { existsSync, statSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { z } from 'zod';
import { confinePath } from '../../../src/common/safe-fs.js';
import { InputError } from '../../../src/common/errors.js';
import {
  parseBoolean,
  parseInputs,
  readAll,
  type InputReader
} from '../../../src/common/inputs.js';
import { parseImageReference, ImageReferenceError } from '../../../src/gitops/image.js';
import type { GenValuesSettings } from '../../../src/gitops/job.js';
import { DEFAULT_CONFIG_DIR } from '../../../src/naming/index.js';

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
  'dry-run'
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

/** Every input of gen-values, read and checked once, before anything is read or written. */
export function getInputs(read: InputReader, workspace: string): GenValuesSettings {
  const raw = readAll(read, GEN_VALUES_INPUTS);
  raw['config-dir'] ||= DEFAULT_CONFIG_DIR;
  raw['out-dir'] ||= 'artifacts';
  const parsed = parseInputs(GenValuesInputSchema, raw);
  const dryRun = parseBoolean('dry-run', parsed['dry-run'], false);

  const configDir = resolve(workspace, parsed['config-dir']);
  if (!existsSync(configDir) || !statSync(configDir).isDirectory())
    throw new InputError(
      'config-dir',
      parsed['config-dir'],
      `no such folder (${configDir}): expected the folder with dictionary.yaml and globals.yaml`
    );

  let factsFile: string | undefined;
  if (parsed['facts-file'] !== '') {
    factsFile = resolve(workspace, parsed['facts-file']);
    if (!existsSync(factsFile) || !statSync(factsFile).isFile())
      throw new InputError(
        'facts-file',
        parsed['facts-file'],
        `no such file (${factsFile}): expected tf-apply's outputs-path`
      );
  }

  const outDir = confinePath({ input: 'out-dir', raw: parsed['out-dir'], root: workspace });
  // The folder is replaced whole: it must not hold the workspace, the config or the facts.
  for (const [what, path] of [
    ['the workspace', workspace],
    ['the config folder', configDir],
    ['the runtime-facts file', factsFile]
  ] as const) {
    if (path === undefined) continue;
    const rel = relative(outDir, resolve(path));
    const outside = rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel);
    if (!outside)
      throw new InputError(
        'out-dir',
        parsed['out-dir'],
        `must be a folder of its own, not ${what} nor a folder holding it: gen-values replaces it whole`
      );
  }

  return {
    configDir,
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
    factsFile,
    outDir,
    outRoot: workspace,
    dryRun
  };
}
