import type { InlineQueryResultArticle, InputTextMessageContent } from "grammy/types";
import { beforeAll, describe, expect, it } from "vitest";
import type { Engine } from "../../src/domain/engine.ts";
import { EXAMPLES } from "../../src/domain/messages/messages.ts";
import { inlineUpdate, seededEngine, testBot, user } from "./harness.ts";

let engine: Engine;
beforeAll(async () => {
  engine = await seededEngine();
});

async function inlineAnswer(query: string, languageCode = "id") {
  const t = testBot(engine);
  await t.send(inlineUpdate(query, user(languageCode)));
  const [answer] = t.sent("answerInlineQuery");
  const results = answer?.results as InlineQueryResultArticle[];
  const text = (r: InlineQueryResultArticle | undefined) =>
    (r?.input_message_content as InputTextMessageContent | undefined)?.message_text;
  return { answer, results, text };
}

describe("inline mode", () => {
  it("offers the answer, then related answers, cacheable for everyone", async () => {
    const { answer, results, text } = await inlineAnswer("ikd berau");
    expect(answer).toMatchObject({ cache_time: 300, is_personal: false });
    expect(results.map((r) => r.id)).toEqual(["v.ikd.64-03", "o.ikd.64", "p.64-03"]);
    const [main, overview, profile] = results;
    expect(main?.type).toBe("article");
    expect(main?.title).toBe(
      "IKD Kabupaten Berau: 1,74% (terendah di Kalimantan Timur menurut sumber)",
    );
    expect(main?.description).toContain("Sumber: DKP3A");
    expect(main?.input_message_content).toMatchObject({ parse_mode: "HTML" });
    expect(text(main)).toContain("<b>IKD Kabupaten Berau</b>: 1,74%");
    expect(text(overview)).toContain("IKD Kalimantan Timur</b>: 4,48%");
    expect(text(profile)).toContain("<b>Kabupaten Berau</b>");
    for (const r of results) expect(new TextEncoder().encode(r.id).length).toBeLessThanOrEqual(64);
  });

  it("offers one answer per place when a name is ambiguous", async () => {
    const { results } = await inlineAnswer("ikd kutai");
    expect(results.map((r) => r.id)).toEqual(["v.ikd.64-02", "v.ikd.64-07", "v.ikd.64-08"]);
    expect(results[1]?.title).toContain("Kabupaten Kutai Barat");
  });

  it("offers the popular questions for an empty query, in the user's language", async () => {
    const indonesian = await inlineAnswer("");
    expect(indonesian.results.map((r) => r.title)).toEqual(EXAMPLES.id);
    expect(indonesian.text(indonesian.results[1])).toContain("54,67%");
    expect(new Set(indonesian.results.map((r) => r.id)).size).toBe(EXAMPLES.id.length);

    const english = await inlineAnswer("", "en");
    expect(english.results.map((r) => r.title)).toEqual(EXAMPLES.en);
  });

  it("keeps titles and descriptions plain text", async () => {
    const { results } = await inlineAnswer("<b>IKD</b> Berau & Paser");
    expect(results.length).toBeGreaterThan(0);
    for (const r of results) expect(`${r.title} ${r.description}`).not.toMatch(/<\/?b>|&amp;/);
  });
});
