import { existsSync, statSync } from 'node:fs';
import { isIP } from 'node:net';
import { resolve } from 'node:path';
import { z } from 'zod';
import { parseDuration } from '../common/duration.js';
import { lookupFact, type FactMap } from '../facts/fact-map.js';
import { ConfigError, YamlSource, type ConfigIssue, type KeyPath } from '../config/yaml-source.js';
import { zodIssues } from '../config/zod-issues.js';

/**
 * The checks of verify-gates: a YAML list (or `{checks: [...]}`) of checks, each of one kind. String
 * values may refer to runtime facts as `${facts.a.b}`; every reference is resolved, and every
 * problem of the file reported with its line, before any check runs.
 */

export const CHECK_KINDS = ['dns', 'tcp', 'tls', 'http', 'invariant'] as const;
export type CheckKind = (typeof CHECK_KINDS)[number];
export const RECORD_TYPES = ['A', 'AAAA', 'CNAME'] as const;
export type RecordType = (typeof RECORD_TYPES)[number];

/** A DNS question; a name starting `*.` asks for a random label under the zone (a wildcard). */
export interface DnsQuestion {
  host: string;
  type: RecordType;
}

interface CheckBase {
  name: string;
  /** This check's own time to pass, in milliseconds; the run's timeout when not given. */
  timeoutMs: number | undefined;
}
export interface DnsCheck extends CheckBase, DnsQuestion {
  kind: 'dns';
  /** The answers expected, in any order; any answer passes when not given. */
  expect: string[] | undefined;
}
export interface TcpCheck extends CheckBase {
  kind: 'tcp';
  host: string;
  port: number;
}
export interface TlsCheck extends CheckBase {
  kind: 'tls';
  host: string;
  port: number;
  serverName: string;
  /** A CA certificate file (absolute) the chain must lead to; the system's CAs when not given. */
  ca: string | undefined;
  minDaysLeft: number;
}
export interface HttpCheck extends CheckBase {
  kind: 'http';
  url: string;
  /** The address to connect to instead of resolving the URL's host, as curl's `--resolve`. */
  resolve: string | undefined;
  status: number[];
  bodyContains: string | undefined;
  bodyMatches: string | undefined;
  ca: string | undefined;
  requestTimeoutMs: number | undefined;
}
export interface InvariantCheck extends CheckBase {
  kind: 'invariant';
  left: string;
  right: { value: string } | { dns: DnsQuestion };
  /** The two sides as written, references unresolved: what the summary shows. */
  written: { left: string; right: string };
}
export type Check = DnsCheck | TcpCheck | TlsCheck | HttpCheck | InvariantCheck;

const durationText = z
  .string({ error: 'a duration such as 30s, 5m or 1h30m' })
  .refine((v) => parseDuration(v) !== undefined && parseDuration(v)! > 0, {
    message: 'a duration such as 30s, 5m or 1h30m, more than zero'
  });
const hostName = z
  .string({ error: 'a host name or an address' })
  .min(1, 'a host name or an address')
  .regex(/^(\*\.)?[A-Za-z0-9_.:-]+$/, 'a host name or an address, without spaces or a scheme');
const port = z
  .number({ error: 'a port number from 1 to 65535' })
  .int('a port number from 1 to 65535')
  .min(1, 'a port number from 1 to 65535')
  .max(65535, 'a port number from 1 to 65535');
const text = (what: string) => z.string({ error: what }).min(1, what);
const recordType = z.enum(RECORD_TYPES, { error: `one of ${RECORD_TYPES.join(', ')}` });
const status = z
  .number({ error: 'an HTTP status from 100 to 599' })
  .int('an HTTP status from 100 to 599')
  .min(100, 'an HTTP status from 100 to 599')
  .max(599, 'an HTTP status from 100 to 599');
const regex = z.string({ error: 'a regular expression' }).superRefine((value, ctx) => {
  try {
    new RegExp(value);
  } catch (error) {
    ctx.addIssue({ code: 'custom', message: `a regular expression: ${(error as Error).message}` });
  }
});
const address = z
  .string({ error: 'an IPv4 or IPv6 address' })
  .refine((v) => isIP(v) !== 0, 'an IPv4 or IPv6 address');

/** A side of an invariant: a text, or a number or boolean fact, compared as text. */
const scalar = z
  .union([z.string().min(1), z.number(), z.boolean()], {
    error: 'a value (a text, a number or a true/false), usually a ${facts.…} reference'
  })
  .transform(String);

const base = {
  kind: z.string(),
  name: text('a non-empty name').optional(),
  timeout: durationText.optional()
};

/** Each kind's fields. Unknown keys are errors: a misspelt key would silently check nothing. */
const SCHEMAS = {
  dns: z.strictObject({
    ...base,
    host: hostName,
    type: recordType.default('A'),
    expect: z
      .array(text('an address or a name'), { error: 'a list of addresses or names' })
      .min(1, 'at least one address or name')
      .optional()
  }),
  tcp: z.strictObject({ ...base, host: hostName, port }),
  tls: z.strictObject({
    ...base,
    host: hostName,
    port: port.default(443),
    'server-name': hostName.optional(),
    ca: text('the path of a CA certificate file (PEM)').optional(),
    'min-days-left': z
      .number({ error: 'a whole number of days, 0 or more' })
      .int('a whole number of days, 0 or more')
      .min(0, 'a whole number of days, 0 or more')
      .default(0)
  }),
  http: z.strictObject({
    ...base,
    url: z
      .string({ error: 'an http:// or https:// URL' })
      .refine((v) => /^https?:\/\/[^\s/]+/.test(v) && URL.canParse(v), {
        message: 'an http:// or https:// URL'
      }),
    resolve: address.optional(),
    status: z
      .union([status, z.array(status).min(1, 'at least one status')], {
        error: 'an HTTP status or a list of them'
      })
      .default(200),
    'body-contains': text('a non-empty text').optional(),
    'body-matches': regex.optional(),
    ca: text('the path of a CA certificate file (PEM)').optional(),
    'request-timeout': durationText.optional()
  }),
  invariant: z.strictObject({
    ...base,
    left: scalar,
    right: z.union([scalar, z.strictObject({ dns: hostName, type: recordType.default('A') })], {
      error: 'a value, or {dns: NAME} for what NAME resolves to'
    })
  })
} as const;

export interface LoadChecksOptions {
  /** What the file is called in errors: its path, or `input checks`. */
  file: string;
  text: string;
  facts: FactMap | undefined;
  /** Relative CA paths are resolved from here. */
  workspace: string;
}

const REFERENCE = /\$\{([^}]*)\}/g;
const FACT_PATH = /^facts\.([A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)*)$/;

/** Parses, resolves and validates the checks; every problem is a ConfigError at its line. */
export function loadChecks(options: LoadChecksOptions): Check[] {
  const source = YamlSource.parse(options.file, options.text);
  const data = source.data();
  const issues: ConfigIssue[] = [];
  let items: unknown[];
  let root: KeyPath;
  if (Array.isArray(data)) {
    items = data;
    root = [];
  } else if (
    data !== null &&
    typeof data === 'object' &&
    Array.isArray((data as Record<string, unknown>)['checks'])
  ) {
    items = (data as Record<string, unknown[]>)['checks'] ?? [];
    root = ['checks'];
  } else {
    throw new ConfigError([
      source.issue([], 'expected a list of checks, or a mapping with a list under `checks`')
    ]);
  }
  if (items.length === 0)
    throw new ConfigError([source.issue(root, 'no checks: expected at least one')]);

  const issue = (path: KeyPath, message: string, onKey = false): ConfigIssue => ({
    ...source.issue([...root, ...path], message, onKey),
    path: checkPath(path)
  });

  const checks: Check[] = [];
  items.forEach((item, index) => {
    const before = issues.length;
    if (item === null || typeof item !== 'object' || Array.isArray(item)) {
      issues.push(issue([index], 'expected a check: a mapping with a `kind`'));
      return;
    }
    const raw = item as Record<string, unknown>;
    const kind = raw['kind'];
    if (typeof kind !== 'string' || !(CHECK_KINDS as readonly string[]).includes(kind)) {
      issues.push(
        issue(
          [index, 'kind'],
          kind === undefined
            ? `missing: every check has a kind, one of ${CHECK_KINDS.join(', ')}`
            : `unknown check kind ${JSON.stringify(kind)}: expected one of ${CHECK_KINDS.join(', ')}`
        )
      );
      return;
    }
    const label = typeof raw['name'] === 'string' ? `check '${raw['name']}'` : `check ${index + 1}`;
    const resolved = resolveReferences(raw, [index], options.facts, (path, message) =>
      issues.push(issue(path, `${label}: ${message}`))
    );
    if (issues.length > before) return;
    const parsed = SCHEMAS[kind as CheckKind].safeParse(resolved);
    if (!parsed.success) {
      issues.push(
        ...zodIssues(
          source,
          SCHEMAS[kind as CheckKind],
          parsed.error,
          {
            unknownKey: (_key, allowed) =>
              `unknown key for a ${kind} check: expected ${allowed.join(', ')}`
          },
          (path) => [index, ...path],
          issue
        )
      );
      return;
    }
    const check = toCheck(kind as CheckKind, parsed.data as Record<string, unknown>, raw);
    for (const field of ['ca'] as const) {
      if (!(field in check) || (check as TlsCheck)[field] === undefined) continue;
      const path = resolve(options.workspace, (check as TlsCheck)[field]!);
      if (!existsSync(path) || !statSync(path).isFile())
        issues.push(issue([index, field], `no such file (${path}): expected a CA certificate`));
      else (check as TlsCheck)[field] = path;
    }
    checks.push(check);
  });

  const seen = new Map<string, number>();
  checks.forEach((check, index) => {
    const first = seen.get(check.name);
    if (first !== undefined)
      issues.push(
        issue(
          [index, 'name'],
          `the name ${JSON.stringify(check.name)} is also check ${first + 1}'s: names must be unique (the report is keyed by them)`
        )
      );
    else seen.set(check.name, index);
  });
  if (issues.length > 0) throw new ConfigError(issues);
  return checks;
}

/** `checks[2].port`, as a user counts in the list. */
function checkPath(path: KeyPath): string {
  const [index, ...rest] = path;
  return `checks[${String(index)}]${rest.map((s) => (typeof s === 'number' ? `[${s}]` : `.${String(s)}`)).join('')}`;
}

/**
 * Replaces `${facts.a.b}` in every string. A string that is one reference takes the fact's value
 * as it is (a number stays a number); a reference inside a longer string needs a scalar fact.
 */
function resolveReferences(
  value: unknown,
  path: KeyPath,
  facts: FactMap | undefined,
  report: (path: KeyPath, message: string) => void
): unknown {
  if (Array.isArray(value))
    return value.map((v, i) => resolveReferences(v, [...path, i], facts, report));
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, resolveReferences(v, [...path, k], facts, report)])
    );
  if (typeof value !== 'string' || !value.includes('${')) return value;

  const lookup = (reference: string): { ok: true; value: unknown } | { ok: false } => {
    const fact = FACT_PATH.exec(reference.trim());
    if (fact === null) {
      report(path, `\${${reference}} is not a reference to a fact: write \${facts.NAME}`);
      return { ok: false };
    }
    if (facts === undefined) {
      report(path, `\${${reference}} refers to a fact, but no facts-file was given`);
      return { ok: false };
    }
    const found = lookupFact(facts, fact[1] ?? '');
    if (found.found) return { ok: true, value: found.value };
    report(
      path,
      found.reason === 'sensitive'
        ? `\${${reference}} refers to the sensitive output '${found.at}' of ${facts.file}: a sensitive value is never used in a check, as it would be printed`
        : `\${${reference}} is not in ${facts.file}: no fact '${found.at}'`
    );
    return { ok: false };
  };

  const whole = /^\$\{([^}]*)\}$/.exec(value);
  if (whole !== null) {
    const found = lookup(whole[1] ?? '');
    return found.ok ? found.value : value;
  }
  return value.replace(REFERENCE, (match, reference: string) => {
    const found = lookup(reference);
    if (!found.ok) return match;
    if (found.value === null || typeof found.value === 'object') {
      report(
        path,
        `\${${reference}} is a ${Array.isArray(found.value) ? 'list' : 'mapping'}: only a single value can be part of a text`
      );
      return match;
    }
    return String(found.value);
  });
}

const durationMs = (value: unknown) =>
  value === undefined ? undefined : parseDuration(value as string);

function toCheck(
  kind: CheckKind,
  data: Record<string, unknown>,
  raw: Record<string, unknown>
): Check {
  const base = { timeoutMs: durationMs(data['timeout']) };
  const given = data['name'] as string | undefined;
  switch (kind) {
    case 'dns': {
      const host = data['host'] as string;
      const type = data['type'] as RecordType;
      return {
        ...base,
        kind,
        name: given ?? `dns ${host} ${type}`,
        host,
        type,
        expect: data['expect'] as string[] | undefined
      };
    }
    case 'tcp': {
      const host = data['host'] as string;
      const port = data['port'] as number;
      return { ...base, kind, name: given ?? `tcp ${hostPort(host, port)}`, host, port };
    }
    case 'tls': {
      const host = data['host'] as string;
      const port = data['port'] as number;
      const serverName = (data['server-name'] as string | undefined) ?? host;
      return {
        ...base,
        kind,
        name:
          given ?? `tls ${serverName === host ? '' : `${serverName} at `}${hostPort(host, port)}`,
        host,
        port,
        serverName,
        ca: data['ca'] as string | undefined,
        minDaysLeft: data['min-days-left'] as number
      };
    }
    case 'http': {
      const url = data['url'] as string;
      const status = data['status'] as number | number[];
      const pinned = data['resolve'] as string | undefined;
      return {
        ...base,
        kind,
        name: given ?? `http ${url}${pinned === undefined ? '' : ` at ${pinned}`}`,
        url,
        resolve: pinned,
        status: Array.isArray(status) ? status : [status],
        bodyContains: data['body-contains'] as string | undefined,
        bodyMatches: data['body-matches'] as string | undefined,
        ca: data['ca'] as string | undefined,
        requestTimeoutMs: durationMs(data['request-timeout'])
      };
    }
    case 'invariant': {
      const right = data['right'] as string | { dns: string; type: RecordType };
      const rawRight = raw['right'];
      const written = {
        left: String(raw['left']),
        right:
          typeof rawRight === 'object' && rawRight !== null
            ? `dns ${String((rawRight as Record<string, unknown>)['dns'])}`
            : String(rawRight)
      };
      return {
        ...base,
        kind,
        name: given ?? `invariant ${written.left} = ${written.right}`,
        left: String(data['left']),
        right:
          typeof right === 'string'
            ? { value: right }
            : { dns: { host: right.dns, type: right.type } },
        written
      };
    }
  }
}

function hostPort(host: string, port: number): string {
  return isIP(host) === 6 ? `[${host}]:${port}` : `${host}:${port}`;
}
