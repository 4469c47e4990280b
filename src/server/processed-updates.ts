/**
 * Port: which Telegram updates have been taken on. Telegram redelivers an update
 * until the webhook answers 2xx, so the webhook claims each update_id before
 * processing it and answers a redelivery without processing it again.
 */
export interface ProcessedUpdates {
  /**
   * Atomically records the update as taken on. True for the one caller that
   * recorded it; false when it was already recorded (a redelivery, or a
   * concurrent duplicate delivery).
   */
  claim(updateId: number): Promise<boolean>;
  /** Forgets a claim whose processing failed, so Telegram's redelivery is processed. */
  release(updateId: number): Promise<void>;
}
