/**
 * What act does not model, read from the YAML: environments (their reviewers gate a job),
 * `concurrency` (one lane per target), `permissions` (least privilege) and OIDC (`id-token`).
 * Every workflow of the repository (the reusable ones, the starters, the project's own CI) is held
 * to the same rules, and each rule is shown to catch the fault it is for.
 */
import { describe, expect, test } from '@jest/globals';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { DEFAULT_ARGOCD_VERSION } from '../../src/bootstrap/argocd.js';
import { REPO } from '../support/tools.js';

type Permissions = Record<string, string> | 'read-all' | 'write-all' | Record<string, never>;

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}

interface Job {
  name?: string;
  'runs-on'?: string;
  uses?: string;
  needs?: string | string[];
  if?: string;
  environment?: string | { name: string };
  concurrency?: string | { group: string; 'cancel-in-progress'?: boolean | string };
  permissions?: Permissions;
  'timeout-minutes'?: number;
  steps?: Step[];
}

interface Workflow {
  on: Record<string, unknown> | string | string[];
  permissions?: Permissions;
  jobs: Record<string, Job>;
}

const SELF = 'platform-actions/platform-actions';

function workflowFiles(): string[] {
  const files: string[] = [];
  for (const dir of [join(REPO, '.github', 'workflows'), join(REPO, 'workflows')])
    if (existsSync(dir))
      for (const f of readdirSync(dir)) if (/\.ya?ml$/.test(f)) files.push(join(dir, f));
  return files.sort();
}

function load(file: string): Workflow {
  return parse(readFileSync(file, 'utf8')) as Workflow;
}

/** The project's own action a step calls (`tf-plan`), or undefined. */
function ownAction(uses: string | undefined): string | undefined {
  const m =
    uses === undefined ? null : /^platform-actions\/platform-actions\/actions\/([^@]+)@/.exec(uses);
  return m?.[1];
}

/** The scopes each step needs, by what it calls. */
export function stepNeeds(step: Step): Record<string, 'read' | 'write'> {
  const action = ownAction(step.uses);
  const publishes = (step.with?.['publish'] ?? 'none') !== 'none';
  switch (action) {
    case 'tf-plan':
      return { contents: 'write', 'pull-requests': 'write', issues: 'write' };
    case 'tf-apply':
      return { contents: 'write', 'pull-requests': 'read', issues: 'read' };
    case 'publish-runtime-facts':
      return { contents: 'write' };
    case 'gen-values':
      return publishes ? { contents: 'write', 'pull-requests': 'write' } : { contents: 'read' };
    case 'build-scan-push':
      return { contents: 'read', packages: 'write' };
    case 'cloud-login':
      return { 'id-token': 'write' };
    case 'gitops-bootstrap':
      // It talks to the cluster with the kubeconfig it is given, never to GitHub.
      return {};
    case 'drift-report':
      return { issues: 'write' };
    case 'state-unlock':
      // The lane's runs, and the audit trail when it is this repository.
      return { contents: 'write', actions: 'read' };
    case 'promote':
      return { contents: 'write' };
    case 'controller':
      // The team side opens the pull request with GITHUB_TOKEN; the controller's phases use its
      // GitHub App token for the team repositories, not this one.
      return step.with?.['phase'] === 'propose'
        ? { contents: 'read', 'pull-requests': 'write' }
        : {};
    case 'argocd-sync':
    case 'verify-gates':
    case 'read-facts':
    case 'tf-check':
    case 'tf-targets':
      return { contents: 'read' };
    default:
      if (step.uses?.startsWith('actions/checkout@') === true) return { contents: 'read' };
      // The release moves its major and minor tags.
      if (step.run?.includes('scripts/release.mjs move') === true) return { contents: 'write' };
      return {};
  }
}

/**
 * A job mutates a target: it applies, publishes, pushes, commits values, bootstraps a cluster,
 * syncs, releases a state lock or promotes.
 */
export function mutates(job: Job): boolean {
  return (job.steps ?? []).some((s) => {
    const a = ownAction(s.uses);
    if (a === 'gen-values') return (s.with?.['publish'] ?? 'none') !== 'none';
    return [
      'tf-apply',
      'publish-runtime-facts',
      'build-scan-push',
      'gitops-bootstrap',
      'argocd-sync',
      'state-unlock',
      'promote'
    ].includes(a ?? '');
  });
}

function merge(into: Record<string, 'read' | 'write'>, add: Record<string, string>): void {
  for (const [scope, level] of Object.entries(add))
    if (level === 'write' || into[scope] === undefined) into[scope] = level as 'read' | 'write';
}

/** What a job needs: its steps' needs, or, for a job calling a workflow of this repository, what that workflow's jobs are granted. */
function jobNeeds(job: Job): Record<string, 'read' | 'write'> {
  const needs: Record<string, 'read' | 'write'> = {};
  if (job.uses !== undefined) {
    const called = calledWorkflow(job.uses);
    if (called === undefined) return needs;
    for (const j of Object.values(load(called).jobs))
      if (typeof j.permissions === 'object') merge(needs, j.permissions as Record<string, string>);
    return needs;
  }
  for (const step of job.steps ?? []) merge(needs, stepNeeds(step));
  return needs;
}

function calledWorkflow(uses: string): string | undefined {
  const m =
    /^(?:platform-actions\/platform-actions\/|\.\/)(\.github\/workflows\/[^@]+)(?:@.*)?$/.exec(
      uses
    );
  return m === null ? undefined : join(REPO, m[1] ?? '');
}

/** The problems of one workflow, each a sentence naming the job. */
export function structureProblems(name: string, wf: Workflow): string[] {
  const problems: string[] = [];
  const top = wf.permissions;
  const readOnly =
    top !== undefined &&
    typeof top === 'object' &&
    Object.values(top).every((level) => level === 'read' || level === 'none');
  if (!readOnly) problems.push(`${name}: top-level permissions must be {} or read-only`);
  for (const [id, job] of Object.entries(wf.jobs)) {
    const where = `${name} job ${id}`;
    if (job.uses === undefined && typeof job['timeout-minutes'] !== 'number')
      problems.push(`${where}: no timeout-minutes`);
    if (job.permissions === undefined || typeof job.permissions !== 'object')
      problems.push(`${where}: no permissions of its own`);
    const granted = (typeof job.permissions === 'object' ? job.permissions : {}) as Record<
      string,
      string
    >;
    const needs = jobNeeds(job);
    for (const [scope, level] of Object.entries(granted)) {
      if (level === 'none') continue;
      const needed = needs[scope];
      if (needed === undefined || (level === 'write' && needed !== 'write'))
        problems.push(`${where}: grants ${scope}: ${level}, which none of its steps uses`);
    }
    if (granted['id-token'] === 'write') {
      const logsIn =
        job.uses !== undefined
          ? needs['id-token'] === 'write'
          : (job.steps ?? []).some((s) => ownAction(s.uses) === 'cloud-login');
      if (!logsIn) problems.push(`${where}: id-token: write on a job that logs in to no cloud`);
    }
    if (mutates(job)) {
      if (job.environment === undefined)
        problems.push(`${where}: mutates a target without an environment`);
      const c = job.concurrency;
      if (c === undefined || typeof c === 'string')
        problems.push(`${where}: mutates a target without a concurrency lane`);
      else {
        if (c['cancel-in-progress'] !== false)
          problems.push(`${where}: its lane must set cancel-in-progress: false`);
        if (!/\$\{\{.*(inputs|needs|matrix)\./.test(c.group))
          problems.push(`${where}: its lane '${c.group}' does not name the target`);
        if (/github\.workflow\b/.test(c.group))
          problems.push(
            `${where}: github.workflow is the caller's in a reusable workflow: no lane`
          );
      }
    }
  }
  return problems;
}

const files = workflowFiles();

describe('every workflow of the repository', () => {
  test('there are the reusable pipelines, the starter and the release', () => {
    const names = files.map((f) => relative(REPO, f));
    for (const f of [
      '.github/workflows/terraform.yml',
      '.github/workflows/terraform-stacks.yml',
      '.github/workflows/build-push.yml',
      '.github/workflows/deploy.yml',
      '.github/workflows/bootstrap.yml',
      '.github/workflows/release.yml',
      'workflows/orchestrator.yml',
      'workflows/drift.yml',
      'workflows/force-unlock.yml',
      'workflows/promote.yml'
    ])
      expect(names).toContain(f);
  });

  test.each(files.map((f) => [relative(REPO, f)]))(
    '%s: least privilege, timeouts, environments and lanes',
    (file) => {
      expect(structureProblems(file, load(join(REPO, file)))).toEqual([]);
    }
  );

  test.each(files.map((f) => [relative(REPO, f)]))(
    '%s: every third-party action pinned by full commit SHA with its version',
    (file) => {
      const stray: string[] = [];
      readFileSync(join(REPO, file), 'utf8')
        .split('\n')
        .forEach((line, i) => {
          const m = /^\s*(?:-\s*)?uses:\s*([^\s#]+)\s*(#.*)?$/.exec(line);
          if (m === null) return;
          const uses = m[1] ?? '';
          if (uses.startsWith('./') || uses.startsWith(`${SELF}/`)) return;
          if (!/@[0-9a-f]{40}$/.test(uses) || !/^# v\d+(\.\d+)*$/.test((m[2] ?? '').trim()))
            stray.push(`${file}:${i + 1}: ${uses}`);
        });
      expect(stray).toEqual([]);
    }
  );

  test('the actions of this project are called at @main in the reusable workflows (the release rewrites the ref)', () => {
    for (const file of files.filter((f) => f.includes('.github'))) {
      for (const m of readFileSync(file, 'utf8').matchAll(
        /^\s*(?:-\s+)?uses:\s*platform-actions\/platform-actions\/(\S+)/gm
      ))
        expect([relative(REPO, file), m[1]?.replace(/^.*@/, '')]).toEqual([
          relative(REPO, file),
          'main'
        ]);
    }
  });
});

describe('the actions', () => {
  const metadata = readdirSync(join(REPO, 'actions'))
    .map((name) => join(REPO, 'actions', name, 'action.yml'))
    .filter((file) => existsSync(file));

  test.each(metadata.map((f) => [relative(REPO, f)]))(
    '%s: no expression outside the steps, which the runner refuses',
    (file) => {
      const action = parse(readFileSync(join(REPO, file), 'utf8')) as {
        inputs?: Record<string, { description?: string; default?: string }>;
        outputs?: Record<string, { description?: string }>;
      };
      const stray: string[] = [];
      for (const [kind, entries] of [
        ['input', action.inputs ?? {}],
        ['output', action.outputs ?? {}]
      ] as const)
        for (const [name, entry] of Object.entries(entries))
          if (/\$\{\{/.test(entry.description ?? '')) stray.push(`${kind} ${name}`);
      expect(stray).toEqual([]);
    }
  );
});

describe('the reusable workflows', () => {
  const reusable = files.filter((f) => {
    const on = load(f).on;
    return (
      typeof on === 'object' && !Array.isArray(on) && 'workflow_call' in on && !f.endsWith('ci.yml')
    );
  });

  test.each(reusable.map((f) => [relative(REPO, f)]))(
    '%s: typed, described inputs, secrets and outputs',
    (file) => {
      const call =
        (
          load(join(REPO, file)).on as Record<
            string,
            Record<string, Record<string, Record<string, unknown>>>
          >
        )['workflow_call'] ?? {};
      const faults: string[] = [];
      for (const [name, input] of Object.entries(call['inputs'] ?? {})) {
        if (typeof input['description'] !== 'string') faults.push(`input ${name}: no description`);
        if (!['string', 'boolean', 'number'].includes(String(input['type'])))
          faults.push(`input ${name}: no type`);
      }
      for (const [name, secret] of Object.entries(call['secrets'] ?? {}))
        if (typeof secret['description'] !== 'string')
          faults.push(`secret ${name}: no description`);
      for (const [name, output] of Object.entries(call['outputs'] ?? {}))
        if (typeof output['description'] !== 'string' || typeof output['value'] !== 'string')
          faults.push(`output ${name}: no description or value`);
      expect(faults).toEqual([]);
    }
  );

  test('terraform.yml: its apply runs in the environment input, in the lane of its target, after the plan', () => {
    const wf = load(join(REPO, '.github', 'workflows', 'terraform.yml'));
    const apply = wf.jobs['apply'];
    expect(apply?.environment).toBe('${{ inputs.environment }}');
    expect(apply?.needs).toEqual(['validate', 'plan']);
    expect(apply?.concurrency).toEqual({
      group: 'platform-terraform-${{ needs.validate.outputs.lane }}',
      'cancel-in-progress': false
    });
    const inputs = Object.keys(
      (wf.on as Record<string, { inputs: object }>)['workflow_call']?.inputs ?? {}
    );
    for (const name of [
      'working-directory',
      'environment',
      'state-key',
      'backend-config',
      'engine-version',
      'apply',
      'destroy',
      'policy-data'
    ])
      expect(inputs).toContain(name);
    const outputs = Object.keys(
      (wf.on as Record<string, { outputs: object }>)['workflow_call']?.outputs ?? {}
    );
    for (const name of ['plan-id', 'plan-sha256', 'has-changes', 'applied', 'outputs'])
      expect(outputs).toContain(name);
  });

  test('terraform-stacks.yml: every stack job is a matrix in the lane of its stack, gated like terraform.yml, after the waves before it', () => {
    const wf = load(join(REPO, '.github', 'workflows', 'terraform-stacks.yml'));
    const stackJobs = Object.entries(wf.jobs).filter(([id]) => /^(destroy|wave)-\d+$/.test(id));
    expect(stackJobs.map(([id]) => id)).toEqual([
      'destroy-1',
      'destroy-2',
      'destroy-3',
      'destroy-4',
      'wave-1',
      'wave-2',
      'wave-3',
      'wave-4'
    ]);
    for (const [id, job] of stackJobs) {
      const raw = job as Job & {
        strategy?: { 'fail-fast'?: boolean; 'max-parallel'?: string; matrix?: string };
      };
      expect([id, mutates(job)]).toEqual([id, true]);
      expect([id, job.environment]).toEqual([
        id,
        "${{ inputs.apply && inputs.environment || '' }}"
      ]);
      expect([id, job.concurrency]).toEqual([
        id,
        { group: 'platform-terraform-${{ matrix.lane }}', 'cancel-in-progress': false }
      ]);
      expect([id, raw.strategy?.['fail-fast']]).toEqual([id, false]);
      expect([id, raw.strategy?.['max-parallel']]).toEqual([id, '${{ inputs.max-parallel }}']);
      const [kind, n] = id.split('-') as [string, string];
      const wave = Number(n);
      expect([id, raw.strategy?.matrix]).toEqual([
        id,
        `\${{ fromJSON(needs.targets.outputs.${kind === 'wave' ? 'waves' : 'destroy-waves'})[${wave - 1}] }}`
      ]);
      // A wave waits for the one before it; wave 1 for every destroy wave.
      const before =
        wave > 1
          ? [`${kind}-${wave - 1}`]
          : kind === 'wave'
            ? ['destroy-1', 'destroy-2', 'destroy-3', 'destroy-4']
            : [];
      expect([id, job.needs]).toEqual([id, ['targets', ...before]]);
      // The apply takes the sha256 of the plan made in the same job.
      const apply = (job.steps ?? []).find((st) => ownAction(st.uses) === 'tf-apply');
      expect([id, apply?.with?.['plan-sha256']]).toEqual([
        id,
        '${{ steps.plan.outputs.plan-sha256 }}'
      ]);
    }
    // The targets job fails when a change needs more waves than there are jobs.
    const find = (wf.jobs['targets']?.steps ?? []).find(
      (st) => ownAction(st.uses) === 'tf-targets'
    );
    expect(find?.with?.['max-waves']).toBe(stackJobs.length / 2);
  });

  test('deploy.yml: the sync runs only in a job with the env as its environment', () => {
    const wf = load(join(REPO, '.github', 'workflows', 'deploy.yml'));
    for (const [id, job] of Object.entries(wf.jobs)) {
      const syncs = (job.steps ?? []).some((s) => ownAction(s.uses) === 'argocd-sync');
      if (syncs) expect([id, job.environment]).toEqual([id, '${{ inputs.env }}']);
    }
  });

  test('the orchestrator offers only the known clouds and environments', () => {
    const wf = load(join(REPO, 'workflows', 'orchestrator.yml'));
    const inputs = (
      wf.on as Record<string, { inputs: Record<string, { options?: string[]; type: string }> }>
    )['workflow_dispatch']?.inputs;
    expect(inputs?.['cloud']?.options).toEqual(['aws', 'azure', 'gcp', 'local']);
    expect(inputs?.['env']?.options).toEqual(['dev', 'stg', 'prod']);
    expect(inputs?.['approve_gates']?.type).toBe('boolean');
    // Every later stage waits for the one before: a failed gate stops them all.
    expect(wf.jobs['terraform']?.needs).toBe('inputs');
    expect(wf.jobs['build']?.needs).toEqual(['inputs', 'terraform']);
    // The bootstrap after the facts are published, the sync only after the bootstrap.
    expect(wf.jobs['bootstrap']?.needs).toEqual(['inputs', 'terraform']);
    expect(wf.jobs['bootstrap']?.uses).toMatch(/\/\.github\/workflows\/bootstrap\.yml@/);
    expect(wf.jobs['deploy']?.needs).toEqual(['inputs', 'terraform', 'bootstrap', 'build']);
    // The report runs whatever failed, after every stage, and fails when any did.
    expect(wf.jobs['report']?.if).toBe('always()');
    expect(wf.jobs['report']?.needs).toEqual([
      'inputs',
      'terraform',
      'bootstrap',
      'build',
      'deploy'
    ]);
  });

  test("bootstrap.yml: gitops-bootstrap runs in the environment, in its target's lane, with the only kubeconfig", () => {
    const wf = load(join(REPO, '.github', 'workflows', 'bootstrap.yml'));
    const job = wf.jobs['bootstrap'];
    expect(job?.environment).toBe('${{ inputs.environment || inputs.env }}');
    expect(job?.concurrency).toEqual({
      group: "platform-bootstrap-${{ inputs.lane || format('{0}-{1}', inputs.cloud, inputs.env) }}",
      'cancel-in-progress': false
    });
    const steps = job?.steps ?? [];
    const at = (action: string) => steps.findIndex((s) => ownAction(s.uses) === action);
    // The facts are read before the bootstrap that takes its context from them.
    expect(at('read-facts')).toBeGreaterThan(-1);
    expect(at('gitops-bootstrap')).toBeGreaterThan(at('read-facts'));
    expect(steps[at('gitops-bootstrap')]?.with?.['kubeconfig']).toBe('${{ secrets.kubeconfig }}');
    // The manifests fetched when no version is given are those of the action's pinned default.
    expect(readFileSync(join(REPO, '.github', 'workflows', 'bootstrap.yml'), 'utf8')).toContain(
      `VERSION: \${{ inputs.argocd-version || '${DEFAULT_ARGOCD_VERSION}' }}`
    );
    // No other workflow of the repository hands a kubeconfig to any step or called workflow.
    for (const file of files.filter((f) => !f.endsWith('bootstrap.yml'))) {
      const text = readFileSync(file, 'utf8');
      const lines = text.split('\n').filter((l) => /kubeconfig/i.test(l));
      if (file.endsWith('orchestrator.yml'))
        expect(lines.filter((l) => !l.trimStart().startsWith('#'))).toEqual([
          '      kubeconfig: ${{ secrets.KUBECONFIG }}'
        ]);
      else expect([relative(REPO, file), lines]).toEqual([relative(REPO, file), []]);
    }
    const orchestrator = load(join(REPO, 'workflows', 'orchestrator.yml'));
    const callers = Object.entries(orchestrator.jobs).filter(([, j]) =>
      JSON.stringify(j).includes('KUBECONFIG')
    );
    expect(callers.map(([id]) => id)).toEqual(['bootstrap']);
  });

  test('the release moves vX only after the whole suite passed on the tag', () => {
    const wf = load(join(REPO, '.github', 'workflows', 'release.yml'));
    expect(wf.jobs['test']?.uses).toBe('./.github/workflows/ci.yml');
    expect(wf.jobs['move']?.needs).toBe('test');
    expect(wf.jobs['test']?.needs).toBe('pins');
  });
});

describe('the operations starters', () => {
  const starter = (name: string) => load(join(REPO, 'workflows', name));
  const steps = (wf: Workflow) => Object.values(wf.jobs).flatMap((j) => j.steps ?? []);
  const dispatchInputs = (wf: Workflow) =>
    (wf.on as Record<string, { inputs?: Record<string, { type: string; required?: boolean }> }>)[
      'workflow_dispatch'
    ]?.inputs ?? {};

  test('drift.yml: scheduled and by hand (stacks optional), plans and never applies', () => {
    const wf = starter('drift.yml');
    expect(Object.keys(wf.on as object).sort()).toEqual(['schedule', 'workflow_dispatch']);
    expect(dispatchInputs(wf)['stacks']?.required).toBe(false);
    const used = steps(wf).map((s) => ownAction(s.uses));
    expect(used).toContain('drift-report');
    for (const mutating of ['tf-apply', 'state-unlock', 'promote', 'publish-runtime-facts'])
      expect(used).not.toContain(mutating);
    expect(Object.values(wf.jobs).some((j) => j.uses !== undefined)).toBe(false);
    expect(wf.jobs['drift']?.permissions).toMatchObject({ issues: 'write' });
  });

  test("force-unlock.yml: unlocks in the stack's terraform lane, then a plan with apply off", () => {
    const wf = starter('force-unlock.yml');
    const inputs = dispatchInputs(wf);
    for (const name of ['stack', 'lock_id', 'reason']) expect(inputs[name]?.required).toBe(true);
    expect(inputs['force']?.type).toBe('boolean');
    const unlock = wf.jobs['unlock'];
    expect((unlock?.steps ?? []).map((s) => ownAction(s.uses))).toContain('state-unlock');
    expect(unlock?.concurrency).toEqual({
      group: 'platform-terraform-${{ needs.lane.outputs.lane }}',
      'cancel-in-progress': false
    });
    // The lane is named as terraform.yml names it: the same characters turned into '-'.
    const slug = /tr -c 'A-Za-z0-9._-' '-'/;
    const lane = (wf.jobs['lane']?.steps ?? []).map((s) => s.run ?? '').join('\n');
    expect(lane).toMatch(slug);
    const terraform = readFileSync(join(REPO, '.github', 'workflows', 'terraform.yml'), 'utf8');
    expect(terraform).toMatch(slug);
    expect(terraform).toContain('group: platform-terraform-${{ needs.validate.outputs.lane }}');
    const plan = wf.jobs['plan'] as Job & { with?: Record<string, unknown> };
    expect(plan.uses).toMatch(/\/\.github\/workflows\/terraform\.yml@/);
    expect(plan.needs).toEqual(['lane', 'unlock']);
    expect(plan.with?.['apply']).toBe(false);
    expect(plan.with?.['lane']).toBe('${{ needs.lane.outputs.lane }}');
  });

  test('promote.yml: runs in the environment promoted to, one lane per app and target, never builds', () => {
    const wf = starter('promote.yml');
    const inputs = dispatchInputs(wf);
    for (const name of ['app', 'from', 'to']) expect(inputs[name]?.required).toBe(true);
    const promote = wf.jobs['promote'];
    expect(promote?.environment).toBe('${{ inputs.to }}');
    expect(promote?.concurrency).toEqual({
      group: 'platform-promote-${{ inputs.app }}-${{ inputs.to }}',
      'cancel-in-progress': false
    });
    const used = steps(wf).map((s) => ownAction(s.uses));
    expect(used).toEqual(['promote']);
    expect(Object.values(wf.jobs).some((j) => j.uses !== undefined)).toBe(false);
  });
});

describe('the rules catch what they are for', () => {
  const base = (job: Job): Workflow => ({
    on: { workflow_call: {} },
    permissions: {},
    jobs: { x: job }
  });
  const applyStep = { uses: `${SELF}/actions/tf-apply@main` };
  const lane = { group: 'platform-terraform-${{ inputs.lane }}', 'cancel-in-progress': false };

  test.each<[string, Workflow, string]>([
    ['no timeout', base({ 'runs-on': 'u', permissions: {}, steps: [] }), 'no timeout-minutes'],
    [
      'write-all at the top',
      {
        ...base({ 'runs-on': 'u', 'timeout-minutes': 1, permissions: {}, steps: [] }),
        permissions: 'write-all'
      },
      'top-level permissions'
    ],
    [
      'a scope nothing uses',
      base({ 'runs-on': 'u', 'timeout-minutes': 1, permissions: { packages: 'write' }, steps: [] }),
      'grants packages: write'
    ],
    [
      'id-token without a login',
      base({
        'runs-on': 'u',
        'timeout-minutes': 1,
        permissions: { 'id-token': 'write' },
        steps: []
      }),
      'id-token: write on a job that logs in to no cloud'
    ],
    [
      'an apply without an environment',
      base({
        'runs-on': 'u',
        'timeout-minutes': 1,
        permissions: { contents: 'write' },
        concurrency: lane,
        steps: [applyStep]
      }),
      'without an environment'
    ],
    [
      'an apply without a lane',
      base({
        'runs-on': 'u',
        'timeout-minutes': 1,
        environment: 'dev',
        permissions: { contents: 'write' },
        steps: [applyStep]
      }),
      'without a concurrency lane'
    ],
    [
      'a bootstrap without an environment',
      base({
        'runs-on': 'u',
        'timeout-minutes': 1,
        permissions: {},
        concurrency: lane,
        steps: [{ uses: `${SELF}/actions/gitops-bootstrap@main` }]
      }),
      'without an environment'
    ],
    [
      'a lane that cancels',
      base({
        'runs-on': 'u',
        'timeout-minutes': 1,
        environment: 'dev',
        permissions: { contents: 'write' },
        concurrency: { ...lane, 'cancel-in-progress': true },
        steps: [applyStep]
      }),
      'cancel-in-progress: false'
    ],
    [
      'an unlock without an environment',
      base({
        'runs-on': 'u',
        'timeout-minutes': 1,
        permissions: { contents: 'write', actions: 'read' },
        concurrency: lane,
        steps: [{ uses: `${SELF}/actions/state-unlock@main` }]
      }),
      'without an environment'
    ],
    [
      'a promotion without a lane',
      base({
        'runs-on': 'u',
        'timeout-minutes': 1,
        environment: 'prod',
        permissions: { contents: 'write' },
        steps: [{ uses: `${SELF}/actions/promote@main` }]
      }),
      'without a concurrency lane'
    ],
    [
      'a drift check granted more than issues',
      base({
        'runs-on': 'u',
        'timeout-minutes': 1,
        permissions: { issues: 'write', 'pull-requests': 'write' },
        steps: [{ uses: `${SELF}/actions/drift-report@main` }]
      }),
      'grants pull-requests: write'
    ],
    [
      'a lane of the caller',
      base({
        'runs-on': 'u',
        'timeout-minutes': 1,
        environment: 'dev',
        permissions: { contents: 'write' },
        concurrency: {
          group: '${{ github.workflow }}-${{ inputs.x }}',
          'cancel-in-progress': false
        },
        steps: [applyStep]
      }),
      "github.workflow is the caller's"
    ]
  ])('%s', (_label, wf, expected) => {
    expect(structureProblems('t.yml', wf).join('\n')).toContain(expected);
  });
});
