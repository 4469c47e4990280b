import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { DEFAULT_FLOOD_LIMIT, FloodCounter } from "../../src/bot/flood-limit.ts";
import type { Engine } from "../../src/domain/engine.ts";
import { pressUpdate, seededEngine, testBot, textUpdate, user } from "./harness.ts";

let engine: Engine;
beforeAll(async () => {
  engine = await seededEngine();
});
afterEach(() => {
  vi.useRealTimers();
});

const SLOW_DOWN = "Terlalu banyak pesan sekaligus. Tunggu sebentar, lalu tanyakan lagi.";

describe("the flood limit", () => {
  it("answers three messages in two seconds, says so once, and drops the rest", async () => {
    const t = testBot(engine, { floodLimit: DEFAULT_FLOOD_LIMIT });
    for (let i = 0; i < 6; i++) await t.send(textUpdate("IKD Berau"));
    const texts = t.sent("sendMessage").map((m) => m.text);
    expect(texts).toHaveLength(4);
    expect(texts.slice(0, 3).every((text) => String(text).includes("1,74%"))).toBe(true);
    expect(texts[3]).toBe(SLOW_DOWN);
  });

  it("holds across bots made per request when they share one counter (a Worker isolate)", async () => {
    const counter = new FloodCounter();
    const perRequest = () =>
      testBot(engine, { floodLimit: DEFAULT_FLOOD_LIMIT }, { floodCounter: counter });
    const bots = Array.from({ length: 5 }, perRequest);
    for (const t of bots) await t.send(textUpdate("IKD Berau"));
    const texts = bots.flatMap((t) => t.sent("sendMessage").map((m) => m.text));
    expect(texts).toHaveLength(4);
    expect(texts[3]).toBe(SLOW_DOWN);
  });

  it("counts each user on their own, and forgets after the window", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const t = testBot(engine, { floodLimit: DEFAULT_FLOOD_LIMIT });
    for (let i = 0; i < 5; i++) await t.send(textUpdate("IKD Berau"));
    await t.send(textUpdate("IKD Berau", { from: user("id", 777) }));
    expect(t.sent("sendMessage")).toHaveLength(5);

    vi.advanceTimersByTime(2001);
    await t.send(textUpdate("IKD Berau"));
    expect(t.sent("sendMessage")).toHaveLength(6);
  });

  it("tells a flood of button presses to slow down without writing in the chat", async () => {
    const t = testBot(engine, { floodLimit: DEFAULT_FLOOD_LIMIT });
    for (let i = 0; i < 4; i++) await t.send(pressUpdate("q:id:i"));
    expect(t.sent("editMessageText")).toHaveLength(3);
    expect(t.sent("answerCallbackQuery").at(-1)).toMatchObject({ text: SLOW_DOWN });
    expect(t.sent("sendMessage")).toEqual([]);
  });

  it("stays silent about a flood in a group", async () => {
    const t = testBot(engine, { floodLimit: DEFAULT_FLOOD_LIMIT });
    for (let i = 0; i < 5; i++) await t.send(textUpdate("/tanya IKD Berau", { chat: "group" }));
    expect(t.sent("sendMessage")).toHaveLength(3);
  });
});

describe("the flood counter", () => {
  it("starts a key again once its window has passed, even behind a key still counting", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const counter = new FloodCounter();
    await counter.incr("long");
    await counter.pexpire("long", 5000);
    await counter.incr("short");
    await counter.pexpire("short", 100);
    expect(await counter.incr("short")).toBe(2);

    vi.advanceTimersByTime(200);
    expect(await counter.incr("short")).toBe(1);
    expect(await counter.incr("long")).toBe(2);

    vi.advanceTimersByTime(5000);
    expect(await counter.incr("long")).toBe(1);
  });
});
