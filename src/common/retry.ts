import { systemClock, type Clock } from './clock.js';

/** How a call is tried again: how often, after what, on which failures. */
export interface RetryPolicy {
  /** Tries in all, the first included (at least 1). */
  attempts: number;
  /** Whether a failure of try `attempt` is worth another try. */
  retryable: (error: unknown, attempt: number) => boolean;
  /** The wait before the try after `attempt` failed with `error`, in milliseconds. */
  delayMs: (attempt: number, error: unknown) => number;
  /** Said before each wait (a log line, a check of what landed). */
  onRetry?: (error: unknown, attempt: number, delayMs: number) => void | Promise<void>;
  /** Where the waits happen: the real clock, or a test's. */
  clock?: Clock;
}

/**
 * Runs `call` until it succeeds, a failure is not retryable, or the tries run out; the last
 * failure is thrown as it was. The one retry loop of the project: every retried call says its
 * policy here, and tests drive the waits through the clock.
 */
export async function retry<T>(
  call: (attempt: number) => Promise<T>,
  policy: RetryPolicy
): Promise<T> {
  const clock = policy.clock ?? systemClock;
  for (let attempt = 1; ; attempt++) {
    try {
      return await call(attempt);
    } catch (error) {
      if (attempt >= policy.attempts || !policy.retryable(error, attempt)) throw error;
      const delay = Math.max(0, policy.delayMs(attempt, error));
      await policy.onRetry?.(error, attempt, delay);
      await clock.sleep(delay);
    }
  }
}
