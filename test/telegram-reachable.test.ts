// Start-up's first call to Telegram: retried with a line per failure while the
// Bot API cannot be reached, for a bounded time; a refusal fails at once.
// The clock and the pauses are faked: nothing waits for real.

import { GrammyError, HttpError } from "grammy";
import { describe, expect, it } from "vitest";
import { untilTelegramAnswers } from "../src/telegram-reachable.ts";

const API_ROOT = "http://127.0.0.1:9";

function fakeTime() {
  let clock = 0;
  const pauses: number[] = [];
  return {
    pauses,
    /** A try that waits out its timeout. */
    spend: (ms: number) => {
      clock += ms;
    },
    now: () => clock,
    sleep: async (ms: number) => {
      pauses.push(ms);
      clock += ms;
    },
  };
}

function refusedConnection(): HttpError {
  const cause = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:9"), {
    code: "ECONNREFUSED",
  });
  return new HttpError("Network request for 'setMyCommands' failed!", cause);
}

describe("untilTelegramAnswers", () => {
  it("says so at each failure and goes on once Telegram answers", async () => {
    const time = fakeTime();
    const lines: string[] = [];
    let calls = 0;
    await untilTelegramAnswers(
      async () => {
        if (++calls < 3) throw refusedConnection();
      },
      { apiRoot: API_ROOT, waitSeconds: 60, log: (line) => lines.push(line), ...time },
    );
    expect(calls).toBe(3);
    expect(time.pauses).toEqual([1000, 2000]);
    expect(lines).toEqual([
      `cannot reach the Telegram Bot API at ${API_ROOT} (ECONNREFUSED); trying again in 1 s (for up to 60 s in all)`,
      `cannot reach the Telegram Bot API at ${API_ROOT} (ECONNREFUSED); trying again in 2 s (for up to 60 s in all)`,
      `Telegram Bot API at ${API_ROOT} answered`,
    ]);
  });

  it("gives up once the wait is spent, naming TELEGRAM_API_ROOT", async () => {
    const time = fakeTime();
    const timeout = new HttpError(
      "Network request for 'setMyCommands' failed!",
      new DOMException("The operation was aborted due to timeout", "TimeoutError"),
    );
    const attempt = untilTelegramAnswers(
      async () => {
        time.spend(10_000);
        throw timeout;
      },
      { apiRoot: API_ROOT, waitSeconds: 30, log: () => {}, ...time },
    );
    await expect(attempt).rejects.toThrow(
      `cannot reach the Telegram Bot API at ${API_ROOT} (no answer within 10 s) after 3 tries: check the network, or TELEGRAM_API_ROOT`,
    );
    // Tries of 10 s each: 10 + 1 + 10 + 2 = 23 s, then 33 s: past 30.
    expect(time.pauses).toEqual([1000, 2000]);
  });

  it("fails at once when Telegram refuses the token", async () => {
    const time = fakeTime();
    const unauthorized = new GrammyError(
      "Call to 'setMyCommands' failed!",
      { ok: false, error_code: 401, description: "Unauthorized" },
      "setMyCommands",
      {},
    );
    await expect(
      untilTelegramAnswers(
        async () => {
          throw unauthorized;
        },
        { apiRoot: API_ROOT, waitSeconds: 60, log: () => {}, ...time },
      ),
    ).rejects.toThrow(
      "Telegram refused the bot token (401 Unauthorized): check TELEGRAM_BOT_TOKEN",
    );
    expect(time.pauses).toEqual([]);
  });
});
