import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { DEFAULT_ARGOCD_VERSION } from '../../src/bootstrap/argocd.js';
import { COMMITS, TOKEN as ARGOCD_TOKEN } from './argocd/scenarios.js';
import { startArgoCdDouble, type ArgoCdDouble, type ResourceFrame } from './argocd/double.js';
import { consumerRepository, runAct, runGit, snapshotProject, type ActRun } from './act.js';
import { startDnsServer, type DnsServer } from './dns-server.js';
import { branchTip } from './git.js';
import {
  buildTrivyCache,
  imageEnv,
  serviceContext,
  startRegistry,
  type TestRegistry
} from './image-env.mjs';
import { startKubeApiServer, type KubeApiServer } from './kube.js';
import { issueCert, makeCa } from './pki.js';
import { REPO, tool, toolEnv } from './tools.js';
import { startHttpsServer, type WebServer } from './web-servers.js';

/**
 * The orchestrator's world on this machine, for its workflow runs (the tests and the demo): a
 * platform repository on disk holding the copied starter `workflows/orchestrator.yml`, the local
 * stack, the sample service, the naming config and the gates; bare repositories for the runtime
 * facts and the audit trail; a container registry, a real Kubernetes API server (the cluster the
 * stack's facts name, which the orchestrator bootstraps: Argo CD's CRDs and the root objects are
 * stored, no Pod runs), the Argo CD API double that argocd-sync talks to, whose application tracks
 * the facts branch, and the environment's DNS and HTTPS gateway on loopback.
 */
export const APP = { cloud: 'local', env: 'dev', region: 'local', bu: 'payments', app: 'checkout' };
/** The Argo CD application gen-values names for APP. */
export const APPLICATION = 'dev-payments-checkout';
export const HOST = 'checkout.dev.example.com';
/** The stack's gateway address for dev (examples/stacks/local/dev). */
export const GATEWAY = '127.0.0.1';
export const GITHUB_TOKEN = 'ghs_orchestratorrunsecret00000000000000';
/** The sensitive output of the example stack: never in any log, file or commit. */
export const STACK_SECRET = 'local-admin-not-a-secret';
/** Where the root ApplicationSets tell Argo CD to read the facts branch (never fetched here). */
export const FACTS_URL = 'https://git.example.test/acme/runtime-facts.git';

export interface PipelineLab {
  dir: string;
  repo: string;
  head: string;
  project: string;
  facts: string;
  audit: string;
  state: string;
  registry: TestRegistry;
  argocd: ArgoCdDouble;
  /** The cluster's API server; its kubeconfig is the run's KUBECONFIG secret. */
  kube: KubeApiServer;
  /** The facts' kube_context, the one context of that kubeconfig. */
  context: string;
  dns: DnsServer;
  web: WebServer;
  /** Runs the orchestrator with these dispatch inputs (APP's, plus approve_gates false, by default). */
  dispatch(inputs?: Record<string, string>, vars?: Record<string, string>): Promise<ActRun>;
  stop(): Promise<void>;
}

export interface PipelineOptions {
  /** A verify-gates check that cannot pass (an HTTP check of a port nothing listens on). */
  failingCheck?: boolean;
}

const rollout = (health: 'Healthy' | 'Progressing', message?: string): ResourceFrame[] => [
  { kind: 'Service', name: 'checkout', health: 'Healthy' },
  { kind: 'Deployment', name: 'checkout', health, ...(message === undefined ? {} : { message }) }
];

function checks(port: number, failing: boolean): string {
  const lines = [
    '- name: any name under dev.example.com resolves to the gateway',
    '  kind: dns',
    "  host: '*.dev.example.com'",
    "  expect: ['${facts.cluster_gateway_public_address}']",
    `- name: the certificate of ${HOST}`,
    '  kind: tls',
    '  host: ${facts.cluster_gateway_public_address}',
    `  port: ${port}`,
    `  server-name: ${HOST}`,
    '  ca: gates/ca.pem',
    '  min-days-left: 30',
    `- name: ${HOST} answers ok`,
    '  kind: http',
    `  url: https://${HOST}:${port}/healthz`,
    '  resolve: ${facts.cluster_gateway_public_address}',
    '  ca: gates/ca.pem',
    '  status: 200',
    '  body-contains: \'"status":"ok"\''
  ];
  if (failing)
    lines.push(
      '- name: the metrics endpoint answers',
      '  kind: http',
      `  url: http://127.0.0.9:9/metrics`,
      '  status: 200'
    );
  return lines.join('\n') + '\n';
}

const execFileAsync = promisify(execFile);

/**
 * The local stack's cluster name ends in a random id, and so does its kube_context. A team's
 * KUBECONFIG secret names a cluster that exists; here the engine creates that id first, in a copy
 * of the stack against the state the runs use, and the kubeconfig is made for the context the
 * facts will name. The first run still plans and applies the rest of the stack.
 */
async function reserveCluster(dir: string, state: string): Promise<string> {
  const copy = join(dir, 'reserve');
  consumerRepository(copy, { 'stacks/local/dev': { stack: 'examples/stacks/local/dev' } });
  mkdirSync(join(state, '..'), { recursive: true });
  const tofu = (args: string[]) =>
    execFileAsync(tool('tofu'), args, {
      cwd: join(copy, 'stacks', 'local', 'dev'),
      env: toolEnv(),
      timeout: 180_000
    });
  await tofu(['init', '-input=false', '-no-color', `-backend-config=path=${state}`]);
  await tofu([
    'apply',
    '-input=false',
    '-no-color',
    '-auto-approve',
    '-target=module.cluster.random_id.cluster'
  ]);
  rmSync(copy, { recursive: true, force: true });
  const { resources } = JSON.parse(readFileSync(state, 'utf8')) as {
    resources: { type: string; instances: { attributes: { hex?: string } }[] }[];
  };
  const hex = resources.find((r) => r.type === 'random_id')?.instances[0]?.attributes.hex;
  if (hex === undefined) throw new Error(`${state} holds no random_id after the targeted apply`);
  return `kind-local-dev-${hex}`;
}

/**
 * Argo CD's repository as the bootstrap workflow fetches it (the tag v<version>, manifests/ only,
 * a partial clone), served from a bare repository holding the manifests `npm run tools` fetched.
 */
export function argoCdSource(dir: string): string {
  const version = DEFAULT_ARGOCD_VERSION;
  const from = join(REPO, '.tools', 'argocd', version);
  const work = join(dir, 'argo-cd');
  mkdirSync(join(work, 'manifests'), { recursive: true });
  try {
    cpSync(join(from, 'install.yaml'), join(work, 'manifests', 'install.yaml'));
    cpSync(join(from, 'crds'), join(work, 'manifests', 'crds'), { recursive: true });
  } catch {
    throw new Error(`${from} has no Argo CD ${version} manifests: run 'npm run tools'`);
  }
  writeFileSync(join(work, 'README.md'), 'Argo CD (the manifests only)\n');
  runGit(work, ['init', '-q', '-b', 'master']);
  runGit(work, ['add', '-A']);
  runGit(work, ['commit', '-q', '-m', `Release ${version}`]);
  runGit(work, ['tag', `v${version}`]);
  const bare = join(dir, 'argo-cd.git');
  runGit(dir, ['clone', '-q', '--bare', work, bare]);
  runGit(bare, ['config', 'uploadpack.allowFilter', 'true']);
  rmSync(work, { recursive: true, force: true });
  return `file://${bare}`;
}

export async function startPipelineLab(
  parent: string,
  options: PipelineOptions = {}
): Promise<PipelineLab> {
  const dir = mkdtempSync(join(parent, 'pipeline-'));
  const stops: (() => Promise<void>)[] = [];
  // The API server starts while the rest is set up.
  const starting = startKubeApiServer();
  starting.catch(() => undefined);
  stops.push(async () => (await starting.catch(() => undefined))?.stop());
  try {
    const state = join(dir, 'state', 'local-dev.tfstate');
    const reserving = reserveCluster(dir, state);
    reserving.catch(() => undefined);
    const facts = join(dir, 'runtime-facts.git');
    const audit = join(dir, 'audit.git');
    runGit(dir, ['init', '-q', '--bare', facts]);
    runGit(dir, ['init', '-q', '--bare', audit]);

    const ca = makeCa(join(dir, 'ca'));
    const web = await startHttpsServer({
      host: GATEWAY,
      body: '{"service":"checkout","status":"ok"}\n',
      ...issueCert(ca, 'gateway', [HOST])
    });
    stops.push(() => web.stop());
    const dns = await startDnsServer({ records: { '*.dev.example.com': { A: [GATEWAY] } } });
    stops.push(() => dns.stop());
    const registry = await startRegistry();
    stops.push(() => registry.stop());

    // The application tracks the facts branch: what the branch points at is read when Argo CD
    // resolves it, as the real server reads the repository.
    const refs = new Proxy({} as Record<string, string>, {
      get: (_target, ref) => (typeof ref === 'string' ? branchTip(facts, ref) : undefined)
    });
    const waiting = 'Waiting for rollout to finish: 1 of 2 updated replicas are available...';
    const argocd = await startArgoCdDouble({
      token: ARGOCD_TOKEN,
      apps: [
        {
          name: APPLICATION,
          deployed: COMMITS.deployed,
          targetRevision: 'runtime-facts',
          refs,
          resources: rollout('Healthy'),
          sync: [
            {
              phase: 'Running',
              health: 'Progressing',
              polls: 2,
              resources: rollout('Progressing', waiting)
            },
            {
              phase: 'Succeeded',
              health: 'Progressing',
              polls: 1,
              resources: rollout('Progressing', waiting)
            },
            { phase: 'Succeeded', health: 'Healthy' }
          ]
        }
      ]
    });
    stops.push(() => argocd.stop());

    const repo = join(dir, 'platform');
    const service = serviceContext(join(dir, 'service'));
    const head = consumerRepository(repo, {
      '.github/workflows/orchestrator.yml': readFileSync(
        join(REPO, 'workflows', 'orchestrator.yml'),
        'utf8'
      ),
      'stacks/local/dev': { stack: 'examples/stacks/local/dev' },
      'stacks/local/dev/terraform.tfvars': 'env = "dev"\n',
      'services/checkout': { copy: service },
      'services/checkout/VERSION': '1.4.2\n',
      'infrastructure/config': { copy: join(REPO, 'examples', 'config') },
      'gates/dev.yaml': checks(web.port, options.failingCheck === true),
      'gates/ca.pem': readFileSync(ca.certFile, 'utf8')
    });
    rmSync(service, { recursive: true, force: true });

    const project = snapshotProject(dir);
    const argoCd = argoCdSource(dir);
    const context = await reserving;
    const kube = await starting;
    const trivy = buildTrivyCache(dir);
    const image = imageEnv(trivy, {});
    const runEnv: Record<string, string> = {};
    for (const [k, v] of Object.entries(image)) if (k !== 'PATH' && v !== undefined) runEnv[k] = v;

    const lab: PipelineLab = {
      dir,
      repo,
      head,
      project,
      facts,
      audit,
      state,
      registry,
      argocd,
      kube,
      context,
      dns,
      web,
      dispatch: (inputs = {}, vars = {}) =>
        runAct({
          repo,
          workflow: '.github/workflows/orchestrator.yml',
          event: 'workflow_dispatch',
          inputs: { ...APP, approve_gates: 'false', ...inputs },
          project,
          scratch: join(dir, 'act'),
          vars: {
            FACTS_REPOSITORY: facts,
            AUDIT_REPOSITORY: audit,
            IMAGE_REGISTRY: `${registry.host}/acme`,
            APP_OWNER: 'jane.doe',
            ARGOCD_SERVERS: JSON.stringify({ dev: argocd.url }),
            BACKEND_CONFIG: `path=${state}`,
            FACTS_REPOSITORY_URL: FACTS_URL,
            ARGOCD_SOURCE: argoCd,
            VERIFY_DNS_SERVER: dns.address,
            SYNC_INTERVAL: '200ms',
            VERIFY_INTERVAL: '200ms',
            VERIFY_TIMEOUT: '5s',
            ...vars
          },
          secrets: { GITHUB_TOKEN, ARGOCD_TOKEN, KUBECONFIG: kube.kubeconfig(context) },
          env: runEnv
        }),
      async stop() {
        for (const stop of stops.reverse()) await stop();
      }
    };
    mkdirSync(join(dir, 'act'), { recursive: true });
    return lab;
  } catch (error) {
    for (const stop of stops.reverse()) await stop().catch(() => undefined);
    throw error;
  }
}

/** Writes a file of the lab's platform repository and commits it (a change a team pushes). */
export function commitToPlatform(lab: PipelineLab, path: string, content: string): string {
  mkdirSync(join(lab.repo, path, '..'), { recursive: true });
  writeFileSync(join(lab.repo, path), content);
  runGit(lab.repo, ['add', '-A']);
  runGit(lab.repo, ['commit', '-q', '-m', `change ${path}`]);
  return runGit(lab.repo, ['rev-parse', 'HEAD']);
}
