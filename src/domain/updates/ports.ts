/**
 * Port: which Telegram updates have been taken on and which are done. Telegram
 * redelivers an update until the webhook answers 2xx, so the webhook claims
 * each update_id before processing it. An update is done only once handled: a
 * claim whose processing died with its process is taken over by a redelivery
 * once it is older than the processing deadline.
 */
export interface ProcessedUpdates {
  /**
   * Atomically takes the update on. "claimed" for the one caller that took it
   * (first delivery, or a redelivery taking over a claim past the deadline);
   * "done" when it was handled before; "busy" when another request is still
   * processing it within the deadline.
   */
  claim(updateId: number): Promise<ClaimOutcome>;
  /**
   * Records the update as handled. With `now`, before resolving (its webhook
   * call was answered non-2xx, so Telegram will redeliver it); otherwise it may
   * ride along with the next claim: after a 2xx Telegram does not redeliver.
   */
  finish(updateId: number, options?: { now?: boolean }): Promise<void>;
  /** Forgets a claim whose processing failed, so Telegram's redelivery is processed. */
  release(updateId: number): Promise<void>;
}

export type ClaimOutcome = "claimed" | "done" | "busy";

/**
 * The current release's as-of date (ISO; null when none is published), or why
 * the store cannot serve: `unhealthy` is shown to anyone asking, so it holds
 * no path, host or secret; `error` goes to the log only.
 */
export type HealthReport = { releaseAsOf: string | null } | { unhealthy: string; error?: unknown };

export type HealthCheck = () => Promise<HealthReport>;
