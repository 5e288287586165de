import { errorMessage } from '../common/errors.js';
import { StateLockError } from '../terraform/diagnostics.js';
import type { PlannedAction, PlanSummary } from '../terraform/plan.js';

/**
 * What a check of a stack found: the engine's plan says nothing would change (`none`), something
 * would (`changes`: the real infrastructure or its state has moved away from the code), or the
 * check could not tell (`error`: a held lock, refused credentials, a broken configuration). An
 * error is never counted as drift or as no drift. Pure: no I/O.
 */
export const DRIFT_STATES = ['none', 'changes', 'error'] as const;
export type DriftState = (typeof DRIFT_STATES)[number];

/** Why a check could not tell. */
export type DriftErrorKind = 'lock' | 'credentials' | 'engine';

export interface DriftResource {
  address: string;
  action: PlannedAction;
}

export interface DriftReport {
  stack: string;
  drift: DriftState;
  add: number;
  change: number;
  destroy: number;
  replace: number;
  /** The resources the plan would touch (addresses and actions only: never a value). */
  resources: DriftResource[];
  /** The outputs whose value would change (names only). */
  outputs: string[];
  /** When `drift` is `error`: the kind and the engine's message. */
  error?: { kind: DriftErrorKind; message: string };
}

/**
 * The drift of a plan from the engine's `-detailed-exitcode`: 2 is drift, 0 is none. The summary
 * only gives the counts and the addresses to show.
 */
export function driftFromPlan(
  stack: string,
  plan: { detailedExitCode: 0 | 2; summary: PlanSummary }
): DriftReport {
  const s = plan.summary;
  return {
    stack,
    drift: plan.detailedExitCode === 2 ? 'changes' : 'none',
    add: s.add,
    change: s.change,
    destroy: s.destroy,
    replace: s.replace,
    resources: s.resources.map((r) => ({ address: r.address, action: r.action })),
    outputs: s.outputs.map((o) => o.name)
  };
}

/** Words the engine and its providers use when credentials are missing, wrong or refused. */
const CREDENTIALS =
  /no valid credential|NoCredentialProviders|InvalidAccessKeyId|InvalidClientTokenId|SignatureDoesNotMatch|ExpiredToken|AccessDenied|UnrecognizedClientException|AuthorizationFailed|invalid_grant|could not find default credentials|failed to refresh cached credentials|password authentication failed|status code: 40[13]|StatusCode: 40[13]|\b401 Unauthorized\b|\b403 Forbidden\b/i;

export function classifyDriftError(error: unknown): DriftErrorKind {
  if (error instanceof StateLockError) return 'lock';
  return CREDENTIALS.test(errorMessage(error)) ? 'credentials' : 'engine';
}

/** A check that failed: an error, with no counts. */
export function driftFromError(stack: string, error: unknown): DriftReport {
  return {
    stack,
    drift: 'error',
    add: 0,
    change: 0,
    destroy: 0,
    replace: 0,
    resources: [],
    outputs: [],
    error: { kind: classifyDriftError(error), message: errorMessage(error) }
  };
}

/** The report under the names of tf-plan's drift outputs. */
export function driftOutputs(report: DriftReport): Record<string, string> {
  return {
    drift: report.drift,
    'drift-error': report.error === undefined ? '' : `${report.error.kind}: ${report.error.message}`
  };
}

/** The worst of several checks: an error beats drift, drift beats none. */
export function overallDrift(reports: readonly DriftReport[]): DriftState {
  if (reports.some((r) => r.drift === 'error')) return 'error';
  return reports.some((r) => r.drift === 'changes') ? 'changes' : 'none';
}
