import type { AuditEvent, AuditRecord } from '../audit/chain.js';
import { ActionError } from '../common/errors.js';
import { SHORT_SHA_LENGTH } from '../image/tags.js';

/**
 * Promotion dev → stg → prod of exactly what was verified: the image digest and the commit that
 * passed verify-gates in the environment before. What passed is read from the audit trail (the
 * `verification` records verify-gates appends), never from a label or a tag. Pure: no I/O.
 */

export const ENVIRONMENT_CHAIN = ['dev', 'stg', 'prod'] as const;
export type ChainEnvironment = (typeof ENVIRONMENT_CHAIN)[number];

export const DIGEST_PATTERN = /^sha256:[0-9a-f]{64}$/;
/** An app name as the naming rules allow it: lowercase letters, digits and '-'. */
export const APP_PATTERN = /^[a-z][a-z0-9-]{0,62}$/;
/** The immutable tag: a semantic version, then '-' and the commit's short SHA. */
export const IMMUTABLE_TAG_PATTERN = new RegExp(
  `^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-[0-9A-Za-z.-]+)?-([0-9a-f]{${SHORT_SHA_LENGTH}})$`
);
const COMMIT = /^[0-9a-f]{40}$/;

export class PromotionInputError extends ActionError {
  constructor(
    readonly flag: string,
    message: string
  ) {
    super(message);
  }
}

/** A pushed image as verify-gates is told of it: `repository:tag@sha256:…`. */
export interface VerifiedImage {
  repository: string;
  tag: string;
  digest: string;
}

/** Parses `registry/path/name:tag@sha256:<64 hex>`; the tag and the digest are both required. */
export function parseVerifiedImage(reference: string, flag = 'image'): VerifiedImage {
  const at = reference.lastIndexOf('@');
  const name = at < 0 ? reference : reference.slice(0, at);
  const digest = at < 0 ? '' : reference.slice(at + 1);
  const slash = name.lastIndexOf('/');
  const colon = name.lastIndexOf(':');
  const tag = colon > slash ? name.slice(colon + 1) : '';
  const repository = colon > slash ? name.slice(0, colon) : name;
  if (!DIGEST_PATTERN.test(digest) || tag === '' || repository === '' || /\s/.test(reference))
    throw new PromotionInputError(
      flag,
      `${flag} '${reference}' must be repository:tag@sha256:<64 hex>, the tag the immutable one (semver-shortsha)`
    );
  return { repository, tag, digest };
}

export function checkEnvironment(value: string, flag: string): ChainEnvironment {
  if (!(ENVIRONMENT_CHAIN as readonly string[]).includes(value))
    throw new PromotionInputError(
      flag,
      `--${flag} '${value}' is not an environment of the chain ${ENVIRONMENT_CHAIN.join(' → ')}`
    );
  return value as ChainEnvironment;
}

export function checkDigest(value: string, flag = 'digest'): string {
  if (!DIGEST_PATTERN.test(value))
    throw new PromotionInputError(
      flag,
      `--${flag} '${value}' is not an image digest: expected sha256: and 64 lowercase hex digits`
    );
  return value;
}

export function checkApp(value: string, flag = 'app'): string {
  if (!APP_PATTERN.test(value))
    throw new PromotionInputError(
      flag,
      `--${flag} '${value}' is not an app name: lowercase letters, digits and '-', starting with a letter`
    );
  return value;
}

/** Why a tag is not the immutable tag of that commit, or undefined. */
export function immutableTagProblem(tag: string, commit: string): string | undefined {
  const match = IMMUTABLE_TAG_PATTERN.exec(tag);
  if (match === null) return `'${tag}' is not an immutable tag (semver, '-', short SHA)`;
  if (!commit.startsWith(match[4] ?? '-'))
    return `'${tag}' names commit ${match[4] ?? ''}, but the verified commit is ${commit}`;
  return undefined;
}

export interface VerificationFacts {
  app: string;
  environment: string;
  image: VerifiedImage;
  commit: string;
  result: 'passed' | 'failed';
  /** sha256 of the report written by verify-gates. */
  reportSha256: string;
  checks: number;
}

/** Who recorded an event of an app, when, where and from which run. */
export interface EventScope {
  actor: string;
  time: string;
  repository: string;
  runUrl: string;
}

/** An audit event of an app in an environment (no stack, no plan): a verification or a promotion. */
function appEvent(
  kind: 'verification' | 'promotion',
  commit: string,
  app: string,
  environment: string,
  scope: EventScope,
  details: Record<string, unknown>
): AuditEvent {
  return {
    kind,
    actor: scope.actor || 'unknown',
    time: scope.time,
    repository: scope.repository,
    commit,
    stack: `${app}/${environment}`,
    planId: '',
    runUrl: scope.runUrl,
    details
  };
}

export function verificationEvent(facts: VerificationFacts, scope: EventScope): AuditEvent {
  return appEvent('verification', facts.commit, facts.app, facts.environment, scope, {
    app: facts.app,
    environment: facts.environment,
    image: facts.image.repository,
    tag: facts.image.tag,
    digest: facts.image.digest,
    result: facts.result,
    reportSha256: facts.reportSha256,
    checks: facts.checks
  });
}

/** A verification or a promotion read back from the trail. */
interface ImageRecord {
  seq: number;
  time: string;
  commit: string;
  app: string;
  environment: string;
  image: string;
  tag: string;
  digest: string;
  result?: string;
}

function str(d: Record<string, unknown>, key: string): string {
  const v = d[key];
  return typeof v === 'string' ? v : '';
}

/**
 * The app's image records of one kind: its verifications (the environment verified, with their
 * result) or its promotions (the environment promoted to).
 */
function imageRecords(
  records: readonly AuditRecord[],
  app: string,
  kind: 'verification' | 'promotion'
): ImageRecord[] {
  return records
    .filter((r) => r.kind === kind && str(r.details ?? {}, 'app') === app)
    .map((r) => {
      const d = r.details ?? {};
      return {
        seq: r.seq,
        time: r.time,
        commit: r.commit,
        app,
        environment: str(d, kind === 'verification' ? 'environment' : 'to'),
        image: str(d, 'image'),
        tag: str(d, 'tag'),
        digest: str(d, 'digest'),
        ...(kind === 'verification' ? { result: str(d, 'result') } : {})
      };
    });
}

const verifications = (records: readonly AuditRecord[], app: string): ImageRecord[] =>
  imageRecords(records, app, 'verification');
const promotions = (records: readonly AuditRecord[], app: string): ImageRecord[] =>
  imageRecords(records, app, 'promotion');

export interface PromotionRequest {
  app: string;
  from: ChainEnvironment;
  to: ChainEnvironment;
  /** The digest to promote; default: the last one that passed in `from`. */
  digest?: string;
}

export interface Promotion {
  app: string;
  from: ChainEnvironment;
  to: ChainEnvironment;
  image: string;
  tag: string;
  digest: string;
  commit: string;
  /** The verification it rests on: its line in the trail and when it passed. */
  verifiedSeq: number;
  verifiedAt: string;
  /** What `to` runs now (the last promotion there), if anything. */
  current?: { digest: string; tag: string };
  /** The digest ran in `to` before and something else runs there now: a rollback. */
  rollback: boolean;
  /** `to` already runs this digest: promoting again changes nothing. */
  unchanged: boolean;
  /** Why, in words, for the dry run and the summary. */
  why: string[];
}

export type PromotionDecision = { ok: true; promotion: Promotion } | { ok: false; reason: string };

const short = (digest: string) => digest.slice(0, 'sha256:'.length + 12);

export function decidePromotion(
  request: PromotionRequest,
  records: readonly AuditRecord[]
): PromotionDecision {
  const { app, from, to } = request;
  const next = ENVIRONMENT_CHAIN[ENVIRONMENT_CHAIN.indexOf(from) + 1];
  if (next !== to)
    return {
      ok: false,
      reason:
        next === undefined
          ? `--from ${from} is the end of the chain ${ENVIRONMENT_CHAIN.join(' → ')}: nothing comes after it`
          : `--to ${to} is not the next environment after ${from}: promote ${from} → ${next} (chain ${ENVIRONMENT_CHAIN.join(' → ')})`
    };
  const verified = verifications(records, app);
  const inFrom = verified.filter((v) => v.environment === from);
  let chosen: ImageRecord | undefined;
  if (request.digest !== undefined) {
    const ofDigest = inFrom.filter((v) => v.digest === request.digest);
    const last = ofDigest.at(-1);
    if (last === undefined)
      return {
        ok: false,
        reason: `${app} has no verification of ${request.digest} in ${from} in the audit trail: verify-gates must pass there before it is promoted`
      };
    if (last.result !== 'passed')
      return {
        ok: false,
        reason: `the last verification of ${request.digest} for ${app} in ${from} (line ${last.seq}, ${last.time}) ${last.result === '' ? 'has no result' : last.result}: it is not promoted`
      };
    chosen = last;
  } else {
    chosen = inFrom.filter((v) => v.result === 'passed').at(-1);
    if (chosen === undefined)
      return {
        ok: false,
        reason: `${app} has no passed verification in ${from} in the audit trail: nothing to promote`
      };
    const after = inFrom.filter((v) => v.seq > (chosen?.seq ?? 0) && v.digest === chosen?.digest);
    if (after.length > 0)
      return {
        ok: false,
        reason: `the last verification of ${chosen.digest} for ${app} in ${from} (line ${after.at(-1)?.seq ?? 0}) did not pass: give --digest to promote another one`
      };
  }
  const problem = immutableTagProblem(chosen.tag, chosen.commit);
  if (problem !== undefined)
    return { ok: false, reason: `the verified image of line ${chosen.seq}: ${problem}` };
  if (!COMMIT.test(chosen.commit))
    return {
      ok: false,
      reason: `the verification of line ${chosen.seq} names no full commit ('${chosen.commit}'): not promoted`
    };
  // The tag is immutable: any record of the same repository and tag with another digest means the
  // tag was (or would be) moved.
  const moved = [...verified, ...promotions(records, app)].find(
    (r) => r.image === chosen?.image && r.tag === chosen.tag && r.digest !== chosen.digest
  );
  if (moved !== undefined)
    return {
      ok: false,
      reason:
        `tag ${chosen.image}:${chosen.tag} would be moved: line ${moved.seq} of the trail binds it to ` +
        `${moved.digest}, the verification of line ${chosen.seq} to ${chosen.digest}. An immutable ` +
        `tag names one digest; build a new version instead.`
    };
  const inTo = promotions(records, app).filter((p) => p.environment === to);
  const current = inTo.at(-1);
  const unchanged = current?.digest === chosen.digest;
  const rollback =
    !unchanged && current !== undefined && inTo.some((p) => p.digest === chosen?.digest);
  const why = [
    `${chosen.image}:${chosen.tag}@${chosen.digest} (commit ${chosen.commit}) passed verify-gates in ${from} at ${chosen.time} (audit line ${chosen.seq})`,
    `${to} is the environment after ${from}`,
    `tag ${chosen.tag} has named only ${short(chosen.digest)}… in the trail`,
    current === undefined
      ? `${to} has no promotion of ${app} yet`
      : unchanged
        ? `${to} already runs it: promoting again changes nothing`
        : rollback
          ? `${to} runs ${current.tag} (${short(current.digest)}…) now and ran this digest before: a rollback`
          : `${to} runs ${current.tag} (${short(current.digest)}…) now`
  ];
  return {
    ok: true,
    promotion: {
      app,
      from,
      to,
      image: chosen.image,
      tag: chosen.tag,
      digest: chosen.digest,
      commit: chosen.commit,
      verifiedSeq: chosen.seq,
      verifiedAt: chosen.time,
      ...(current === undefined ? {} : { current: { digest: current.digest, tag: current.tag } }),
      rollback,
      unchanged,
      why
    }
  };
}

export function promotionEvent(p: Promotion, scope: EventScope): AuditEvent {
  return appEvent('promotion', p.commit, p.app, p.to, scope, {
    app: p.app,
    from: p.from,
    to: p.to,
    image: p.image,
    tag: p.tag,
    digest: p.digest,
    verifiedSeq: p.verifiedSeq,
    rollback: p.rollback
  });
}

/** The promotion under the names of the outputs a workflow chains (gen-values' `image`). */
export function promotionOutputs(p: Promotion, dryRun: boolean): Record<string, string> {
  return {
    app: p.app,
    from: p.from,
    to: p.to,
    image: `${p.image}@${p.digest}`,
    tag: p.tag,
    digest: p.digest,
    commit: p.commit,
    rollback: String(p.rollback),
    unchanged: String(p.unchanged),
    'dry-run': String(dryRun)
  };
}
