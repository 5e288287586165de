import type { AuditRecord } from '../audit/chain.js';
import {
  AuditChainError,
  AuditLogMissingError,
  verifyAuditLog,
  type AuditEvent
} from '../audit/trail.js';
import { readBranchFile } from '../git/branch.js';
import type { Log } from '../common/log.js';
import {
  decidePromotion,
  promotionEvent,
  type Promotion,
  type PromotionRequest
} from './promotion.js';
import { ActionError } from '../common/errors.js';

export class PromotionRefusedError extends ActionError {}

export interface TrailLocation {
  repository: string;
  branch: string;
  file: string;
  token?: string;
}

/**
 * The records of the audit trail, read with real git, only once its whole chain checks: a trail
 * that was edited proves nothing about what passed.
 */
export async function readTrailRecords(trail: TrailLocation): Promise<AuditRecord[]> {
  const report = await verifyAuditLog(trail);
  if (!report.verdict.ok)
    throw new AuditChainError(
      `The audit log ${trail.file} on ${trail.branch} is broken at line ${report.verdict.line} (${report.verdict.reason}): ${report.verdict.detail}. Nothing is promoted from a trail that does not check.`
    );
  const read = await readBranchFile({
    repository: trail.repository,
    branch: trail.branch,
    path: trail.file,
    ...(trail.token === undefined ? {} : { token: trail.token })
  });
  if (read.text === undefined)
    throw new AuditLogMissingError(`The branch ${trail.branch} has no file ${trail.file}`);
  return read.text
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as AuditRecord);
}

export interface PromoteSettings {
  request: PromotionRequest;
  dryRun: boolean;
  trail: TrailLocation;
  actor: string;
  repository: string;
  runUrl: string;
}

/**
 * Decides from the trail and, unless a dry run, records the promotion in it. Never builds, tags or
 * pushes an image: the result names the digest the next steps deploy.
 */
export async function runPromote(
  settings: PromoteSettings,
  deps: {
    log: Log;
    read?: (trail: TrailLocation) => Promise<AuditRecord[]>;
    record: (event: AuditEvent) => Promise<void>;
    now?: () => Date;
  }
): Promise<Promotion> {
  const records = await deps.log.group('Read the audit trail', async () => {
    const read = await (deps.read ?? readTrailRecords)(settings.trail);
    deps.log.info(`${read.length} records, chain intact`);
    return read;
  });
  const decision = decidePromotion(settings.request, records);
  if (!decision.ok) throw new PromotionRefusedError(decision.reason);
  const p = decision.promotion;
  for (const line of p.why) deps.log.info(`- ${line}`);
  if (!settings.dryRun && !p.unchanged)
    await deps.log.group('Record the promotion', () =>
      deps.record(
        promotionEvent(p, {
          actor: settings.actor,
          time: (deps.now ?? (() => new Date()))().toISOString(),
          repository: settings.repository,
          runUrl: settings.runUrl
        })
      )
    );
  return p;
}
