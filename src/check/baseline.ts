import { relative } from 'node:path';
import { z } from 'zod';
import { ConfigError, YamlSource, type ConfigIssue } from '../config/yaml-source.js';
import { CHECK_TOOLS, type Finding, type JudgedFinding } from './findings.js';

/**
 * The baseline: findings a team has accepted, each with the reason and the date the acceptance
 * ends. An entry matches findings by tool and rule, and by file (or a folder ending in `/`),
 * optionally narrowed to a resource or a line. An expired entry accepts nothing and is itself a
 * finding that fails the check: acceptances are reviewed, not forgotten.
 *
 *   accepted:
 *     - tool: checkov
 *       rule: CKV_AWS_39
 *       path: terraform-modules/aws/cluster/main.tf
 *       resource: module.cluster.aws_eks_cluster.this   # optional
 *       reason: The API endpoint is private unless public_access_cidrs is set.
 *       expires: 2027-06-30
 */

const DATE = /^\d{4}-\d{2}-\d{2}$/;

const Entry = z
  .object({
    tool: z.enum(CHECK_TOOLS, { error: `one of ${CHECK_TOOLS.join(', ')}` }),
    rule: z
      .string({ error: 'the rule id as the tool reports it' })
      .min(1, 'the rule id as the tool reports it'),
    path: z
      .string({ error: 'a file or a folder ending in /, relative to the workspace' })
      .min(1, 'a file or a folder ending in /, relative to the workspace')
      .refine((p) => !p.startsWith('/') && !p.split('/').includes('..'), {
        message: 'relative to the workspace, without ..'
      }),
    resource: z.string().min(1).optional(),
    line: z.number().int().positive().optional(),
    reason: z
      .string({ error: 'why the finding is accepted, in a sentence' })
      .trim()
      .min(10, 'why the finding is accepted, in a sentence (10 characters or more)'),
    expires: z
      .union([z.string(), z.date()], { error: 'a date such as 2027-06-30' })
      .transform((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v))
      .refine((v) => DATE.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`)), {
        message: 'a date such as 2027-06-30'
      })
  })
  .strict();

const BaselineFile = z
  .object({ accepted: z.array(z.unknown(), { error: 'a list of entries' }) })
  .strict();

export interface BaselineEntry extends z.infer<typeof Entry> {
  /** `file:line` of the entry in the baseline file. */
  at: string;
  line_in_file: number;
}

export interface Baseline {
  file: string;
  entries: BaselineEntry[];
}

/** Reads and checks a baseline file; every bad entry is reported at once, with its line. */
export function readBaseline(file: string, workspace: string): Baseline {
  const source = YamlSource.read(file, { optional: false }) as YamlSource;
  const shown = relative(workspace, file) || file;
  const data = source.data() ?? { accepted: [] };
  const top = BaselineFile.safeParse(data);
  if (!top.success) {
    throw new ConfigError(
      top.error.issues.map((i) => source.issue(i.path as PropertyKey[], i.message, true))
    );
  }
  const issues: ConfigIssue[] = [];
  const entries: BaselineEntry[] = [];
  top.data.accepted.forEach((raw, index) => {
    const entry = Entry.safeParse(raw);
    if (!entry.success) {
      for (const i of entry.error.issues)
        issues.push(
          source.issue(
            ['accepted', index, ...(i.path as PropertyKey[])],
            i.code === 'unrecognized_keys'
              ? `unknown key(s) ${i.keys.join(', ')}: an entry has tool, rule, path, resource, line, reason and expires`
              : i.message,
            i.code === 'unrecognized_keys'
          )
        );
      return;
    }
    const line = source.position(['accepted', index]).line;
    entries.push({ ...entry.data, at: `${shown}:${line}`, line_in_file: line });
  });
  if (issues.length > 0) throw new ConfigError(issues);
  return { file: shown, entries };
}

function matches(entry: BaselineEntry, f: Finding): boolean {
  if (entry.tool !== f.tool || entry.rule !== f.rule) return false;
  const pathMatches = entry.path.endsWith('/')
    ? f.file.startsWith(entry.path)
    : f.file === entry.path;
  if (!pathMatches) return false;
  if (entry.resource !== undefined && entry.resource !== f.resource) return false;
  if (entry.line !== undefined && entry.line !== f.line) return false;
  return true;
}

export interface BaselineVerdict {
  findings: JudgedFinding[];
  /** Expired entries, as findings at their line in the baseline file. */
  expired: Finding[];
  /** Entries that matched nothing: worth removing, never a failure. */
  unused: BaselineEntry[];
}

/** `today` as YYYY-MM-DD (UTC): an entry expiring today still holds today. */
export function applyBaseline(
  findings: readonly Finding[],
  baseline: Baseline | undefined,
  today: string
): BaselineVerdict {
  if (baseline === undefined) return { findings: [...findings], expired: [], unused: [] };
  const used = new Set<BaselineEntry>();
  const expired: Finding[] = [];
  const judged = findings.map((f): JudgedFinding => {
    const entry = baseline.entries.find((e) => matches(e, f));
    if (entry === undefined) return f;
    used.add(entry);
    if (entry.expires < today) return f;
    return { ...f, accepted: { reason: entry.reason, expires: entry.expires, entry: entry.at } };
  });
  for (const entry of baseline.entries) {
    if (entry.expires >= today) continue;
    expired.push({
      tool: 'baseline',
      rule: 'expired-acceptance',
      severity: 'high',
      message: `the acceptance of ${entry.tool} ${entry.rule} on ${entry.path} expired on ${entry.expires} ("${entry.reason}"): fix the finding, or renew the entry with a new reason and date`,
      file: baseline.file,
      line: entry.line_in_file
    });
  }
  const unused = baseline.entries.filter((e) => !used.has(e) && e.expires >= today);
  return { findings: judged, expired, unused };
}
