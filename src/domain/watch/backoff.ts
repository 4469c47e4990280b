// When a source is looked at next: one interval after a good check; after
// failures in a row, twice as long each time (a site that is down is not
// hammered), never longer than a day, so a source that recovers is found again.

const MINUTE_MS = 60_000;
const MAX_BACKOFF_MS = 24 * 60 * MINUTE_MS;

export function nextAttemptAfter(
  now: Date,
  intervalMinutes: number,
  failuresInARow: number,
): string {
  const interval = intervalMinutes * MINUTE_MS;
  const wait =
    failuresInARow === 0
      ? interval
      : Math.min(MAX_BACKOFF_MS, interval * 2 ** Math.min(failuresInARow - 1, 16));
  return new Date(now.getTime() + Math.max(wait, interval)).toISOString();
}
