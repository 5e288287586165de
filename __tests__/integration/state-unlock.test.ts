import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { platformctl } from '../support/cli.js';
import { bareRepo, refs, showFile } from '../support/git.js';
import { GitHubDouble } from '../support/github/double.js';
import { useToolchain } from '../support/jobs.js';
import { listKeys, startPostgres, startS3, type RunningServer } from '../support/servers.js';
import { tool, toolEnv } from '../support/tools.js';
import { Workspace } from '../support/workspace.js';

/**
 * The break-glass unlock against the real engine and real backends: an apply is killed while it
 * holds the lock, and `platformctl state unlock` finds what it left, names it and removes it, or
 * refuses and changes nothing.
 */
const ws = new Workspace();
let github: GitHubDouble;
const TOKEN = 'unlock-token';
beforeAll(async () => {
  // The stacks are relative to the workspace: here, the test's folder.
  process.env['GITHUB_WORKSPACE'] = ws.root;
  useToolchain();
  github = await new GitHubDouble('acme/infrastructure').start();
  github.addToken(TOKEN, 'alice');
  github.addTeam('acme', 'platform-leads', ['carol']);
});
afterAll(async () => {
  await github.close();
  ws.dispose();
});

interface Backend {
  name: 'local' | 's3' | 'pg';
  server?: RunningServer;
  flags(dir: string): string[];
  /** The lock the backend keeps for the stack, as stored (undefined: none). */
  lockRecord(dir: string): Promise<string | undefined>;
}

function tofu(dir: string, args: string[]): void {
  const run = spawnSync(tool('tofu'), args, {
    cwd: dir,
    env: toolEnv(),
    encoding: 'utf8',
    timeout: 120_000
  });
  if (run.status !== 0) throw new Error(`tofu ${args.join(' ')}: ${run.stderr}`);
}

/** Starts an apply that sleeps in its provisioner and kills it (SIGKILL) once it holds the lock. */
async function killApplyHoldingLock(dir: string, initArgs: string[]): Promise<void> {
  tofu(dir, ['init', '-input=false', '-no-color', ...initArgs]);
  const child = spawn(
    tool('tofu'),
    ['apply', '-auto-approve', '-input=false', '-no-color', '-var', 'seconds=15'],
    {
      cwd: dir,
      env: toolEnv(),
      stdio: ['ignore', 'pipe', 'pipe']
    }
  );
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`the apply did not start provisioning: ${output}`)),
      60_000
    );
    child.stdout.on('data', (c: Buffer) => {
      output += c.toString();
      if (output.includes("Provisioning with 'local-exec'")) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('exit', () => reject(new Error(`the apply ended before it was killed: ${output}`)));
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGKILL');
  await exited;
}

const backends: [string, () => Promise<Backend>][] = [
  [
    'local',
    async () => ({
      name: 'local',
      flags: () => [],
      lockRecord: async (dir) => {
        const file = join(dir, '.terraform.tfstate.lock.info');
        return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
      }
    })
  ],
  [
    's3 (S3-compatible server, use_lockfile)',
    async () => {
      const server = await startS3(['tfstate']);
      process.env['AWS_ACCESS_KEY_ID'] = 'test-access-key';
      process.env['AWS_SECRET_ACCESS_KEY'] = 'test-secret-key';
      return {
        name: 's3',
        server,
        flags: (dir) => {
          writeFileSync(
            join(dir, 'loopback.s3.tfbackend'),
            [
              'bucket = "tfstate"',
              'region = "us-east-1"',
              'use_path_style = true',
              'use_lockfile = true',
              'skip_credentials_validation = true',
              'skip_requesting_account_id = true',
              'skip_metadata_api_check = true',
              'skip_region_validation = true',
              `endpoints = { s3 = "http://127.0.0.1:${server.port}" }`,
              ''
            ].join('\n')
          );
          return [
            '--backend-config',
            'loopback.s3.tfbackend',
            '--state-key',
            `${dir.split('/').pop() ?? ''}.tfstate`
          ];
        },
        lockRecord: async (dir) => {
          const key = `${dir.split('/').pop() ?? ''}.tfstate.tflock`;
          if (!(await listKeys(server.port, 'tfstate')).includes(key)) return undefined;
          const response = await fetch(`http://127.0.0.1:${server.port}/tfstate/${key}`, {
            signal: AbortSignal.timeout(5_000)
          });
          return response.text();
        }
      };
    }
  ]
];

let n = 0;
describe.each(backends)('state unlock on %s', (_label, start) => {
  let backend: Backend;
  beforeAll(async () => {
    backend = await start();
  }, 60_000);
  afterAll(async () => {
    await backend?.server?.stop();
  });

  function stack(): { dir: string; flags: string[] } {
    const dir = ws.addStack('__tests__/fixtures/stacks/slow', `${backend.name}-unlock-${++n}`);
    if (backend.name !== 'local')
      writeFileSync(join(dir, 'backend.tf'), `terraform {\n  backend "${backend.name}" {}\n}\n`);
    return { dir, flags: backend.flags(dir) };
  }

  /** The engine's init arguments for the flags (as platformctl passes them). */
  function initArgs(dir: string, flags: string[]): string[] {
    const out: string[] = [];
    for (let i = 0; i < flags.length; i += 2) {
      if (flags[i] === '--backend-config') out.push(`-backend-config=${flags[i + 1] ?? ''}`);
      if (flags[i] === '--state-key') out.push(`-backend-config=key=${flags[i + 1] ?? ''}`);
    }
    return dir === '' ? [] : out;
  }

  const unlock = (dir: string, flags: string[], extra: string[], audit: string) =>
    platformctl(
      [
        'state',
        'unlock',
        '--stack',
        dir,
        ...flags,
        '--github-token',
        TOKEN,
        '--repo',
        github.repository,
        '--api-url',
        github.url,
        '--audit-repo',
        audit,
        '--actor',
        'alice',
        ...extra
      ],
      { GITHUB_RUN_ID: '' }
    );

  it('finds the lock a killed apply left, names its holder, removes it and records why', async () => {
    const { dir, flags } = stack();
    await killApplyHoldingLock(dir, initArgs(dir, flags));
    const record = await backend.lockRecord(dir);
    expect(record).toBeDefined();
    const lock = JSON.parse(record ?? '{}') as { ID: string; Who: string; Operation: string };
    expect(lock.Operation).toBe('OperationTypeApply');
    const audit = bareRepo(ws.root, `audit-${backend.name}-${n}.git`);

    const run = await unlock(
      dir,
      flags,
      [
        '--lock-id',
        lock.ID,
        '--reason',
        'runner killed mid-apply, checked it is gone',
        '--format',
        'json'
      ],
      audit
    );
    expect(run.stderr).toContain(`ID ${lock.ID}, held by ${lock.Who}, for OperationTypeApply`);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ unlocked: 'true', 'lock-id': lock.ID });
    expect(await backend.lockRecord(dir)).toBeUndefined();

    const trail = showFile(audit, 'audit-log', 'audit.jsonl').trim().split('\n');
    expect(trail).toHaveLength(1);
    const line = JSON.parse(trail[0] ?? '{}') as {
      kind: string;
      actor: string;
      details: Record<string, unknown>;
    };
    expect(line).toMatchObject({ kind: 'unlock', actor: 'alice' });
    expect(line.details).toMatchObject({
      lockId: lock.ID,
      reason: 'runner killed mid-apply, checked it is gone',
      holder: { id: lock.ID, who: lock.Who, operation: 'OperationTypeApply' }
    });

    // The environment converges again: a normal plan takes the lock.
    const after = await platformctl(['drift', '--stack', dir, ...flags]);
    expect(after.stdout).toMatch(/: (changes|none) \(/);
  }, 180_000);

  it('refuses a wrong lock ID, a short reason and a run in the lane, changing nothing', async () => {
    const { dir, flags } = stack();
    await killApplyHoldingLock(dir, initArgs(dir, flags));
    const record = await backend.lockRecord(dir);
    const lock = JSON.parse(record ?? '{}') as { ID: string };
    const audit = bareRepo(ws.root, `audit-${backend.name}-${n}.git`);
    const before = refs(audit);
    const reason = ['--reason', 'runner killed mid-apply, checked it is gone'];

    const wrongId = lock.ID.replace(/^./, (c) => (c === '0' ? '1' : '0'));
    const wrong = await unlock(dir, flags, ['--lock-id', wrongId, ...reason], audit);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain(`--lock-id ${wrongId} is not the lock on the state`);
    expect(wrong.stderr).toContain(`the lock there is ID ${lock.ID}`);

    const short = await unlock(dir, flags, ['--lock-id', lock.ID, '--reason', 'stuck'], audit);
    expect(short.code).toBe(2);
    expect(short.stderr).toContain('--reason says why in 5 character(s): at least 20 are needed');

    const shape = await unlock(dir, flags, ['--lock-id', 'not-a-lock', ...reason], audit);
    expect(shape.code).toBe(2);
    expect(shape.stderr).toContain("--lock-id 'not-a-lock' is not a lock ID");

    const lane = dir.split('/').pop() ?? '';
    const running = github.addWorkflowRun({ title: `apply ${lane}`, workflow: 'apply' });
    const busy = await unlock(dir, flags, ['--lock-id', lock.ID, '--lane', lane, ...reason], audit);
    expect(busy.code).toBe(1);
    expect(busy.stderr).toContain(`A run in lane ${lane} is still going`);
    const notApprover = await unlock(
      dir,
      flags,
      [
        '--lock-id',
        lock.ID,
        '--lane',
        lane,
        '--force',
        '--approvers',
        'acme/platform-leads',
        ...reason
      ],
      audit
    );
    expect(notApprover.code).toBe(1);
    expect(notApprover.stderr).toContain('alice, who is not a special approver');

    expect(await backend.lockRecord(dir)).toBe(record);
    expect(refs(audit)).toBe(before);
    expect(github.calls('actions/list-workflow-runs-for-repo').length).toBeGreaterThan(0);

    // A special approver (a member of the team) may force it past the run in the lane.
    const forced = await platformctl(
      [
        'state',
        'unlock',
        '--stack',
        dir,
        ...flags,
        '--github-token',
        TOKEN,
        '--repo',
        github.repository,
        '--api-url',
        github.url,
        '--audit-repo',
        audit,
        '--actor',
        'carol',
        '--lock-id',
        lock.ID,
        '--lane',
        lane,
        '--force',
        '--approvers',
        'acme/platform-leads',
        ...reason
      ],
      { GITHUB_RUN_ID: '' }
    );
    expect(forced.stderr).toContain('Unlocked');
    expect(forced.code).toBe(0);
    running.status = 'completed';
    const line = JSON.parse(showFile(audit, 'audit-log', 'audit.jsonl').trim()) as {
      actor: string;
      details: { forced: boolean; laneRuns: string[] };
    };
    expect(line.actor).toBe('carol');
    expect(line.details.forced).toBe(true);
    expect(line.details.laneRuns).toEqual([
      `https://github.com/${github.repository}/actions/runs/${running.id}`
    ]);
    github.assertNoViolations();
  }, 180_000);
});

describe('state unlock with bad input', () => {
  it('refuses an unknown stack before the engine or GitHub is asked anything', async () => {
    const before = github.requests.length;
    const missing = join(ws.root, 'no-such-stack');
    const run = await platformctl(
      [
        'state',
        'unlock',
        '--stack',
        missing,
        '--lock-id',
        '55907847-eb31-993c-aa13-90c3247b9d03',
        '--reason',
        'runner killed mid-apply, checked it is gone',
        '--github-token',
        TOKEN,
        '--repo',
        github.repository,
        '--api-url',
        github.url
      ],
      { GITHUB_RUN_ID: '' }
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`--stack '${missing}': no such folder`);
    expect(run.stderr).not.toContain('$ tofu');
    expect(github.requests.length).toBe(before);
  });
});

describe('state unlock on pg (PostgreSQL)', () => {
  let server: RunningServer & { connString: string };
  beforeAll(async () => {
    server = await startPostgres();
  }, 60_000);
  afterAll(async () => {
    await server?.stop();
  });

  it('finds no lock after a killed apply: PostgreSQL ends the advisory lock with its session', async () => {
    const dir = ws.addStack('__tests__/fixtures/stacks/slow', `pg-unlock-${++n}`);
    writeFileSync(join(dir, 'backend.tf'), 'terraform {\n  backend "pg" {}\n}\n');
    const flags = ['--backend-config', `conn_str=${server.connString}`, '--state-key', 'killed'];
    await killApplyHoldingLock(dir, [
      `-backend-config=conn_str=${server.connString}`,
      '-backend-config=schema_name=killed'
    ]);
    const audit = bareRepo(ws.root, `audit-pg-${n}.git`);
    const before = refs(audit);
    const run = await platformctl(
      [
        'state',
        'unlock',
        '--stack',
        dir,
        ...flags,
        '--github-token',
        TOKEN,
        '--repo',
        github.repository,
        '--api-url',
        github.url,
        '--audit-repo',
        audit,
        '--actor',
        'alice',
        '--lock-id',
        '55907847-eb31-993c-aa13-90c3247b9d03',
        '--reason',
        'runner killed mid-apply, checked it is gone'
      ],
      { GITHUB_RUN_ID: '' }
    );
    expect(run.stderr).toContain('The state is not locked.');
    expect(run.stderr).toContain('is not locked: nothing to unlock');
    expect(run.code).toBe(1);
    expect(refs(audit)).toBe(before);
  }, 180_000);
});
