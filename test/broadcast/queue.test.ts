// The Workers queue path in Node, over a real store and the fake Bot API: a
// producer step hands due deliveries to a queue, and consumer invocations
// (two at a time, ten messages a batch, each within 50 subrequests) send
// them. The queue here is a stand-in with Cloudflare's semantics: messages
// acked or retried after a delay, retries counted, and a dead-letter queue
// past the last retry.

import type { Client } from "@libsql/client";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { deliveryParts } from "../../src/broadcast/delivery-worker.ts";
import {
  type BroadcastQueue,
  consumeBatch,
  type DeliveryMessage,
  enqueueDue,
  type QueueMessage,
} from "../../src/broadcast/queue-delivery.ts";
import { createEngine } from "../../src/domain/engine.ts";
import { createBroadcasts } from "../../src/store/broadcasts.ts";
import { createOutbox } from "../../src/store/outbox.ts";
import { countSubrequests } from "../../src/subrequest-count.ts";
import {
  type DeliveryRig,
  deliveryRig,
  outboxRows,
  PUBLISHER_ID,
  publishRelease,
  subscribe,
  subscriber,
  TEST_SETTINGS,
} from "../support/broadcast.ts";
import { TEST_BOT_TOKEN } from "../support/telegram-updates.ts";

const QUEUE = "tanya-broadcast";
const DEAD_LETTERS = "tanya-broadcast-dlq";
const BATCH_SIZE = 15;
const MAX_CONCURRENCY = 2;
const MAX_RETRIES = 3;
const SUBREQUESTS = 50;

let rig: DeliveryRig;
beforeEach(async () => {
  rig = await deliveryRig();
});
afterEach(() => rig.close());

interface Held {
  body: DeliveryMessage;
  attempts: number;
  availableAt: number;
}

/** A queue and its dead-letter queue, as Cloudflare runs them, on the rig's clock. */
class StandInQueue implements BroadcastQueue {
  waiting: Held[] = [];
  deadLetters: Held[] = [];
  operations = 0;

  async sendBatch(messages: { body: DeliveryMessage }[]): Promise<void> {
    this.operations += messages.length;
    const now = rig.clock.now();
    this.waiting.push(...messages.map((m) => ({ body: m.body, attempts: 1, availableAt: now })));
  }

  /** Up to `size` messages available now, taken off the queue until acked or retried. */
  take(size: number): { held: Held[]; messages: QueueMessage[] } {
    const now = rig.clock.now();
    const held = this.waiting.filter((m) => m.availableAt <= now).slice(0, size);
    this.waiting = this.waiting.filter((m) => !held.includes(m));
    const messages = held.map((h) => {
      let settled = false;
      return {
        body: h.body,
        attempts: h.attempts,
        ack: () => {
          settled = true;
        },
        retry: (options?: { delaySeconds?: number }) => {
          if (settled) return;
          settled = true;
          const again = {
            ...h,
            attempts: h.attempts + 1,
            availableAt: rig.clock.now() + (options?.delaySeconds ?? 0) * 1000,
          };
          if (h.attempts >= MAX_RETRIES + 1) this.deadLetters.push(again);
          else this.waiting.push(again);
        },
      };
    });
    return { held, messages };
  }
}

/** One consumer invocation as Workers runs it: its own counted client, fetch and budget. */
async function consumerInvocation(queue: string, messages: QueueMessage[], client: Client) {
  const counted = countSubrequests(client, SUBREQUESTS);
  const engine = createEngine({ facts: rig.seeded.facts, defaultProvince: "64" });
  const parts = deliveryParts({
    outbox: createOutbox(counted.client),
    engine,
    facts: rig.seeded.facts,
    token: TEST_BOT_TOKEN,
    apiRoot: rig.telegram.apiRoot,
    settings: { ...TEST_SETTINGS, batchSize: BATCH_SIZE },
    logger: { error: () => {} },
    fetch: counted.fetch,
    clock: rig.clock,
  });
  await consumeBatch(
    parts.deps(),
    parts.settings,
    { queue, messages },
    { budget: counted.budget, deadLetterQueue: DEAD_LETTERS },
  );
  return SUBREQUESTS - counted.budget.left();
}

/** The Cron Trigger's producer step. */
function producerStep(queue: StandInQueue, client: Client) {
  const parts = deliveryParts({
    outbox: createOutbox(client),
    engine: createEngine({ facts: rig.seeded.facts, defaultProvince: "64" }),
    facts: rig.seeded.facts,
    token: TEST_BOT_TOKEN,
    apiRoot: rig.telegram.apiRoot,
    settings: TEST_SETTINGS,
    logger: { error: () => {} },
    clock: rig.clock,
  });
  const deps = parts.deps();
  return enqueueDue({ ...deps, queue });
}

/** Runs producer and consumers until the queue is empty and nothing is due; subrequests per invocation. */
async function drain(queue: StandInQueue): Promise<number[]> {
  const used: number[] = [];
  for (let round = 0; round < 2_000; round++) {
    if (queue.waiting.length === 0) {
      const handed = await producerStep(queue, rig.seeded.client);
      if (handed === 0 && queue.waiting.length === 0) {
        if (queue.deadLetters.length > 0) {
          const dead = queue.deadLetters.splice(0);
          const { messages } = { messages: dead.map(asMessage) };
          used.push(await consumerInvocation(DEAD_LETTERS, messages, rig.seeded.client));
        }
        // A last step sends the summaries the consumers' work made due.
        if ((await producerStep(queue, rig.seeded.client)) === 0 && queue.waiting.length === 0) {
          return used;
        }
      }
    }
    const batches = Array.from({ length: MAX_CONCURRENCY }, () => queue.take(BATCH_SIZE)).filter(
      (b) => b.messages.length > 0,
    );
    if (batches.length === 0) {
      // Nothing available yet: the queue waits for the earliest delayed retry.
      const next = Math.min(...queue.waiting.map((m) => m.availableAt));
      rig.clock.advance(Math.max(1, next - rig.clock.now()));
      continue;
    }
    used.push(
      ...(await Promise.all(
        batches.map((b) => consumerInvocation(QUEUE, b.messages, rig.seeded.client)),
      )),
    );
  }
  throw new Error("the queue did not drain");
}

function asMessage(held: Held): QueueMessage {
  return { body: held.body, attempts: held.attempts, ack: () => {}, retry: () => {} };
}

describe("broadcasting through a queue", () => {
  it("delivers a publication to 1,000 subscribers: none lost, none twice, each invocation within 50 subrequests", async () => {
    const subscribers = Array.from({ length: 1_000 }, (_, i) =>
      subscriber(i % 10 === 0 ? -1_000_000 - i : 100_000 + i),
    );
    await subscribe(rig.seeded.client, ...subscribers);
    await publishRelease(rig.store);
    // Telegram's flood control answers every 100th send with 429, and a few sends fail for now.
    rig.telegram.injectFaultEvery("sendMessage", 100, {
      status: 429,
      description: "Too Many Requests: retry after 3",
      retryAfterSeconds: 3,
    });
    rig.telegram.injectChatFaults(100_001, { status: 502, description: "Bad Gateway" });

    const queue = new StandInQueue();
    const used = await drain(queue);

    const counts = rig.receivedBy();
    expect(counts.size).toBe(1_000);
    expect([...counts.values()].every((n) => n === 1)).toBe(true);
    expect((await outboxRows(rig.seeded.client)).every((r) => r.status === "sent")).toBe(true);
    expect(Math.max(...used)).toBeLessThanOrEqual(SUBREQUESTS);
    expect(queue.deadLetters).toEqual([]);
    // The admin who published hears once, when all is delivered.
    const summaries = rig.delivered().filter((c) => c.payload.chat_id === PUBLISHER_ID);
    expect(summaries).toHaveLength(1);
    expect(String(summaries[0]?.payload.text)).toContain("1000 terkirim, 0 menunggu, 0 gagal");
  }, 180_000);

  it("carries a delivery twice (a hand-off that ran out) and still sends it once", async () => {
    await subscribe(rig.seeded.client, subscriber(101), subscriber(102));
    await publishRelease(rig.store);
    const queue = new StandInQueue();
    await producerStep(queue, rig.seeded.client);
    // The same messages again, as after a hand-off lease ran out.
    await queue.sendBatch(queue.waiting.map((m) => ({ body: m.body })));
    expect(queue.waiting).toHaveLength(4);
    await drain(queue);
    expect([...rig.receivedBy().values()]).toEqual([1, 1]);
  });

  it("writes nothing in a producer step when nothing is due", async () => {
    const queue = new StandInQueue();
    expect(await producerStep(queue, rig.seeded.client)).toBe(0);
    expect(queue.operations).toBe(0);
    expect(await outboxRows(rig.seeded.client)).toEqual([]);
  });

  it("fails what the dead-letter queue receives, for broadcast:retry to put back", async () => {
    await subscribe(rig.seeded.client, subscriber(101), subscriber(102));
    await publishRelease(rig.store);
    const queue = new StandInQueue();
    await producerStep(queue, rig.seeded.client);
    const [first] = queue.waiting.splice(0, 1);
    if (first === undefined) throw new Error("nothing was queued");
    await consumerInvocation(
      DEAD_LETTERS,
      [asMessage({ ...first, attempts: 4 })],
      rig.seeded.client,
    );
    const failed = (await outboxRows(rig.seeded.client)).filter((r) => r.status === "failed");
    expect(failed).toHaveLength(1);
    expect(failed[0]?.lastError).toBe("the queue gave up after 4 tries");

    expect(await createBroadcasts(rig.seeded.client).retryFailed(1)).toBe(1);
    await drain(queue);
    expect([...rig.receivedBy().values()]).toEqual([1, 1]);
  });
});
