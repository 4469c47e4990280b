// Hostile and odd text from users, and markup in stored names, through the
// real bot over the real seeded store: every reply is Telegram HTML with only
// the renderer's tags, fits in a message, and no text reaches SQL.

import type { Update } from "grammy/types";
import { beforeEach, describe, expect, it } from "vitest";
import { createEngine, type Engine } from "../../src/domain/engine.ts";
import { MESSAGE_LIMIT } from "../../src/domain/split-message.ts";
import { inlineUpdate, type TestBot, testBot, textUpdate } from "../bot/harness.ts";
import { strayMarkup } from "../support/html.ts";
import { type SeededStore, seededStore } from "../support/reference.ts";

let store: SeededStore;
let engine: Engine;
let bot: TestBot;
beforeEach(async () => {
  store = await seededStore();
  engine = createEngine({ facts: store.facts, defaultProvince: "64" });
  bot = testBot(engine);
});

/** The texts of the messages the bot sent in answer to the update. */
async function repliesTo(update: Update): Promise<string[]> {
  const before = bot.sent("sendMessage").length;
  await bot.send(update);
  return bot
    .sent("sendMessage")
    .slice(before)
    .map((message) => String(message.text));
}

/** What every reply must be, whatever it was asked. */
function expectWellFormed(replies: string[]): void {
  expect(replies.length).toBeGreaterThan(0);
  for (const reply of replies) {
    expect(strayMarkup(reply)).toEqual([]);
    expect(reply.length).toBeLessThanOrEqual(MESSAGE_LIMIT);
  }
  expect(bot.errors).toEqual([]);
}

describe("markup typed by a user", () => {
  it.each([
    '<b>IKD</b> <script>alert("x")</script> Berau',
    '<a href="javascript:alert(1)">IKD Berau</a>',
    "</i></b><b onclick=steal()>kutai",
    "*IKD* _Berau_ [klik](https://evil.example) `code`",
    "&lt;b&gt; & IKD Berau &amp;",
    "IKD <Berau",
  ])("%s is answered with only the renderer's markup", async (text) => {
    const replies = await repliesTo(textUpdate(text));

    expectWellFormed(replies);
    expect(replies.join("\n")).not.toMatch(/<script|onclick|javascript:/);
  });
});

describe("markup stored in region and indicator names", () => {
  it("is escaped in answers and in inline results", async () => {
    await store.client.batch([
      `UPDATE regions SET name = 'Kabupaten <b>Berau</b> <script>x()</script> & "co"'
       WHERE code = '64.03'`,
      "UPDATE indicators SET short_id = 'IKD <i>digital</i> <img src=x>' WHERE slug = 'ikd'",
    ]);
    store.facts.invalidate();

    const replies = await repliesTo(textUpdate("IKD 64.03"));
    await bot.send(inlineUpdate("ikd 64.03"));
    const inline = bot.sent("answerInlineQuery")[0]?.results as {
      input_message_content: { message_text: string };
    }[];

    expectWellFormed(replies);
    expect(replies[0]).toContain("&lt;script&gt;x()&lt;/script&gt; &amp;");
    expect(replies[0]).toContain("&lt;img src=x&gt;");
    for (const result of inline) {
      expect(strayMarkup(result.input_message_content.message_text)).toEqual([]);
    }
  });
});

describe("SQL-looking text", () => {
  const tableSizes = async () => {
    const { rows } = await store.client.execute(
      `SELECT (SELECT COUNT(*) FROM regions) AS regions,
              (SELECT COUNT(*) FROM observations) AS observations,
              (SELECT COUNT(*) FROM releases) AS releases`,
    );
    return rows[0];
  };

  // The engine reads words, never SQL: such strings are not understood, or read
  // by the one word they contain that it knows ("regions" lists the regions).
  it.each([
    ["1 OR 1=1", "help"],
    ["' OR ''='", "help"],
    ["xyz' UNION SELECT name FROM sqlite_master --", "unknown"],
    ["'; DROP TABLE regions; --", "regions"],
    ["Berau'); DELETE FROM observations; --", "unknown"],
  ])("%s is read as %s, and every table is intact", async (text, kind) => {
    const before = await tableSizes();

    const replies = await repliesTo(textUpdate(text));

    expectWellFormed(replies);
    expect((await engine.ask(text)).question.kind).toBe(kind);
    expect(await tableSizes()).toEqual(before);
  });
});

describe("odd text", () => {
  it.each([
    ["a 4,096-character question", "IKD Berau ".repeat(410).slice(0, 4096)],
    ["a 4,096-character word", "x".repeat(4096)],
    ["4,096 characters of an ambiguous name", "kutai ".repeat(683).slice(0, 4096)],
    ["an empty message", ""],
    ["whitespace only", " \n\t "],
    ["emoji only", "👍🏽🇮🇩"],
    ["a zero-width space only", "\u200b"],
  ])("%s gets a well-formed answer", async (_, text) => {
    expectWellFormed(await repliesTo(textUpdate(text)));
  });

  it.each([
    ["emoji around it", "🙂 IKD Berau 🙂"],
    ["a zero-width space inside the name", "IKD Be\u200brau"],
    ["zero-width joiners and a BOM", "IKD\u200d \ufeffBerau"],
    ["a right-to-left override", "\u202eIKD Berau"],
  ])("a question with %s is understood", async (_, text) => {
    const replies = await repliesTo(textUpdate(text));

    expectWellFormed(replies);
    expect(replies[0]).toContain("Kabupaten Berau");
    expect(replies[0]).toContain("1,74%");
  });

  it.each([
    ["Arabic", "ما هي نسبة IKD في بيراو؟"],
    ["Hebrew", "מה אחוז IKD בברו?"],
  ])("%s text around an indicator gets that indicator's overview", async (_, text) => {
    const replies = await repliesTo(textUpdate(text));

    expectWellFormed(replies);
    expect(replies[0]).toContain("IKD Kalimantan Timur");
  });
});
