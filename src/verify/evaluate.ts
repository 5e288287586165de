import { basename } from 'node:path';
import { checkServerIdentity, type PeerCertificate } from 'node:tls';
import type {
  DnsCheck,
  DnsQuestion,
  HttpCheck,
  InvariantCheck,
  TcpCheck,
  TlsCheck
} from './checks.js';
import type { ProbeOutcome } from './gates.js';

/**
 * What each kind of check makes of what a probe observed: pure functions from the check and the
 * observation to a verdict, what was expected and what was seen, as the report shows them.
 */

/** What a DNS server answered: the records, sorted and each once, or why there were none. */
export type DnsAnswer =
  { ok: true; name: string; answers: string[] } | { ok: false; name: string; error: string };

/** A connection, or why there was none. */
export type Connection = { ok: true; address: string; port: number } | { ok: false; error: string };

type DistinguishedName = Record<string, string | string[] | undefined>;

/** The parts of a server certificate a TLS check looks at. */
export interface CertificateSeen {
  subject: DistinguishedName;
  issuer: DistinguishedName;
  /** As Node gives it: `DNS:a, IP Address:127.0.0.1`. */
  subjectaltname: string | undefined;
  /** As Node gives it: `Nov 23 12:00:00 2026 GMT`. */
  valid_to: string;
}

export type TlsHandshake =
  | { ok: true; certificate: CertificateSeen; chainError: string | undefined }
  | { ok: false; error: string };

export type HttpResponse =
  { ok: true; status: number; body: string } | { ok: false; error: string };

const DAY_MS = 86_400_000;

/** Names compared without case or the root dot; answers sorted, each once. */
export function normalizeAnswers(values: readonly string[]): string[] {
  return [...new Set(values.map((v) => v.toLowerCase().replace(/\.$/, '')))].sort();
}

export function describeAnswer(question: DnsQuestion, answer: DnsAnswer): string {
  const where = question.host.startsWith('*.') ? ` for ${answer.name}` : '';
  return answer.ok
    ? `${question.type} ${answer.answers.join(', ')}${where}`
    : `${answer.error}${where}`;
}

export function evaluateDns(check: DnsCheck, answer: DnsAnswer): ProbeOutcome {
  const wanted = check.expect === undefined ? undefined : normalizeAnswers(check.expect);
  const expected =
    wanted === undefined ? `any ${check.type} record` : `${check.type} ${wanted.join(', ')}`;
  const ok =
    answer.ok &&
    (wanted === undefined
      ? answer.answers.length > 0
      : answer.answers.join(',') === wanted.join(','));
  return { ok, expected, seen: describeAnswer(check, answer) };
}

export function evaluateTcp(check: TcpCheck, connection: Connection): ProbeOutcome {
  const expected = `a connection to ${check.host} port ${check.port}`;
  return connection.ok
    ? { ok: true, expected, seen: `connected to ${connection.address}:${connection.port}` }
    : { ok: false, expected, seen: connection.error };
}

/** `CN=x, O=y` from a certificate's subject or issuer. */
function distinguishedName(name: DistinguishedName): string {
  const parts = Object.entries(name)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}=${Array.isArray(v) ? v.join('+') : String(v)}`);
  return parts.length === 0 ? '(none)' : parts.join(', ');
}

export function evaluateTls(check: TlsCheck, handshake: TlsHandshake, now: number): ProbeOutcome {
  const trust = check.ca === undefined ? 'the system CAs' : basename(check.ca);
  const expected = `a certificate for ${check.serverName} chaining to ${trust}, ${check.minDaysLeft} or more days left`;
  if (!handshake.ok) return { ok: false, expected, seen: handshake.error };
  const { certificate, chainError } = handshake;
  const notAfter = Date.parse(certificate.valid_to);
  const daysLeft = Math.floor((notAfter - now) / DAY_MS);
  const identityError = checkServerIdentity(
    check.serverName,
    certificate as unknown as PeerCertificate
  );
  const problems = [
    ...(chainError === undefined ? [] : [chainError]),
    ...(identityError === undefined ? [] : [`not valid for ${check.serverName}`]),
    ...(daysLeft < check.minDaysLeft ? [`${daysLeft} days left`] : [])
  ];
  const notAfterText = Number.isNaN(notAfter)
    ? certificate.valid_to
    : new Date(notAfter).toISOString();
  const details = `subject ${distinguishedName(certificate.subject)}; SAN ${certificate.subjectaltname ?? '(none)'}; issuer ${distinguishedName(certificate.issuer)}; not after ${notAfterText} (${daysLeft} days left)`;
  return problems.length === 0
    ? { ok: true, expected, seen: details }
    : { ok: false, expected, seen: `${problems.join('; ')}: ${details}` };
}

const EXCERPT_CHARS = 80;

export function evaluateHttp(check: HttpCheck, response: HttpResponse): ProbeOutcome {
  const expected = [
    `status ${check.status.join(' or ')}`,
    ...(check.bodyContains === undefined
      ? []
      : [`body contains ${JSON.stringify(check.bodyContains)}`]),
    ...(check.bodyMatches === undefined ? [] : [`body matches /${check.bodyMatches}/`])
  ].join('; ');
  if (!response.ok) return { ok: false, expected, seen: response.error };
  const problems: string[] = [];
  if (!check.status.includes(response.status)) problems.push(`status ${response.status}`);
  if (check.bodyContains !== undefined && !response.body.includes(check.bodyContains))
    problems.push(`body does not contain ${JSON.stringify(check.bodyContains)}`);
  if (check.bodyMatches !== undefined && !new RegExp(check.bodyMatches).test(response.body))
    problems.push(`body does not match /${check.bodyMatches}/`);
  const flat = response.body.replace(/\s+/g, ' ').trim();
  const excerpt =
    flat === ''
      ? '(empty)'
      : `${flat.slice(0, EXCERPT_CHARS)}${flat.length > EXCERPT_CHARS ? '…' : ''}`;
  const seen = `status ${response.status}; body ${excerpt}`;
  return problems.length === 0
    ? { ok: true, expected, seen }
    : { ok: false, expected, seen: `${problems.join('; ')}: ${seen}` };
}

/** An invariant: against a value, decided once; against DNS, the name must resolve to `left` only. */
export function evaluateInvariant(
  check: InvariantCheck,
  answer: DnsAnswer | undefined
): ProbeOutcome {
  const expected = `${check.written.right} equals ${check.written.left} (${check.left})`;
  if ('value' in check.right)
    return { ok: check.left === check.right.value, expected, seen: check.right.value, final: true };
  if (answer === undefined) throw new Error('an invariant against DNS needs the DNS answer');
  const ok = answer.ok && answer.answers.join(',') === normalizeAnswers([check.left]).join(',');
  return { ok, expected, seen: describeAnswer(check.right.dns, answer) };
}
