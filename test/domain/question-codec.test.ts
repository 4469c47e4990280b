import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Question } from "../../src/domain/question.ts";
import { decodeQuestion, encodeQuestion } from "../../src/domain/question-codec.ts";

const corpus: { question: Question }[] = JSON.parse(
  readFileSync(new URL("../fixtures/questions.json", import.meta.url), "utf8"),
);
type Encodable = Parameters<typeof encodeQuestion>[0];
const encodable = corpus
  .map((e) => e.question)
  .filter(
    (q): q is Encodable => !["clarify-region", "clarify-indicator", "unknown"].includes(q.kind),
  );

describe("question codec", () => {
  it("round-trips every answerable question of the corpus within 64 bytes", () => {
    expect(encodable.length).toBeGreaterThan(100);
    for (const question of encodable) {
      const text = encodeQuestion(question);
      expect(new TextEncoder().encode(text).length).toBeLessThanOrEqual(64);
      expect(decodeQuestion(text)).toEqual(question);
    }
  });

  it("rejects forged or malformed strings", () => {
    for (const bad of [
      "",
      "x",
      "v.ikd",
      "v.IKD.64-03",
      "v.ikd.6403",
      "e.ikd.x.a.64",
      "p.64-03.extra",
      "i.1",
    ]) {
      expect(decodeQuestion(bad)).toBeNull();
    }
    fc.assert(
      fc.property(fc.string({ maxLength: 64 }), (text) => {
        const decoded = decodeQuestion(text);
        if (decoded) expect(decodeQuestion(encodeQuestion(decoded as Encodable))).toEqual(decoded);
      }),
    );
  });
});
