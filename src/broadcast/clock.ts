// Time as the delivery worker sees it: tests drive it by hand (a logical
// clock), so rate limits and retry times are checked without waiting.

export interface Clock {
  /** Epoch milliseconds. */
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};
