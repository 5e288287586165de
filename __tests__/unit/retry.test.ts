import { describe, expect, it } from '@jest/globals';
import type { Clock } from '../../src/common/clock.js';
import { retry } from '../../src/common/retry.js';

/** A clock whose waits pass at once and are remembered. */
function fakeClock(): Clock & { waits: number[] } {
  const waits: number[] = [];
  let now = 0;
  return {
    waits,
    now: () => now,
    sleep: async (ms) => {
      waits.push(ms);
      now += ms;
    }
  };
}

describe('retry', () => {
  it('tries again after the policy’s waits until the call succeeds', async () => {
    const clock = fakeClock();
    const seen: string[] = [];
    const result = await retry(
      async (attempt) => {
        if (attempt < 3) throw new Error(`busy ${attempt}`);
        return 'done';
      },
      {
        attempts: 5,
        retryable: () => true,
        delayMs: (attempt) => 100 * attempt,
        onRetry: (error, attempt, delay) => {
          seen.push(`${(error as Error).message} → wait ${delay} (${attempt})`);
        },
        clock
      }
    );
    expect(result).toBe('done');
    expect(clock.waits).toEqual([100, 200]);
    expect(seen).toEqual(['busy 1 → wait 100 (1)', 'busy 2 → wait 200 (2)']);
  });

  it('throws the last failure as it was when the tries run out', async () => {
    const clock = fakeClock();
    let calls = 0;
    const failure = retry(
      async () => {
        calls++;
        throw new RangeError(`no ${calls}`);
      },
      { attempts: 3, retryable: () => true, delayMs: () => 10, clock }
    );
    await expect(failure).rejects.toThrow(new RangeError('no 3'));
    expect(calls).toBe(3);
    expect(clock.waits).toEqual([10, 10]);
  });

  it('stops at once on a failure the policy does not retry, without waiting', async () => {
    const clock = fakeClock();
    let calls = 0;
    const failure = retry(
      async () => {
        calls++;
        throw Object.assign(new Error('unauthorized'), { status: 401 });
      },
      {
        attempts: 5,
        retryable: (error) => (error as { status: number }).status >= 500,
        delayMs: () => 1000,
        clock
      }
    );
    await expect(failure).rejects.toThrow('unauthorized');
    expect(calls).toBe(1);
    expect(clock.waits).toEqual([]);
  });

  it('never waits a negative time', async () => {
    const clock = fakeClock();
    await retry(
      async (attempt) => {
        if (attempt === 1) throw new Error('once');
        return attempt;
      },
      { attempts: 2, retryable: () => true, delayMs: () => -5, clock }
    );
    expect(clock.waits).toEqual([0]);
  });
});
