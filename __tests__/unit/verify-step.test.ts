import { afterAll, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AuditEvent } from '../../src/audit/trail.js';
import type { Clock } from '../../src/common/clock.js';
import { memoryLog } from '../../src/common/log.js';
import type { VerificationRecordSettings } from '../../src/promote/inputs.js';
import type { Probe } from '../../src/verify/gates.js';
import type { VerifyGatesSettings } from '../../src/verify/job.js';
import { runVerifyStep } from '../../src/verify/step.js';

/** verify-gates' sequence with a fake probe and clock: the checks, the report, the record. */
const root = mkdtempSync(join(tmpdir(), 'verify-step-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const COMMIT = '1a2b3c4' + 'd'.repeat(33);
const RECORD: VerificationRecordSettings = {
  app: 'checkout',
  environment: 'dev',
  image: {
    repository: 'ghcr.io/acme/checkout',
    tag: '1.4.2-1a2b3c4',
    digest: `sha256:${'1'.repeat(64)}`
  },
  commit: COMMIT,
  audit: { repository: 'acme/shop', branch: 'audit-log' }
};
const CHECKS = [
  '- name: api port',
  '  kind: tcp',
  '  host: 127.0.0.1',
  '  port: 8443',
  '- name: db port',
  '  kind: tcp',
  '  host: 127.0.0.1',
  '  port: 5432',
  ''
].join('\n');

/** A clock that moves only when the code waits. */
function fakeClock(): Clock {
  let now = Date.UTC(2026, 11, 1, 9);
  return {
    now: () => now,
    sleep: async (ms) => {
      now += ms;
    }
  };
}

let n = 0;
async function verify(
  o: { failing?: string[]; checks?: string; record?: boolean; recorder?: boolean } = {}
) {
  const workspace = join(root, `ws-${++n}`);
  mkdirSync(workspace, { recursive: true });
  const gates: VerifyGatesSettings = {
    checks: { file: 'checks.yaml', text: o.checks ?? CHECKS },
    factsFile: undefined,
    timeoutMs: 2_000,
    intervalMs: 1_000,
    dnsServer: undefined,
    concurrency: 1,
    reportPath: join(workspace, 'gates', 'report.json'),
    workspace
  };
  const probed: string[] = [];
  const probe: Probe = async (check) => {
    probed.push(check.name);
    const ok = !(o.failing ?? []).includes(check.name);
    return { ok, expected: 'a connection', seen: ok ? 'connected' : 'ECONNREFUSED' };
  };
  const recorded: AuditEvent[] = [];
  const report = await runVerifyStep(
    {
      gates,
      ...(o.record === true ? { record: RECORD } : {}),
      context: {
        repository: 'acme/shop',
        runUrl: 'https://github.example/acme/shop/actions/runs/9'
      },
      actor: 'dev'
    },
    {
      log: memoryLog(),
      probe,
      clock: fakeClock(),
      ...(o.recorder === false
        ? {}
        : {
            recordAudit: (events) => {
              recorded.push(...events);
              return Promise.resolve();
            }
          })
    }
  );
  return { report, probed, recorded, gates };
}

describe('the verify-gates sequence', () => {
  it('passes healthy checks: outputs, a summary naming the report in the workspace, no verdict', async () => {
    const r = await verify();
    expect(r.report.failure).toBeUndefined();
    expect(r.report.verdict).toBeUndefined();
    expect(r.probed).toEqual(['api port', 'db port']);
    expect(r.report.outputs).toEqual({
      result: 'passed',
      'report-path': r.gates.reportPath,
      failed: '[]'
    });
    expect(r.report.summary).toContain('### verify-gates: passed');
    expect(r.report.summary).toContain('The full report: `gates/report.json` (JSON).');
    expect(r.recorded).toEqual([]);
  });

  it('a failing check fails the step with the verdict, after the outputs, summary and report', async () => {
    const r = await verify({ failing: ['db port'] });
    expect(r.report.failure).toBeUndefined();
    expect(r.report.verdict).toBe('1 of 2 checks failed: db port');
    expect(r.report.outputs['result']).toBe('failed');
    expect(JSON.parse(r.report.outputs['failed'] ?? '')).toEqual(['db port']);
    expect(r.report.summary).toContain('**1 of 2 checks failed**');
    expect(existsSync(r.gates.reportPath)).toBe(true);
  });

  it('records a failed verification for promotion to read, with the report’s sha256', async () => {
    const r = await verify({ failing: ['api port'], record: true });
    expect(r.report.verdict).toBe('1 of 2 checks failed: api port');
    expect(r.report.outputs['verification-recorded']).toBe('true');
    const sha = createHash('sha256').update(readFileSync(r.gates.reportPath)).digest('hex');
    expect(r.recorded).toEqual([
      {
        kind: 'verification',
        actor: 'dev',
        time: expect.stringMatching(/^2026-12-01T09:00:0\d\.\d{3}Z$/),
        repository: 'acme/shop',
        commit: COMMIT,
        stack: 'checkout/dev',
        planId: '',
        runUrl: 'https://github.example/acme/shop/actions/runs/9',
        details: {
          app: 'checkout',
          environment: 'dev',
          image: 'ghcr.io/acme/checkout',
          tag: '1.4.2-1a2b3c4',
          digest: `sha256:${'1'.repeat(64)}`,
          result: 'failed',
          reportSha256: sha,
          checks: 2
        }
      }
    ]);
  });

  it('stops on a bad check with nothing probed, written or recorded', async () => {
    const r = await verify({ checks: '- kind: icmp\n  host: b\n', record: true });
    expect((r.report.failure as Error).message).toMatch(
      /^checks\.yaml:1:9: .*unknown check kind "icmp"/
    );
    expect(r.report.outputs).toEqual({});
    expect(r.report.summary).toBe('');
    expect(r.probed).toEqual([]);
    expect(r.recorded).toEqual([]);
    expect(existsSync(join(r.gates.workspace, 'gates'))).toBe(false);
  });

  it('refuses to leave a verification unrecorded when it has no trail to record it in', async () => {
    const r = await verify({ record: true, recorder: false });
    expect((r.report.failure as Error).message).toMatch(
      /^The verification of checkout in dev is to be recorded, but no audit trail is given/
    );
    expect(r.report.outputs['verification-recorded']).toBeUndefined();
  });
});
