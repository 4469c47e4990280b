// The Node server's Bot API transport, against the fake Bot API over real
// HTTP: whatever Telegram answers must reach grammY as it would through its
// default fetch (results, Telegram's errors, network failures, timeouts), and
// uploads still go out as files.

import { Bot, GrammyError, HttpError, InputFile } from "grammy";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { botApiFetch } from "../src/bot-api-http.ts";
import { type FakeBotApi, startFakeBotApi } from "./support/fake-bot-api.ts";
import { freePort } from "./support/free-port.ts";
import { TEST_BOT_INFO, TEST_BOT_TOKEN } from "./support/telegram-updates.ts";

let telegram: FakeBotApi;
beforeAll(async () => {
  telegram = await startFakeBotApi(TEST_BOT_TOKEN);
});
afterAll(() => telegram.close());

function botAt(apiRoot: string, timeoutSeconds = 5) {
  return new Bot(TEST_BOT_TOKEN, {
    botInfo: TEST_BOT_INFO,
    client: { apiRoot, timeoutSeconds, fetch: botApiFetch() },
  });
}

describe("Bot API calls over node:http", () => {
  it("sends the payload as JSON and hands back Telegram's result", async () => {
    const bot = botAt(telegram.apiRoot);
    const text = "IKD Kabupaten Berau: 1,74% — ✓";
    const sent = await bot.api.sendMessage(42, text, {
      parse_mode: "HTML",
      reply_markup: { inline_keyboard: [[{ text: "Peringkat", callback_data: "q:id:r" }]] },
    });
    expect(sent.text).toBe(text);
    const call = telegram.calls.at(-1);
    expect(call?.method).toBe("sendMessage");
    expect(call?.payload).toMatchObject({ chat_id: 42, text, parse_mode: "HTML" });
  });

  it("turns Telegram's error answers into grammY's errors, with the description", async () => {
    const bot = botAt(telegram.apiRoot);
    telegram.injectFaults("sendMessage", {
      status: 403,
      description: "Forbidden: bot was blocked",
    });
    const failure = await bot.api.sendMessage(42, "x").catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(GrammyError);
    expect((failure as GrammyError).error_code).toBe(403);
    expect((failure as GrammyError).description).toContain("blocked");
  });

  it("reports a connection dropped without an answer, and a root nobody listens on, as network failures", async () => {
    const bot = botAt(telegram.apiRoot);
    telegram.injectFaults("sendMessage", { drop: true });
    await expect(bot.api.sendMessage(42, "x")).rejects.toBeInstanceOf(HttpError);
    const nobody = botAt(`http://127.0.0.1:${await freePort()}`);
    await expect(nobody.api.sendMessage(42, "x")).rejects.toBeInstanceOf(HttpError);
  });

  it("gives up on a call that outlives the timeout, and the next call goes through", async () => {
    const bot = botAt(telegram.apiRoot, 1);
    telegram.injectFaults("sendMessage", { delayMs: 5_000 });
    const failure = await bot.api.sendMessage(42, "late").catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(HttpError);
    expect(String((failure as HttpError).error)).toMatch(/timed out/);
    await expect(bot.api.sendMessage(42, "on time")).resolves.toMatchObject({ text: "on time" });
  });

  it("uploads a file as multipart, through the platform's fetch", async () => {
    const bot = botAt(telegram.apiRoot);
    const bytes = new Uint8Array([137, 80, 78, 71]);
    await bot.api.sendPhoto(42, new InputFile(bytes, "grafik.png"), { caption: "Grafik" });
    const call = telegram.calls.at(-1);
    expect(call?.method).toBe("sendPhoto");
    expect(call?.payload).toMatchObject({ chat_id: 42, caption: "Grafik" });
    expect(Object.values(call?.files ?? {}).map((file) => [...file.bytes])).toEqual([[...bytes]]);
  });
});
