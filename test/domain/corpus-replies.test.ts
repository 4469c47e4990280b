// Every reply the engine gives to the question corpora, pinned byte for byte:
// each text asked with an Indonesian and an English language hint, over the
// release the tests assert against and over every shipped release, read on a
// fixed day. Work on the engine's speed must leave these replies unchanged;
// a deliberate change of wording regenerates the file (`vitest -u`) and shows
// in review as a diff of replies.

import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { createEngine, type Engine, type Reply } from "../../src/domain/engine.ts";
import type { Lang } from "../../src/domain/types.ts";
import { EVERY_RELEASE, seededStore } from "../support/reference.ts";

/** Questions are read on this day: "tahun lalu" is 2025. */
const TODAY = "2026-11-30";
const HINTS: Lang[] = ["id", "en"];

function texts(fixture: string): string[] {
  const entries: { text: string }[] = JSON.parse(
    readFileSync(new URL(`../fixtures/${fixture}`, import.meta.url), "utf8"),
  );
  return entries.map((entry) => entry.text);
}

let engines: { seed: Engine; every: Engine };
let provinceQuestions: string[];

beforeAll(async () => {
  const seed = await seededStore();
  const every = await seededStore(EVERY_RELEASE);
  engines = {
    seed: createEngine({ facts: seed.facts, today: () => TODAY }),
    every: createEngine({ facts: every.facts, today: () => TODAY }),
  };
  // Questions about every province, as the bench asks them: values, rankings, changes.
  provinceQuestions = seed.reference.regions
    .filter((region) => region.level === "province")
    .flatMap(({ name }) => [
      `IKD ${name}`,
      `kabupaten mana KIA terendah di ${name}?`,
      `perubahan KTP-el ${name}`,
      `which regency has the highest akta kelahiran in ${name}?`,
    ]);
});

/** A reply as plain data; a chart by a digest of its data (the chart tests check drawings). */
function pinned(reply: Reply) {
  return {
    lang: reply.lang,
    html: reply.html,
    choices: reply.choices,
    unanswered: reply.unanswered,
    chart: reply.chart && {
      request: reply.chart.request,
      digest: createHash("sha256").update(JSON.stringify(reply.chart.chart)).digest("hex"),
    },
  };
}

describe("replies to every corpus question", () => {
  it("are unchanged", async () => {
    const all = [
      ...texts("questions.json"),
      ...texts("questions-exact.json"),
      ...texts("place-questions.json"),
      ...provinceQuestions,
    ];
    const unique = [...new Set(all)];
    expect(unique.length).toBeGreaterThan(600);
    const replies: Record<string, Record<string, ReturnType<typeof pinned>>> = {};
    for (const text of unique) {
      // Cases with the same reply share one entry, keyed by all of them: "seed/id seed/en".
      const byReply = new Map<string, { cases: string[]; reply: ReturnType<typeof pinned> }>();
      for (const store of ["seed", "every"] as const) {
        for (const hint of HINTS) {
          const reply = pinned(await engines[store].ask(text, hint));
          const key = JSON.stringify(reply);
          const same = byReply.get(key);
          if (same) same.cases.push(`${store}/${hint}`);
          else byReply.set(key, { cases: [`${store}/${hint}`], reply });
        }
      }
      replies[text] = Object.fromEntries(
        [...byReply.values()].map(({ cases, reply }) => [cases.join(" "), reply]),
      );
    }
    // JSON in a .snap file: pinned output, not source for the formatter to check.
    await expect(`${JSON.stringify(replies, null, 1)}\n`).toMatchFileSnapshot(
      "./__snapshots__/corpus-replies.snap",
    );
  });
});
