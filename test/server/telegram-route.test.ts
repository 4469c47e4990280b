import { Bot } from "grammy";
import type { Update } from "grammy/types";
import type { Hono } from "hono";
import { describe, expect, it } from "vitest";
import { createBot } from "../../src/bot/create-bot.ts";
import { createEngine } from "../../src/domain/engine.ts";
import { createServer, type ServerOptions } from "../../src/server/create-server.ts";
import type { ProcessedUpdates } from "../../src/server/processed-updates.ts";
import type { WebhookBot } from "../../src/server/telegram-route.ts";
import { createHealthCheck } from "../../src/store/health-check.ts";
import { createProcessedUpdates } from "../../src/store/processed-updates.ts";
import { type ApiCall, captureApiCalls } from "../support/api-calls.ts";
import { seededStore } from "../support/reference.ts";
import { privateTextUpdate, TEST_BOT_INFO, TEST_BOT_TOKEN } from "../support/telegram-updates.ts";

const SECRET = "test-webhook-secret_123";
const USER = 4242;

interface Harness {
  app: Hono;
  calls: ApiCall[];
  /** Updates the server handed to the bot. */
  seen: Update[];
  errors: string[];
}

interface HarnessOptions extends Partial<ServerOptions> {
  /**
   * Serve a plain grammY bot that runs this before replying "ok", instead of the
   * project's bot, whose error boundary turns every failure into an apology.
   */
  before?: () => Promise<void>;
}

/** The app over a real seeded store and a real grammY bot with captured API calls. */
async function harness({ before, ...options }: HarnessOptions = {}): Promise<Harness> {
  const store = await seededStore();
  const engine = createEngine({ facts: store.facts, defaultProvince: "64" });
  let bot: WebhookBot;
  let calls: ApiCall[];
  if (before === undefined) {
    const projectBot = createBot(
      { token: TEST_BOT_TOKEN, botInfo: TEST_BOT_INFO, adminUserIds: [], webhookMode: true },
      { engine },
    );
    calls = captureApiCalls(projectBot);
    bot = projectBot;
  } else {
    const plainBot = new Bot(TEST_BOT_TOKEN, { botInfo: TEST_BOT_INFO });
    plainBot.use(async (ctx) => {
      await before();
      await ctx.reply("ok");
    });
    calls = captureApiCalls(plainBot);
    bot = plainBot;
  }
  const seen: Update[] = [];
  const errors: string[] = [];
  const app = createServer({
    bot: {
      init: (signal) => bot.init(signal),
      handleUpdate: (update, envelope) => {
        seen.push(update);
        return bot.handleUpdate(update, envelope);
      },
    },
    webhookSecret: SECRET,
    updates: createProcessedUpdates(store.client),
    health: createHealthCheck(store.client),
    logger: { error: (message) => errors.push(message) },
    ...options,
  });
  return { app, calls, seen, errors };
}

function post(app: Hono, body: string, headers: Record<string, string> = {}): Promise<Response> {
  return Promise.resolve(
    app.request("/telegram", {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body,
    }),
  );
}

function deliver(app: Hono, update: Update, secret = SECRET): Promise<Response> {
  return post(app, JSON.stringify(update), { "X-Telegram-Bot-Api-Secret-Token": secret });
}

/** For requests that must be turned away before the de-duplication is consulted. */
const untouchable: ProcessedUpdates = {
  claim: () => Promise.reject(new Error("claim() must not be called")),
  release: () => Promise.reject(new Error("release() must not be called")),
};

const sent = (calls: ApiCall[]) => calls.filter((call) => call.method === "sendMessage");

describe("POST /telegram", () => {
  it("answers a question from Telegram", async () => {
    const { app, calls } = await harness();
    const response = await deliver(app, privateTextUpdate(1, USER, "kabupaten mana KIA terendah?"));

    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true });
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
      const { app, seen, calls } = await harness({ updates: untouchable });
      const headers: Record<string, string> =
        secret === undefined ? {} : { "X-Telegram-Bot-Api-Secret-Token": secret };
      const response = await post(
        app,
        JSON.stringify(privateTextUpdate(1, USER, "IKD Berau")),
        headers,
      );

      expect(response.status).toBe(401);
      expect(await response.json()).toEqual({ ok: false, error: "unauthorized" });
      expect(seen).toEqual([]);
      expect(calls).toEqual([]);
    },
  );

  it("checks the secret before the body's size", async () => {
    const { app } = await harness({ maxBodyBytes: 10 });
    const response = await post(app, "x".repeat(1000), { "X-Telegram-Bot-Api-Secret-Token": "x" });
    expect(response.status).toBe(401);
  });

  it("processes a redelivered update once and acknowledges the redelivery", async () => {
    const { app, calls, seen } = await harness();
    const update = privateTextUpdate(7, USER, "IKD Berau");

    const first = await deliver(app, update);
    const again = await deliver(app, update);

    expect(first.status).toBe(200);
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual({ ok: true, duplicate: true });
    expect(seen).toHaveLength(1);
    expect(sent(calls)).toHaveLength(1);
  });

  it("processes two concurrent deliveries of one update once", async () => {
    const { app, calls } = await harness();
    const update = privateTextUpdate(8, USER, "IKD Berau");

    const responses = await Promise.all([deliver(app, update), deliver(app, update)]);

    expect(responses.map((r) => r.status)).toEqual([200, 200]);
    expect(sent(calls)).toHaveLength(1);
  });

  it("answers a failed update with 500 and processes Telegram's redelivery", async () => {
    let failures = 1;
    const { app, calls, errors } = await harness({
      before: async () => {
        if (failures-- > 0) throw new Error("database went away");
      },
    });
    const update = privateTextUpdate(9, USER, "IKD Berau");

    const failed = await deliver(app, update);
    expect(failed.status).toBe(500);
    expect(await failed.json()).toEqual({ ok: false, error: "update failed" });
    expect(errors).toEqual(["update 9 failed; released for redelivery"]);
    expect(sent(calls)).toHaveLength(0);

    const redelivered = await deliver(app, update);
    expect(redelivered.status).toBe(200);
    expect(sent(calls)).toHaveLength(1);
  });

  it("answers 503 for an update still running at the deadline, and lets it finish once", async () => {
    let proceed: () => void = () => {};
    const running = new Promise<void>((resolve) => {
      proceed = resolve;
    });
    const { app, calls, seen } = await harness({ timeoutMs: 20, before: () => running });
    const update = privateTextUpdate(10, USER, "IKD Berau");

    const slow = await deliver(app, update);
    expect(slow.status).toBe(503);
    const redelivered = await deliver(app, update);
    expect(await redelivered.json()).toEqual({ ok: true, duplicate: true });

    proceed();
    await expect.poll(() => sent(calls).length).toBe(1);
    expect(seen).toHaveLength(1);
  });

  it("answers 413 to an oversized body", async () => {
    const { app, seen } = await harness({ maxBodyBytes: 1024 });
    const update = privateTextUpdate(11, USER, "x".repeat(2048));
    const response = await deliver(app, update);

    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({ ok: false, error: "payload too large" });
    expect(seen).toEqual([]);
  });

  it.each([
    ["malformed JSON", "{ not json"],
    ["JSON without an update_id", JSON.stringify({ message: {} })],
    ["a negative update_id", JSON.stringify({ update_id: -1 })],
  ])("answers 400 to %s with the right secret", async (_, body) => {
    const { app, seen } = await harness();
    const response = await post(app, body, { "X-Telegram-Bot-Api-Secret-Token": SECRET });

    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ ok: false, error: "malformed update" });
    expect(seen).toEqual([]);
  });
});
