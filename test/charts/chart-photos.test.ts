// Every kind of chart sent as a photo through the real bot, store and
// renderer, with Telegram faked at the HTTP level: the multipart upload is
// read back and its PNG checked (signature, IHDR dimensions, size); the second
// press re-sends Telegram's file_id without drawing again.

import type { Client } from "@libsql/client";
import { beforeAll, describe, expect, it } from "vitest";
import { createBot } from "../../src/bot/create-bot.ts";
import { nodeRendererAssets } from "../../src/charts/node-assets.ts";
import { createPngRenderer } from "../../src/charts/png.ts";
import type { PngRenderer } from "../../src/domain/charts/ports.ts";
import { createEngine, type Engine } from "../../src/domain/engine.ts";
import { createChartFiles } from "../../src/store/chart-files.ts";
import { pressUpdate, textUpdate, user } from "../bot/harness.ts";
import { type BotApiFetch, botApiFetch } from "../support/bot-api-fetch.ts";
import { bumpDataVersion } from "../support/data-version.ts";
import { pngDimensions } from "../support/png.ts";
import { EVERY_RELEASE, seededStore } from "../support/reference.ts";
import { TEST_BOT_INFO, TEST_BOT_TOKEN } from "../support/telegram-updates.ts";

const renderPng = createPngRenderer(nodeRendererAssets);
let client: Client;
let engine: Engine;

beforeAll(async () => {
  const store = await seededStore(EVERY_RELEASE);
  client = store.client;
  engine = createEngine({ facts: store.facts, defaultProvince: "64" });
});

function chartBot() {
  const api: BotApiFetch = botApiFetch();
  let renders = 0;
  const render: PngRenderer = (svg) => {
    renders++;
    return renderPng(svg);
  };
  const bot = createBot(
    {
      token: TEST_BOT_TOKEN,
      botInfo: TEST_BOT_INFO,
      adminUserIds: [],
      floodLimit: false,
      fetch: api.fetch,
    },
    { engine, charts: { files: createChartFiles(client), render } },
  );
  return {
    api,
    renders: () => renders,
    /** Asks, and returns the chart button's data under the reply (undefined when there is none). */
    async ask(text: string, languageCode = "id") {
      await bot.handleUpdate(textUpdate(text, { from: user(languageCode) }));
      const markup = api.sent("sendMessage").at(-1)?.fields.reply_markup as
        | { inline_keyboard: { text: string; callback_data: string }[][] }
        | undefined;
      return markup?.inline_keyboard.flat().find((b) => b.callback_data.startsWith("g:"));
    },
    press: (data: string) => bot.handleUpdate(pressUpdate(data)),
  };
}

describe.each([
  {
    kind: "ranking",
    question: "peringkat KIA",
    shows: ["96,90%", "54,67%", "Target nasional 2024: 60,00%"],
  },
  {
    kind: "comparison",
    question: "KIA Balikpapan vs Kutai Barat",
    shows: ["Kota Balikpapan: <b>96,90%</b>", "Kabupaten Kutai Barat: <b>54,67%</b>"],
  },
  {
    kind: "profile",
    question: "Berau",
    shows: ["IKD: <b>1,74%</b>", "belum tercapai", "Belum ada data: KTP-el"],
  },
  {
    kind: "history",
    question: "KTP-el Kaltim dari tahun ke tahun",
    shows: ["13 Juni 2024: <b>98,75%</b>", "Oktober 2024: <b>99,54%</b>"],
  },
])("the $kind chart", ({ question, shows }) => {
  it("is offered under the reply and sent as a PNG photo with a caption that answers alone", async () => {
    const t = chartBot();
    const button = await t.ask(question);
    expect(button?.text).toBe("📊 Grafik");
    expect(new TextEncoder().encode(button?.callback_data).length).toBeLessThanOrEqual(64);

    await t.press(button?.callback_data as string);
    const [photo] = t.api.sent("sendPhoto");
    const file = photo?.files.photo;
    expect(file?.name).toBe("grafik.png");
    const bytes = file?.bytes as Uint8Array;
    expect(bytes.length).toBeGreaterThan(5_000);
    expect(bytes.length).toBeLessThan(300_000);
    const { width, height } = pngDimensions(bytes);
    expect(width).toBe(800);
    expect(height).toBeGreaterThanOrEqual(200);
    expect(height).toBeLessThanOrEqual(1600);

    const caption = String(photo?.fields.caption);
    expect(caption.length).toBeLessThanOrEqual(1024);
    for (const text of shows) expect(caption).toContain(text);
    expect(caption).toMatch(/Sumber: .+, data per .+\d{4}\./);
    expect(photo?.fields.parse_mode).toBe("HTML");
  });
});

describe("drawing once", () => {
  it("re-sends Telegram's file_id for the same data, and draws again after the data changed", async () => {
    const t = chartBot();
    const button = (await t.ask("IKD Balikpapan vs Berau"))?.callback_data as string;
    await t.press(button);
    await t.press(button);
    const [first, second] = t.api.sent("sendPhoto");
    expect(t.renders()).toBe(1);
    expect(second?.files).toEqual({});
    expect(second?.fields.photo).toBe(`photo-${t.api.calls.indexOf(first as never) + 1}`);
    expect(second?.fields.caption).toBe(first?.fields.caption);

    await client.execute(bumpDataVersion);
    await t.press(button);
    expect(t.renders()).toBe(2);
    expect(t.api.sent("sendPhoto")[2]?.files.photo).toBeDefined();
  });

  it("captions in English for an English question", async () => {
    const t = chartBot();
    const button = await t.ask("rank regencies by IKD", "en");
    expect(button?.text).toBe("📊 Chart");
    await t.press(button?.callback_data as string);
    const caption = String(t.api.sent("sendPhoto")[0]?.fields.caption);
    expect(caption).toContain("Only 2 of 7 regencies have data");
    expect(caption).toContain("Source: DKP3A Provinsi Kalimantan Timur, data as of 13 June 2024.");
  });
});

describe("no chart", () => {
  it("is offered for a single value, or a ranking asked for another time", async () => {
    const t = chartBot();
    expect(await t.ask("IKD Berau")).toBeUndefined();
    expect(await t.ask("peringkat KIA 2022")).toBeUndefined();
  });

  it("is sent for a stale or forged button, which is only acknowledged", async () => {
    const t = chartBot();
    await t.press("g:id:q.r.nope.x.64");
    await t.press("g:xx:q.p.64-03");
    expect(t.api.sent("sendPhoto")).toEqual([]);
    expect(t.api.sent("answerCallbackQuery")).toHaveLength(2);
  });
});
