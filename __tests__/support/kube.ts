import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { Agent, request } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { issueCert, makeCa, type CertificateAuthority } from './pki.js';
import { freePort, waitForPort } from './servers.js';
import { tool } from './tools.js';

/**
 * A real Kubernetes API server for tests: etcd and kube-apiserver (built by `npm run tools`) on
 * loopback, the API server on TLS with a certificate of a CA made for the run, a token file for
 * authentication and RBAC on. There is no kubelet, no scheduler and no controller manager: the
 * server validates and stores objects (CRD schemas included), and nothing ever runs. Every wait is
 * bounded; the data lives in a temporary folder removed by `stop()`.
 * Plain TypeScript with no test framework, so that the bench and the demo can use it too.
 */

export const ADMIN_TOKEN = 'admin-token-for-tests-only-0123456789';
/** A user that authenticates but holds no role: every request it makes is forbidden. */
export const NOBODY_TOKEN = 'nobody-token-for-tests-only-0123456789';

export interface KubeApiServer {
  /** https://127.0.0.1:<port> */
  url: string;
  port: number;
  ca: CertificateAuthority;
  caPem: string;
  dir: string;
  /** A kubeconfig with one context of that name, for the given token (the admin's by default). */
  kubeconfig(
    context: string,
    options?: { token?: string; caPem?: string; server?: string }
  ): string;
  /** Sends one request as the admin: for tests that arrange or inspect objects. */
  api(
    method: string,
    path: string,
    body?: unknown,
    contentType?: string
  ): Promise<{ status: number; body: unknown }>;
  stop(): Promise<void>;
}

const START_TIMEOUT_MS = 120_000;

function capture(child: ChildProcess): () => string {
  let output = '';
  const keep = (c: Buffer) => {
    output = (output + c.toString()).slice(-8000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  return () => output;
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

/** Writes a kubeconfig for a token-authenticated user. */
export function makeKubeconfig(options: {
  server: string;
  context: string;
  token: string;
  caPem: string;
}): string {
  const ca = Buffer.from(options.caPem).toString('base64');
  return [
    'apiVersion: v1',
    'kind: Config',
    'clusters:',
    `- name: ${options.context}-cluster`,
    '  cluster:',
    `    server: ${options.server}`,
    `    certificate-authority-data: ${ca}`,
    'users:',
    `- name: ${options.context}-user`,
    '  user:',
    `    token: ${options.token}`,
    'contexts:',
    `- name: ${options.context}`,
    '  context:',
    `    cluster: ${options.context}-cluster`,
    `    user: ${options.context}-user`,
    `current-context: ${options.context}`,
    ''
  ].join('\n');
}

/** `bin`: where etcd and kube-apiserver are, for callers outside the tests (default: .tools/bin). */
export async function startKubeApiServer(options: { bin?: string } = {}): Promise<KubeApiServer> {
  const binary = (name: string) =>
    options.bin === undefined ? tool(name) : join(options.bin, name);
  const dir = mkdtempSync(join(tmpdir(), 'kube-api-'));
  const children: ChildProcess[] = [];
  const stop = async () => {
    for (const child of children.reverse()) await stopChild(child);
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    const ca = makeCa(join(dir, 'ca'));
    const serving = issueCert(ca, 'apiserver', ['127.0.0.1', 'localhost']);
    const caPem = readFileSync(ca.certFile, 'utf8');
    writeFileSync(
      join(dir, 'tokens.csv'),
      `${ADMIN_TOKEN},admin,1,"system:masters"\n${NOBODY_TOKEN},nobody,2,\n`
    );

    // The key service account tokens are signed with: SEC1 and SPKI PEM, as the server reads them.
    const saKey = join(dir, 'sa.key');
    const saPub = join(dir, 'sa.pub');
    const openssl = (args: string[]) =>
      execFileSync('openssl', args, { stdio: ['ignore', 'pipe', 'pipe'], timeout: 30_000 });
    openssl(['ecparam', '-name', 'prime256v1', '-genkey', '-noout', '-out', saKey]);
    openssl(['ec', '-in', saKey, '-pubout', '-out', saPub]);

    const [etcdPort, peerPort, port] = [await freePort(), await freePort(), await freePort()];
    const etcd = spawn(
      binary('etcd'),
      [
        '--name=test',
        `--data-dir=${join(dir, 'etcd')}`,
        `--listen-client-urls=http://127.0.0.1:${etcdPort}`,
        `--advertise-client-urls=http://127.0.0.1:${etcdPort}`,
        `--listen-peer-urls=http://127.0.0.1:${peerPort}`,
        `--initial-advertise-peer-urls=http://127.0.0.1:${peerPort}`,
        `--initial-cluster=test=http://127.0.0.1:${peerPort}`,
        '--unsafe-no-fsync',
        '--log-level=warn'
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] }
    );
    children.push(etcd);
    const etcdLog = capture(etcd);
    await waitForPort(etcdPort, 30_000, etcd, etcdLog);

    const apiserver = spawn(
      binary('kube-apiserver'),
      [
        `--etcd-servers=http://127.0.0.1:${etcdPort}`,
        '--bind-address=127.0.0.1',
        '--advertise-address=127.0.0.1',
        `--secure-port=${port}`,
        `--tls-cert-file=${serving.certFile}`,
        `--tls-private-key-file=${serving.keyFile}`,
        `--cert-dir=${join(dir, 'certs')}`,
        `--token-auth-file=${join(dir, 'tokens.csv')}`,
        '--authorization-mode=RBAC',
        '--anonymous-auth=false',
        `--service-account-key-file=${saPub}`,
        `--service-account-signing-key-file=${saKey}`,
        '--service-account-issuer=https://kubernetes.default.svc',
        '--service-cluster-ip-range=10.96.0.0/16',
        '--endpoint-reconciler-type=none',
        '--enable-priority-and-fairness=false',
        '--profiling=false',
        '--v=0'
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] }
    );
    children.push(apiserver);
    const apiLog = capture(apiserver);
    await waitForPort(port, START_TIMEOUT_MS, apiserver, apiLog);

    const agent = new Agent({ ca: caPem, keepAlive: false });
    const url = `https://127.0.0.1:${port}`;
    const api: KubeApiServer['api'] = (method, path, body, contentType = 'application/json') =>
      new Promise((resolve, reject) => {
        const payload =
          body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body);
        const req = request(
          `${url}${path}`,
          {
            method,
            agent,
            timeout: 30_000,
            headers: {
              authorization: `Bearer ${ADMIN_TOKEN}`,
              accept: 'application/json',
              ...(payload === undefined ? {} : { 'content-type': contentType })
            }
          },
          (res) => {
            let text = '';
            res.on('data', (c: Buffer) => (text += c.toString()));
            res.on('end', () => {
              let parsed: unknown = text;
              try {
                parsed = JSON.parse(text);
              } catch {
                // plain text (readyz)
              }
              resolve({ status: res.statusCode ?? 0, body: parsed });
            });
          }
        );
        req.on('timeout', () => req.destroy(new Error(`${method} ${path}: no answer within 30 s`)));
        req.on('error', reject);
        if (payload !== undefined) req.write(payload);
        req.end();
      });

    // Ready means etcd reached, RBAC's default roles made and the built-in APIs served.
    const deadline = Date.now() + START_TIMEOUT_MS;
    for (;;) {
      const ready = await api('GET', '/readyz').catch(() => ({ status: 0, body: '' }));
      if (ready.status === 200) break;
      if (apiserver.exitCode !== null)
        throw new Error(`kube-apiserver exited with ${apiserver.exitCode}: ${apiLog()}`);
      if (Date.now() > deadline)
        throw new Error(
          `kube-apiserver was not ready within ${START_TIMEOUT_MS} ms: ${String(ready.body)} ${apiLog()}`
        );
      await new Promise((r) => setTimeout(r, 200));
    }
    return {
      url,
      port,
      ca,
      caPem,
      dir,
      kubeconfig: (context, options = {}) =>
        makeKubeconfig({
          server: options.server ?? url,
          context,
          token: options.token ?? ADMIN_TOKEN,
          caPem: options.caPem ?? caPem
        }),
      api,
      stop
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** What a cluster holds of a GitOps bootstrap, read as the admin. */
export interface GitOpsFootprint {
  /** The status of GET on the argocd namespace: 200 when it exists, 404 when not. */
  namespace: number;
  /** Every Argo CD CRD stored, with whether the server reports it Established. */
  crds: Record<string, boolean>;
  /** The names of the ApplicationSets and AppProjects stored in the argocd namespace. */
  applicationSets: string[];
  appProjects: string[];
}

/** Reads the argocd namespace, the Argo CD CRDs and the root objects the bootstrap stores. */
export async function gitopsFootprint(server: KubeApiServer): Promise<GitOpsFootprint> {
  const items = async (path: string) => {
    const res = await server.api('GET', path);
    // Before the CRDs exist their resources are not served at all.
    if (res.status === 404) return [];
    if (res.status !== 200)
      throw new Error(`GET ${path}: ${res.status} ${JSON.stringify(res.body).slice(0, 300)}`);
    return (res.body as { items: StoredObject[] }).items;
  };
  const names = (objects: StoredObject[]) => objects.map((o) => o.metadata.name).sort();
  const crds: Record<string, boolean> = {};
  for (const crd of await items('/apis/apiextensions.k8s.io/v1/customresourcedefinitions'))
    if (crd.metadata.name.endsWith('.argoproj.io'))
      crds[crd.metadata.name] =
        crd.status?.conditions?.some((c) => c.type === 'Established' && c.status === 'True') ??
        false;
  const argo = '/apis/argoproj.io/v1alpha1/namespaces/argocd';
  return {
    namespace: (await server.api('GET', '/api/v1/namespaces/argocd')).status,
    crds,
    applicationSets: names(await items(`${argo}/applicationsets`)),
    appProjects: names(await items(`${argo}/appprojects`))
  };
}

interface StoredObject {
  metadata: { name: string };
  status?: { conditions?: { type?: string; status?: string }[] };
}
