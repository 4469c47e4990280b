// Places as people write them, read right: names spaced otherwise ("balik
// papan"), the end of a longer name ("paser utara"), a two-word name with a
// typo, regency seats that the reply explains ("Tanjung Redeb (ibu kota
// Kabupaten Berau)"), and English place names that make the reply English.
// Each question is answered end to end over the seeded store; the reply must
// say some things and must never say others.

import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { createEngine, type Engine } from "../../src/domain/engine.ts";
import type { Lang } from "../../src/domain/types.ts";
import { seededStore } from "../support/reference.ts";

interface PlaceQuestion {
  text: string;
  lang: Lang;
  says: string[];
  never: string[];
}

const questions: PlaceQuestion[] = JSON.parse(
  readFileSync(new URL("../fixtures/place-questions.json", import.meta.url), "utf8"),
);

let engine: Engine;
beforeAll(async () => {
  const store = await seededStore();
  engine = createEngine({ facts: store.facts, defaultProvince: "64" });
});

describe("place questions", () => {
  for (const question of questions) {
    it(JSON.stringify(question.text), async () => {
      // Telegram set to Indonesian, as for most users: an English reply comes from the text.
      const reply = await engine.ask(question.text, "id");
      expect(reply.lang).toBe(question.lang);
      for (const part of question.says) expect(reply.html).toContain(part);
      for (const part of question.never) expect(reply.html).not.toContain(part);
    });
  }
});
