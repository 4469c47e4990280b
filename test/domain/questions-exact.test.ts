// The exact-question corpus: each question is answered exactly, or the reply
// says first which part the data cannot answer. Replies are rendered over the
// real seeded store, and over a "history" store with three more releases
// (a yearly 2023 one with counts, a national value and a region's own target;
// a September 2024 one stating only province values; a semester one from 2022).

import { readFileSync } from "node:fs";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { createEngine, type Engine } from "../../src/domain/engine.ts";
import { buildLexicon, type Lexicon } from "../../src/domain/lexicon.ts";
import type { Question } from "../../src/domain/question.ts";
import type { Lang } from "../../src/domain/types.ts";
import { understand } from "../../src/domain/understand.ts";
import { type SeededStore, seededStore } from "../support/reference.ts";

interface ExactEntry {
  text: string;
  /** "history": the seeded store plus the releases of withHistory(). */
  store?: "history";
  /** The user's Telegram language, used when the text gives no clue. */
  hint?: Lang;
  question?: Question;
  /** The language the reply must be in. */
  lang?: Lang;
  mustContain?: string[];
  mustNotContain?: string[];
}

const corpus: ExactEntry[] = JSON.parse(
  readFileSync(new URL("../fixtures/questions-exact.json", import.meta.url), "utf8"),
);

/** Questions are read on this day: "tahun lalu" is 2025. */
const TODAY = "2026-11-30";

/** Three more published releases and a region's own target, through SQL over the real schema. */
async function withHistory(store: SeededStore): Promise<void> {
  await store.client.batch(
    [
      `INSERT INTO releases (id, as_of, as_of_precision, presented_on, title, source, status, created_at)
       VALUES (910, '2023-12-31', 'year', '2024-01-15', 'Capaian adminduk 2023', 'Disdukcapil Kaltim', 'published', '2024-01-15T00:00:00Z'),
              (911, '2024-09-30', 'month', NULL, 'Capaian September 2024', 'Disdukcapil Kaltim', 'published', '2024-10-05T00:00:00Z'),
              (912, '2022-06-30', 'semester', NULL, 'Capaian semester I 2022', 'Disdukcapil Kaltim', 'published', '2022-07-10T00:00:00Z')`,
      `INSERT INTO observations (release_id, indicator, region_code, value, count)
       VALUES (910, 'kia', '64', 65.1, 512345),
              (910, 'ikd', '64', 1.2, NULL),
              (910, 'ikd', '64.03', 0.5, NULL),
              (910, 'ktp_el', 'ID', 99.1, NULL),
              (910, 'ktp_el', '64.72', 101.3, NULL),
              (910, 'akta_kelahiran', '64', 91.2, NULL),
              (911, 'kia', '64', 75.5, NULL),
              (911, 'ikd', '64', 6.1, NULL),
              (912, 'ikd', '64', 0.2, NULL),
              (912, 'ikd', '64.03', 0.1, NULL)`,
      `INSERT INTO targets (indicator, year, scope, value, source)
       VALUES ('kia', 2023, '64', 70, 'Pemprov Kaltim')`,
    ],
    "write",
  );
  store.facts.invalidate();
}

let engines: Record<"seed" | "history", Engine>;
let lexicon: Lexicon;

beforeAll(async () => {
  const seed = await seededStore();
  const history = await seededStore();
  await withHistory(history);
  lexicon = buildLexicon(seed.reference);
  engines = {
    seed: createEngine({ facts: seed.facts, today: () => TODAY }),
    history: createEngine({ facts: history.facts, today: () => TODAY }),
  };
});

describe("exact-question corpus (fixture)", () => {
  it("has at least 150 entries, each checking the understanding or the reply", () => {
    expect(corpus.length).toBeGreaterThanOrEqual(150);
    for (const entry of corpus) {
      expect(entry.question ?? entry.mustContain ?? entry.mustNotContain).toBeDefined();
    }
  });
});

describe("replies to the exact-question corpus", () => {
  for (const entry of corpus) {
    it(`${entry.store ?? "seed"}: ${JSON.stringify(entry.text)}`, async () => {
      if (entry.question) {
        expect(understand(entry.text, lexicon, { today: TODAY }).question).toEqual(entry.question);
      }
      const reply = await engines[entry.store ?? "seed"].ask(entry.text, entry.hint);
      if (entry.lang) expect(reply.lang).toBe(entry.lang);
      for (const part of entry.mustContain ?? []) expect(reply.html).toContain(part);
      for (const part of entry.mustNotContain ?? []) expect(reply.html).not.toContain(part);
    });
  }
});

/** Leftover words and what a reply must show when it answers them or names them. */
const LEFTOVERS: { words: string; shown: string[] }[] = [
  { words: "Mei 2024", shown: ["Mei 2024"] },
  { words: "tahun 2023", shown: ["2023"] },
  { words: "semester II 2023", shown: ["semester II 2023"] },
  { words: "tahun lalu", shown: ["2025"] },
  { words: "akhir 2023", shown: ["akhir 2023"] },
  { words: "triwulan II 2023", shown: ["triwulan II 2023"] },
  { words: "2 tahun lalu", shown: ["2024"] },
  { words: "end of 2023", shown: ["end of 2023"] },
  { words: "bulan lalu", shown: ["Oktober 2026"] },
  { words: "sejak 2021", shown: ["rilis ke rilis", "2021"] },
  { words: "rata-rata", shown: ["rata-rata"] },
  { words: "secara nasional", shown: ["Indonesia", "“secara nasional”", "target nasional"] },
  { words: "kedua", shown: ["ke-2", "kedua"] },
  { words: "ketiga", shown: ["ke-3", "ketiga"] },
  { words: "berapa orang", shown: ["orang"] },
  { words: "pencetakan", shown: ["pencetakan"] },
  { words: "kartu keluarga", shown: ["Kartu Keluarga"] },
];
const BASES = [
  "IKD Berau",
  "KIA Kaltim",
  "KTP-el Balikpapan",
  "IKD tertinggi",
  "KIA terendah",
  "peringkat KTP-el pemula",
  "IKD Kaltim vs target",
  "data Berau",
];

describe("a leftover qualifier is answered or named", () => {
  it("holds for generated questions", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...BASES),
        fc.constantFrom(...LEFTOVERS),
        fc.boolean(),
        async (base, leftover, before) => {
          const text = before ? `${leftover.words} ${base}` : `${base} ${leftover.words}`;
          const reply = await engines.seed.ask(text);
          expect(leftover.shown.some((s) => reply.html.includes(s))).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });
});
