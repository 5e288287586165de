import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { REPO } from '../support/tools.js';

interface Step {
  id?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}
interface Job {
  'runs-on'?: string;
  uses?: string;
  with?: Record<string, unknown>;
  secrets?: Record<string, unknown>;
  needs?: string | string[];
  permissions?: unknown;
  outputs?: Record<string, string>;
  steps?: Step[];
}
interface ActionSpec {
  inputs?: Record<string, { required?: boolean; default?: string }>;
  outputs?: Record<string, unknown>;
}

const DIR = join(REPO, 'examples', 'workflows');
const WORKFLOWS = readdirSync(DIR).filter((f) => f.endsWith('.yml'));
const action = (name: string) =>
  parse(readFileSync(join(REPO, 'actions', name, 'action.yml'), 'utf8')) as ActionSpec;
/** This library's actions, pinned to a release (`@v1`, `@v1.2`, `@v1.2.3`): see the README's Releases. */
const OURS = /^platform-actions\/platform-actions\/actions\/([\w-]+)@v\d+(\.\d+){0,2}$/;
const THIRD_PARTY = /^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/;

/** This library's reusable workflows, pinned to a release. */
const REUSABLE =
  /^platform-actions\/platform-actions\/\.github\/workflows\/([\w.-]+\.yml)@v\d+(\.\d+){0,2}$/;

interface WorkflowCall {
  inputs?: Record<string, { required?: boolean }>;
  secrets?: Record<string, { required?: boolean }>;
}

/** A call of a reusable workflow: every input and secret it names declared, every required one given. */
function callProblems(at: string, file: string, job: Job): string[] {
  const problems: string[] = [];
  const on = parse(readFileSync(join(REPO, '.github', 'workflows', file), 'utf8')) as {
    on: { workflow_call?: WorkflowCall };
  };
  const call = on.on.workflow_call ?? {};
  for (const [kind, given, declared] of [
    ['input', job.with ?? {}, call.inputs ?? {}],
    ['secret', job.secrets ?? {}, call.secrets ?? {}]
  ] as const) {
    for (const name of Object.keys(given))
      if (!(name in declared)) problems.push(`${at}: ${file} has no ${kind} ${name}`);
    for (const [name, spec] of Object.entries(declared))
      if (spec.required === true && !(name in given))
        problems.push(`${at}: ${file} needs ${kind} ${name}`);
  }
  return problems;
}

/** Every problem of one workflow: unknown inputs, outputs no one declares, jobs without a runner. */
export function workflowProblems(text: string): string[] {
  const problems: string[] = [];
  for (const line of text.split('\n'))
    if (
      /^\s*(- )?uses: /.test(line) &&
      !/@[0-9a-f]{40} # \S/.test(line) &&
      !/uses: platform-actions\/platform-actions\/(actions\/[\w-]+|\.github\/workflows\/[\w.-]+\.yml)@v\d+(\.\d+){0,2}$/.test(
        line
      )
    )
      problems.push(`${line.trim()}: pin by full SHA with a version comment`);
  const workflow = parse(text, { uniqueKeys: true }) as { jobs: Record<string, Job> };
  for (const [jobName, job] of Object.entries(workflow.jobs)) {
    const at = `jobs.${jobName}`;
    const called = job.uses === undefined ? undefined : REUSABLE.exec(job.uses)?.[1];
    if (called !== undefined) problems.push(...callProblems(at, called, job));
    if (job['runs-on'] === undefined && job.uses === undefined) problems.push(`${at}: no runs-on`);
    if (job.permissions === undefined) problems.push(`${at}: no permissions`);
    const needs = job.needs === undefined ? [] : [job.needs].flat();
    const steps = new Map<string, Step>();
    for (const step of job.steps ?? []) if (step.id !== undefined) steps.set(step.id, step);
    const checkRefs = (where: string, value: string) => {
      for (const m of value.matchAll(/steps\.([\w-]+)\.outputs\.([\w-]+)/g)) {
        const step = steps.get(m[1]!);
        if (step === undefined) problems.push(`${where}: no step ${m[1]} in ${jobName}`);
        const ours = step?.uses === undefined ? undefined : OURS.exec(step.uses)?.[1];
        if (ours !== undefined && !(m[2]! in (action(ours).outputs ?? {})))
          problems.push(`${where}: ${ours} has no output ${m[2]}`);
        if (step?.run !== undefined && !step.run.includes(`${m[2]}=`))
          problems.push(`${where}: step ${m[1]} never writes ${m[2]}`);
      }
      for (const m of value.matchAll(/needs\.([\w-]+)\.outputs\.([\w-]+)/g)) {
        if (!needs.includes(m[1]!)) problems.push(`${where}: ${jobName} does not need ${m[1]}`);
        const other = workflow.jobs[m[1]!];
        if (!(m[2]! in (other?.outputs ?? {})))
          problems.push(`${where}: job ${m[1]} does not export ${m[2]}`);
      }
    };
    for (const [name, value] of Object.entries(job.outputs ?? {}))
      checkRefs(`${at}.outputs.${name}`, value);
    for (const [i, step] of (job.steps ?? []).entries()) {
      const where = `${at}.steps[${i}]`;
      checkRefs(where, JSON.stringify(step));
      if (step.uses === undefined) continue;
      const ours = OURS.exec(step.uses)?.[1];
      if (ours === undefined) {
        if (!THIRD_PARTY.test(step.uses))
          problems.push(`${where}: ${step.uses} is not pinned by SHA`);
        continue;
      }
      const spec = action(ours);
      for (const input of Object.keys(step.with ?? {}))
        if (!(input in (spec.inputs ?? {})))
          problems.push(`${where}: ${ours} has no input ${input}`);
      for (const [input, s] of Object.entries(spec.inputs ?? {}))
        if (s.required === true && !(input in (step.with ?? {})))
          problems.push(`${where}: ${ours} needs ${input}`);
    }
  }
  return problems;
}

describe('the workflow examples', () => {
  it.each(WORKFLOWS)('%s names only inputs and outputs that exist', (file) => {
    expect(workflowProblems(readFileSync(join(DIR, file), 'utf8'))).toEqual([]);
  });

  it('include one complete consumer pipeline', () => {
    const text = readFileSync(join(DIR, 'pipeline.yml'), 'utf8');
    for (const name of [
      'tf-plan',
      'tf-apply',
      'publish-runtime-facts',
      'gen-values',
      'argocd-sync',
      'verify-gates',
      'build-scan-push'
    ])
      expect(text).toContain(`/actions/${name}@`);
    // The values are committed where Argo CD reads them, by gen-values itself.
    expect(text).toContain('publish: commit');
  });

  const pinned = 'platform-actions/platform-actions/actions/tf-plan@v1';
  const workflow = (step: string, apply: string) => `jobs:
  plan:
    runs-on: ubuntu-latest
    permissions: {}
    outputs:
      plan-sha256: \${{ steps.plan.outputs.plan-sha256 }}
    steps:
      - id: plan
        uses: ${pinned}
        with:
          working-directory: x
          ${step}
  apply:
    needs: plan
    runs-on: ubuntu-latest
    permissions: {}
    steps:
      - run: echo "\${{ ${apply} }}"
`;

  it('find nothing wrong in a correct one', () => {
    expect(
      workflowProblems(workflow('environment: dev', 'needs.plan.outputs.plan-sha256'))
    ).toEqual([]);
  });

  it.each<[string, string, string, string]>([
    [
      'an input the action does not declare',
      'working-dir: x',
      'needs.plan.outputs.plan-sha256',
      'tf-plan has no input working-dir'
    ],
    [
      'a step output the action does not declare',
      'environment: ${{ steps.plan.outputs.commit }}',
      'needs.plan.outputs.plan-sha256',
      'tf-plan has no output commit'
    ],
    [
      'a job output its job does not export',
      'environment: dev',
      'needs.plan.outputs.digest',
      'job plan does not export digest'
    ],
    [
      'an action not pinned by SHA',
      'environment: dev',
      'needs.plan.outputs.plan-sha256',
      'pin by full SHA'
    ],
    [
      'this library pinned to a branch',
      'environment: dev',
      'needs.plan.outputs.plan-sha256',
      'pin by full SHA'
    ]
  ])('fail on %s', (what, step, apply, problem) => {
    let text = workflow(step, apply);
    if (what === 'an action not pinned by SHA')
      text = text.replace('    steps:\n', '    steps:\n      - uses: actions/checkout@v4\n');
    if (what === 'this library pinned to a branch')
      text = text.replace(pinned, 'platform-actions/platform-actions/actions/tf-plan@main');
    expect(workflowProblems(text).join('\n')).toContain(problem);
  });

  it('fail on a reusable workflow called with an input it does not declare, or without a required one', () => {
    const text = [
      'jobs:',
      '  gitops:',
      '    uses: platform-actions/platform-actions/.github/workflows/bootstrap.yml@v1',
      '    permissions: {}',
      '    with: { cloud: aws, env: dev, facts-repository: acme/facts, kube-context: x }',
      '    secrets: { kubeconfig: x }',
      ''
    ].join('\n');
    expect(workflowProblems(text)).toEqual([
      'jobs.gitops: bootstrap.yml has no input kube-context',
      'jobs.gitops: bootstrap.yml needs input apps'
    ]);
  });

  it('refuse a key given twice in one mapping', () => {
    expect(() => workflowProblems('jobs:\n  a:\n    runs-on: x\n    runs-on: y\n')).toThrow(
      /Map keys must be unique/
    );
  });
});

describe('the README', () => {
  const readme = readFileSync(join(REPO, 'README.md'), 'utf8');
  const blocks = [...readme.matchAll(/(<!-- example: (\S+) -->\n)?```yaml\n([\s\S]*?)\n```/g)];

  it('shows every YAML example from a real file under examples/workflows', () => {
    expect(blocks.length).toBeGreaterThan(5);
    for (const [, marker, file, body] of blocks) {
      expect(marker).toBeDefined();
      const source = readFileSync(join(REPO, file!), 'utf8');
      expect(source).toContain(`${body!}\n`);
    }
  });

  it("pins this library's actions to its release and nothing else to a tag", () => {
    for (const m of readme.matchAll(/uses: ([^\s`]+)/g)) {
      const uses = m[1] ?? '';
      if (uses.startsWith('platform-actions/platform-actions/')) expect(uses).toMatch(/@v1$/);
      else if (!uses.startsWith('./')) expect(uses).toMatch(/@([0-9a-f]{40}|<sha>)$/);
    }
  });
});
