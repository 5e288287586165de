import { randomBytes } from 'node:crypto';
import { lookup as systemLookup, Resolver } from 'node:dns/promises';
import { readFileSync } from 'node:fs';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { connect as netConnect, isIP } from 'node:net';
import { connect as tlsConnect } from 'node:tls';
import type { DnsQuestion, HttpCheck, TlsCheck } from './checks.js';
import {
  evaluateDns,
  evaluateHttp,
  evaluateInvariant,
  evaluateTcp,
  evaluateTls,
  normalizeAnswers,
  type Connection,
  type DnsAnswer,
  type HttpResponse,
  type TlsHandshake
} from './evaluate.js';
import type { Probe } from './gates.js';

/**
 * The probes: one attempt of each kind of check against real servers, each bounded by the
 * attempt's timeout. They observe (an answer, a connection, a handshake, a response) and hand the
 * observation to the check's evaluation; they never throw for what a server does.
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

export function createProbe(settings: ProbeSettings): Probe {
  return async (check, { timeoutMs }) => {
    switch (check.kind) {
      case 'dns':
        return evaluateDns(check, await queryDns(check, settings, timeoutMs));
      case 'tcp':
        return evaluateTcp(check, await connectTcp(check.host, check.port, settings, timeoutMs));
      case 'tls':
        return evaluateTls(
          check,
          await handshakeTls(check, settings, timeoutMs),
          (settings.now ?? Date.now)()
        );
      case 'http':
        return evaluateHttp(check, await fetchHttp(check, settings, timeoutMs));
      case 'invariant':
        return evaluateInvariant(
          check,
          'dns' in check.right ? await queryDns(check.right.dns, settings, timeoutMs) : undefined
        );
    }
  };
}

function randomLabel(): string {
  return `gates-${randomBytes(5).toString('hex')}`;
}

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
    return { ok: true, name, answers: normalizeAnswers(answers) };
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

/** Opens a connection and closes it at once. */
async function connectTcp(
  host: string,
  port: number,
  settings: ProbeSettings,
  timeoutMs: number
): Promise<Connection> {
  const started = Date.now();
  const target = await addressOf(host, settings, timeoutMs);
  if (!target.ok) return target;
  const error = await new Promise<string | undefined>((resolve) => {
    const socket = netConnect({ host: target.address, port });
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
    socket.once('error', (e) => {
      clearTimeout(timer);
      socket.destroy();
      resolve(socketError(e));
    });
  });
  return error === undefined ? { ok: true, address: target.address, port } : { ok: false, error };
}

/** A TLS handshake that accepts any certificate, so that the check can say what was wrong with it. */
async function handshakeTls(
  check: TlsCheck,
  settings: ProbeSettings,
  timeoutMs: number
): Promise<TlsHandshake> {
  const started = Date.now();
  const target = await addressOf(check.host, settings, timeoutMs);
  if (!target.ok) return target;
  const ca = check.ca === undefined ? undefined : readFileSync(check.ca);
  return new Promise((resolve) => {
    const socket = tlsConnect({
      host: target.address,
      port: check.port,
      ...(isIP(check.serverName) === 0 ? { servername: check.serverName } : {}),
      ...(ca === undefined ? {} : { ca }),
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
      const chainError = socket.authorizationError;
      socket.destroy();
      resolve({
        ok: true,
        certificate: {
          subject: { ...cert.subject },
          issuer: { ...cert.issuer },
          subjectaltname: cert.subjectaltname,
          valid_to: cert.valid_to
        },
        chainError: chainError === null || chainError === undefined ? undefined : String(chainError)
      });
    });
    socket.once('error', (error) => {
      clearTimeout(timer);
      socket.destroy();
      resolve({ ok: false, error: socketError(error) });
    });
  });
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

/** One GET, the address pinned when asked; the body read up to its limit. */
async function fetchHttp(
  check: HttpCheck,
  settings: ProbeSettings,
  timeoutMs: number
): Promise<HttpResponse> {
  const limit = Math.min(timeoutMs, check.requestTimeoutMs ?? timeoutMs);
  const url = new URL(check.url);
  let pinned = check.resolve;
  if (pinned === undefined && settings.dnsServer !== undefined) {
    const host = url.hostname.replace(/^\[|\]$/g, '');
    const target = await addressOf(host, settings, limit);
    if (!target.ok) return target;
    pinned = target.address;
  }
  const ca = check.ca === undefined ? undefined : readFileSync(check.ca);
  return new Promise<HttpResponse>((resolve) => {
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
            ok: true,
            status: res.statusCode ?? 0,
            body: Buffer.concat(chunks).subarray(0, BODY_LIMIT_BYTES).toString('utf8')
          })
        );
        res.on('error', (error) => resolve({ ok: false, error: socketError(error) }));
      }
    );
    request.on('error', (error) =>
      resolve({
        ok: false,
        error:
          error.name === 'AbortError' || error.name === 'TimeoutError'
            ? `no response within ${limit} ms`
            : socketError(error)
      })
    );
    request.end();
  });
}
