import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runToEnd, startTsx } from "../support/child-process.ts";
import { type FakeBotApi, startFakeBotApi } from "../support/fake-bot-api.ts";
import { TEST_BOT_INFO, TEST_BOT_TOKEN } from "../support/telegram-updates.ts";

let telegram: FakeBotApi;
beforeEach(async () => {
  telegram = await startFakeBotApi(TEST_BOT_TOKEN);
});
afterEach(() => telegram.close());

function cli(args: string[], env: Record<string, string> = {}) {
  const running = startTsx("src/cli/main.ts", args, {
    TELEGRAM_BOT_TOKEN: TEST_BOT_TOKEN,
    TELEGRAM_API_ROOT: telegram.apiRoot,
    ...env,
  });
  return runToEnd(running, 20_000);
}

describe("npm run cli against a Bot API server", () => {
  it("bot-info prints the BOT_INFO line", async () => {
    const { code, output } = await cli(["bot-info"]);

    expect(code).toBe(0);
    expect(output.trim().split("\n")).toHaveLength(1);
    expect(JSON.parse(output)).toEqual(TEST_BOT_INFO);
  });

  it("webhook:set gives Telegram the URL and the secret, and prints neither secret nor token", async () => {
    const secret = "e2e-secret-value";
    const { code, output } = await cli(
      ["webhook:set", "--url", "https://bot.example.org/telegram"],
      {
        WEBHOOK_SECRET: secret,
      },
    );

    expect(code).toBe(0);
    expect(output).toContain("webhook set: https://bot.example.org/telegram");
    expect(output).not.toContain(secret);
    expect(output).not.toContain(TEST_BOT_TOKEN);
    expect(telegram.calls).toMatchObject([
      { method: "setWebhook", payload: { secret_token: secret } },
    ]);
  });

  it("fails with a clear message and no token when Telegram refuses", async () => {
    const { code, output } = await cli(["bot-info"], {
      TELEGRAM_BOT_TOKEN: "999:WRONG-token-for-offline-tests",
    });

    expect(code).toBe(1);
    expect(output).toMatch(/^error: .*getMe.*401/m);
    expect(output).not.toContain("WRONG-token");
  });
});
