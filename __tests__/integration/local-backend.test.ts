import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { StalePlanError, StateLockError } from '../../src/terraform/diagnostics.js';
import { apply, holdLock, plan, stackSettings, useToolchain } from '../support/jobs.js';
import { Workspace } from '../support/workspace.js';

/** tf-plan and tf-apply's jobs on the real engine with the local backend. */
const ws = new Workspace();
beforeAll(() => useToolchain());
afterAll(() => ws.dispose());

describe('plan identity', () => {
  it('gives the same plan-id for two plans of the same config and state, and another when it changes', async () => {
    const dir = ws.addStack('examples/stacks/local/dev', 'identity');
    const settings = stackSettings(dir);
    const a = await plan(settings, { outDir: join(ws.root, 'identity-a') });
    const b = await plan(settings, { outDir: join(ws.root, 'identity-b') });
    expect(b.planId).toBe(a.planId);
    // the binary plan files differ (they carry timestamps); the identity does not
    expect(b.planSha256).not.toBe(a.planSha256);

    writeFileSync(join(dir, 'staging.tfvars'), 'env = "staging"\n');
    const c = await plan(settings, {
      outDir: join(ws.root, 'identity-c'),
      varFiles: [join(dir, 'staging.tfvars')]
    });
    expect(c.planId).not.toBe(a.planId);
  });
});

describe('apply', () => {
  it('refuses a stale plan: the state changed after the plan was made', async () => {
    const dir = ws.addStack('examples/stacks/local/dev', 'stale');
    const settings = stackSettings(dir);
    const first = await plan(settings, { outDir: join(ws.root, 'stale-1') });
    const second = await plan(settings, { outDir: join(ws.root, 'stale-2') });
    await apply(settings, second, join(ws.root, 'stale-out-2'));
    const stateAfterSecond = ws.state(dir);
    await expect(apply(settings, first, join(ws.root, 'stale-out-1'))).rejects.toThrow(
      StalePlanError
    );
    await expect(apply(settings, first, join(ws.root, 'stale-out-1'))).rejects.toThrow(
      /state changed since the plan was made/
    );
    expect(ws.state(dir)).toBe(stateAfterSecond);
  });

  it('masks every sensitive output and returns it redacted', async () => {
    const dir = ws.addStack('examples/stacks/local/dev', 'masking');
    const settings = stackSettings(dir);
    const planned = await plan(settings, { outDir: join(ws.root, 'masking-plan') });
    const applied = await apply(settings, planned, join(ws.root, 'masking-out'));
    expect(applied.masked).toContain('local-admin-not-a-secret');
    expect(applied.outputs['admin_password']).toBe('(sensitive)');
    expect(applied.outputs['cluster_gateway_public_address']).toBe('127.0.0.1');
    expect(applied.log.join('\n')).not.toContain('local-admin-not-a-secret');
  });
});

describe('state lock', () => {
  it('makes a second writer wait for the lock, then fail naming the holder; a longer wait proceeds', async () => {
    const dir = ws.addStack('__tests__/fixtures/stacks/slow', 'lock');
    const settings = stackSettings(dir);
    writeFileSync(join(dir, 'slow.tfvars'), 'seconds = 6\n');
    const holderPlan = await plan(settings, {
      outDir: join(ws.root, 'lock-plan'),
      varFiles: [join(dir, 'slow.tfvars')]
    });
    // The holder applies for about 6 s with the lock held.
    const holding = await holdLock(settings, holderPlan, join(ws.root, 'lock-out'));
    expect(ws.state(dir, '.terraform.tfstate.lock.info')).toBeDefined();

    const short = plan({ ...settings, lockTimeout: '1s' }, { outDir: join(ws.root, 'lock-short') });
    await expect(short).rejects.toThrow(StateLockError);
    await short.catch((error: Error) => {
      expect(error.message).toMatch(
        /The state is locked \(ID [0-9a-f-]{36}, held by [^,]+@[^,]+, for OperationTypeApply/
      );
      expect(error.message).toContain('lock-timeout 1s');
    });

    const patient = await plan(
      { ...settings, lockTimeout: '60s' },
      { outDir: join(ws.root, 'lock-patient') }
    );
    await holding.done;
    expect(patient.summary.hasChanges).toBe(false);
  });
});
