import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { consumerRepository, jobResult, runAct, runGit, snapshotProject } from '../support/act.js';
import { REPO } from '../support/tools.js';

let scratch: string;
let project: string;

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'wf-terraform-'));
  project = snapshotProject(scratch);
  // TEMP
  mkdirSync(join(project, 'actions', 'tf-check'), { recursive: true });
  writeFileSync(join(project, 'actions', 'tf-check', 'action.yml'), "name: x\ndescription: x\ninputs:\n  working-directory:\n    description: x\n  engine-version:\n    description: x\nruns:\n  using: composite\n  steps:\n    - run: echo tf-check\n      shell: bash\n");
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const CALLER = `name: infra
on: workflow_dispatch
permissions: {}
jobs:
  dev:
    uses: platform-actions/platform-actions/.github/workflows/terraform.yml@v1
    permissions: { contents: write, pull-requests: write, issues: write, id-token: write }
    with:
      working-directory: stacks/local/dev
      environment: dev
      backend-config: \${{ vars.BACKEND_CONFIG }}
      apply: true
      require-approval: false
      facts-repository: \${{ vars.FACTS_REPOSITORY }}
      facts-cloud: local
      audit-repository: \${{ vars.AUDIT_REPOSITORY }}
  after:
    needs: dev
    runs-on: ubuntu-latest
    steps:
      - run: echo "applied=\${{ needs.dev.outputs.applied }} plan=\${{ needs.dev.outputs.plan-id }} facts=\${{ needs.dev.outputs.facts-commit }}"
`;

test('plan, apply and publish', async () => {
  const repo = join(scratch, 'consumer');
  consumerRepository(repo, {
    '.github/workflows/infra.yml': CALLER,
    'stacks/local/dev': { copy: join(REPO, 'examples', 'stacks', 'local', 'dev') },
    'stacks/local/dev/backend.tf': 'terraform {\n  backend "local" {}\n}\n',
    'stacks/local/dev/terraform.tfvars': 'env = "dev"\n'
  });
  const facts = join(scratch, 'facts.git');
  const audit = join(scratch, 'audit.git');
  runGit(scratch, ['init', '-q', '--bare', facts]);
  runGit(scratch, ['init', '-q', '--bare', audit]);
  const run = await runAct({
    repo,
    workflow: '.github/workflows/infra.yml',
    event: 'workflow_dispatch',
    project,
    scratch,
    vars: { BACKEND_CONFIG: `path=${join(scratch, 'state', 'dev.tfstate')}`, FACTS_REPOSITORY: facts, AUDIT_REPOSITORY: audit },
    secrets: { GITHUB_TOKEN: 'ghs_test' }
  });
  writeFileSync('/tmp/act-run.log', run.log);
  expect(run.code).toBe(0);
}, 600_000);
