import { beforeAll, describe, expect, it } from "vitest";
import type { Engine } from "../../src/domain/engine.ts";
import { TEST_BOT_TOKEN } from "../support/telegram-updates.ts";
import { pressUpdate, seededEngine, testBot, textUpdate, user } from "./harness.ts";

let engine: Engine;
beforeAll(async () => {
  engine = await seededEngine();
});

/** An engine whose store is down, with an error that (as network errors may) names the token. */
function failingEngine(): Engine {
  const fail = async (): Promise<never> => {
    throw new Error(`request to https://api.example/bot${TEST_BOT_TOKEN}/x failed`);
  };
  return { ...engine, ask: fail, answer: fail };
}

describe("a failing update", () => {
  it("is logged without the token, and the user gets an apology in their language", async () => {
    const t = testBot(failingEngine());
    await expect(t.send(textUpdate("IKD Berau", { from: user("en") }))).resolves.toBeUndefined();

    expect(t.sent("sendMessage").map((m) => m.text)).toEqual([
      "Sorry, something went wrong while answering. Please try again shortly.",
    ]);
    expect(t.errors.map((e) => e.message)).toEqual(["update failed"]);
    const logged = JSON.stringify(t.errors);
    expect(logged).toContain("failed");
    expect(logged).not.toContain(TEST_BOT_TOKEN);
  });

  it("answers a failed button press with the apology as a notice", async () => {
    const t = testBot(failingEngine());
    await t.send(pressUpdate("q:id:i"));
    expect(t.calls.map((c) => c.method)).toEqual(["answerCallbackQuery"]);
    expect(t.sent("answerCallbackQuery")[0]?.text).toContain("Maaf");
  });

  it("survives when even the apology cannot be sent, and keeps answering", async () => {
    const t = testBot(engine);
    let telegramDown = true;
    t.bot.api.config.use(async (prev, method, payload, signal) =>
      telegramDown
        ? { ok: false, error_code: 400, description: "Bad Request: chat not found" }
        : prev(method, payload, signal),
    );
    await t.send(textUpdate("IKD Berau"));
    expect(t.errors.map((e) => e.message)).toEqual(["update failed", "apology failed"]);

    telegramDown = false;
    await t.send(textUpdate("IKD Berau"));
    expect(t.sent("sendMessage")[0]?.text).toContain("1,74%");
  });
});
