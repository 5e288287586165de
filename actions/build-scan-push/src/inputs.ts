import { existsSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { z } from 'zod';
import { confinePath } from '../../../src/common/safe-fs.js';
import { InputError, InputErrors } from '../../../src/common/errors.js';
import {
  parseBoolean,
  parseInputs,
  readAll,
  splitLines,
  type InputReader
} from '../../../src/common/inputs.js';
import {
  BUILD_SECRET_ADVICE,
  OCI_LABELS,
  parseKeyValues,
  secretBuildArgs
} from '../../../src/image/build-args.js';
import { BUILDERS, type BuilderName } from '../../../src/image/commands.js';
import { readIgnoreFile, type AcceptedFinding } from '../../../src/image/ignore-file.js';
import type { BuildScanPushSettings } from '../../../src/image/model.js';
import { ImageRepositoryError, parseImageRepository } from '../../../src/image/reference.js';
import { SEVERITIES, type Severity } from '../../../src/image/scan.js';
import { COMMIT_PATTERN, imageTags, tagProblem, versionProblem } from '../../../src/image/tags.js';
import { ConfigError } from '../../../src/config/yaml-source.js';

export const BUILD_SCAN_PUSH_INPUTS = [
  'context',
  'file',
  'image',
  'version',
  'extra-tags',
  'build-args',
  'build-secrets',
  'labels',
  'builder',
  'registry-username',
  'registry-password',
  'scan',
  'fail-on',
  'ignore-file',
  'sign',
  'cosign-key',
  'cosign-password',
  'push'
] as const;

/** Inputs whose values are secrets: masked before anything else reads them. */
export const SECRET_INPUTS = ['registry-password', 'cosign-password', 'cosign-key'] as const;

/** The form of each input; files and cross-input rules are checked after. */
const BuildScanPushInputSchema = z.object({
  context: z.string(),
  file: z.string(),
  image: z
    .string()
    .min(1, 'is required: the repository to push to, e.g. ghcr.io/acme/payments/api')
    .superRefine((value, ctx) => {
      try {
        parseImageRepository(value);
      } catch (error) {
        if (!(error instanceof ImageRepositoryError)) throw error;
        ctx.addIssue({ code: 'custom', message: error.message });
      }
    }),
  version: z
    .string()
    .min(1, 'is required: the semantic version of the build, e.g. 1.4.2')
    .superRefine((value, ctx) => {
      const problem = versionProblem(value);
      if (problem !== undefined) ctx.addIssue({ code: 'custom', message: problem });
    }),
  'extra-tags': z.string().superRefine((value, ctx) => {
    for (const tag of splitLines(value.replace(/,/g, '\n'))) {
      const problem = tagProblem(tag);
      if (problem !== undefined)
        ctx.addIssue({ code: 'custom', message: `tag '${tag}' ${problem}` });
    }
  }),
  'build-args': z.string(),
  'build-secrets': z.string(),
  labels: z.string(),
  builder: z.enum(['', ...BUILDERS], {
    error: `must be ${BUILDERS.join(' or ')}, or empty for what the runner has`
  }),
  'registry-username': z.string(),
  'registry-password': z.string(),
  scan: z.string(),
  'fail-on': z.string().superRefine((value, ctx) => {
    const items = value
      .split(',')
      .map((s) => s.trim().toUpperCase())
      .filter((s) => s !== '');
    if (items.length === 0)
      ctx.addIssue({
        code: 'custom',
        message: `must name at least one of ${SEVERITIES.join(', ')}`
      });
    for (const item of items)
      if (!(SEVERITIES as readonly string[]).includes(item))
        ctx.addIssue({
          code: 'custom',
          message: `'${item}' is not a severity: use ${SEVERITIES.join(', ')}, comma-separated`
        });
  }),
  'ignore-file': z.string(),
  sign: z.string(),
  'cosign-key': z.string(),
  'cosign-password': z.string(),
  push: z.string()
});

/** Where the action runs: the runner's folders and the commit being built. */
export interface RunnerContext {
  workspace: string;
  temp: string;
  env: NodeJS.ProcessEnv;
}

function inside(workspace: string, path: string): boolean {
  const rel = relative(workspace, path);
  return rel === '' || !(rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel));
}

/**
 * Every input of build-scan-push, read and checked once, all problems reported together, before a
 * file is written or a tool is run.
 */
export function getInputs(read: InputReader, runner: RunnerContext): BuildScanPushSettings {
  const raw = readAll(read, BUILD_SCAN_PUSH_INPUTS);
  raw.context ||= '.';
  raw['fail-on'] ||= 'CRITICAL,HIGH';
  const errors: InputError[] = [];
  let parsed: z.infer<typeof BuildScanPushInputSchema> | undefined;
  try {
    parsed = parseInputs(BuildScanPushInputSchema, raw);
  } catch (error) {
    if (!(error instanceof InputErrors)) throw error;
    errors.push(...error.errors);
  }
  const bool = (name: 'scan' | 'sign' | 'push', fallback: boolean): boolean => {
    try {
      return parseBoolean(name, raw[name] ?? '', fallback);
    } catch (error) {
      errors.push(error as InputError);
      return fallback;
    }
  };
  const scan = bool('scan', true);
  const sign = bool('sign', false);
  const push = bool('push', true);

  const confined = (input: 'context' | 'file', value: string): string => {
    try {
      return confinePath({ input, raw: value, root: runner.workspace });
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      errors.push(error);
      return resolve(runner.workspace, value);
    }
  };
  const context = confined('context', raw.context ?? '.');
  if (!existsSync(context) || !statSync(context).isDirectory())
    errors.push(new InputError('context', raw.context ?? '', `no such folder (${context})`));
  let file = '';
  if (raw.file !== '') {
    file = confined('file', raw.file ?? '');
    if (!existsSync(file) || !statSync(file).isFile())
      errors.push(new InputError('file', raw.file ?? '', `no such file (${file})`));
  } else {
    const found = ['Containerfile', 'Dockerfile'].map((f) => join(context, f)).find(existsSync);
    if (found === undefined)
      errors.push(
        new InputError('file', '', `no Containerfile or Dockerfile in ${context}: name the file`)
      );
    else file = found;
  }

  const buildArgs = parseKeyValues(splitLines(raw['build-args'] ?? ''), 'build-args');
  for (const p of buildArgs.problems) errors.push(new InputError('build-args', p.line, p.rule));
  const secretValues = [raw['registry-password'] ?? '', raw['cosign-password'] ?? ''];
  for (const name of secretBuildArgs(buildArgs.items, secretValues))
    errors.push(new InputError('build-args', name, `looks like a secret: ${BUILD_SECRET_ADVICE}`));

  const secrets: BuildScanPushSettings['secrets'] = [];
  const secretLines = parseKeyValues(splitLines(raw['build-secrets'] ?? ''), 'build-args');
  for (const p of secretLines.problems)
    errors.push(new InputError('build-secrets', p.line, `${p.rule} (id=ENVIRONMENT_VARIABLE)`));
  for (const { name, value } of secretLines.items) {
    const secret = runner.env[value];
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(value) || secret === undefined)
      errors.push(
        new InputError(
          'build-secrets',
          name,
          `must be ${name}=<environment variable set in the step's env:>, and '${value}' is not set`
        )
      );
    else secrets.push({ id: name, env: value, value: secret });
  }

  const labels = parseKeyValues(splitLines(raw.labels ?? ''), 'labels');
  for (const p of labels.problems) errors.push(new InputError('labels', p.line, p.rule));
  for (const label of labels.items)
    if ((Object.values(OCI_LABELS) as string[]).includes(label.name))
      errors.push(
        new InputError('labels', label.name, 'is set by the action from the commit and version')
      );

  const username = raw['registry-username'] ?? '';
  const password = raw['registry-password'] ?? '';
  if ((username === '') !== (password === ''))
    errors.push(
      username === ''
        ? new InputError('registry-username', '', 'is required when registry-password is set')
        : new InputError('registry-password', '', 'is required when registry-username is set')
    );

  let accepted: AcceptedFinding[] = [];
  let ignoreFile: string | undefined;
  if (raw['ignore-file'] !== '') {
    ignoreFile = resolve(runner.workspace, raw['ignore-file'] ?? '');
    try {
      accepted = readIgnoreFile(ignoreFile);
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      errors.push(new InputError('ignore-file', raw['ignore-file'] ?? '', `\n${error.message}`));
    }
  }

  let cosignKey: BuildScanPushSettings['cosignKey'];
  const key = raw['cosign-key'] ?? '';
  if (key.startsWith('-----BEGIN')) cosignKey = { kind: 'pem', text: `${key.trim()}\n` };
  else if (key !== '') {
    const path = resolve(runner.workspace, key);
    if (!inside(runner.workspace, path) || !existsSync(path))
      errors.push(
        new InputError(
          'cosign-key',
          '***',
          'must be a PEM private key or a file in the workspace holding one'
        )
      );
    else cosignKey = { kind: 'file', path };
  }
  if (sign && !push)
    errors.push(
      new InputError('sign', 'true', 'needs push: only a digest in the registry can be signed')
    );
  if (sign && key === '' && (runner.env['ACTIONS_ID_TOKEN_REQUEST_URL'] ?? '') === '')
    errors.push(
      new InputError(
        'cosign-key',
        '',
        'is required to sign without an OIDC token: give a key, or let the job sign keyless with `permissions: id-token: write`'
      )
    );

  const commit = runner.env['GITHUB_SHA'] ?? '';
  if (!COMMIT_PATTERN.test(commit))
    errors.push(
      new InputError(
        'version',
        raw.version ?? '',
        `needs the commit for its tag, but GITHUB_SHA is '${commit}'`
      )
    );

  if (errors.length > 0 || parsed === undefined) throw new InputErrors(errors);

  const server = runner.env['GITHUB_SERVER_URL'] ?? 'https://github.com';
  const epoch = Number(runner.env['SOURCE_DATE_EPOCH']);
  return {
    context,
    file,
    repository: parseImageRepository(parsed.image),
    version: parsed.version,
    commit,
    tags: imageTags(parsed.version, commit, splitLines(parsed['extra-tags'].replace(/,/g, '\n'))),
    buildArgs: buildArgs.items,
    labels: labels.items,
    secrets,
    builder: parsed.builder === '' ? undefined : (parsed.builder as BuilderName),
    credentials: username === '' ? undefined : { username, password },
    scan,
    failOn: [
      ...new Set(
        parsed['fail-on']
          .split(',')
          .map((s) => s.trim().toUpperCase())
          .filter((s) => s !== '')
      )
    ] as Severity[],
    ignoreFile,
    accepted,
    sign,
    cosignKey,
    cosignPassword: raw['cosign-password'] ?? '',
    push,
    sourceUrl: `${server}/${runner.env['GITHUB_REPOSITORY'] ?? ''}`,
    sourceDateEpoch: Number.isInteger(epoch) && epoch > 0 ? epoch : undefined,
    env: runner.env,
    workDir: runner.temp
  };
}
