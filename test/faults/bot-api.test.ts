// Telegram's Bot API misbehaving while the webhook answers an update: 429 with
// retry_after, 5xx, slow answers, answers that never come, dropped
// connections; and updates arriving concurrently while answers are slow. The
// bot is the project's, in webhook mode, talking over real HTTP to the fake
// Bot API on loopback. Every case must end in a 200 from the webhook, which
// means it finished before the server's 10 s deadline (which answers 503),
// with bounded retries and nothing thrown.

import type { Update } from "grammy/types";
import { describe, expect, it } from "vitest";
import { createBot } from "../../src/bot/create-bot.ts";
import { createEngine } from "../../src/domain/engine.ts";
import { textUpdate, user } from "../bot/harness.ts";
import { type Fault, startFakeBotApi } from "../support/fake-bot-api.ts";
import { seededStore } from "../support/reference.ts";
import { TEST_BOT_INFO, TEST_BOT_TOKEN } from "../support/telegram-updates.ts";
import { webhookApp } from "../support/webhook-app.ts";

/**
 * Delivers the updates to the webhook, all at once, while the first sendMessage
 * calls meet these faults. Returns the webhook's statuses, the texts Telegram
 * was asked to send (attempts included) and what the bot logged.
 */
async function deliverConcurrently(updates: Update[], faults: Fault[]) {
  const telegram = await startFakeBotApi(TEST_BOT_TOKEN);
  telegram.injectFaults("sendMessage", ...faults);
  const store = await seededStore();
  const logged: string[] = [];
  const bot = createBot(
    {
      token: TEST_BOT_TOKEN,
      apiRoot: telegram.apiRoot,
      botInfo: TEST_BOT_INFO,
      adminUserIds: [],
      webhookMode: true,
    },
    {
      engine: createEngine({ facts: store.facts, defaultProvince: "64" }),
      logger: { error: (message) => logged.push(message) },
    },
  );
  const { deliver } = webhookApp(bot, store);
  const responses = await Promise.all(updates.map((update) => deliver(update))).finally(() =>
    telegram.close(),
  );
  const texts = telegram.calls
    .filter((call) => call.method === "sendMessage")
    .map((call) => String(call.payload.text));
  return { statuses: responses.map((response) => response.status), texts, logged };
}

/** "IKD Berau" in English, while the first sendMessage calls meet these faults. */
async function deliverDespite(...faults: Fault[]) {
  const update = textUpdate("IKD Berau", { from: user("en") });
  const { statuses, texts, logged } = await deliverConcurrently([update], faults);
  return { status: statuses[0], texts, logged };
}

const answered = (text: string) => text.includes("1.74%");

describe.concurrent("the Bot API failing while the webhook answers", () => {
  it("429 with a short retry_after: the reply is retried after the wait and gets through", async () => {
    const { status, texts, logged } = await deliverDespite({
      status: 429,
      description: "Too Many Requests: retry after 1",
      retryAfterSeconds: 1,
    });

    expect(status).toBe(200);
    expect(texts).toHaveLength(2);
    expect(texts.every(answered)).toBe(true);
    expect(logged).toEqual([]);
  });

  it("429 again after the retry: it gives up, without an apology that would add to the flood", async () => {
    const tooMany = { status: 429, description: "Too Many Requests", retryAfterSeconds: 1 };
    const { status, texts, logged } = await deliverDespite(tooMany, tooMany);

    expect(status).toBe(200);
    expect(texts.map(answered)).toEqual([true, true]);
    expect(logged).toEqual(["update failed"]);
  });

  it("429 asking for longer than a webhook can wait: not retried", async () => {
    const { status, texts, logged } = await deliverDespite({
      status: 429,
      description: "Too Many Requests: retry after 30",
      retryAfterSeconds: 30,
    });

    expect(status).toBe(200);
    expect(texts.map(answered)).toEqual([true]);
    expect(logged).toEqual(["update failed"]);
  });

  it("a 5xx is not retried within the webhook's time (auto-retry's backoff would take 9 s)", async () => {
    const { status, texts, logged } = await deliverDespite({
      status: 502,
      description: "Bad Gateway",
    });

    expect(status).toBe(200);
    expect(texts.map(answered)).toEqual([true]);
    expect(logged).toEqual(["update failed"]);
  });

  it("a slow answer is waited for", async () => {
    const { status, texts, logged } = await deliverDespite({ delayMs: 1000 });

    expect(status).toBe(200);
    expect(texts.map(answered)).toEqual([true]);
    expect(logged).toEqual([]);
  });

  it("an answer that never comes: the call times out and is not retried or apologised for", async () => {
    const { status, texts, logged } = await deliverDespite({ delayMs: 60_000 });

    expect(status).toBe(200);
    expect(texts.map(answered)).toEqual([true]);
    expect(logged).toEqual(["update failed"]);
  });

  it("a dropped connection is not retried (the message may have been delivered)", async () => {
    const { status, texts, logged } = await deliverDespite({ drop: true });

    expect(status).toBe(200);
    expect(texts.map(answered)).toEqual([true]);
    expect(logged).toEqual(["update failed"]);
  });
});

describe.concurrent("updates arriving together while Telegram answers slowly", () => {
  const slowly: Fault[] = [{ delayMs: 300 }, { delayMs: 300 }];

  it("two updates of one chat are each answered once", async () => {
    const from = user("en");
    const { statuses, texts } = await deliverConcurrently(
      [textUpdate("IKD Berau", { from }), textUpdate("lowest KIA", { from })],
      slowly,
    );

    expect(statuses).toEqual([200, 200]);
    expect(texts).toHaveLength(2);
    expect(texts.filter(answered)).toHaveLength(1);
    expect(texts.filter((text) => text.includes("Kabupaten Kutai Barat"))).toHaveLength(1);
  });

  it("the same update delivered twice at once is answered once", async () => {
    const update = textUpdate("IKD Berau", { from: user("en") });
    const { statuses, texts } = await deliverConcurrently([update, update], slowly);

    // The copy that finds the first still being handled is asked to come back
    // (503): were the first's process to die, Telegram's retry would process it.
    expect([...statuses].sort()).toEqual([200, 503]);
    expect(texts.map(answered)).toEqual([true]);
  });
});
