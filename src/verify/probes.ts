import { randomBytes } from 'node:crypto';
import { lookup as systemLookup, Resolver } from 'node:dns/promises';
import { readFileSync } from 'node:fs';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { connect as netConnect, isIP } from 'node:net';
import { basename } from 'node:path';
import { checkServerIdentity, connect as tlsConnect, type PeerCertificate } from 'node:tls';
import type {
  DnsCheck,
  DnsQuestion,
  HttpCheck,
  InvariantCheck,
  TcpCheck,
  TlsCheck
} from './checks.js';
import type { Probe, ProbeOutcome } from './gates.js';

/**
 * The probes: one attempt of each kind of check against real servers, each bounded by the
 * attempt's timeout. They report what they saw; they never throw for what a server does.
 */

export interface ProbeSettings {
  /** `host[:port]` of the DNS server to ask; the system's resolvers when not given. */
  dnsServer: string | undefined;
  /** The label put in front of a wildcard zone (`*.zone`); random by default. */
  wildcardLabel?: () => string;
  /** Now, for the days a certificate has left. */
  now?: () => number;
}

/** The most of a response body that is read and matched. */
const BODY_LIMIT_BYTES = 1024 * 1024;
const DAY_MS = 86_400_000;

export function createProbe(settings: ProbeSettings): Probe {
  return async (check, { timeoutMs }) => {
    switch (check.kind) {
      case 'dns':
        return probeDns(check, settings, timeoutMs);
      case 'tcp':
        return probeTcp(check, settings, timeoutMs);
      case 'tls':
        return probeTls(check, settings, timeoutMs);
      case 'http':
        return probeHttp(check, settings, timeoutMs);
      case 'invariant':
        return probeInvariant(check, settings, timeoutMs);
    }
  };
}

function randomLabel(): string {
  return `gates-${randomBytes(5).toString('hex')}`;
}

export type DnsAnswer =
  { ok: true; name: string; answers: string[] } | { ok: false; name: string; error: string };

const DNS_ERRORS: Record<string, string> = {
  ENOTFOUND: 'NXDOMAIN',
  ENODATA: 'no record of that type',
  ETIMEOUT: 'no answer in time',
  ECONNREFUSED: 'the DNS server refused the query',
  ESERVFAIL: 'SERVFAIL',
  EREFUSED: 'REFUSED'
};

/** Asks one question; a wildcard (`*.zone`) asks for a fresh random label under the zone. */
export async function queryDns(
  question: DnsQuestion,
  settings: ProbeSettings,
  timeoutMs: number
): Promise<DnsAnswer> {
  const name = question.host.startsWith('*.')
    ? `${(settings.wildcardLabel ?? randomLabel)()}${question.host.slice(1)}`
    : question.host;
  const resolver = new Resolver({ timeout: Math.max(1, Math.round(timeoutMs)), tries: 1 });
  if (settings.dnsServer !== undefined) resolver.setServers([settings.dnsServer]);
  try {
    const answers =
      question.type === 'A'
        ? await resolver.resolve4(name)
        : question.type === 'AAAA'
          ? await resolver.resolve6(name)
          : await resolver.resolveCname(name);
    return { ok: true, name, answers: normalize(answers) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    const meaning = DNS_ERRORS[code];
    return {
      ok: false,
      name,
      error: meaning === undefined ? (error as Error).message : `${meaning} (${code})`
    };
  } finally {
    resolver.cancel();
  }
}

/** Names compared without case or the root dot; answers sorted, each once. */
function normalize(values: readonly string[]): string[] {
  return [...new Set(values.map((v) => v.toLowerCase().replace(/\.$/, '')))].sort();
}

function describeAnswer(question: DnsQuestion, answer: DnsAnswer): string {
  const where = question.host.startsWith('*.') ? ` for ${answer.name}` : '';
  return answer.ok
    ? `${question.type} ${answer.answers.join(', ')}${where}`
    : `${answer.error}${where}`;
}

async function probeDns(
  check: DnsCheck,
  settings: ProbeSettings,
  timeoutMs: number
): Promise<ProbeOutcome> {
  const expected =
    check.expect === undefined
      ? `any ${check.type} record`
      : `${check.type} ${normalize(check.expect).join(', ')}`;
  const answer = await queryDns(check, settings, timeoutMs);
  const ok =
    answer.ok &&
    (check.expect === undefined || answer.answers.join(',') === normalize(check.expect).join(','));
  return { ok, expected, seen: describeAnswer(check, answer) };
}

/** The address to connect to: an IP as it is, a name through the DNS server or the system. */
async function addressOf(
  host: string,
  settings: ProbeSettings,
  timeoutMs: number
): Promise<{ ok: true; address: string } | { ok: false; error: string }> {
  if (isIP(host) !== 0) return { ok: true, address: host };
  if (settings.dnsServer === undefined) {
    try {
      const found = await withTimeout(systemLookup(host), timeoutMs, 'no answer in time');
      return { ok: true, address: found.address };
    } catch (error) {
      return { ok: false, error: `${host} does not resolve: ${(error as Error).message}` };
    }
  }
  const answer = await queryDns({ host, type: 'A' }, settings, timeoutMs);
  if (answer.ok && answer.answers[0] !== undefined) return { ok: true, address: answer.answers[0] };
  return {
    ok: false,
    error: `${host} does not resolve: ${answer.ok ? 'no address' : answer.error}`
  };
}

function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(message)), ms);
    })
  ]).finally(() => clearTimeout(timer));
}

function socketError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  const message = (error as Error).message;
  return code === undefined || message.includes(code) ? message : `${code}: ${message}`;
}

async function probeTcp(
  check: TcpCheck,
  settings: ProbeSettings,
  timeoutMs: number
): Promise<ProbeOutcome> {
  const expected = `a connection to ${check.host} port ${check.port}`;
  const started = Date.now();
  const target = await addressOf(check.host, settings, timeoutMs);
  if (!target.ok) return { ok: false, expected, seen: target.error };
  const seen = await new Promise<string | undefined>((resolve) => {
    const socket = netConnect({ host: target.address, port: check.port });
    const timer = setTimeout(
      () => {
        socket.destroy();
        resolve(`no connection within ${timeoutMs} ms`);
      },
      Math.max(1, timeoutMs - (Date.now() - started))
    );
    socket.once('connect', () => {
      clearTimeout(timer);
      socket.destroy();
      resolve(undefined);
    });
    socket.once('error', (error) => {
      clearTimeout(timer);
      socket.destroy();
      resolve(socketError(error));
    });
  });
  return seen === undefined
    ? { ok: true, expected, seen: `connected to ${target.address}:${check.port}` }
    : { ok: false, expected, seen };
}

/** `CN=x, O=y` from a certificate's subject or issuer. */
function distinguishedName(name: PeerCertificate['subject'] | undefined): string {
  if (name === undefined) return '(none)';
  return Object.entries(name)
    .map(([k, v]) => `${k}=${Array.isArray(v) ? v.join('+') : String(v)}`)
    .join(', ');
}

async function probeTls(
  check: TlsCheck,
  settings: ProbeSettings,
  timeoutMs: number
): Promise<ProbeOutcome> {
  const trust = check.ca === undefined ? 'the system CAs' : basename(check.ca);
  const expected = `a certificate for ${check.serverName} chaining to ${trust}, ${check.minDaysLeft} or more days left`;
  const started = Date.now();
  const target = await addressOf(check.host, settings, timeoutMs);
  if (!target.ok) return { ok: false, expected, seen: target.error };
  const ca = check.ca === undefined ? undefined : readFileSync(check.ca);
  const result = await new Promise<
    | { ok: true; cert: PeerCertificate; chainError: string | undefined }
    | { ok: false; error: string }
  >((resolve) => {
    const socket = tlsConnect({
      host: target.address,
      port: check.port,
      ...(isIP(check.serverName) === 0 ? { servername: check.serverName } : {}),
      ...(ca === undefined ? {} : { ca }),
      // The verdict is this probe's, so that it can say what was wrong with the certificate.
      rejectUnauthorized: false,
      checkServerIdentity: () => undefined
    });
    const timer = setTimeout(
      () => {
        socket.destroy();
        resolve({ ok: false, error: `no TLS handshake within ${timeoutMs} ms` });
      },
      Math.max(1, timeoutMs - (Date.now() - started))
    );
    socket.once('secureConnect', () => {
      clearTimeout(timer);
      const cert = socket.getPeerCertificate();
      const chainError =
        socket.authorizationError === null || socket.authorizationError === undefined
          ? undefined
          : String(socket.authorizationError);
      socket.destroy();
      resolve({ ok: true, cert, chainError });
    });
    socket.once('error', (error) => {
      clearTimeout(timer);
      socket.destroy();
      resolve({ ok: false, error: socketError(error) });
    });
  });
  if (!result.ok) return { ok: false, expected, seen: result.error };
  const { cert, chainError } = result;
  const notAfter = Date.parse(cert.valid_to);
  const daysLeft = Math.floor((notAfter - (settings.now ?? Date.now)()) / DAY_MS);
  const identityError = checkServerIdentity(check.serverName, cert);
  const problems = [
    ...(chainError === undefined ? [] : [chainError]),
    ...(identityError === undefined ? [] : [`not valid for ${check.serverName}`]),
    ...(daysLeft < check.minDaysLeft ? [`${daysLeft} days left`] : [])
  ];
  const details = `subject ${distinguishedName(cert.subject)}; SAN ${cert.subjectaltname ?? '(none)'}; issuer ${distinguishedName(cert.issuer)}; not after ${new Date(notAfter).toISOString()} (${daysLeft} days left)`;
  return problems.length === 0
    ? { ok: true, expected, seen: details }
    : { ok: false, expected, seen: `${problems.join('; ')}: ${details}` };
}

function pinnedLookup(address: string) {
  const family = isIP(address);
  return (
    _host: string,
    options: { all?: boolean },
    callback: (
      error: Error | null,
      address: string | { address: string; family: number }[],
      family?: number
    ) => void
  ) => {
    if (options.all === true) callback(null, [{ address, family }]);
    else callback(null, address, family);
  };
}

async function probeHttp(
  check: HttpCheck,
  settings: ProbeSettings,
  timeoutMs: number
): Promise<ProbeOutcome> {
  const expected = [
    `status ${check.status.join(' or ')}`,
    ...(check.bodyContains === undefined
      ? []
      : [`body contains ${JSON.stringify(check.bodyContains)}`]),
    ...(check.bodyMatches === undefined ? [] : [`body matches /${check.bodyMatches}/`])
  ].join('; ');
  const limit = Math.min(timeoutMs, check.requestTimeoutMs ?? timeoutMs);
  const url = new URL(check.url);
  let pinned = check.resolve;
  if (pinned === undefined && settings.dnsServer !== undefined) {
    const host = url.hostname.replace(/^\[|\]$/g, '');
    const target = await addressOf(host, settings, limit);
    if (!target.ok) return { ok: false, expected, seen: target.error };
    pinned = target.address;
  }
  const ca = check.ca === undefined ? undefined : readFileSync(check.ca);
  const response = await new Promise<{ status: number; body: string } | { error: string }>(
    (resolve) => {
      const request = (url.protocol === 'https:' ? httpsRequest : httpRequest)(
        url,
        {
          method: 'GET',
          agent: false,
          signal: AbortSignal.timeout(limit),
          headers: { 'user-agent': 'verify-gates' },
          ...(pinned === undefined ? {} : { lookup: pinnedLookup(pinned) as never }),
          ...(ca === undefined ? {} : { ca })
        },
        (res: IncomingMessage) => {
          const chunks: Buffer[] = [];
          let size = 0;
          res.on('data', (chunk: Buffer) => {
            if (size < BODY_LIMIT_BYTES) chunks.push(chunk);
            size += chunk.length;
          });
          res.on('end', () =>
            resolve({
              status: res.statusCode ?? 0,
              body: Buffer.concat(chunks).subarray(0, BODY_LIMIT_BYTES).toString('utf8')
            })
          );
          res.on('error', (error) => resolve({ error: socketError(error) }));
        }
      );
      request.on('error', (error) =>
        resolve({
          error:
            error.name === 'AbortError' || error.name === 'TimeoutError'
              ? `no response within ${limit} ms`
              : socketError(error)
        })
      );
      request.end();
    }
  );
  if ('error' in response) return { ok: false, expected, seen: response.error };
  const problems: string[] = [];
  if (!check.status.includes(response.status)) problems.push(`status ${response.status}`);
  if (check.bodyContains !== undefined && !response.body.includes(check.bodyContains))
    problems.push(`body does not contain ${JSON.stringify(check.bodyContains)}`);
  if (check.bodyMatches !== undefined && !new RegExp(check.bodyMatches).test(response.body))
    problems.push(`body does not match /${check.bodyMatches}/`);
  const excerpt = response.body.replace(/\s+/g, ' ').trim().slice(0, 80);
  const seen = `status ${response.status}; body ${JSON.stringify(excerpt)}${response.body.length > 80 ? '…' : ''}`;
  return problems.length === 0
    ? { ok: true, expected, seen }
    : { ok: false, expected, seen: `${problems.join('; ')}: ${seen}` };
}

async function probeInvariant(
  check: InvariantCheck,
  settings: ProbeSettings,
  timeoutMs: number
): Promise<ProbeOutcome> {
  const expected = `${check.written.right} equals ${check.written.left} (${check.left})`;
  if ('value' in check.right)
    return {
      ok: check.left === check.right.value,
      expected,
      seen: check.right.value,
      final: true
    };
  const answer = await queryDns(check.right.dns, settings, timeoutMs);
  const ok =
    answer.ok && answer.answers.length === 1 && answer.answers[0] === normalize([check.left])[0];
  return { ok, expected, seen: describeAnswer(check.right.dns, answer) };
}
