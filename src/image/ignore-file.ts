import { z } from 'zod';
import { ConfigError, YamlSource, type ConfigIssue } from '../config/yaml-source.js';
import { zodIssues } from '../config/zod-issues.js';

/** A finding accepted for a while, with the reason a reviewer agreed to. */
export interface AcceptedFinding {
  id: string;
  reason: string;
  /** `YYYY-MM-DD`: the last day the entry applies (UTC). */
  expires: string;
  /** When given, the entry applies to this package only. */
  package: string | undefined;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isCalendarDate(text: string): boolean {
  const match = DATE.exec(text);
  if (match === null) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}

const EntrySchema = z
  .object({
    id: z
      .string({ error: 'is required: the vulnerability ID, e.g. CVE-2024-12345' })
      .regex(/^[A-Za-z0-9][A-Za-z0-9._:-]*$/, 'must be a vulnerability ID such as CVE-2024-12345'),
    reason: z
      .string({ error: 'is required: why the finding is accepted' })
      .trim()
      .min(1, 'must say why the finding is accepted'),
    expires: z
      .string({ error: 'is required: the last day the entry applies, as YYYY-MM-DD' })
      .refine(isCalendarDate, 'must be a date written YYYY-MM-DD (quote it or not)'),
    package: z.string().min(1, 'must name a package, or be left out').optional()
  })
  .strict();

const IgnoreFileSchema = z.object({ accept: z.array(EntrySchema) }).strict();

/**
 * Reads an ignore file: `accept:` followed by entries with `id`, `reason`, `expires` and an optional
 * `package`. Every problem is reported with its file, line and column.
 */
export function readIgnoreFile(file: string): AcceptedFinding[] {
  const source = YamlSource.read(file, { optional: false }) as YamlSource;
  return parseIgnoreSource(source);
}

export function parseIgnoreText(file: string, text: string): AcceptedFinding[] {
  return parseIgnoreSource(YamlSource.parse(file, text));
}

function parseIgnoreSource(source: YamlSource): AcceptedFinding[] {
  const data = source.data() ?? { accept: [] };
  const parsed = IgnoreFileSchema.safeParse(data);
  if (!parsed.success) {
    const issues = zodIssues(source, IgnoreFileSchema, parsed.error, {
      unknownKey: () => 'unknown key; an entry has id, reason, expires and package',
      message: (m) => m
    });
    throw new ConfigError(issues);
  }
  const seen = new Map<string, number>();
  const issues: ConfigIssue[] = [];
  parsed.data.accept.forEach((entry, index) => {
    const key = `${entry.id}\u0000${entry.package ?? ''}`;
    const first = seen.get(key);
    if (first !== undefined)
      issues.push(source.issue(['accept', index, 'id'], `repeats entry ${first + 1}`));
    else seen.set(key, index);
  });
  if (issues.length > 0) throw new ConfigError(issues);
  return parsed.data.accept.map((entry) => ({
    id: entry.id,
    reason: entry.reason,
    expires: entry.expires,
    package: entry.package
  }));
}

/** Today's date in UTC as `YYYY-MM-DD`. */
export function utcDate(now: Date): string {
  return now.toISOString().slice(0, 10);
}

/** An entry applies through its expiry day and no longer after it. */
export function isExpired(entry: AcceptedFinding, today: string): boolean {
  return entry.expires < today;
}
