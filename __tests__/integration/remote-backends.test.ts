import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { StateLockError } from '../../src/terraform/diagnostics.js';
import { apply, holdLock, plan, stackSettings, useToolchain } from '../support/jobs.js';
import { listKeys, startPostgres, startS3, type RunningServer } from '../support/servers.js';
import { Workspace } from '../support/workspace.js';

/**
 * Plan and apply against real remote state backends on loopback: an S3-compatible server with
 * `use_lockfile` (conditional writes), and PostgreSQL (`pg`, advisory locks).
 */
const ws = new Workspace();
beforeAll(() => useToolchain());
afterAll(() => ws.dispose());

interface Backend {
  name: 's3' | 'pg';
  server: RunningServer;
  /** The -backend-config entries of a stack dir (files written into it as needed). */
  config(dir: string): string[];
  /** The objects in the state bucket, where the backend keeps states as objects. */
  stored?: () => Promise<string[]>;
}

const backends: [string, () => Promise<Backend>][] = [
  [
    's3 (S3-compatible server, use_lockfile)',
    async () => {
      const server = await startS3(['tfstate']);
      process.env['AWS_ACCESS_KEY_ID'] = 'test-access-key';
      process.env['AWS_SECRET_ACCESS_KEY'] = 'test-secret-key';
      return {
        name: 's3',
        server,
        config: (dir) => {
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
          return ['loopback.s3.tfbackend'];
        },
        stored: async () =>
          (await listKeys(server.port, 'tfstate')).filter((k) => !k.endsWith('.tflock'))
      };
    }
  ],
  [
    'pg (PostgreSQL)',
    async () => {
      const server = await startPostgres();
      return {
        name: 'pg',
        server,
        config: () => [`conn_str=${server.connString}`]
      };
    }
  ]
];

describe.each(backends)('%s', (_label, start) => {
  let backend: Backend;
  beforeAll(async () => {
    backend = await start();
  }, 60_000);
  afterAll(async () => {
    await backend?.server.stop();
  });

  /** A copy of the backend's fixture stack with the given state key. */
  function stack(name: string, stateKey: string, lockTimeout = '300s') {
    const dir = ws.addStack('__tests__/fixtures/stacks/slow', `${backend.name}-${name}`);
    writeFileSync(join(dir, 'backend.tf'), `terraform {\n  backend "${backend.name}" {}\n}\n`);
    const settingName = backend.name === 's3' ? 'key' : 'schema_name';
    return {
      dir,
      settings: stackSettings(dir, {
        backendConfig: [...backend.config(dir), `${settingName}=${stateKey}`],
        lockTimeout
      })
    };
  }

  it('keeps two stacks with different state keys apart', async () => {
    const a = stack('team-a', backend.name === 's3' ? 'team-a/app.tfstate' : 'team_a');
    const b = stack('team-b', backend.name === 's3' ? 'team-b/app.tfstate' : 'team_b');
    writeFileSync(join(b.dir, 'b.tfvars'), 'run = "b"\n');
    const planA = await plan(a.settings, { outDir: join(ws.root, `${backend.name}-plan-a`) });
    const planB = await plan(b.settings, {
      outDir: join(ws.root, `${backend.name}-plan-b`),
      varFiles: [join(b.dir, 'b.tfvars')]
    });
    expect(planA.summary.add).toBe(1);
    expect(planB.summary.add).toBe(1);
    expect(
      (await apply(a.settings, planA, join(ws.root, `${backend.name}-out-a`))).outputs['run']
    ).toBe('1');
    expect(
      (await apply(b.settings, planB, join(ws.root, `${backend.name}-out-b`))).outputs['run']
    ).toBe('b');

    // Each state holds only its own resource: re-planning either one changes nothing.
    const againA = await plan(a.settings, { outDir: join(ws.root, `${backend.name}-again-a`) });
    const againB = await plan(b.settings, {
      outDir: join(ws.root, `${backend.name}-again-b`),
      varFiles: [join(b.dir, 'b.tfvars')]
    });
    expect(againA.summary.hasChanges).toBe(false);
    expect(againB.summary.hasChanges).toBe(false);
    if (backend.stored !== undefined) {
      expect(await backend.stored()).toEqual(['team-a/app.tfstate', 'team-b/app.tfstate']);
    }
  });

  it('makes a second writer on the same key wait for the lock, then fail naming it, or proceed', async () => {
    const key = backend.name === 's3' ? 'shared/app.tfstate' : 'shared';
    const holder = stack('holder', key);
    writeFileSync(join(holder.dir, 'slow.tfvars'), 'seconds = 8\n');
    const holderPlan = await plan(holder.settings, {
      outDir: join(ws.root, `${backend.name}-holder`),
      varFiles: [join(holder.dir, 'slow.tfvars')]
    });
    const holding = await holdLock(
      holder.settings,
      holderPlan,
      join(ws.root, `${backend.name}-holder-out`)
    );

    const impatient = stack('impatient', key, '1s');
    const failed = plan(impatient.settings, { outDir: join(ws.root, `${backend.name}-impatient`) });
    await expect(failed).rejects.toThrow(StateLockError);
    const error = (await failed.catch((e: unknown) => e)) as StateLockError;
    expect(error.message).toMatch(/The state is locked \(ID [^,)]+/);
    expect(error.message).toContain('lock-timeout 1s');
    expect(error.lock.id).toBeDefined();

    const patient = stack('patient', key, '120s');
    writeFileSync(join(patient.dir, 'slow.tfvars'), 'seconds = 8\n');
    const waited = await plan(patient.settings, {
      outDir: join(ws.root, `${backend.name}-patient`),
      varFiles: [join(patient.dir, 'slow.tfvars')]
    });
    await holding.done;
    expect(waited.summary.hasChanges).toBe(false);
  });
});
