import { InputError, InputErrors } from '../common/errors.js';
import { DEFAULT_AUDIT_FILE } from '../audit/trail.js';
import { parseBoolean, type InputReader } from '../common/inputs.js';
import { readAuditSettings, type AuditSettings } from '../governance/audit.js';
import type { TrailLocation } from './job.js';
import {
  APP_PATTERN,
  checkApp,
  checkDigest,
  checkEnvironment,
  ENVIRONMENT_CHAIN,
  immutableTagProblem,
  parseVerifiedImage,
  PromotionInputError,
  type PromotionRequest,
  type VerifiedImage
} from './promotion.js';

/** What verify-gates records of a verification, so that promotion can rest on it. */
export interface VerificationRecordSettings {
  app: string;
  environment: string;
  image: VerifiedImage;
  commit: string;
  audit: AuditSettings;
}

export const VERIFICATION_RECORD_INPUTS = [
  'app',
  'environment',
  'image',
  'commit',
  'github-token',
  'audit-branch',
  'audit-repository'
] as const;

/**
 * verify-gates' record inputs: none of them (no `app`) records nothing; with `app`, the
 * environment, the image (`repository:tag@sha256:…`, the immutable tag of the commit), the commit
 * and a trail to append to are all required, each checked before any check runs.
 */
export function readVerificationRecord(
  read: InputReader,
  env: NodeJS.ProcessEnv
): VerificationRecordSettings | undefined {
  const app = read('app');
  if (app === '') return undefined;
  const errors: InputError[] = [];
  if (!APP_PATTERN.test(app))
    errors.push(
      new InputError('app', app, "lowercase letters, digits and '-', starting with a letter")
    );
  const environment = read('environment');
  if (!(ENVIRONMENT_CHAIN as readonly string[]).includes(environment))
    errors.push(
      new InputError(
        'environment',
        environment,
        `one of ${ENVIRONMENT_CHAIN.join(', ')} (the promotion chain)`
      )
    );
  const commit = read('commit') || env['GITHUB_SHA'] || '';
  if (!/^[0-9a-f]{40}$/.test(commit))
    errors.push(
      new InputError('commit', commit, 'the full 40-hex commit the image was built from')
    );
  let image: VerifiedImage | undefined;
  const reference = read('image');
  try {
    image = parseVerifiedImage(reference);
    const problem = immutableTagProblem(image.tag, commit);
    if (problem !== undefined) errors.push(new InputError('image', reference, problem));
  } catch (error) {
    if (!(error instanceof PromotionInputError)) throw error;
    errors.push(
      new InputError(
        'image',
        reference,
        "must be repository:tag@sha256:<64 hex> (build-scan-push's image and digest)"
      )
    );
  }
  let audit: AuditSettings | undefined;
  try {
    audit = readAuditSettings(read, env, read('github-token'));
    if (audit === undefined)
      errors.push(
        new InputError(
          'github-token',
          '',
          'needed with app: the verification is appended to the audit trail (or name audit-repository)'
        )
      );
  } catch (error) {
    if (error instanceof InputError) errors.push(error);
    else throw error;
  }
  if (errors.length > 0 || image === undefined || audit === undefined)
    throw new InputErrors(errors);
  return { app, environment, image, commit, audit };
}

/** promote's inputs. */
export const PROMOTE_INPUTS = [
  'app',
  'from',
  'to',
  'digest',
  'dry-run',
  'github-token',
  'audit-branch',
  'audit-repository'
] as const;

export interface PromoteInputs {
  request: PromotionRequest;
  dryRun: boolean;
  trail: TrailLocation;
}

/**
 * promote's inputs, every one checked (each bad one named) before the trail is read: the app, two
 * environments of the chain, a digest when given, and where the trail is.
 */
export function readPromoteInputs(read: InputReader, env: NodeJS.ProcessEnv): PromoteInputs {
  const errors: InputError[] = [];
  const check = <T>(fn: () => T): T | undefined => {
    try {
      return fn();
    } catch (error) {
      if (error instanceof PromotionInputError)
        errors.push(
          new InputError(error.flag, read(error.flag), error.message.replace(/^--\S+ '[^']*' /, ''))
        );
      else if (error instanceof InputError) errors.push(error);
      else throw error;
      return undefined;
    }
  };
  const app = check(() => checkApp(read('app')));
  const from = check(() => checkEnvironment(read('from'), 'from'));
  const to = check(() => checkEnvironment(read('to'), 'to'));
  const given = read('digest');
  const digest = given === '' ? undefined : check(() => checkDigest(given));
  const dryRun = check(() => parseBoolean('dry-run', read('dry-run'), false));
  const token = read('github-token');
  const audit = check(() => {
    const settings = readAuditSettings(read, env, token);
    if (settings === undefined)
      throw new InputError(
        'audit-branch',
        read('audit-branch'),
        'the trail is where the verifications are read from: name a branch (and give github-token or audit-repository)'
      );
    return settings;
  });
  if (
    errors.length > 0 ||
    app === undefined ||
    from === undefined ||
    to === undefined ||
    dryRun === undefined ||
    audit === undefined
  )
    throw new InputErrors(errors);
  return {
    request: { app, from, to, ...(digest === undefined ? {} : { digest }) },
    dryRun,
    trail: {
      repository: audit.repository,
      branch: audit.branch,
      file: DEFAULT_AUDIT_FILE,
      ...(audit.token === undefined ? {} : { token: audit.token })
    }
  };
}
