import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A certificate authority made for a test run with the openssl command (OpenSSL 3.0 flags only),
 * in a folder the caller owns, and server certificates it issues: valid, expired (dated in the
 * past with `openssl ca -startdate/-enddate`, so no faked clock is needed) or for other names.
 * Plain TypeScript with no test framework, so that the demo and the bench can use it too.
 */

export interface CertificateAuthority {
  dir: string;
  /** The CA certificate file (PEM), for a check's `ca`. */
  certFile: string;
  keyFile: string;
  configFile: string;
}

export interface IssuedCertificate {
  certFile: string;
  keyFile: string;
  cert: Buffer;
  key: Buffer;
}

const OPENSSL_TIMEOUT_MS = 30_000;
/** A new EC P-256 key, unencrypted, written to the file that follows: quick to make. */
const NEW_KEY = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-keyout'];

function openssl(args: string[], cwd: string): void {
  execFileSync('openssl', args, {
    cwd,
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: OPENSSL_TIMEOUT_MS
  });
}

/** A CA with an EC P-256 key, valid from yesterday for `days`. */
export function makeCa(
  dir: string,
  options: { name?: string; days?: number } = {}
): CertificateAuthority {
  mkdirSync(join(dir, 'issued'), { recursive: true });
  writeFileSync(join(dir, 'index.txt'), '');
  writeFileSync(join(dir, 'serial'), '1000\n');
  const configFile = join(dir, 'ca.cnf');
  writeFileSync(
    configFile,
    [
      '[ca]',
      'default_ca = test_ca',
      '[test_ca]',
      `dir = ${dir}`,
      'database = $dir/index.txt',
      'new_certs_dir = $dir/issued',
      'serial = $dir/serial',
      'certificate = $dir/ca.crt',
      'private_key = $dir/ca.key',
      'default_md = sha256',
      'policy = any_name',
      'copy_extensions = copy',
      'unique_subject = no',
      'email_in_dn = no',
      '[any_name]',
      'commonName = supplied',
      '[server]',
      'basicConstraints = critical, CA:FALSE',
      'keyUsage = critical, digitalSignature',
      'extendedKeyUsage = serverAuth',
      ''
    ].join('\n')
  );
  openssl(
    [
      'req',
      '-x509',
      ...NEW_KEY,
      'ca.key',
      '-out',
      'ca.crt',
      '-subj',
      `/CN=${options.name ?? 'verify-gates test CA'}`,
      '-days',
      String(options.days ?? 30),
      '-addext',
      'basicConstraints=critical,CA:TRUE',
      '-addext',
      'keyUsage=critical,keyCertSign,cRLSign'
    ],
    dir
  );
  return { dir, certFile: join(dir, 'ca.crt'), keyFile: join(dir, 'ca.key'), configFile };
}

/** `YYYYMMDDHHMMSSZ`, as `openssl ca -startdate` takes it. */
function asn1Time(ms: number): string {
  return `${new Date(ms).toISOString().replace(/[-:T]/g, '').slice(0, 14)}Z`;
}

const DAY_MS = 86_400_000;

/**
 * A server certificate for `names` (DNS names or IP addresses, the first one its CN). By default
 * valid from yesterday for 90 days; `notBefore`/`notAfter` (milliseconds) date it anywhere, the
 * past included.
 */
export function issueCert(
  ca: CertificateAuthority,
  file: string,
  names: string[],
  validity: { notBefore?: number; notAfter?: number } = {}
): IssuedCertificate {
  const [first] = names;
  if (first === undefined) throw new Error('a certificate needs at least one name');
  const san = names.map((n) => (/^[0-9.]+$|:/.test(n) ? `IP:${n}` : `DNS:${n}`)).join(',');
  const keyFile = join(ca.dir, `${file}.key`);
  const csrFile = join(ca.dir, `${file}.csr`);
  const certFile = join(ca.dir, `${file}.crt`);
  openssl(
    [
      'req',
      '-new',
      ...NEW_KEY,
      keyFile,
      '-out',
      csrFile,
      '-subj',
      `/CN=${first}`,
      '-addext',
      `subjectAltName=${san}`
    ],
    ca.dir
  );
  const notBefore = validity.notBefore ?? Date.now() - DAY_MS;
  const notAfter = validity.notAfter ?? notBefore + 90 * DAY_MS;
  openssl(
    [
      'ca',
      '-batch',
      '-notext',
      '-config',
      ca.configFile,
      '-extensions',
      'server',
      '-startdate',
      asn1Time(notBefore),
      '-enddate',
      asn1Time(notAfter),
      '-in',
      csrFile,
      '-out',
      certFile
    ],
    ca.dir
  );
  return { certFile, keyFile, cert: readFileSync(certFile), key: readFileSync(keyFile) };
}
