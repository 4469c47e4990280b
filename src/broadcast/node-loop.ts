// Node: deliveries run in the bot's own process, so `npm start` delivers too.
// The loop looks for due deliveries every few seconds (a release published
// from the CLI into the same database is found that way) and at once when
// kicked (right after a publication here). Stopping lets the message being
// sent finish and hands the rest of its batch back.

import type { Logger } from "../redacting-logger.ts";
import type { DeliveryWorker } from "./delivery-worker.ts";

export interface DeliveryLoop {
  /** Deliver now rather than at the next look. */
  kick(): void;
  /** Resolves once the run under way has stopped. */
  stop(): Promise<void>;
}

export function startDeliveryLoop(
  worker: DeliveryWorker,
  { intervalMs, logger }: { intervalMs: number; logger: Logger },
): DeliveryLoop {
  const stopping = new AbortController();
  let kicked = false;
  let wake: (() => void) | undefined;

  const loop = (async () => {
    while (!stopping.signal.aborted) {
      kicked = false;
      try {
        await worker({ signal: stopping.signal });
      } catch (error) {
        // A store outage, say: what was claimed is claimed again once its lease runs out.
        logger.error("delivery run failed", error);
      }
      if (!kicked && !stopping.signal.aborted) {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, intervalMs);
          wake = () => {
            clearTimeout(timer);
            resolve();
          };
        });
      }
      wake = undefined;
    }
  })();

  return {
    kick() {
      kicked = true;
      wake?.();
    },
    async stop() {
      stopping.abort();
      wake?.();
      await loop;
    },
  };
}
