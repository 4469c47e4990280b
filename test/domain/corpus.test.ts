// The question corpus: what the parser must understand, one entry per phrasing.
// Each entry is checked against `understand()` with a lexicon built from the
// real seeded reference data (all provinces and regencies, aliases, indicators).

import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { buildLexicon, type Lexicon } from "../../src/domain/lexicon.ts";
import type { Question, Understood } from "../../src/domain/question.ts";
import { understand } from "../../src/domain/understand.ts";
import { seededStore } from "../support/reference.ts";

interface CorpusEntry {
  text: string;
  question: Question;
  /** Absent when the entry does not pin the language down. */
  lang?: Understood["lang"];
}

const corpus: CorpusEntry[] = JSON.parse(
  readFileSync(new URL("../fixtures/questions.json", import.meta.url), "utf8"),
);

/** Every Question kind; a missing or extra key is a type error. */
const KINDS: Record<Question["kind"], true> = {
  value: true,
  overview: true,
  extreme: true,
  ranking: true,
  target: true,
  compare: true,
  profile: true,
  change: true,
  indicators: true,
  regions: true,
  sources: true,
  updated: true,
  help: true,
  rank: true,
  position: true,
  "versus-target": true,
  spread: true,
  define: true,
  howto: true,
  "clarify-region": true,
  "clarify-indicator": true,
  unknown: true,
};

describe("question corpus (fixture)", () => {
  it("has at least 200 entries", () => {
    expect(corpus.length).toBeGreaterThanOrEqual(200);
  });

  it("covers every question kind", () => {
    const seen = new Set(corpus.map((entry) => entry.question.kind));
    expect([...seen].sort()).toEqual(Object.keys(KINDS).sort());
  });

  it("has Indonesian, English and language-neutral entries", () => {
    const langs = new Set(corpus.filter((e) => "lang" in e).map((e) => e.lang));
    expect(langs).toEqual(new Set(["id", "en", null]));
  });
});

describe("understand() on the corpus", () => {
  let lexicon: Lexicon;

  beforeAll(async () => {
    const store = await seededStore();
    lexicon = buildLexicon(store.reference);
    store.client.close();
  });

  for (const entry of corpus) {
    it(JSON.stringify(entry.text), () => {
      const understood = understand(entry.text, lexicon);
      if ("lang" in entry) {
        const { question, lang } = understood;
        expect({ question, lang }).toEqual({ question: entry.question, lang: entry.lang });
      } else {
        expect(understood.question).toEqual(entry.question);
      }
    });
  }
});
