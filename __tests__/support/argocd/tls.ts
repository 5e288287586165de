import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface TestPki {
  /** PEM of the private CA. */
  ca: string;
  /** The server's certificate (signed by the CA, for IP 127.0.0.1) and key. */
  cert: string;
  key: string;
  /** A self-signed certificate for 127.0.0.1 that no CA vouches for, and its key. */
  selfSigned: { cert: string; key: string };
}

/** A private CA and a server certificate for 127.0.0.1, made with the real openssl. */
export function makeTestPki(): TestPki {
  const dir = mkdtempSync(join(tmpdir(), 'argocd-pki-'));
  const run = (...args: string[]) =>
    execFileSync('openssl', args, { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'], timeout: 30_000 });
  try {
    /** A self-signed certificate (a CA's, or one no CA vouches for) with its key. */
    const selfSigned = (name: string, subject: string, ...extensions: string[]) =>
      run(
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-keyout',
        `${name}.key`,
        '-out',
        `${name}.pem`,
        '-days',
        '2',
        '-subj',
        subject,
        ...extensions.flatMap((e) => ['-addext', e])
      );
    selfSigned(
      'ca',
      '/CN=Test Argo CD CA',
      'basicConstraints=critical,CA:TRUE',
      'keyUsage=critical,keyCertSign,cRLSign'
    );
    run(
      'req',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      'server.key',
      '-out',
      'server.csr',
      '-subj',
      '/CN=argocd.test'
    );
    writeFileSync(
      join(dir, 'ext.cnf'),
      'subjectAltName=IP:127.0.0.1,DNS:localhost\nextendedKeyUsage=serverAuth\n'
    );
    run(
      'x509',
      '-req',
      '-in',
      'server.csr',
      '-CA',
      'ca.pem',
      '-CAkey',
      'ca.key',
      '-CAcreateserial',
      '-out',
      'server.pem',
      '-days',
      '2',
      '-extfile',
      'ext.cnf'
    );
    selfSigned('self', '/CN=argocd.test', 'subjectAltName=IP:127.0.0.1');
    const read = (f: string) => readFileSync(join(dir, f), 'utf8');
    return {
      ca: read('ca.pem'),
      cert: read('server.pem'),
      key: read('server.key'),
      selfSigned: { cert: read('self.pem'), key: read('self.key') }
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
