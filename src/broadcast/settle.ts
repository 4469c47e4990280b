// What Telegram's answer to one send means for the outbox: recorded as sent
// (with its message_id), put back for later (429, a move to a supergroup, a
// passing failure with a growing wait), failed for good, or dropped with its
// subscription (403: blocked or removed).

import type { ClaimedDelivery, Outbox } from "../domain/broadcast/ports.ts";
import { isGroupOrChannel } from "../domain/broadcast/subscription.ts";
import type { Logger } from "../redacting-logger.ts";
import type { SendOutcome } from "./telegram-send.ts";

/** How a delivery ended this time, as a run counts it. */
export type Tally = "sent" | "later" | "failed" | "dropped";

export interface Settling {
  outbox: Outbox;
  logger: Logger;
  lease: string;
  /** Tries of a delivery that keeps failing for a passing reason (5xx, network). */
  maxAttempts: number;
  /** How long delivery pauses when Telegram refuses the bot's token. */
  pauseMs: number;
}

const FIRST_RETRY_MS = 10_000;
const LONGEST_RETRY_MS = 15 * 60_000;

export async function settle(
  { outbox, logger, lease, maxAttempts, pauseMs }: Settling,
  { id, chatId, attempts }: ClaimedDelivery,
  outcome: SendOutcome,
  now: number,
): Promise<Tally> {
  switch (outcome.kind) {
    case "sent":
      await outbox.sent(id, lease, outcome.messageId, now);
      return "sent";
    case "too-many": {
      const seconds = outcome.retryAfterSeconds;
      await outbox.defer(id, lease, now + seconds * 1000, `429: retry after ${seconds} s`);
      return "later";
    }
    case "moved":
      await outbox.move(id, lease, chatId, outcome.chatId);
      return "later";
    case "gone":
      await outbox.drop(id, lease, chatId, isGroupOrChannel(chatId) ? "removed" : "blocked");
      return "dropped";
    case "transient":
      if (attempts < maxAttempts) {
        const wait = Math.min(LONGEST_RETRY_MS, FIRST_RETRY_MS * 2 ** (attempts - 1));
        await outbox.retry(id, lease, now + wait, outcome.description);
        return "later";
      }
      logger.error("broadcast delivery failed for good", { delivery: id, error: outcome });
      await outbox.fail(id, lease, outcome.description);
      return "failed";
    case "unanswered":
      logger.error("broadcast send unanswered, not sent again by itself", {
        delivery: id,
        error: outcome,
      });
      await outbox.fail(
        id,
        lease,
        `${outcome.description}; it may have arrived, so it is not sent again by itself`,
      );
      return "failed";
    case "refused-bot":
      // Not this chat's doing: the delivery waits, its attempt not counted, until the pause ends.
      await outbox.defer(id, lease, now + pauseMs, outcome.description);
      return "later";
    case "rejected":
      logger.error("broadcast delivery refused by Telegram", { delivery: id, error: outcome });
      await outbox.fail(id, lease, outcome.description);
      return "failed";
  }
}
