// Workers with a Cloudflare Queue: the outbox stays the record (a publication
// is still one atomic write of the broadcast and its deliveries); the queue
// only carries delivery ids to consumers, so far more messages go out a
// minute than one invocation's 50 subrequests allow.
//
// The producer step (the Cron Trigger, and right after a publication) looks,
// read-only, for due deliveries; it hands them to the queue under a lease of
// its own ("queue:…", held long enough for the queue's backlog) and puts one
// message per delivery on it; it also sends the summaries owed. A consumer
// invocation claims the deliveries its batch names, if still handed to the
// queue or waiting and due, and sends them on the shared send slots (so every
// consumer together keeps to one rate) within the per-group limit. The outbox
// then says what each message becomes: done (sent, failed, dropped) → ack; put
// back with a time (429's retry_after, a passing failure, the group limit) →
// retried by the queue after that delay; being sent by another consumer →
// ack. A queue message carried twice (a hand-off lease that ran out) finds its
// delivery taken or sent, so each delivery is still sent once. What the queue
// gives up on reaches the dead-letter queue, whose consumer fails those
// deliveries for `broadcast:retry` to put back.

import type { Outbox } from "../domain/broadcast/ports.ts";
import type { Logger } from "../redacting-logger.ts";
import type { Clock } from "./clock.ts";
import type { Composer } from "./compose.ts";
import {
  type DeliveryDeps,
  type DeliverySettings,
  deliverNamed,
  type RunOptions,
} from "./deliver.ts";
import { type SubrequestBudget, UNLIMITED } from "./subrequests.ts";
import type { Send } from "./telegram-send.ts";

/** What a queue message carries. */
export interface DeliveryMessage {
  delivery: number;
}

/** The part of a Workers Queue binding the producer uses. */
export interface BroadcastQueue {
  sendBatch(messages: { body: DeliveryMessage }[]): Promise<unknown>;
}

/** The part of a Workers queue message (and its batch) the consumer uses. */
export interface QueueMessage {
  body: unknown;
  attempts: number;
  ack(): void;
  retry(options?: { delaySeconds?: number }): void;
}

export interface QueueBatch {
  queue: string;
  messages: readonly QueueMessage[];
}

/** A queue's sendBatch takes at most 100 messages. */
export const MESSAGES_PER_SEND = 100;
/** How long deliveries handed to the queue stay its own before the producer may hand them again. */
export const HAND_OFF_MS = 15 * 60_000;
/** The longest delay a queue allows on a retry: 12 hours. */
const LONGEST_DELAY_SECONDS = 43_200;
const SUMMARIES_PER_STEP = 5;

export interface ProducerDeps {
  outbox: Outbox;
  queue: BroadcastQueue;
  send: Send;
  composer: Composer;
  clock: Clock;
  logger: Logger;
}

/** Subrequests one hand-off takes: a look, a claim, the queue's sendBatch (and a release if that fails). */
const PER_HAND_OFF = 4;

/**
 * Hands what is due to the queue, a hundred at a time while the budget lasts
 * (about 1,500 a minute within 50 subrequests: Telegram's own rate); how many
 * deliveries went on it. Writes nothing when nothing is due.
 */
export async function enqueueDue(
  deps: ProducerDeps,
  { budget = UNLIMITED }: { budget?: SubrequestBudget } = {},
): Promise<number> {
  let handed = 0;
  while (budget.left() >= PER_HAND_OFF + SUMMARIES_PER_STEP) {
    const step = await handOff(deps);
    handed += step;
    if (step < MESSAGES_PER_SEND) break;
  }
  return handed;
}

async function handOff(deps: ProducerDeps): Promise<number> {
  const { outbox, clock } = deps;
  const now = clock.now();
  if (!(await outbox.due(now)).now) return 0;
  const lease = `queue:${crypto.randomUUID()}`;
  const claim = await outbox.claim({
    lease,
    now,
    leaseUntil: now + HAND_OFF_MS,
    limit: MESSAGES_PER_SEND,
    summaries: SUMMARIES_PER_STEP,
    groupSendsSince: now,
    // Slots are taken by the consumers, when they send.
    slotMs: 0,
  });
  for (const finished of claim.finished) {
    if (finished.notify === null) continue;
    const told = await deps.send(finished.notify, await deps.composer.summary(finished));
    if (told.kind !== "sent") deps.logger.error("broadcast summary not sent", { told });
  }
  if (claim.deliveries.length === 0) return 0;
  try {
    await deps.queue.sendBatch(claim.deliveries.map((d) => ({ body: { delivery: d.id } })));
  } catch (error) {
    // Not on the queue: back to waiting, for the next step to hand over.
    await outbox.release(lease);
    throw error;
  }
  return claim.deliveries.length;
}

export interface ConsumerOptions extends RunOptions {
  /** The dead-letter queue's name: its batches fail their deliveries. */
  deadLetterQueue?: string;
}

/** One consumer invocation: sends what the batch names, then acks or delays each message. */
export async function consumeBatch(
  deps: DeliveryDeps,
  settings: DeliverySettings,
  batch: QueueBatch,
  { deadLetterQueue, ...run }: ConsumerOptions = {},
): Promise<void> {
  const named = new Map<number, QueueMessage[]>();
  for (const message of batch.messages) {
    const id = deliveryOf(message.body);
    // Not ours to read (written by something else): dropped, never retried.
    if (id === null) {
      deps.logger.error("queue message without a delivery id", { queue: batch.queue });
      message.ack();
      continue;
    }
    named.set(id, [...(named.get(id) ?? []), message]);
  }
  const ids = [...named.keys()];
  if (ids.length === 0) return;
  if (batch.queue === deadLetterQueue) {
    const tries = Math.max(...batch.messages.map((m) => m.attempts));
    await deps.outbox.failUnsettled(ids, `the queue gave up after ${tries} tries`);
    for (const message of batch.messages) message.ack();
    return;
  }
  await deliverNamed(deps, settings, ids, run);
  const states = await deps.outbox.states(ids);
  const now = deps.clock.now();
  for (const [id, messages] of named) {
    const state = states.get(id);
    for (const message of messages) {
      if (state?.status === "pending") {
        const seconds = Math.ceil(Math.max(0, state.nextAttemptAt - now) / 1000);
        message.retry({ delaySeconds: Math.min(seconds, LONGEST_DELAY_SECONDS) });
      } else {
        message.ack();
      }
    }
  }
}

function deliveryOf(body: unknown): number | null {
  if (typeof body !== "object" || body === null) return null;
  const id = (body as Partial<DeliveryMessage>).delivery;
  return typeof id === "number" && Number.isSafeInteger(id) && id > 0 ? id : null;
}
