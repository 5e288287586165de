import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import { parseDuration } from '../common/duration.js';
import { InputError, InputErrors } from '../common/errors.js';
import {
  booleanField,
  durationField,
  isTrue,
  parseInputs,
  readAll,
  type InputReader,
  existingPath
} from '../common/inputs.js';
import type { ArgoCdSyncSettings } from './sync-job.js';

export const ARGOCD_SYNC_INPUTS = [
  'server',
  'auth-token',
  'application',
  'revision',
  'prune',
  'refresh',
  'timeout',
  'interval',
  'request-timeout',
  'ca-file',
  'rollback-on-failure'
] as const;

/** The defaults of action.yml, for readers (the CLI, tests) that do not fill them in. */
export const ARGOCD_SYNC_DEFAULTS = {
  prune: 'false',
  refresh: 'normal',
  timeout: '10m',
  interval: '5s',
  'request-timeout': '30s',
  'rollback-on-failure': 'false'
} as const satisfies Readonly<Record<string, string>>;

const boolean = booleanField;

/** A Kubernetes object name (DNS-1123 subdomain), as Argo CD names applications. */
const APP_NAME = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

const duration = durationField;

const ArgoCdSyncInputSchema = z.object({
  server: z.string().superRefine((value, ctx) => {
    if (value === '') {
      ctx.addIssue({ code: 'custom', message: 'is required: the URL of the Argo CD API server' });
      return;
    }
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      ctx.addIssue({ code: 'custom', message: 'must be an http:// or https:// URL' });
      return;
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:')
      ctx.addIssue({ code: 'custom', message: 'must be an http:// or https:// URL' });
    else if (url.username !== '' || url.password !== '')
      ctx.addIssue({
        code: 'custom',
        message: 'must not hold credentials: give the token in auth-token'
      });
    else if (url.search !== '' || url.hash !== '')
      ctx.addIssue({ code: 'custom', message: 'must have no query or fragment' });
  }),
  'auth-token': z.string().min(1, 'is required: an Argo CD account or project token'),
  application: z
    .string()
    .min(1, 'is required: the name of the Argo CD Application')
    .max(253, 'must be at most 253 characters')
    .regex(APP_NAME, 'must be an Argo CD Application name: lowercase letters, digits, - and .'),
  revision: z
    .string()
    .max(255, 'must be at most 255 characters')
    .regex(/^[^\s]*$/, 'must be a commit SHA, branch or tag, without white space'),
  prune: boolean,
  refresh: z.enum(['normal', 'hard'], 'must be normal or hard'),
  timeout: duration(1000, 6 * 3_600_000, 'the whole wait'),
  interval: duration(10, 600_000, 'between two looks at the application'),
  'request-timeout': duration(100, 600_000, 'for each request'),
  'ca-file': z.string(),
  'rollback-on-failure': boolean
});

/** Every input of argocd-sync, read and checked once, before any request is sent. */
export function getInputs(read: InputReader, workspace: string): ArgoCdSyncSettings {
  const raw = readAll(read, ARGOCD_SYNC_INPUTS);
  for (const [name, value] of Object.entries(ARGOCD_SYNC_DEFAULTS)) raw[name] ||= value;
  const errors: InputError[] = [];
  let parsed: z.infer<typeof ArgoCdSyncInputSchema> | undefined;
  try {
    parsed = parseInputs(ArgoCdSyncInputSchema, raw);
  } catch (error) {
    if (!(error instanceof InputErrors)) throw error;
    errors.push(...error.errors);
  }
  let ca: string | undefined;
  const caFile = raw['ca-file'] ?? '';
  if (caFile !== '') {
    const path = existingPath(errors, {
      input: 'ca-file',
      raw: caFile,
      path: resolve(workspace, caFile),
      kind: 'file',
      hint: "expected the PEM of the CA that signed the server's certificate"
    });
    if (path !== undefined) {
      ca = readFileSync(path, 'utf8');
      if (!ca.includes('-----BEGIN CERTIFICATE-----'))
        errors.push(
          new InputError(
            'ca-file',
            caFile,
            'must hold PEM certificates (-----BEGIN CERTIFICATE-----)'
          )
        );
    }
  }
  if (parsed !== undefined && ca !== undefined && new URL(parsed.server).protocol !== 'https:')
    errors.push(new InputError('ca-file', caFile, 'is given, but server is not an https:// URL'));
  if (errors.length > 0 || parsed === undefined) throw new InputErrors(errors);

  return {
    server: parsed.server.replace(/\/+$/, ''),
    token: parsed['auth-token'],
    application: parsed.application,
    revision: parsed.revision === '' ? undefined : parsed.revision,
    prune: isTrue(parsed.prune),
    refresh: parsed.refresh,
    timeoutMs: parseDuration(parsed.timeout) ?? 0,
    intervalMs: parseDuration(parsed.interval) ?? 0,
    requestTimeoutMs: parseDuration(parsed['request-timeout']) ?? 0,
    ca,
    rollbackOnFailure: isTrue(parsed['rollback-on-failure'])
  };
}
