// Properties over generated input: any text gets an answer or a "not
// understood", never a throw; nothing the user typed comes back unescaped;
// every number shown is a stored value, a target, or a difference of two.

import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { createEngine, type Engine } from "../../src/domain/engine.ts";
import { percent, points } from "../../src/domain/format.ts";
import type { Lang } from "../../src/domain/types.ts";
import { strayMarkup } from "../support/html.ts";
import { seededStore } from "../support/reference.ts";

let engine: Engine;
let allowedNumbers: Record<Lang, Set<string>>;

beforeAll(async () => {
  const store = await seededStore();
  engine = createEngine({ facts: store.facts });
  const { rows: observed } = await store.client.execute("SELECT value FROM observations");
  const { rows: targets } = await store.client.execute("SELECT value FROM targets");
  const stored = [...observed, ...targets].map((row) => Number(row.value));
  const differences = stored.flatMap((a) => stored.map((b) => a - b));
  allowedNumbers = {
    id: new Set([
      ...stored.map((v) => percent(v, "id")),
      ...differences.map((d) => points(d, "id")),
    ]),
    en: new Set([
      ...stored.map((v) => percent(v, "en")),
      ...differences.map((d) => points(d, "en")),
    ]),
  };
});

const words = [
  "ikd",
  "kia",
  "ktp-el",
  "pemula",
  "berau",
  "kutai",
  "balikpapan",
  "kaltim",
  "tertinggi",
  "terendah",
  "target",
  "vs",
  "peringkat",
  "bandung",
  "64.03",
  "kota",
  "kabupaten",
  "brau",
  "what",
  "is",
  "the",
  "lowest",
  "compare",
  "dan",
  "perubahan",
  "<b>",
  "&amp;",
  "'; DROP TABLE",
];
const questionish = fc
  .array(fc.oneof(fc.constantFrom(...words), fc.string({ maxLength: 8 })), { maxLength: 8 })
  .map((parts) => parts.join(" "));
const anyText = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.string({ unit: "binary", maxLength: 100 }),
  questionish,
);

/** Numbers in a reply: "98,75%" and "25,52" style decimals. */
function shownNumbers(html: string): string[] {
  return html.match(/\d+[.,]\d\d%?/g) ?? [];
}

describe("the engine on generated input", () => {
  it("answers any text without throwing, in valid-looking HTML", async () => {
    await fc.assert(
      fc.asyncProperty(anyText, fc.constantFrom<Lang>("id", "en"), async (text, lang) => {
        const reply = await engine.ask(text, lang);
        expect(reply.html.length).toBeGreaterThan(0);
        // Only the renderer's own tags: anything the user typed is escaped.
        expect(strayMarkup(reply.html)).toEqual([]);
      }),
      { numRuns: 1000 },
    );
  });

  it("shows only numbers that come from the store", async () => {
    await fc.assert(
      fc.asyncProperty(questionish, async (text) => {
        const reply = await engine.ask(text);
        for (const n of shownNumbers(reply.html)) expect(allowedNumbers[reply.lang]).toContain(n);
      }),
      { numRuns: 500 },
    );
  });

  it("escapes HTML the user typed, including in a question it echoes back", async () => {
    const reply = await engine.ask('<script>alert("x")</script> & <b>cuaca</b> kutai');
    expect(reply.html).not.toContain("<script>");
    expect(reply.html).not.toContain('"x"');
  });
});
