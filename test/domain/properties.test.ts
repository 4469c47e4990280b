// Properties over generated input: any text gets an answer or a "not
// understood", never a throw; nothing the user typed comes back unescaped;
// every number shown is a stored value, a target, or a difference of two; the
// import parsers report problems, never throw. Small runs: the fuzz benchmark
// (`npm run bench -- fuzz`) runs the same generators over 100,000 inputs.

import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { createEngine, type Engine } from "../../src/domain/engine.ts";
import { percent, points } from "../../src/domain/format.ts";
import { parseCsv } from "../../src/domain/import/csv.ts";
import { parsePressRelease } from "../../src/domain/import/press-release.ts";
import { buildLexicon, type Lexicon } from "../../src/domain/lexicon.ts";
import type { Lang } from "../../src/domain/types.ts";
import { anyText, csvText, pressReleaseText, questionish } from "../support/arbitraries.ts";
import { strayMarkup } from "../support/html.ts";
import { seededStore } from "../support/reference.ts";

let engine: Engine;
let lexicon: Lexicon;
let allowedNumbers: Record<Lang, Set<string>>;

beforeAll(async () => {
  const store = await seededStore();
  engine = createEngine({ facts: store.facts });
  lexicon = buildLexicon(store.reference);
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

describe("the import parsers on generated input", () => {
  it("read any CSV into rows or numbered problems, all or nothing", async () => {
    await fc.assert(
      fc.asyncProperty(csvText, async (text) => {
        const { observations, problems } = await parseCsv(text, lexicon);
        expect(observations.length === 0 || problems.length === 0).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("read any press release into what it states, or problems, without throwing", () => {
    fc.assert(
      fc.property(pressReleaseText, (text) => {
        const parsed = parsePressRelease(text, lexicon);
        // Values are kept as stated (above 100 too), each with the sentence it came from.
        for (const { value, evidence } of parsed.observations) {
          expect(value).toBeGreaterThanOrEqual(0);
          expect(value).toBeLessThan(1000);
          expect(evidence.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 300 },
    );
  });
});
