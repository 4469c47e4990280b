// Node: `npm start` watches sources in its own process. A pass runs at start
// and then every interval; with no sources a pass is one query and no fetch.
// Stopping lets the pass under way finish.

import type { Logger } from "../redacting-logger.ts";

export interface WatchLoop {
  stop(): Promise<void>;
}

export function startWatchLoop(
  pass: () => Promise<unknown>,
  { intervalMs, logger }: { intervalMs: number; logger: Logger },
): WatchLoop {
  const stopping = new AbortController();
  let wake: (() => void) | undefined;
  const loop = (async () => {
    while (!stopping.signal.aborted) {
      try {
        await pass();
      } catch (error) {
        // A store outage, say: the next pass tries again.
        logger.error("watching pass failed", error);
      }
      if (stopping.signal.aborted) break;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, intervalMs);
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    }
  })();
  return {
    async stop() {
      stopping.abort();
      wake?.();
      await loop;
    },
  };
}
