// One delivery run: claim due deliveries in bounded batches and send them one
// at a time, within the rate limits, settling each in the outbox (sent with
// Telegram's message_id, retried, failed, dropped) right after its send. So a
// run that dies loses nothing, and re-sends at most the one message it was
// sending: the rest of its batch is still leased, and is claimed again once
// the lease runs out. A run ends when nothing more is due (and the summaries
// owed are sent), when its subrequest budget is spent, or when asked to stop.

import type { Logger } from "../redacting-logger.ts";
import type { Clock } from "./clock.ts";
import type { Composer } from "./compose.ts";
import type { ClaimedDelivery, FinishedBroadcast, Outbox } from "./outbox.ts";
import { settle, type Tally } from "./settle.ts";
import { type SubrequestBudget, UNLIMITED } from "./subrequests.ts";
import type { Send } from "./telegram-send.ts";
import { GROUP_WINDOW_MS, type Throttle } from "./throttle.ts";

export interface DeliverySettings {
  /** Deliveries claimed at once. */
  batchSize: number;
  /** Tries of a delivery failing for a passing reason (5xx, network). */
  maxAttempts: number;
  /** How long a claim is held: far longer than a batch takes to send. */
  leaseMs: number;
  /** The longest one send may take (the Bot API client's timeout). */
  sendTimeoutMs: number;
}

export interface DeliveryDeps {
  outbox: Outbox;
  send: Send;
  throttle: Throttle;
  clock: Clock;
  logger: Logger;
  /** A fresh one per run. */
  composer: Composer;
}

/**
 * Deliveries by how they ended in this run ("later": to be tried again, when
 * rate limited, moved to a supergroup or failing for now; "dropped": not sent,
 * the chat no longer takes news), and the summaries sent.
 */
export type DeliveryReport = Record<Tally | "summaries", number>;

export interface RunOptions {
  budget?: SubrequestBudget;
  signal?: AbortSignal;
}

/** Subrequests one delivery may take: composing (a read), sending, settling. */
const PER_DELIVERY = 3;
/** A claim and a final release. */
const PER_CLAIM = 2;
const SUMMARIES_PER_CLAIM = 5;

export async function deliverDue(
  deps: DeliveryDeps,
  settings: DeliverySettings,
  { budget = UNLIMITED, signal }: RunOptions = {},
): Promise<DeliveryReport> {
  const { outbox, clock } = deps;
  const report: DeliveryReport = { sent: 0, later: 0, failed: 0, dropped: 0, summaries: 0 };
  while (!signal?.aborted) {
    const spare = budget.left() - PER_CLAIM;
    const summaries = Math.max(0, Math.min(SUMMARIES_PER_CLAIM, spare - PER_DELIVERY));
    const limit = Math.min(settings.batchSize, Math.floor((spare - summaries) / PER_DELIVERY));
    if (limit < 1) break;
    const now = clock.now();
    const lease = crypto.randomUUID();
    const leaseUntil = now + settings.leaseMs;
    const claim = await outbox.claim({
      lease,
      now,
      leaseUntil,
      limit,
      summaries,
      groupSendsSince: now - GROUP_WINDOW_MS,
    });
    deps.throttle.recall(claim.groupSends);
    for (const finished of claim.finished) await summarize(deps, finished, report);

    for (const delivery of claim.deliveries) {
      const stop =
        signal?.aborted ||
        budget.left() < PER_DELIVERY + 1 ||
        clock.now() + settings.sendTimeoutMs > leaseUntil;
      if (stop) {
        await outbox.release(lease);
        return report;
      }
      report[await deliver(deps, settings, delivery, lease)] += 1;
    }
    // Until a claim finds nothing due: a delivery moved to a supergroup is due again at once.
    if (claim.deliveries.length === 0) break;
  }
  return report;
}

/** One claimed delivery: sent and settled, or put back, failed or dropped without a send. */
async function deliver(
  deps: DeliveryDeps,
  settings: DeliverySettings,
  delivery: ClaimedDelivery,
  lease: string,
): Promise<Tally> {
  const { outbox, throttle, clock } = deps;
  const { id, chatId, subscription } = delivery;
  if (!subscription?.active) {
    await outbox.drop(id, lease, chatId);
    return "dropped";
  }
  // A delivery that took the worker down every time it was tried stops here.
  if (delivery.attempts > settings.maxAttempts) {
    await outbox.fail(id, lease, `gave up after ${settings.maxAttempts} attempts`);
    return "failed";
  }
  const readyAt = throttle.readyAt(chatId);
  if (readyAt > clock.now()) {
    await outbox.defer(id, lease, readyAt, "per-group rate limit");
    return "later";
  }
  const html = await deps.composer.message(delivery.broadcast, subscription);
  await throttle.turn();
  const outcome = await deps.send(chatId, html);
  if (outcome.kind === "sent") throttle.sent(chatId);
  const settling = { ...deps, lease, maxAttempts: settings.maxAttempts };
  return settle(settling, delivery, outcome, clock.now());
}

/** Summaries are claimed before they are sent: one that fails to go is not sent twice. */
async function summarize(
  { send, composer, logger }: DeliveryDeps,
  finished: FinishedBroadcast,
  report: DeliveryReport,
): Promise<void> {
  if (finished.notify === null) return;
  const outcome = await send(finished.notify, await composer.summary(finished));
  if (outcome.kind === "sent") report.summaries += 1;
  else logger.error("broadcast summary not sent", { broadcast: finished.id, error: outcome });
}
