import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startDnsServer, type DnsServer } from './dns-server.js';
import { issueCert, makeCa, type CertificateAuthority } from './pki.js';
import { closedPort, startHttpServer, startHttpsServer, type WebServer } from './web-servers.js';

/**
 * An environment to verify, all on loopback: a DNS server for `dev.example.test` (with a wildcard,
 * a CNAME and a record that appears late), HTTPS servers with a valid, an expired and a
 * wrong-name certificate from a CA made for the run, an HTTP service that is ready only after a
 * few requests, a closed port, and the runtime facts tf-apply would have written. Plain TypeScript:
 * the tests, the bench and the demo start it alike.
 *
 *   const lab = await startGateLab(folder);
 *   // verify-gates --checks-file lab.passingChecksFile --facts-file lab.factsFile --dns-server lab.dns.address
 *   await lab.stop();
 */

export const LAB_DOMAIN = 'dev.example.test';
export const LAB_HOST = `checkout.${LAB_DOMAIN}`;
/** The gateway address: where `*.dev.example.test` points, and the published fact. */
export const LAB_GATEWAY = '127.0.0.2';
/** The value of the sensitive output in the facts file: it must never be printed. */
export const LAB_SECRET = 'lab-secret-never-print-me';

export interface GateLab {
  dir: string;
  ca: CertificateAuthority;
  dns: DnsServer;
  /** HTTPS with a certificate for LAB_HOST, on the gateway address. */
  valid: WebServer;
  /** HTTPS with a certificate for `expired.dev.example.test` that ended a year ago, on 127.0.0.3. */
  expired: WebServer;
  /** HTTPS with a certificate for `other.example.test` only, on 127.0.0.4. */
  wrongName: WebServer;
  /** HTTP on 127.0.0.5 answering `ok` with a JSON health body. */
  http: WebServer;
  /** HTTP on 127.0.0.6 answering 503 to its first LAB_LATE_AFTER requests, then 200. */
  late: WebServer;
  closed: { host: string; port: number };
  /** tf-apply's outputs file (the engine's output -json), with one sensitive output. */
  factsFile: string;
  /** Checks that all pass (some only after a few attempts). */
  passingChecksFile: string;
  /** Checks that all fail, one of each way to fail. */
  failingChecksFile: string;
  stop(): Promise<void>;
}

/** How many requests the late service and questions the late DNS name refuse first. */
export const LAB_LATE_AFTER = 2;
const DAY_MS = 86_400_000;

export async function startGateLab(dir: string): Promise<GateLab> {
  mkdirSync(dir, { recursive: true });
  const ca = makeCa(join(dir, 'ca'));
  const validCert = issueCert(ca, 'valid', [LAB_HOST, LAB_GATEWAY]);
  const expiredCert = issueCert(ca, 'expired', [`expired.${LAB_DOMAIN}`], {
    notBefore: Date.now() - 400 * DAY_MS,
    notAfter: Date.now() - 365 * DAY_MS
  });
  const wrongCert = issueCert(ca, 'wrong-name', ['other.example.test']);
  const started: { stop(): Promise<void> }[] = [];
  try {
    const valid = await startHttpsServer({
      host: LAB_GATEWAY,
      body: '{"service":"checkout","status":"ok"}\n',
      ...validCert
    });
    started.push(valid);
    const expired = await startHttpsServer({ host: '127.0.0.3', ...expiredCert });
    started.push(expired);
    const wrongName = await startHttpsServer({ host: '127.0.0.4', ...wrongCert });
    started.push(wrongName);
    const http = await startHttpServer({ host: '127.0.0.5', body: '{"status":"ok"}\n' });
    started.push(http);
    const late = await startHttpServer({ host: '127.0.0.6', readyAfter: LAB_LATE_AFTER });
    started.push(late);
    const closed = { host: '127.0.0.7', port: await closedPort('127.0.0.7') };
    const dns = await startDnsServer({
      records: {
        [LAB_HOST]: { A: [LAB_GATEWAY] },
        [`*.${LAB_DOMAIN}`]: { A: [LAB_GATEWAY] },
        [`expired.${LAB_DOMAIN}`]: { A: ['127.0.0.3'] },
        [`late.${LAB_DOMAIN}`]: { A: ['127.0.0.6'] },
        [`www.${LAB_DOMAIN}`]: { CNAME: LAB_HOST },
        'api.example.test': { A: ['127.0.0.5'], AAAA: ['::1'] }
      },
      lateNames: { [`late.${LAB_DOMAIN}`]: LAB_LATE_AFTER }
    });
    started.push(dns);

    const factsFile = join(dir, 'outputs.json');
    const output = (value: unknown, sensitive = false) => ({ sensitive, type: 'string', value });
    writeFileSync(
      factsFile,
      `${JSON.stringify(
        {
          cluster_name: output('acme-dev-local'),
          cluster_gateway_public_address: output(LAB_GATEWAY),
          env_gateway_public_addresses: output({ dev: LAB_GATEWAY, prod: '127.0.0.9' }),
          https_port: output(valid.port),
          database_password: output(LAB_SECRET, true)
        },
        null,
        2
      )}\n`
    );

    const passingChecksFile = join(dir, 'passing-checks.yaml');
    writeFileSync(
      passingChecksFile,
      `# Every check here passes; two only after ${LAB_LATE_AFTER} failed attempts.
checks:
  - kind: dns
    host: ${LAB_HOST}
    expect: ['\${facts.cluster_gateway_public_address}']
  - name: any name under ${LAB_DOMAIN} reaches the gateway
    kind: dns
    host: '*.${LAB_DOMAIN}'
    expect: [${LAB_GATEWAY}]
  - kind: dns
    host: www.${LAB_DOMAIN}
    type: CNAME
    expect: [${LAB_HOST}]
  - name: a record still propagating
    kind: dns
    host: late.${LAB_DOMAIN}
  - kind: tcp
    host: ${LAB_HOST}
    port: \${facts.https_port}
  - kind: tls
    host: ${LAB_HOST}
    port: \${facts.https_port}
    ca: ${ca.certFile}
    min-days-left: 30
  - kind: http
    url: https://${LAB_HOST}:\${facts.https_port}/healthz
    ca: ${ca.certFile}
    body-contains: checkout
  - kind: http
    url: http://api.example.test:${http.port}/healthz
    resolve: 127.0.0.5
    status: [200, 204]
    body-matches: '"status":\\s*"ok"'
  - name: a service still starting
    kind: http
    url: http://starting.${LAB_DOMAIN}:${late.port}/
    resolve: ${late.host}
  - name: the published gateway is where the wildcard points
    kind: invariant
    left: \${facts.cluster_gateway_public_address}
    right: { dns: '*.${LAB_DOMAIN}' }
  - kind: invariant
    left: \${facts.env_gateway_public_addresses.dev}
    right: \${facts.cluster_gateway_public_address}
`
    );
    const failingChecksFile = join(dir, 'failing-checks.yaml');
    writeFileSync(
      failingChecksFile,
      `# Every check here fails, each in its own way.
- name: a name nobody published
  kind: dns
  host: missing.example.test
- name: wrong address
  kind: dns
  host: ${LAB_HOST}
  expect: [127.0.0.99]
- name: closed port
  kind: tcp
  host: ${closed.host}
  port: ${closed.port}
- name: expired certificate
  kind: tls
  host: expired.${LAB_DOMAIN}
  port: ${expired.port}
  ca: ${ca.certFile}
- name: certificate for another name
  kind: tls
  host: ${wrongName.host}
  port: ${wrongName.port}
  server-name: ${LAB_HOST}
  ca: ${ca.certFile}
- name: not enough days left
  kind: tls
  host: ${LAB_HOST}
  port: ${valid.port}
  ca: ${ca.certFile}
  min-days-left: 365
- name: unexpected body
  kind: http
  url: http://api.example.test:${http.port}/
  resolve: 127.0.0.5
  body-contains: checkout
- name: prod gateway is not where dev points
  kind: invariant
  left: \${facts.env_gateway_public_addresses.prod}
  right: { dns: '*.${LAB_DOMAIN}' }
`
    );

    return {
      dir,
      ca,
      dns,
      valid,
      expired,
      wrongName,
      http,
      late,
      closed,
      factsFile,
      passingChecksFile,
      failingChecksFile,
      stop: async () => {
        await Promise.all(started.map((s) => s.stop()));
      }
    };
  } catch (error) {
    await Promise.all(started.map((s) => s.stop()));
    throw error;
  }
}
