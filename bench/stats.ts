// Small helpers shared by the benchmarks: timing and percentiles.

export function percentile(sortedMs: number[], p: number): number {
  if (sortedMs.length === 0) return Number.NaN;
  const index = Math.min(sortedMs.length - 1, Math.ceil((p / 100) * sortedMs.length) - 1);
  return sortedMs[Math.max(0, index)] as number;
}

export interface Timing {
  count: number;
  medianMs: number;
  p99Ms: number;
}

/**
 * Lets the event loop turn, as it does between a server's requests. libSQL's
 * native statements are freed by finalizers that run only then: a tight loop of
 * awaited calls would otherwise grow without bound, which no real process does.
 */
export const turnEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Runs `task` once per input (after one warm-up pass) and reports median and p99. */
export async function time<T>(inputs: T[], task: (input: T) => Promise<unknown>): Promise<Timing> {
  for (const input of inputs) {
    await task(input);
    await turnEventLoop();
  }
  const samples: number[] = [];
  for (const input of inputs) {
    const start = performance.now();
    await task(input);
    samples.push(performance.now() - start);
    await turnEventLoop();
  }
  samples.sort((a, b) => a - b);
  return {
    count: samples.length,
    medianMs: percentile(samples, 50),
    p99Ms: percentile(samples, 99),
  };
}

export const ms = (value: number) => `${value.toFixed(3)} ms`;

/** Resident memory once garbage and the finalizers it queues have run (needs --expose-gc). */
export async function settledRssMiB(): Promise<number> {
  for (let round = 0; round < 3; round++) {
    (globalThis as { gc?: () => void }).gc?.();
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return process.memoryUsage().rss / 2 ** 20;
}
