import type { Log } from '../common/log.js';
import { publishToBranch, readBranchFile, type BranchTree } from '../git/branch.js';
import {
  appendLines,
  checkEvents,
  headTrailer,
  parseHeadTrailer,
  verifyAuditChain,
  type AuditEvent,
  type ChainVerdict
} from './chain.js';
import { ActionError } from '../common/errors.js';

export type { AuditEvent, AuditHead, AuditKind, BreakReason, ChainVerdict } from './chain.js';
export { AUDIT_KINDS, GENESIS, verifyAuditChain } from './chain.js';

/** Where the log lives unless told otherwise. */
export const DEFAULT_AUDIT_BRANCH = 'audit-log';
export const DEFAULT_AUDIT_FILE = 'audit.jsonl';

/** The log on the branch is already broken: nothing is appended to a chain that proves nothing. */
export class AuditChainError extends ActionError {}

export interface AppendAuditOptions {
  /** `owner/name` on GitHub, a git URL or a local path. */
  repository: string;
  branch: string;
  /** The log file in the branch (default `audit.jsonl`). */
  file?: string;
  events: AuditEvent[];
  token?: string;
  log?: Log;
  /** Pushes tried while others append at the same time (default 10). */
  attempts?: number;
}

/**
 * Appends events to the audit log on its branch with real git: commit, push, and when another
 * append landed first, fetch, append again to the new tip and retry. Events are checked before
 * anything is fetched. Returns the commit and the number of lines the log then holds.
 */
export async function appendAudit(
  options: AppendAuditOptions
): Promise<{ commitSha: string; lines: number }> {
  const events = checkEvents(options.events);
  const file = options.file ?? DEFAULT_AUDIT_FILE;
  let lines = 0;
  const change = (tree: BranchTree) => {
    const current = tree.read(file) ?? '';
    // The last append's trailer also catches lines removed from the end; a log last written by
    // anything but an append is not extended.
    const head = parseHeadTrailer(tree.message);
    if (head === undefined && current !== '')
      throw new AuditChainError(
        `The last commit of branch ${options.branch} (${tree.tip?.slice(0, 12) ?? ''}) was not an audit append: check the log with platformctl audit verify. Nothing was appended.`
      );
    const verdict = verifyAuditChain(current, head);
    if (!verdict.ok)
      throw new AuditChainError(
        `The audit log ${file} on branch ${options.branch} is broken at line ${verdict.line} (${verdict.reason}): ${verdict.detail}. Nothing was appended.`
      );
    if (events.length === 0) {
      lines = verdict.lines;
      return undefined;
    }
    const next = appendLines(current, events);
    lines = next.lines;
    const kinds = [...new Set(events.map((e) => e.kind))].join(', ');
    const stacks = [...new Set(events.map((e) => e.stack))].join(', ');
    return {
      files: { [file]: next.text },
      message: `audit: ${kinds} for ${stacks}\n\n${headTrailer(next)}\n`
    };
  };
  const result = await publishToBranch({
    repository: options.repository,
    branch: options.branch,
    change,
    ...(options.token === undefined ? {} : { token: options.token }),
    ...(options.log === undefined ? {} : { log: options.log }),
    ...(options.attempts === undefined ? {} : { attempts: options.attempts })
  });
  return { commitSha: result.commitSha, lines };
}

export interface AuditReport {
  repository: string;
  branch: string;
  file: string;
  tip: string;
  /** Commits on top of the last append (hand edits, other files): 0 when the tip is an append. */
  commitsAfterLastAppend: number;
  verdict: ChainVerdict;
}

/** The log could not be read: no such branch or file. */
export class AuditLogMissingError extends ActionError {}

/**
 * Reads the log from its branch with its history and checks its chain, and its length and last line
 * against the `Audit-Head` trailer of the last append: lines removed from the end, or added by a
 * commit that was not an append, are caught too.
 */
export async function verifyAuditLog(options: {
  repository: string;
  branch: string;
  file?: string;
  token?: string;
}): Promise<AuditReport> {
  const file = options.file ?? DEFAULT_AUDIT_FILE;
  const read = await readBranchFile({
    repository: options.repository,
    branch: options.branch,
    path: file,
    history: true,
    ...(options.token === undefined ? {} : { token: options.token })
  });
  if (read.tip === undefined)
    throw new AuditLogMissingError(
      `The repository '${options.repository}' has no branch ${options.branch}: no audit log to verify`
    );
  if (read.text === undefined)
    throw new AuditLogMissingError(
      `The branch ${options.branch} of '${options.repository}' has no file ${file}: no audit log to verify`
    );
  const appended = read.messages.findIndex((m) => parseHeadTrailer(m) !== undefined);
  const head = appended < 0 ? undefined : parseHeadTrailer(read.messages[appended] ?? '');
  return {
    repository: options.repository,
    branch: options.branch,
    file,
    tip: read.tip,
    commitsAfterLastAppend: appended < 0 ? read.messages.length : appended,
    verdict: verifyAuditChain(read.text, head)
  };
}
