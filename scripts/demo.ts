// The demo: the main job, end to end, as a team runs it. A platform repository is made on disk
// with the orchestrator starter copied into it (workflows/orchestrator.yml), the example stack,
// the sample service, the naming config and the gates; the orchestrator is dispatched under act
// (a workflow runner on this machine) for local/dev, and calls this checkout's reusable workflows
// and actions as `platform-actions/platform-actions/...@v1`: plan → apply → runtime facts → GitOps
// bootstrap (Argo CD and the root ApplicationSets on a real Kubernetes API server) → image build,
// scan and push → values committed → Argo CD sync (against the API double) → gates (DNS, TLS, HTTP
// on loopback). Then a plan from the terminal shows there is nothing left to do, and one
// summary of the path is printed.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jobResult, runGit } from '../__tests__/support/act.js';
import { missingSystemTools } from '../__tests__/support/image-env.mjs';
import { gitopsFootprint, type GitOpsFootprint } from '../__tests__/support/kube.js';
import { APPLICATION, STACK_SECRET, startPipelineLab } from '../__tests__/support/pipeline.js';
import { REPO, toolEnv } from '../__tests__/support/tools.js';

const bold = (text: string) => console.log(`\n\x1b[1m${text}\x1b[0m`);

const { missing, install } = missingSystemTools([
  'buildah',
  'skopeo',
  'docker-registry',
  'busybox'
]);
if (missing.length > 0) {
  console.error(
    `The demo builds an image: ${missing.join(', ')} missing. Install with: ${install}`
  );
  process.exit(1);
}

const root = mkdtempSync(join(tmpdir(), 'platform-demo-'));
bold(
  'Setting up: a platform repository, its facts repository, a registry, a cluster API server, Argo CD and the gateway'
);
const lab = await startPipelineLab(root);
console.log(`  platform repository  ${lab.repo}`);
console.log(`  runtime facts        ${lab.facts} (branch runtime-facts)`);
console.log(`  state                ${lab.state}`);
console.log(`  cluster API server   ${lab.kube.url} (context ${lab.context})`);

bold('Dispatching workflows/orchestrator.yml for local/dev (checkout, payments) under act');
let failed = false;
const run = await lab.dispatch();
const logFile = join(lab.dir, 'orchestrator.log');
writeFileSync(logFile, run.log);
let cluster: GitOpsFootprint | undefined;
try {
  // What the bootstrap left on the cluster, read before the API server stops.
  cluster = await gitopsFootprint(lab.kube).catch(() => undefined);
  for (const [job, result] of Object.entries(run.jobs))
    console.log(`  ${result === 'succeeded' ? '✓' : '✗'} ${job}`);
  console.log(`  ${(run.ms / 1000).toFixed(1)} s`);
  if (run.code !== 0) {
    failed = true;
    const errors = run.log.split('\n').filter((l) => l.includes('::error'));
    console.error(`\nThe orchestrator failed:\n${errors.join('\n')}\nThe whole log: ${logFile}`);
  }
} finally {
  await lab.stop();
}

if (!failed) {
  const plan = run.outputs('terraform/plan');
  const apply = run.outputs('terraform/apply');
  const image = run.outputs('build-push/build, scan, push');
  const bootstrap = run.outputs('bootstrap/bootstrap');
  const established = Object.values(cluster?.crds ?? {}).filter(Boolean).length;
  const deploy = run.outputs('deploy/deploy');
  const verify = run.outputs('deploy/verify');
  const outputs = Object.keys(JSON.parse(apply['outputs'] ?? '{}') as object);
  const files = JSON.parse(deploy['files'] ?? '[]') as string[];
  const checks = (
    readFileSync(join(lab.repo, 'gates', 'dev.yaml'), 'utf8').match(/^- name:/gm) ?? []
  ).length;

  bold('tf-plan again, from a terminal (platformctl plan), against the same state');
  const again = JSON.parse(
    execFileSync(
      process.execPath,
      [
        join(REPO, 'bin', 'platformctl.js'),
        'plan',
        '--working-directory',
        join(lab.repo, 'stacks', 'local', 'dev'),
        '--backend-config',
        `path=${lab.state}`,
        '--format',
        'json'
      ],
      {
        cwd: lab.repo,
        env: { ...toolEnv(), GITHUB_WORKSPACE: lab.repo, RUNNER_TEMP: join(lab.dir, 'plan-again') },
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'inherit']
      }
    )
  ) as Record<string, string>;

  const published = runGit(lab.facts, ['log', '--format=%h %s', 'runtime-facts']);
  const everything = [run.log, runGit(lab.facts, ['log', '-p', 'runtime-facts'])].join('\n');
  const leaked = everything.includes(STACK_SECRET);
  const rows: [string, string, string][] = [
    ['tf-plan', `policy ${plan['policy-result']}`, `plan-id ${plan['plan-id']?.slice(0, 8)}…`],
    ['tf-apply', `applied ${apply['applied']}`, `gate ${apply['gate']}, ${outputs.length} outputs`],
    [
      'publish-runtime-facts',
      `changed ${apply['changed']}`,
      `commit ${apply['commit-sha']?.slice(0, 8)}…`
    ],
    [
      'gitops-bootstrap',
      `Argo CD ${bootstrap['argocd-version']}`,
      `created ${bootstrap['created']}, unchanged ${bootstrap['unchanged']}; ${established} CRDs Established, ${cluster?.applicationSets.length ?? 0} ApplicationSets`
    ],
    [
      'build-scan-push',
      image['pushed'] === 'true' ? 'pushed' : 'not pushed',
      image['image-ref'] ?? ''
    ],
    [
      'gen-values',
      `${files.length} files`,
      `Application ${APPLICATION}, values ${deploy['commit-sha']?.slice(0, 8)}…`
    ],
    [
      'argocd-sync',
      `${deploy['sync-status']} ${deploy['health-status']}`,
      `revision ${deploy['revision']?.slice(0, 8)}…`
    ],
    ['verify-gates', verify['result'] ?? '', `${checks} checks`],
    ['tf-plan again', `has changes ${again['has-changes']}`, 'nothing left to do']
  ];
  bold('The path, end to end');
  const width = Math.max(...rows.map(([n]) => n.length));
  for (const [name, result, detail] of rows)
    console.log(`  ${name.padEnd(width)}  ${result.padEnd(24)}  ${detail}`);
  console.log(`  sensitive output in any report, log or file: ${leaked ? 'YES' : 'no'}`);
  console.log(`\n  commits on the facts branch:\n    ${published.split('\n').join('\n    ')}`);
  failed =
    leaked ||
    again['has-changes'] !== 'false' ||
    verify['result'] !== 'passed' ||
    jobResult(run, 'bootstrap/bootstrap') !== 'succeeded' ||
    established !== 3 ||
    jobResult(run, 'report') !== 'succeeded';
}

// The runner's workspaces are not worth keeping; what is, is said.
rmSync(join(lab.dir, 'act'), { recursive: true, force: true });
rmSync(join(lab.dir, 'plan-again'), { recursive: true, force: true });
bold('Where things are');
console.log(`  open first: ${logFile} (the whole run, job by job)`);
console.log(`  the platform repository the orchestrator ran in: ${lab.repo}`);
console.log(`  the facts and values it published: git -C ${lab.facts} log -p runtime-facts`);
console.log(`  remove it all: rm -rf ${root}`);
process.exit(failed ? 1 : 0);
