import { Bot } from "grammy";
import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/domain/engine.ts";
import type { ProcessedUpdates } from "../../src/domain/updates/ports.ts";
import type { ServerOptions } from "../../src/server/create-server.ts";
import type { WebhookBot } from "../../src/server/telegram-route.ts";
import { testBot } from "../bot/harness.ts";
import { type ApiCall, captureApiCalls } from "../support/api-calls.ts";
import { type SeededStore, seededStore } from "../support/reference.ts";
import { privateTextUpdate, TEST_BOT_INFO, TEST_BOT_TOKEN } from "../support/telegram-updates.ts";
import { WEBHOOK_SECRET as SECRET, SECRET_HEADER, webhookApp } from "../support/webhook-app.ts";

const USER = 4242;

interface HarnessOptions extends Partial<ServerOptions> {
  /**
   * Serve a plain grammY bot that runs this before replying "ok", instead of the
   * project's bot, whose error boundary turns every failure into an apology.
   */
  before?: () => Promise<void>;
}

/** The app over a real seeded store and a real grammY bot with captured API calls. */
async function harness({ before, ...options }: HarnessOptions = {}) {
  const store = await seededStore();
  const { bot, calls } = before === undefined ? projectBot(store) : plainBot(before);
  return { ...webhookApp(bot, store, options), calls };
}

function projectBot(store: SeededStore) {
  const engine = createEngine({ facts: store.facts, defaultProvince: "64" });
  return testBot(engine, { webhookMode: true });
}

function plainBot(before: () => Promise<void>): { bot: WebhookBot; calls: ApiCall[] } {
  const bot = new Bot(TEST_BOT_TOKEN, { botInfo: TEST_BOT_INFO });
  bot.use(async (ctx) => {
    await before();
    await ctx.reply("ok");
  });
  return { bot, calls: captureApiCalls(bot) };
}

/** For requests that must be turned away before the de-duplication is consulted. */
const untouchable: ProcessedUpdates = {
  claim: () => Promise.reject(new Error("claim() must not be called")),
  finish: () => Promise.reject(new Error("finish() must not be called")),
  release: () => Promise.reject(new Error("release() must not be called")),
};

const sent = (calls: ApiCall[]) => calls.filter((call) => call.method === "sendMessage");

describe("POST /telegram", () => {
  it("answers a question from Telegram", async () => {
    const { deliver, calls } = await harness();
    const response = await deliver(privateTextUpdate(1, USER, "kabupaten mana KIA terendah?"));

    expect(response.status).toBe(200);
    // Empty, as grammY's webhook adapter answers: Telegram reads only the status.
    expect(await response.text()).toBe("");
    expect(sent(calls)).toHaveLength(1);
    expect(sent(calls)[0]?.payload).toMatchObject({ chat_id: USER, parse_mode: "HTML" });
    expect(sent(calls)[0]?.payload.text).toContain("Kabupaten Kutai Barat");
    expect(sent(calls)[0]?.payload.text).toContain("54,67%");
  });

  it.each([
    ["a missing", undefined],
    ["a wrong", "not-the-secret"],
    ["a prefix of the", SECRET.slice(0, -1)],
  ])(
    "rejects %s secret token with 401 before the store or the bot sees the update",
    async (_, secret) => {
      const { post, seen, calls } = await harness({ updates: untouchable });
      const headers: Record<string, string> =
        secret === undefined ? {} : { [SECRET_HEADER]: secret };
      const response = await post(JSON.stringify(privateTextUpdate(1, USER, "IKD Berau")), headers);

      expect(response.status).toBe(401);
      expect(await response.json()).toEqual({ ok: false, error: "unauthorized" });
      expect(seen).toEqual([]);
      expect(calls).toEqual([]);
    },
  );

  it("checks the secret before the body's size", async () => {
    const { post } = await harness({ maxBodyBytes: 10 });
    const response = await post("x".repeat(1000), { [SECRET_HEADER]: "x" });
    expect(response.status).toBe(401);
  });

  it("processes a redelivered update once and acknowledges the redelivery", async () => {
    const { deliver, calls, seen } = await harness();
    const update = privateTextUpdate(7, USER, "IKD Berau");

    const first = await deliver(update);
    const again = await deliver(update);

    expect(first.status).toBe(200);
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual({ ok: true, duplicate: true });
    expect(seen).toHaveLength(1);
    expect(sent(calls)).toHaveLength(1);
  });

  it("processes two concurrent deliveries of one update once; the other is asked to come back", async () => {
    const { deliver, calls } = await harness();
    const update = privateTextUpdate(8, USER, "IKD Berau");

    const responses = await Promise.all([deliver(update), deliver(update)]);

    // Still being handled when the second came: 503, so Telegram retries, and
    // the update is not lost if the first request's process dies.
    expect(responses.map((r) => r.status).sort()).toEqual([200, 503]);
    expect(sent(calls)).toHaveLength(1);
    const later = await deliver(update);
    expect(await later.json()).toEqual({ ok: true, duplicate: true });
    expect(sent(calls)).toHaveLength(1);
  });

  it("answers a failed update with 500 and processes Telegram's redelivery", async () => {
    let failures = 1;
    const { deliver, calls, errors } = await harness({
      before: async () => {
        if (failures-- > 0) throw new Error("database went away");
      },
    });
    const update = privateTextUpdate(9, USER, "IKD Berau");

    const failed = await deliver(update);
    expect(failed.status).toBe(500);
    expect(await failed.json()).toEqual({ ok: false, error: "update failed" });
    expect(errors).toEqual(["update 9 failed; released for redelivery"]);
    expect(sent(calls)).toHaveLength(0);

    const redelivered = await deliver(update);
    expect(redelivered.status).toBe(200);
    expect(sent(calls)).toHaveLength(1);
  });

  it("answers 503 for an update still running at the deadline, and lets it finish once", async () => {
    let proceed: () => void = () => {};
    const running = new Promise<void>((resolve) => {
      proceed = resolve;
    });
    const { deliver, calls, seen } = await harness({ timeoutMs: 20, before: () => running });
    const update = privateTextUpdate(10, USER, "IKD Berau");

    const slow = await deliver(update);
    expect(slow.status).toBe(503);
    const redelivered = await deliver(update);
    expect(redelivered.status).toBe(503);
    expect(await redelivered.json()).toEqual({ ok: false, error: "still processing" });

    proceed();
    await expect.poll(() => sent(calls).length).toBe(1);
    // Done is recorded as soon as it finishes: Telegram's next retry is acknowledged.
    await expect
      .poll(async () => (await deliver(update)).json())
      .toEqual({ ok: true, duplicate: true });
    expect(seen).toHaveLength(1);
    expect(sent(calls)).toHaveLength(1);
  });

  it("answers 413 to an oversized body", async () => {
    const { deliver, seen } = await harness({ maxBodyBytes: 1024 });
    const update = privateTextUpdate(11, USER, "x".repeat(2048));
    const response = await deliver(update);

    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({ ok: false, error: "payload too large" });
    expect(seen).toEqual([]);
  });

  it("answers 413 from a declared Content-Length over the limit, before reading the body", async () => {
    const { post, seen } = await harness({ maxBodyBytes: 1024, updates: untouchable });
    const body = JSON.stringify(privateTextUpdate(12, USER, "IKD Berau"));
    const response = await post(body, { [SECRET_HEADER]: SECRET, "content-length": "2048" });

    expect(response.status).toBe(413);
    expect(seen).toEqual([]);
  });

  it("processes an update whose declared Content-Length is within the limit", async () => {
    const { post, calls } = await harness({ maxBodyBytes: 1024 });
    const body = JSON.stringify(privateTextUpdate(13, USER, "IKD Berau"));
    const length = String(Buffer.byteLength(body));
    const response = await post(body, { [SECRET_HEADER]: SECRET, "content-length": length });

    expect(response.status).toBe(200);
    expect(sent(calls)).toHaveLength(1);
  });

  it.each([
    ["malformed JSON", "{ not json"],
    ["JSON without an update_id", JSON.stringify({ message: {} })],
    ["a negative update_id", JSON.stringify({ update_id: -1 })],
  ])("answers 400 to %s with the right secret", async (_, body) => {
    const { post, seen } = await harness();
    const response = await post(body, { [SECRET_HEADER]: SECRET });

    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ ok: false, error: "malformed update" });
    expect(seen).toEqual([]);
  });
});
