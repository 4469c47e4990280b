import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { botInfo } from "../../src/cli/bot-info.ts";
import type { CommandContext } from "../../src/cli/command.ts";
import { webhookDelete } from "../../src/cli/webhook-delete.ts";
import { webhookInfo } from "../../src/cli/webhook-info.ts";
import { webhookSet } from "../../src/cli/webhook-set.ts";
import { type FakeBotApi, startFakeBotApi } from "../support/fake-bot-api.ts";
import { TEST_BOT_INFO, TEST_BOT_TOKEN } from "../support/telegram-updates.ts";

const SECRET = "cli-test-secret-value";
const URL = "https://bot.example.org/telegram";

let telegram: FakeBotApi;
beforeEach(async () => {
  telegram = await startFakeBotApi(TEST_BOT_TOKEN);
});
afterEach(() => telegram.close());

function context(args: string[] = [], env: Record<string, string> = {}): CommandContext {
  return {
    database: { url: ":memory:" },
    env: {
      TELEGRAM_BOT_TOKEN: TEST_BOT_TOKEN,
      TELEGRAM_API_ROOT: telegram.apiRoot,
      WEBHOOK_SECRET: SECRET,
      ...env,
    },
    args,
    log: () => {},
  };
}

function expectNoSecrets(output: string): void {
  expect(output).not.toContain(SECRET);
  expect(output).not.toContain(TEST_BOT_TOKEN.split(":")[1]);
}

describe("webhook:set", () => {
  it("sets the webhook from WEBHOOK_URL with the secret and the bot's update kinds", async () => {
    const output = await webhookSet(context([], { WEBHOOK_URL: URL }));

    expect(telegram.calls).toEqual([
      {
        method: "setWebhook",
        payload: {
          url: URL,
          secret_token: SECRET,
          allowed_updates: ["message", "callback_query", "inline_query", "my_chat_member"],
          drop_pending_updates: false,
        },
      },
    ]);
    expect(output).toBe(
      `webhook set: ${URL} (updates: message, callback_query, inline_query, my_chat_member)`,
    );
    expectNoSecrets(output);
  });

  it("takes --url over WEBHOOK_URL and can drop pending updates", async () => {
    const other = "https://other.example.org/telegram";
    const output = await webhookSet(
      context(["--url", other, "--drop-pending-updates"], { WEBHOOK_URL: URL }),
    );

    expect(telegram.calls[0]?.payload).toMatchObject({ url: other, drop_pending_updates: true });
    expect(output).toContain("pending updates dropped");
  });

  it("refuses without a URL or without a secret, before calling Telegram", async () => {
    await expect(webhookSet(context())).rejects.toThrow("WEBHOOK_URL");
    await expect(webhookSet(context(["--url", URL], { WEBHOOK_SECRET: "" }))).rejects.toThrow(
      "WEBHOOK_SECRET is not set",
    );
    expect(telegram.calls).toEqual([]);
  });

  it("refuses an address that is not HTTPS, before calling Telegram", async () => {
    await expect(webhookSet(context(["--url", "http://bot.example.org/telegram"]))).rejects.toThrow(
      "the webhook URL must start with https://",
    );
    await expect(
      webhookSet(context([], { WEBHOOK_URL: "http://bot.example.org/telegram" })),
    ).rejects.toThrow("https://");
    await expect(webhookSet(context(["--url", "bot.example.org/telegram"]))).rejects.toThrow(
      "not a URL",
    );
    expect(telegram.calls).toEqual([]);
  });

  it("rejects an unknown option", async () => {
    await expect(webhookSet(context(["--urll", URL]))).rejects.toThrow("--urll");
  });
});

describe("webhook:info and webhook:delete", () => {
  it("show the webhook Telegram has, then remove it", async () => {
    await webhookSet(context(["--url", URL]));

    const info = JSON.parse(await webhookInfo(context()));
    expect(info).toMatchObject({ url: URL, pending_update_count: 0 });

    expect(await webhookDelete(context(["--drop-pending-updates"]))).toBe(
      "webhook deleted; pending updates dropped",
    );
    expect(telegram.calls.at(-1)).toEqual({
      method: "deleteWebhook",
      payload: { drop_pending_updates: true },
    });
    expect(JSON.parse(await webhookInfo(context()))).toMatchObject({ url: "" });
  });
});

describe("bot-info", () => {
  it("prints getMe as one line of JSON, ready for the BOT_INFO var", async () => {
    const output = await botInfo(context());

    expect(output).not.toContain("\n");
    expect(JSON.parse(output)).toEqual(TEST_BOT_INFO);
    expectNoSecrets(output);
  });

  it("needs a token", async () => {
    await expect(botInfo(context([], { TELEGRAM_BOT_TOKEN: "" }))).rejects.toThrow(
      "TELEGRAM_BOT_TOKEN is not set",
    );
  });
});
