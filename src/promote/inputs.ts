import { InputError, InputErrors } from '../common/errors.js';
import type { InputReader } from '../common/inputs.js';
import { readAuditSettings, type AuditSettings } from '../governance/audit.js';
import {
  APP_PATTERN,
  ENVIRONMENT_CHAIN,
  immutableTagProblem,
  parseVerifiedImage,
  PromotionInputError,
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
