import { z } from 'zod';
import { ActionError } from '../common/errors.js';
import { canonicalJson, sha256Text } from '../common/hash.js';

/**
 * The audit log: one JSON line a decision, each line chained to the one before it by the sha256 of
 * that line's exact bytes, so a line changed, removed or moved breaks the chain where it happened.
 *
 * A line is the compact JSON of these keys, in this order, and nothing else:
 *
 *   seq         1 for the first line, one more for each next line
 *   prev        sha256 (hex) of the previous line's bytes (without its newline); GENESIS for line 1
 *   kind        plan | policy | approval | override | apply-started | apply-finished |
 *               apply-refused | unlock | verification | promotion | merge (a controller
 *               merging a team pull request)
 *   time        when it happened (ISO 8601, UTC)
 *   actor, repository, commit, stack, planId, runUrl   strings
 *   details     (only when given) an object, keys sorted at every depth
 *   sha         sha256 (hex) of the line as written up to `details` (the line without `,"sha":…}`
 *               and its closing brace, then `}`): a line edited in place fails on its own
 *
 * and ends with `\n`. Pure functions: no I/O.
 */

export const AUDIT_KINDS = [
  'plan',
  'policy',
  'approval',
  'override',
  'apply-started',
  'apply-finished',
  'apply-refused',
  'unlock',
  'verification',
  'promotion',
  'merge'
] as const;
export type AuditKind = (typeof AUDIT_KINDS)[number];

/** One decision, as the jobs report it. */
export interface AuditEvent {
  kind: AuditKind;
  actor: string;
  time: string;
  repository: string;
  commit: string;
  stack: string;
  planId: string;
  runUrl: string;
  details?: Record<string, unknown>;
}

/** The `prev` of line 1. */
export const GENESIS = '0'.repeat(64);

const HEX = /^[0-9a-f]{64}$/;
const text = (what: string) => z.string({ error: `${what}: a string` });

export const AuditEventSchema = z.strictObject({
  kind: z.enum(AUDIT_KINDS, { error: `kind: one of ${AUDIT_KINDS.join(', ')}` }),
  actor: text('actor').min(1, 'actor: who decided, not empty'),
  time: z.iso.datetime({ offset: true, error: 'time: an ISO 8601 date and time' }),
  repository: text('repository'),
  commit: text('commit'),
  stack: text('stack'),
  planId: text('planId'),
  runUrl: text('runUrl'),
  details: z.record(z.string(), z.unknown(), { error: 'details: an object' }).optional()
});

const RecordSchema = AuditEventSchema.extend({
  seq: z.number().int().positive(),
  prev: z.string().regex(HEX),
  sha: z.string().regex(HEX)
});
export type AuditRecord = z.infer<typeof RecordSchema>;

/** An event that is not one the log can hold; nothing is written. */
export class AuditEventError extends ActionError {}

/** Checks events before anything is written, naming each bad field of each event. */
export function checkEvents(events: readonly unknown[]): AuditEvent[] {
  const problems: string[] = [];
  const valid = events.map((event, i) => {
    const result = AuditEventSchema.safeParse(event);
    if (!result.success)
      for (const issue of result.error.issues)
        problems.push(`event ${i + 1}: ${issue.path.join('.') || '(event)'}: ${issue.message}`);
    return result.data;
  });
  if (problems.length > 0)
    throw new AuditEventError(`Audit events not written:\n  ${problems.join('\n  ')}`);
  return valid as AuditEvent[];
}

/** What a line holds besides `seq`, `prev` and `sha`. */
type LineFields = Omit<AuditEvent, 'details'> & { details?: Record<string, unknown> | undefined };

/** The body of a line: every key but `sha`, in the stable order, no closing brace. */
function body(seq: number, prev: string, e: LineFields): string {
  const fields: [string, unknown][] = [
    ['seq', seq],
    ['prev', prev],
    ['kind', e.kind],
    ['time', e.time],
    ['actor', e.actor],
    ['repository', e.repository],
    ['commit', e.commit],
    ['stack', e.stack],
    ['planId', e.planId],
    ['runUrl', e.runUrl]
  ];
  if (e.details !== undefined) fields.push(['details', e.details]);
  return `{${fields.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}`;
}

/** The exact text of line `seq` (without its newline). */
export function auditLine(seq: number, prev: string, event: LineFields): string {
  const head = body(seq, prev, event);
  return `${head},"sha":"${sha256Text(`${head}}`)}"}`;
}

/** The lines of a log's text: each ends with a newline; an empty text has none. */
function splitLines(text: string): { lines: string[]; unterminated: boolean } {
  if (text === '') return { lines: [], unterminated: false };
  const lines = text.split('\n');
  const last = lines.pop();
  return last === ''
    ? { lines, unterminated: false }
    : { lines: [...lines, last ?? ''], unterminated: true };
}

/** The log's text with the events appended, chained to its last line. */
export function appendLines(
  text: string,
  events: readonly AuditEvent[]
): { text: string; lines: number; head: string } {
  const { lines } = splitLines(text);
  let prev = lines.length === 0 ? GENESIS : sha256Text(lines[lines.length - 1] ?? '');
  let out = text;
  events.forEach((event, i) => {
    const line = auditLine(lines.length + i + 1, prev, event);
    out += `${line}\n`;
    prev = sha256Text(line);
  });
  return { text: out, lines: lines.length + events.length, head: prev };
}

export type BreakReason = 'changed' | 'removed' | 'reordered' | 'not JSON';

export type ChainVerdict =
  | { ok: true; lines: number; head: string }
  | { ok: false; line: number; reason: BreakReason; detail: string };

/** What the log's last commit recorded of it, to catch lines removed from its end. */
export interface AuditHead {
  lines: number;
  head: string;
}

const broken = (line: number, reason: BreakReason, detail: string): ChainVerdict => ({
  ok: false,
  line,
  reason,
  detail
});

/**
 * Checks the chain and names the first line (1-based) that was changed, removed or reordered. A
 * line is checked on its own first (JSON, keys, `sha`), then its place (`seq`, `prev`). Lines
 * removed from the end leave no trace in the text; `expected` (the head the last append recorded)
 * catches them.
 */
export function verifyAuditChain(text: string, expected?: AuditHead): ChainVerdict {
  const { lines, unterminated } = splitLines(text);
  const seqs = lines.map((line) => {
    try {
      const seq = (JSON.parse(line) as { seq?: unknown }).seq;
      return typeof seq === 'number' ? seq : undefined;
    } catch {
      return undefined;
    }
  });
  let prev = GENESIS;
  for (const [i, line] of lines.entries()) {
    const n = i + 1;
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch {
      return broken(n, 'not JSON', `line ${n} is not JSON`);
    }
    const record = RecordSchema.safeParse(parsed);
    if (!record.success) {
      const issue = record.error.issues[0];
      return broken(
        n,
        'changed',
        `line ${n} is not an audit record (${issue?.path.join('.') || 'line'}: ${issue?.message ?? ''})`
      );
    }
    const { seq, prev: recordedPrev } = record.data;
    if (auditLine(seq, recordedPrev, record.data) !== line)
      return broken(n, 'changed', `line ${n} was changed: its text no longer matches its sha`);
    if (seq !== n || recordedPrev !== prev) {
      if (seq === n)
        // The line is intact and in its place by number: the one before it is not the original.
        return n === 1
          ? broken(1, 'changed', 'line 1 does not start the chain: its prev is not the genesis')
          : broken(n - 1, 'changed', `line ${n - 1} was replaced: line ${n} does not follow it`);
      if (seq > n && !seqs.includes(n))
        return broken(
          n,
          'removed',
          seq === n + 1
            ? `line ${n} was removed: the line found there is line ${seq}`
            : `lines ${n} to ${seq - 1} were removed: the line found at ${n} is line ${seq}`
        );
      return broken(n, 'reordered', `line ${n} is out of order: it was written as line ${seq}`);
    }
    if (unterminated && n === lines.length)
      return broken(n, 'changed', `line ${n} has no newline at its end: a partial write`);
    prev = sha256Text(line);
  }
  if (expected !== undefined) {
    if (lines.length < expected.lines)
      return broken(
        lines.length + 1,
        'removed',
        `the log has ${lines.length} lines but its last append recorded ${expected.lines}: line ${lines.length + 1} onwards was removed`
      );
    if (lines.length > expected.lines)
      return broken(
        expected.lines + 1,
        'changed',
        `line ${expected.lines + 1} onwards was not written by an append: the last append recorded ${expected.lines} lines`
      );
    if (prev !== expected.head)
      return broken(lines.length, 'changed', `line ${lines.length} is not the one last appended`);
  }
  return { ok: true, lines: lines.length, head: prev };
}

/** The trailer an append writes into its commit message, recording the log's head. */
export function headTrailer(head: AuditHead): string {
  return `Audit-Head: ${head.lines} ${head.head}`;
}

/** The head recorded by the last `Audit-Head:` trailer of a commit message, if any. */
export function parseHeadTrailer(message: string): AuditHead | undefined {
  const matches = [...message.matchAll(/^Audit-Head: (\d+) ([0-9a-f]{64})$/gm)];
  const last = matches.at(-1);
  return last === undefined ? undefined : { lines: Number(last[1]), head: last[2] ?? '' };
}
