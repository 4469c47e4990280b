// When the store fails mid-update, the claim taken on the update must be
// released so that Telegram's redelivery is processed; but a store that has
// just failed often fails the release too, and the redelivery would then look
// like a duplicate and be dropped. So a release that fails is remembered and
// done before the next claim: once the store is back, the first request (often
// the redelivery itself) clears it, then claims. Kept in memory: a restart
// forgets them (the update then counts as processed), and on Workers each
// isolate remembers its own.

import type { ProcessedUpdates } from "../domain/updates/ports.ts";

/**
 * `unreleased` holds the update ids still to release; a Worker, which builds
 * its server per request, passes one kept for the isolate's life.
 */
export function retryingReleases(
  updates: ProcessedUpdates,
  unreleased: Set<number> = new Set(),
): ProcessedUpdates {
  return {
    async claim(updateId) {
      // Nearly always empty: no copy of it made per update then.
      if (unreleased.size > 0) {
        for (const pending of [...unreleased]) {
          await updates.release(pending);
          unreleased.delete(pending);
        }
      }
      return updates.claim(updateId);
    },
    finish: (updateId, options) => updates.finish(updateId, options),
    async release(updateId) {
      try {
        await updates.release(updateId);
      } catch (error) {
        unreleased.add(updateId);
        throw error;
      }
    },
  };
}
