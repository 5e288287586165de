// The demo: plans and applies examples/stacks/local/dev through the bundled actions, run as a
// GitHub runner runs them (platformctl action run), with the state in a temporary folder, then
// plans again to show there is nothing left to do.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const workspace = mkdtempSync(join(tmpdir(), 'platform-demo-'));
const stack = 'stacks/local/dev';
cpSync(join(root, 'examples', stack), join(workspace, stack), { recursive: true });

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

line('3. tf-plan again');
const again = action('tf-plan', { 'working-directory': stack, 'var-files': 'dev.tfvars' });
console.log(again.summary);

line('Runtime facts for the next stage (tf-apply outputs, sensitive values redacted):');
console.log(JSON.stringify(JSON.parse(apply.outputs.outputs), null, 2));
const raw = JSON.parse(readFileSync(apply.outputs['outputs-path'], 'utf8'));
console.log(
  `\n${Object.keys(raw).length} outputs in ${apply.outputs['outputs-path']}; has changes after apply: ${again.outputs['has-changes']}`
);
if (again.outputs['has-changes'] !== 'false') process.exit(1);
