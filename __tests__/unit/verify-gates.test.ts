import { describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import type { Check } from '../../src/verify/checks.js';
import {
  formatDuration,
  renderGateSummary,
  renderReportJson,
  runCheck,
  runGates,
  type Clock,
  type Probe,
  type ProbeOutcome
} from '../../src/verify/gates.js';
import { failureMessage, verifyGatesOutputs } from '../../src/verify/job.js';
import { expectGolden, GOLDEN } from '../support/golden.js';

/** A clock that only moves when the code sleeps or a probe takes time: no test waits for real. */
function fakeClock(start = 1_000_000): Clock & { sleeps: number[] } {
  let now = start;
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => now,
    sleep: async (ms) => {
      sleeps.push(ms);
      now += ms;
    },
    advance(ms: number) {
      now += ms;
    }
  } as Clock & { sleeps: number[]; advance(ms: number): void };
}

const tcp = (name: string, timeoutMs?: number): Check => ({
  kind: 'tcp',
  name,
  host: '127.0.0.1',
  port: 1,
  timeoutMs
});

const passAfter =
  (failures: number, clock?: { advance(ms: number): void }, tookMs = 0): Probe =>
  async () => {
    (clock as { advance?: (ms: number) => void } | undefined)?.advance?.(tookMs);
    if (failures-- > 0) return { ok: false, expected: 'open', seen: 'ECONNREFUSED' };
    return { ok: true, expected: 'open', seen: 'connected' };
  };

describe('runCheck', () => {
  it('retries until the check passes, waiting the interval between attempts', async () => {
    const clock = fakeClock();
    const result = await runCheck(tcp('a'), passAfter(3), clock, {
      timeoutMs: 60_000,
      intervalMs: 5_000
    });
    expect(result).toEqual({
      name: 'a',
      kind: 'tcp',
      passed: true,
      attempts: 4,
      durationMs: 15_000,
      expected: 'open',
      seen: 'connected'
    });
    expect(clock.sleeps).toEqual([5_000, 5_000, 5_000]);
  });

  it('gives up when the next attempt would start after the timeout, keeping the last answer', async () => {
    const clock = fakeClock();
    const result = await runCheck(tcp('a'), passAfter(100), clock, {
      timeoutMs: 30_000,
      intervalMs: 10_000
    });
    // Attempts at 0, 10 and 20 s; one at 30 s would start at the deadline.
    expect(result).toMatchObject({
      passed: false,
      attempts: 3,
      durationMs: 20_000,
      seen: 'ECONNREFUSED'
    });
  });

  it("counts each attempt's own time against the timeout", async () => {
    const clock = fakeClock() as ReturnType<typeof fakeClock> & { advance(ms: number): void };
    const result = await runCheck(tcp('a'), passAfter(100, clock, 4_000), clock, {
      timeoutMs: 20_000,
      intervalMs: 1_000
    });
    // Each round takes 5 s: attempts end at 4, 9, 14 and 19 s; a fifth would start at 20 s.
    expect(result).toMatchObject({ passed: false, attempts: 4, durationMs: 19_000 });
  });

  it('hands each attempt the time left, at most the attempt limit', async () => {
    const clock = fakeClock();
    const given: number[] = [];
    const probe: Probe = async (_check, { timeoutMs }) => {
      given.push(timeoutMs);
      return { ok: false, expected: 'x', seen: 'y' };
    };
    await runCheck(tcp('a'), probe, clock, { timeoutMs: 25_000, intervalMs: 8_000 });
    // Attempts at 0, 8, 16 and 24 s of a 25 s timeout.
    expect(given).toEqual([10_000, 10_000, 9_000, 1_000]);
  });

  it('gives an attempt that starts just before the deadline at least a second', async () => {
    const clock = fakeClock();
    const given: number[] = [];
    const probe: Probe = async (_check, { timeoutMs }) => {
      given.push(timeoutMs);
      return { ok: false, expected: 'x', seen: 'y' };
    };
    await runCheck(tcp('a'), probe, clock, { timeoutMs: 2_100, intervalMs: 1_000 });
    // Attempts at 0, 1 and 2 s: the last has 100 ms left, and gets 1 s.
    expect(given).toEqual([2_100, 1_100, 1_000]);
  });

  it("follows a check's own timeout over the run's", async () => {
    const clock = fakeClock();
    const result = await runCheck(tcp('a', 5_000), passAfter(100), clock, {
      timeoutMs: 600_000,
      intervalMs: 1_000
    });
    expect(result.attempts).toBe(5);
  });

  it('does not retry an answer that cannot change', async () => {
    const clock = fakeClock();
    const probe: Probe = async () => ({ ok: false, expected: '1', seen: '2', final: true });
    const result = await runCheck(tcp('a'), probe, clock, { timeoutMs: 60_000, intervalMs: 1_000 });
    expect(result).toMatchObject({ passed: false, attempts: 1, durationMs: 0 });
  });

  it('reports a probe that throws as a failure of that check, without retrying', async () => {
    const probe: Probe = async () => {
      throw new Error('boom');
    };
    const result = await runCheck(tcp('a'), probe, fakeClock(), {
      timeoutMs: 60_000,
      intervalMs: 1_000
    });
    expect(result).toMatchObject({ passed: false, attempts: 1, seen: 'Error: boom' });
  });
});

describe('runGates', () => {
  it('runs at most `concurrency` checks at once and reports them in the order given', async () => {
    let running = 0;
    let most = 0;
    const finishOrder: string[] = [];
    const probe: Probe = async (check) => {
      running++;
      most = Math.max(most, running);
      // Later checks finish first: the report must still follow the order given.
      await new Promise((resolve) => setTimeout(resolve, 40 - Number(check.name.slice(1)) * 3));
      running--;
      finishOrder.push(check.name);
      return { ok: true, expected: 'x', seen: check.name };
    };
    const checks = Array.from({ length: 10 }, (_, i) => tcp(`c${i}`));
    const report = await runGates(checks, probe, fakeClock(), {
      timeoutMs: 1_000,
      intervalMs: 100,
      concurrency: 3
    });
    expect(most).toBe(3);
    expect(report.checks.map((c) => c.name)).toEqual(checks.map((c) => c.name));
    expect(finishOrder).not.toEqual(checks.map((c) => c.name));
    expect(report).toMatchObject({ result: 'passed', passed: 10, failed: 0 });
  });

  it('fails the gate when any check fails', async () => {
    const probe: Probe = async (check) =>
      check.name === 'bad'
        ? { ok: false, expected: 'open', seen: 'closed', final: true }
        : { ok: true, expected: 'open', seen: 'open' };
    const report = await runGates([tcp('good'), tcp('bad')], probe, fakeClock(), {
      timeoutMs: 1_000,
      intervalMs: 100,
      concurrency: 8
    });
    expect(report).toMatchObject({ result: 'failed', passed: 1, failed: 1 });
    expect(verifyGatesOutputs({ report, reportPath: '/tmp/r.json' })).toEqual({
      result: 'failed',
      'report-path': '/tmp/r.json',
      failed: '["bad"]'
    });
    expect(failureMessage(report)).toBe('1 of 2 checks failed: bad');
  });
});

/** A run of every kind, with its outcomes scripted, on the fake clock: the golden report. */
async function scriptedReport(allPass: boolean) {
  const clock = fakeClock() as ReturnType<typeof fakeClock> & { advance(ms: number): void };
  const checks: Check[] = [
    {
      kind: 'dns',
      name: 'dns checkout.dev.example.test A',
      host: 'checkout.dev.example.test',
      type: 'A',
      expect: ['203.0.113.10'],
      timeoutMs: undefined
    },
    tcp('tcp 203.0.113.10:443'),
    {
      kind: 'tls',
      name: 'tls checkout.dev.example.test:443',
      host: 'checkout.dev.example.test',
      port: 443,
      serverName: 'checkout.dev.example.test',
      ca: undefined,
      minDaysLeft: 14,
      timeoutMs: undefined
    },
    {
      kind: 'http',
      name: 'http https://checkout.dev.example.test/healthz',
      url: 'https://checkout.dev.example.test/healthz',
      resolve: undefined,
      status: [200],
      bodyContains: 'ok',
      bodyMatches: undefined,
      ca: undefined,
      requestTimeoutMs: undefined,
      timeoutMs: undefined
    },
    {
      kind: 'invariant',
      name: 'gateway | wildcard',
      left: '203.0.113.10',
      right: { dns: { host: '*.dev.example.test', type: 'A' } },
      written: { left: '${facts.cluster_gateway_public_address}', right: 'dns *.dev.example.test' },
      timeoutMs: undefined
    }
  ];
  const outcomes: Record<string, ProbeOutcome[]> = {
    'dns checkout.dev.example.test A': [
      { ok: true, expected: 'A 203.0.113.10', seen: 'A 203.0.113.10' }
    ],
    'tcp 203.0.113.10:443': [
      { ok: false, expected: 'a connection to 203.0.113.10 port 443', seen: 'ECONNREFUSED' },
      {
        ok: true,
        expected: 'a connection to 203.0.113.10 port 443',
        seen: 'connected to 203.0.113.10:443'
      }
    ],
    'tls checkout.dev.example.test:443': [
      allPass
        ? {
            ok: true,
            expected:
              'a certificate for checkout.dev.example.test chaining to the system CAs, 14 or more days left',
            seen: 'subject CN=checkout.dev.example.test; not after 2027-02-01T00:00:00.000Z (70 days left)'
          }
        : {
            ok: false,
            expected:
              'a certificate for checkout.dev.example.test chaining to the system CAs, 14 or more days left',
            seen: 'CERT_HAS_EXPIRED; -3 days left: subject CN=checkout.dev.example.test; not after 2026-11-20T00:00:00.000Z (-3 days left)'
          }
    ],
    'http https://checkout.dev.example.test/healthz': [
      {
        ok: false,
        expected: 'status 200; body contains "ok"',
        seen: 'status 503: status 503; body starting'
      },
      {
        ok: false,
        expected: 'status 200; body contains "ok"',
        seen: 'status 503: status 503; body starting'
      },
      { ok: true, expected: 'status 200; body contains "ok"', seen: 'status 200; body ok' }
    ],
    'gateway | wildcard': [
      allPass
        ? {
            ok: true,
            expected:
              'dns *.dev.example.test equals ${facts.cluster_gateway_public_address} (203.0.113.10)',
            seen: 'A 203.0.113.10 for gates-0a1b2c3d4e.dev.example.test'
          }
        : {
            ok: false,
            expected:
              'dns *.dev.example.test equals ${facts.cluster_gateway_public_address} (203.0.113.10)',
            seen: 'A 198.51.100.7 for gates-0a1b2c3d4e.dev.example.test'
          }
    ]
  };
  const probe: Probe = async (check) => {
    clock.advance(250);
    const list = outcomes[check.name] ?? [];
    return list.length > 1 ? list.shift()! : list[0]!;
  };
  return runGates(checks, probe, clock, { timeoutMs: 60_000, intervalMs: 10_000, concurrency: 1 });
}

const GOLDEN_DIR = join(GOLDEN, 'verify-gates');

describe('the report and the step summary', () => {
  it('renders a passing run', async () => {
    const report = await scriptedReport(true);
    expect(report.result).toBe('passed');
    expectGolden(
      join(GOLDEN_DIR, 'summary-passed.md'),
      renderGateSummary(report, 'gates/report.json')
    );
    expectGolden(join(GOLDEN_DIR, 'report-passed.json'), renderReportJson(report));
  });

  it('renders a failing run: failures first, with what was expected and what was seen', async () => {
    const report = await scriptedReport(false);
    expect(report.result).toBe('failed');
    expectGolden(
      join(GOLDEN_DIR, 'summary-failed.md'),
      renderGateSummary(report, 'gates/report.json')
    );
    expectGolden(join(GOLDEN_DIR, 'report-failed.json'), renderReportJson(report));
  });

  it('keeps the summary within its budget, saying how many checks are left out', async () => {
    const report = await scriptedReport(false);
    const many = {
      ...report,
      checks: Array.from({ length: 400 }, (_, i) => ({ ...report.checks[2]!, name: `tls ${i}` }))
    };
    const text = renderGateSummary(many, 'r.json', 8_000);
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(8_000);
    expect(text).toMatch(/\n\d+ more checks are not shown here: see the report\.\n/);
    expect(text).toContain('The full report: `r.json` (JSON).');
  });

  it.each([
    [0, '0 ms'],
    [999, '999 ms'],
    [1_000, '1 s'],
    [1_500, '1.5 s'],
    [12_345, '12.3 s'],
    [60_000, '1 min'],
    [185_000, '3 min 5 s']
  ])('shows %d ms as %s', (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });
});
