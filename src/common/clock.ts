/** Where time comes from: the real clock in the actions, a fake one in tests. */
export interface Clock {
  /** Milliseconds, from any fixed origin. */
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms))
};
