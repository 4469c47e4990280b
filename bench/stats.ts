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

/** Runs `task` once per input (after one warm-up pass) and reports median and p99. */
export async function time<T>(inputs: T[], task: (input: T) => Promise<unknown>): Promise<Timing> {
  for (const input of inputs) await task(input);
  const samples: number[] = [];
  for (const input of inputs) {
    const start = performance.now();
    await task(input);
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return {
    count: samples.length,
    medianMs: percentile(samples, 50),
    p99Ms: percentile(samples, 99),
  };
}

export const ms = (value: number) => `${value.toFixed(3)} ms`;
