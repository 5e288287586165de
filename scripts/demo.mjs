// The demo: the whole path on the embedded defaults, every stage a bundled action run as a GitHub
// runner runs it (platformctl action run). It builds, scans, pushes and signs a sample image to a
// registry on loopback (where buildah and the registry are installed); plans and applies
// examples/stacks/local/dev with the state in a temporary folder; publishes the stack's runtime
// facts to a local bare repository; generates the GitOps artifacts of a sample app from them; syncs
// the app against an Argo CD API double; verifies DNS, TLS, TCP and HTTP against servers it starts
// on loopback; plans again to show there is nothing left to do, and prints one summary of the path.
import { execFile, execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { copyStack } from './copy-stack.mjs';
import { demoImage } from './demo-image.mjs';

const root = new URL('..', import.meta.url).pathname;
const workspace = mkdtempSync(join(tmpdir(), 'platform-demo-'));
const scratch = mkdtempSync(join(tmpdir(), 'platform-demo-remote-'));
const stack = 'stacks/local/dev';
copyStack(join(root, 'examples', stack), join(workspace, stack));
// Where a consuming repository keeps its naming config (gen-values' default config-dir).
cpSync(join(root, 'examples', 'config'), join(workspace, 'infrastructure', 'config'), {
  recursive: true
});

const env = {
  ...process.env,
  PATH: `${join(root, '.tools', 'bin')}${delimiter}${process.env.PATH ?? ''}`,
  TF_CLI_CONFIG_FILE: join(root, '.tools', 'tofu.tfrc')
};

/**
 * Runs a bundled action as a runner does. Asynchronously: the Argo CD double and the servers the
 * gates check run in this process, and must go on answering while the action runs.
 */
function action(name, inputs) {
  const args = [
    join(root, 'bin', 'platformctl.js'),
    'action',
    'run',
    name,
    '--workspace',
    workspace,
    '--format',
    'json'
  ];
  for (const [k, v] of Object.entries(inputs)) args.push('--input', `${k}=${v}`);
  const started = Date.now();
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      args,
      { env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
      (_error, stdout) => {
        const report = JSON.parse(stdout);
        if (report['exit-code'] !== 0) {
          console.error(`\n${name} failed:\n${report.errors.join('\n')}`);
          process.exit(1);
        }
        resolve({ ...report, ms: Date.now() - started });
      }
    );
  });
}

const path = [];
function stage(name, result, detail) {
  path.push({ name, result, detail });
}

const line = (text) => console.log(`\n\x1b[1m${text}\x1b[0m`);
const SECRET = 'local-admin-not-a-secret';
console.log(`Demo workspace: ${workspace}`);

line('0. Compile the loopback servers and the Argo CD double (build/)');
execFileSync(
  process.execPath,
  [
    join(root, 'node_modules', 'typescript', 'bin', 'tsc'),
    '-p',
    join(root, 'tsconfig.json')
  ].concat(['--noEmit', 'false']),
  { stdio: 'inherit' }
);
const support = (file) => import(join(root, 'build', '__tests__', 'support', file));

line('1. build-scan-push examples/services/hello');
const image = await demoImage({ log: console.log });
const imageRef =
  image.imageRef ?? `ghcr.io/acme/payments/checkout:1.4.2@sha256:${'0123456789abcdef'.repeat(4)}`;
stage(
  'build-scan-push',
  image.skipped === undefined ? 'pushed and signed' : 'skipped',
  image.skipped ?? image.imageRef
);

line(`2. tf-plan ${stack}`);
const plan = await action('tf-plan', { 'working-directory': stack, 'var-files': 'dev.tfvars' });
console.log(plan.summary);
stage('tf-plan', `policy ${plan.outputs['policy-result']}`, `plan-id ${plan.outputs['plan-id']}`);

line(`3. tf-apply the plan with sha256 ${plan.outputs['plan-sha256']}`);
const apply = await action('tf-apply', {
  'working-directory': stack,
  'plan-path': plan.outputs['plan-path'],
  'plan-sha256': plan.outputs['plan-sha256'],
  // No pull request and no GitHub here: the sha256 is checked, the approval gate is not asked for.
  'require-approval': 'false'
});
console.log(apply.summary);
const outputNames = Object.keys(JSON.parse(readFileSync(apply.outputs['outputs-path'], 'utf8')));
stage('tf-apply', `applied ${apply.outputs.applied}`, `${outputNames.length} outputs`);

line('4. publish-runtime-facts to a bare repository (the runtime-facts branch)');
const factsRepo = join(scratch, 'runtime-facts.git');
execFileSync('git', ['init', '--quiet', '--bare', factsRepo]);
const published = await action('publish-runtime-facts', {
  'outputs-path': apply.outputs['outputs-path'],
  cloud: 'local',
  env: 'dev',
  target: 'local-dev',
  repository: factsRepo,
  'plan-id': plan.outputs['plan-id']
});
console.log(published.summary);
const factsText = execFileSync(
  'git',
  ['--git-dir', factsRepo, 'show', `runtime-facts:${published.outputs['facts-path']}`],
  { encoding: 'utf8' }
);
console.log(factsText);
const factsCommit = published.outputs['commit-sha'];
stage('publish-runtime-facts', `changed ${published.outputs.changed}`, `commit ${factsCommit}`);

line(
  '5. gen-values for checkout (payments) from the stack outputs and the image, with examples/config'
);
const values = await action('gen-values', {
  cloud: 'local',
  env: 'dev',
  region: 'local',
  bu: 'payments',
  app: 'checkout',
  owner: 'jane.doe',
  image: imageRef,
  'facts-file': apply.outputs['outputs-path'],
  'out-dir': 'artifacts/checkout'
});
console.log(values.summary);
const files = JSON.parse(values.outputs.files);
for (const file of files) {
  console.log(`\x1b[1m--- ${relative(workspace, file)}\x1b[0m`);
  console.log(readFileSync(file, 'utf8'));
}
const application = parseYaml(
  readFileSync(
    files.find((f) => f.endsWith('argocd-application.yaml')),
    'utf8'
  )
);
stage('gen-values', `${files.length} files`, `Application ${application.metadata.name}`);
// The Application's source that tracks the runtime-facts branch, whose new commit is synced.
const factsSource = application.spec.sources.find((s) => s.repoURL.includes('runtime-facts'));

line(`6. argocd-sync ${application.metadata.name} to the facts commit, against an Argo CD double`);
const { startArgoCdDouble } = await support('argocd/double.js');
const { COMMITS, TOKEN } = await support('argocd/scenarios.js');
const rollout = (health, message) => [
  { kind: 'Service', name: 'checkout', health: 'Healthy' },
  { kind: 'Deployment', name: 'checkout', health, ...(message ? { message } : {}) }
];
const argocd = await startArgoCdDouble({
  token: TOKEN,
  apps: [
    {
      name: application.metadata.name,
      deployed: COMMITS.deployed,
      targetRevision: factsSource.targetRevision,
      refs: { [factsSource.targetRevision]: factsCommit },
      resources: rollout('Healthy'),
      sync: [
        {
          phase: 'Running',
          health: 'Progressing',
          polls: 2,
          resources: rollout(
            'Progressing',
            'Waiting for rollout to finish: 1 of 2 updated replicas are available...'
          )
        },
        {
          phase: 'Succeeded',
          health: 'Progressing',
          polls: 1,
          resources: rollout(
            'Progressing',
            'Waiting for rollout to finish: 1 of 2 updated replicas are available...'
          )
        },
        { phase: 'Succeeded', health: 'Healthy' }
      ]
    }
  ]
});
let synced;
try {
  synced = await action('argocd-sync', {
    server: argocd.url,
    'auth-token': TOKEN,
    application: application.metadata.name,
    revision: factsCommit,
    interval: '200ms',
    timeout: '1m'
  });
} finally {
  await argocd.stop();
}
console.log(synced.summary);
if (argocd.violations.length > 0) {
  console.error(`The Argo CD double saw requests off its schema:\n${argocd.violations.join('\n')}`);
  process.exit(1);
}
stage(
  'argocd-sync',
  `${synced.outputs['sync-status']} ${synced.outputs['health-status']}`,
  `revision ${synced.outputs.revision}`
);

line(
  '7. verify-gates: DNS, TCP, TLS and HTTP of the gateway on loopback, against the published facts'
);
const { makeCa, issueCert } = await support('pki.js');
const { startDnsServer } = await support('dns-server.js');
const { startHttpsServer } = await support('web-servers.js');
const facts = parseYaml(factsText).facts;
const gateway = facts.cluster_gateway_public_address;
const names = JSON.parse(
  readFileSync(
    files.find((f) => f.endsWith('names.json')),
    'utf8'
  )
).names;
const host = names.dns_host;
const zone = host.slice(host.indexOf('.') + 1);
mkdirSync(join(workspace, 'gates'), { recursive: true });
const ca = makeCa(join(scratch, 'ca'));
const cert = issueCert(ca, 'gateway', [host]);
cpSync(ca.certFile, join(workspace, 'gates', 'ca.pem'));
writeFileSync(join(workspace, 'gates', 'facts.yaml'), factsText);
const web = await startHttpsServer({
  host: gateway,
  body: '{"service":"checkout","status":"ok"}\n',
  ...cert
});
const dns = await startDnsServer({ records: { [`*.${zone}`]: { A: [gateway] } } });
writeFileSync(
  join(workspace, 'gates', 'checks.yaml'),
  [
    `- name: any name under ${zone} resolves to the gateway`,
    '  kind: dns',
    `  host: '*.${zone}'`,
    "  expect: ['${facts.cluster_gateway_public_address}']",
    '- name: the gateway accepts connections',
    '  kind: tcp',
    '  host: ${facts.cluster_gateway_public_address}',
    `  port: ${web.port}`,
    `- name: the certificate of ${host}`,
    '  kind: tls',
    '  host: ${facts.cluster_gateway_public_address}',
    `  port: ${web.port}`,
    `  server-name: ${host}`,
    '  ca: gates/ca.pem',
    '  min-days-left: 30',
    `- name: ${host} answers ok`,
    '  kind: http',
    `  url: https://${host}:${web.port}/healthz`,
    '  resolve: ${facts.cluster_gateway_public_address}',
    '  ca: gates/ca.pem',
    '  status: 200',
    '  body-contains: \'"status":"ok"\'',
    '- name: the published gateway is where the environment resolves',
    '  kind: invariant',
    '  left: ${facts.cluster_gateway_public_address}',
    `  right: {dns: '*.${zone}'}`,
    ''
  ].join('\n')
);
let verified;
try {
  verified = await action('verify-gates', {
    'checks-file': 'gates/checks.yaml',
    'facts-file': 'gates/facts.yaml',
    'dns-server': dns.address,
    interval: '200ms',
    timeout: '30s'
  });
} finally {
  await Promise.all([web.stop(), dns.stop()]);
}
console.log(verified.summary);
stage(
  'verify-gates',
  verified.outputs.result,
  `${parseYaml(readFileSync(join(workspace, 'gates', 'checks.yaml'), 'utf8')).length} checks`
);

line('8. tf-plan again');
const again = await action('tf-plan', { 'working-directory': stack, 'var-files': 'dev.tfvars' });
console.log(again.summary);
stage('tf-plan again', `has changes ${again.outputs['has-changes']}`, 'nothing left to do');

const everything = [plan, apply, published, values, synced, verified, again]
  .map((r) => `${JSON.stringify(r)}${r.log ?? ''}`)
  .concat(
    files.map((f) => readFileSync(f, 'utf8')),
    factsText
  );
const leaked = everything.some((text) => text.includes(SECRET));

line('The path, end to end');
const width = Math.max(...path.map((p) => p.name.length));
for (const p of path) console.log(`  ${p.name.padEnd(width)}  ${p.result.padEnd(24)}  ${p.detail}`);
console.log(`  sensitive output in any report, log or file: ${leaked ? 'YES' : 'no'}`);
rmSync(scratch, { recursive: true, force: true });
if (leaked || again.outputs['has-changes'] !== 'false' || verified.outputs.result !== 'passed')
  process.exit(1);
