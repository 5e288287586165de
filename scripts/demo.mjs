// The demo: plans and applies examples/stacks/local/dev through the bundled actions, run as a
// GitHub runner runs them (platformctl action run), with the state in a temporary folder; generates
// the GitOps artifacts of a sample app from the stack's outputs with examples/config; then plans
// again to show there is nothing left to do.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const workspace = mkdtempSync(join(tmpdir(), 'platform-demo-'));
const stack = 'stacks/local/dev';
cpSync(join(root, 'examples', stack), join(workspace, stack), { recursive: true });
// Where a consuming repository keeps its naming config (gen-values' default config-dir).
cpSync(join(root, 'examples', 'config'), join(workspace, 'infrastructure', 'config'), {
  recursive: true
});

const env = {
  ...process.env,
  PATH: `${join(root, '.tools', 'bin')}${delimiter}${process.env.PATH ?? ''}`,
  TF_CLI_CONFIG_FILE: join(root, '.tools', 'tofu.tfrc')
};

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
  let stdout;
  try {
    stdout = execFileSync(process.execPath, args, {
      env,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore']
    });
  } catch (error) {
    stdout = error.stdout;
  }
  const report = JSON.parse(stdout);
  if (report['exit-code'] !== 0) {
    console.error(`\n${name} failed:\n${report.errors.join('\n')}`);
    process.exit(1);
  }
  return report;
}

const line = (text) => console.log(`\n\x1b[1m${text}\x1b[0m`);
console.log(`Demo workspace: ${workspace}`);

line(`1. tf-plan ${stack}`);
const plan = action('tf-plan', { 'working-directory': stack, 'var-files': 'dev.tfvars' });
console.log(plan.summary);

line(`2. tf-apply the plan with sha256 ${plan.outputs['plan-sha256']}`);
const apply = action('tf-apply', {
  'working-directory': stack,
  'plan-path': plan.outputs['plan-path'],
  'plan-sha256': plan.outputs['plan-sha256']
});
console.log(apply.summary);

line('3. gen-values for checkout (payments) from the stack outputs, with examples/config');
const values = action('gen-values', {
  cloud: 'local',
  env: 'dev',
  region: 'local',
  bu: 'payments',
  app: 'checkout',
  owner: 'jane.doe',
  image: `ghcr.io/acme/payments/checkout:1.4.2@sha256:${'0123456789abcdef'.repeat(4)}`,
  'facts-file': apply.outputs['outputs-path'],
  'out-dir': 'artifacts/checkout'
});
console.log(values.summary);
const files = JSON.parse(values.outputs.files);
for (const file of files) {
  console.log(`\x1b[1m--- ${relative(workspace, file)}\x1b[0m`);
  if (!file.endsWith('names.json')) console.log(readFileSync(file, 'utf8'));
}
console.log(
  readFileSync(
    files.find((f) => f.endsWith('names.json')),
    'utf8'
  )
);
const leaked = files.some((f) => readFileSync(f, 'utf8').includes('local-admin-not-a-secret'));
if (leaked) {
  console.error('A sensitive output reached the generated files.');
  process.exit(1);
}

line('4. tf-plan again');
const again = action('tf-plan', { 'working-directory': stack, 'var-files': 'dev.tfvars' });
console.log(again.summary);

line('Runtime facts for the next stage (tf-apply outputs, sensitive values redacted):');
console.log(JSON.stringify(JSON.parse(apply.outputs.outputs), null, 2));
const raw = JSON.parse(readFileSync(apply.outputs['outputs-path'], 'utf8'));
console.log(
  `\n${Object.keys(raw).length} outputs in ${apply.outputs['outputs-path']}; has changes after apply: ${again.outputs['has-changes']}`
);
if (again.outputs['has-changes'] !== 'false') process.exit(1);
