// Node: deliveries run in the bot's own process, so `npm start` delivers too.
// The loop looks for due deliveries every few seconds (a release published
// from the CLI into the same database is found that way), at once when
// kicked (right after a publication here), and when a waiting delivery comes
// due sooner than that. Stopping lets the message being
// sent finish and hands the rest of its batch back.

import type { Logger } from "../redacting-logger.ts";
import type { DeliveryWorker } from "./delivery-worker.ts";

/** Never a busy loop, whatever a run reports. */
const MIN_WAIT_MS = 100;

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
      let wait = intervalMs;
      try {
        const report = await worker({ signal: stopping.signal });
        // A retry due sooner (a 429's retry_after) is not left waiting for the next look.
        if (report.nextDueAt != null) {
          wait = Math.max(MIN_WAIT_MS, Math.min(intervalMs, report.nextDueAt - Date.now()));
        }
      } catch (error) {
        // A store outage, say: what was claimed is claimed again once its lease runs out.
        logger.error("delivery run failed", error);
      }
      if (!kicked && !stopping.signal.aborted) {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, wait);
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
