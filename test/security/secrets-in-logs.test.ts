// The bot token, the webhook secret and the database auth token never appear
// in a log line or an error message, even when what fails carries them (a
// network error's message holds the request URL, and Bot API URLs contain the
// token). Everything logged is captured, through the logger and through the
// console, printed as the console would print it, and scanned.

import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inspect } from "node:util";
import { HttpError } from "grammy";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createBot } from "../../src/bot/create-bot.ts";
import { type Config, createConfig, secretsOf } from "../../src/config.ts";
import { createEngine } from "../../src/domain/engine.ts";
import { StoreUnavailable } from "../../src/domain/store-unavailable.ts";
import type { FactsSource } from "../../src/domain/types.ts";
import { redactingLogger } from "../../src/redacting-logger.ts";
import { textUpdate } from "../bot/harness.ts";
import { captureApiCalls } from "../support/api-calls.ts";
import { startFakeBotApi } from "../support/fake-bot-api.ts";
import { seededStore } from "../support/reference.ts";
import { TEST_BOT_INFO } from "../support/telegram-updates.ts";
import { webhookApp } from "../support/webhook-app.ts";
import { startWebhookServer } from "../support/webhook-process.ts";

const TOKEN = "987654:SECRET-bot-token-0123456789abcdef";
const WEBHOOK_SECRET = "SECRET-webhook-secret-0123456789";
const AUTH_TOKEN = "SECRET-database-auth-token-0123456789";
const SECRETS = [TOKEN, encodeURIComponent(TOKEN), WEBHOOK_SECRET, AUTH_TOKEN];

/** Everything printed or handed to a logger during a test, as it would be printed. */
let printed: unknown[][];
beforeEach(() => {
  printed = [];
  for (const method of ["error", "warn", "log", "info", "debug"] as const) {
    vi.spyOn(console, method).mockImplementation((...args) => printed.push(args));
  }
});
afterEach(() => vi.restoreAllMocks());

function printedText(): string {
  return printed.map((args) => inspect(args, { depth: null })).join("\n");
}

function expectNoSecret(text: string): void {
  for (const secret of SECRETS) expect(text).not.toContain(secret);
}

function configWith(apiRoot: string): Config {
  return createConfig({
    TELEGRAM_BOT_TOKEN: TOKEN,
    WEBHOOK_URL: "https://bot.example.org/telegram",
    WEBHOOK_SECRET,
    DATABASE_URL: ":memory:",
    DATABASE_AUTH_TOKEN: AUTH_TOKEN,
    TELEGRAM_API_ROOT: apiRoot,
  });
}

interface WebhookOptions {
  /** The facts source rejects every read with this. */
  factsFailWith?: Error;
  /** Without BOT_INFO, the first update needs getMe. */
  botInfo?: boolean;
}

/**
 * The bot and webhook as the entries compose them (one redacting logger, over
 * the console), with Telegram answered by captureApiCalls.
 */
async function webhookWith(config: Config, options: WebhookOptions = {}) {
  const store = await seededStore();
  const logger = redactingLogger(console, secretsOf(config));
  const { factsFailWith } = options;
  const facts: FactsSource =
    factsFailWith === undefined
      ? store.facts
      : { reference: () => store.facts.reference(), facts: () => Promise.reject(factsFailWith) };
  const bot = createBot(
    {
      token: TOKEN,
      apiRoot: config.apiRoot,
      botInfo: options.botInfo === false ? undefined : TEST_BOT_INFO,
      adminUserIds: [],
      webhookMode: true,
    },
    { engine: createEngine({ facts, defaultProvince: "64" }), logger },
  );
  captureApiCalls(bot);
  const web = webhookApp(bot, store, { webhookSecret: WEBHOOK_SECRET, logger });
  return { bot, deliver: () => web.deliver(textUpdate("IKD Berau"), WEBHOOK_SECRET) };
}

/** A network failure as grammY reports it: the cause's message holds the request URL. */
function networkFailure(config: Config, method: string, token = TOKEN): HttpError {
  const url = `${config.apiRoot}/bot${token}/${method}`;
  return new HttpError(
    `Network request for '${method}' failed!`,
    new Error(`request to ${url} failed, reason: socket hang up`),
  );
}

describe.each([
  ["the official Bot API", "https://api.telegram.org"],
  ["a self-hosted Bot API under a path", "http://127.0.0.1:8081/telegram-api/"],
])("with %s, secrets stay out of the logs", (_, apiRoot) => {
  const config = configWith(apiRoot);

  it("when a reply fails with the token in the error, plain or URL-encoded", async () => {
    const { bot, deliver } = await webhookWith(config);
    bot.api.config.use(async (prev, method, payload, signal) => {
      if (method !== "sendMessage") return prev(method, payload, signal);
      const failure = networkFailure(config, method, encodeURIComponent(TOKEN));
      failure.cause = networkFailure(config, method);
      throw failure;
    });

    expect((await deliver()).status).toBe(200);
    expect(printedText()).toContain("update failed");
    expectNoSecret(printedText());
  });

  it("when getMe fails outside the bot's error boundary", async () => {
    const { bot, deliver } = await webhookWith(config, { botInfo: false });
    // Not an HttpError, which bot.init would retry until it succeeds.
    bot.api.config.use(async () => {
      throw new Error(`getMe refused by ${config.apiRoot}/bot${TOKEN}/getMe`, {
        cause: networkFailure(config, "getMe"),
      });
    });

    const response = await deliver();

    expect(response.status).toBe(500);
    expect(printedText()).toContain("released for redelivery");
    expectNoSecret(printedText() + (await response.text()));
  });

  it("when the store fails with its credentials in the error", async () => {
    const leaky = new Error(
      `connect to libsql://db.example?authToken=${AUTH_TOKEN} failed (secret ${WEBHOOK_SECRET})`,
    );

    for (const error of [leaky, new StoreUnavailable(leaky)]) {
      const { deliver } = await webhookWith(config, { factsFailWith: error });
      const response = await deliver();
      expectNoSecret(await response.text());
    }

    expect(printedText()).toContain("update failed");
    expect(printedText()).toContain("store unavailable");
    expectNoSecret(printedText());
  });
});

describe("configuration errors", () => {
  it.each([
    ["TELEGRAM_BOT_TOKEN", { TELEGRAM_BOT_TOKEN: "LEAKED-not-a-token" }],
    ["WEBHOOK_SECRET", { WEBHOOK_SECRET: "LEAKED with spaces!" }],
    ["DATABASE_URL", { DATABASE_URL: "postgres://admin:LEAKED-password@db" }],
    ["DATABASE_AUTH_TOKEN", { DATABASE_AUTH_TOKEN: "   " }],
    ["BOT_INFO.id", { BOT_INFO: '{"id":"LEAKED","is_bot":true,"username":"b","first_name":"B"}' }],
  ])("name %s and never echo its value", (name, env) => {
    expect(() => createConfig(env)).toThrow(`Invalid configuration: ${name}:`);
    expect(() => createConfig(env)).not.toThrow("LEAKED");
  });
});

describe("npm start serving a webhook", () => {
  it("logs failures of Telegram without the token, the secret or the auth token", async () => {
    const telegram = await startFakeBotApi(TOKEN);
    const dir = await mkdtemp(join(tmpdir(), "tanya-secrets-"));
    const server = await startWebhookServer({
      token: TOKEN,
      secret: WEBHOOK_SECRET,
      apiRoot: telegram.apiRoot,
      databaseUrl: `file:${join(dir, "secrets.db")}`,
      env: { DATABASE_AUTH_TOKEN: AUTH_TOKEN },
      readyWithinMs: 20_000,
    });
    try {
      // No BOT_INFO: the first delivery needs getMe, which fails outside the bot's error
      // boundary; the redelivery gets through to a reply, whose connection drops.
      telegram.injectFaults("getMe", { status: 401, description: "Unauthorized" });
      telegram.injectFaults("sendMessage", { drop: true });
      const update = JSON.stringify(textUpdate("IKD Berau"));
      const deliver = () =>
        fetch(`${server.origin}/telegram`, {
          method: "POST",
          headers: {
            "content-type": "application/json",
            "X-Telegram-Bot-Api-Secret-Token": WEBHOOK_SECRET,
          },
          body: update,
        });

      const withoutGetMe = await deliver();
      const withoutReply = await deliver();

      expect([withoutGetMe.status, withoutReply.status]).toEqual([500, 200]);
      expect(server.output()).toContain("released for redelivery");
      expect(server.output()).toContain("update failed");
      expectNoSecret(server.output());
    } finally {
      await server.stop();
      await telegram.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
