import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
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
import { issueCert, makeCa } from './pki.js';
import { REPO } from './tools.js';
import { startHttpsServer, type WebServer } from './web-servers.js';

/**
 * The orchestrator's world on this machine, for its workflow runs (the tests and the demo): a
 * platform repository on disk holding the copied starter `workflows/orchestrator.yml`, the local
 * stack, the sample service, the naming config and the gates; bare repositories for the runtime
 * facts and the audit trail; a container registry, an Argo CD API double whose application tracks
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

export async function startPipelineLab(
  parent: string,
  options: PipelineOptions = {}
): Promise<PipelineLab> {
  const dir = mkdtempSync(join(parent, 'pipeline-'));
  const stops: (() => Promise<void>)[] = [];
  try {
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
    const state = join(dir, 'state', 'local-dev.tfstate');
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
            VERIFY_DNS_SERVER: dns.address,
            SYNC_INTERVAL: '200ms',
            VERIFY_INTERVAL: '200ms',
            VERIFY_TIMEOUT: '5s',
            ...vars
          },
          secrets: { GITHUB_TOKEN, ARGOCD_TOKEN },
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
