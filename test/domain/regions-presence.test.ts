// A list of regions reads only which regions have data (FactsRequest.presenceOnly),
// not their values. Its reply must be the one the values themselves give, on a
// store where a province is partly covered, a draft covers more (not counted
// unless previewed) and a region has data only in an older release.

import { beforeAll, describe, expect, it } from "vitest";
import { answer } from "../../src/domain/answer.ts";
import { createEngine, type Engine } from "../../src/domain/engine.ts";
import { factsRequestFor } from "../../src/domain/facts-request.ts";
import type { Lexicon } from "../../src/domain/lexicon.ts";
import { render } from "../../src/domain/render.ts";
import { mergeRequests } from "../../src/domain/several-indicators.ts";
import type { FactsRequest } from "../../src/domain/types.ts";
import { understand } from "../../src/domain/understand.ts";
import { readFacts } from "../../src/store/facts-query.ts";
import { EVERY_RELEASE, type SeededStore, seededStore } from "../support/reference.ts";

const TODAY = "2026-11-30";

let store: SeededStore;
let engine: Engine;
let lexicon: Lexicon;

/** Adds a release holding `value` for each of `regions`; its id. */
async function addRelease(
  asOf: string,
  status: "published" | "draft",
  indicator: string,
  regions: string[],
): Promise<number> {
  const [inserted] = await store.client.batch(
    [
      {
        sql: `INSERT INTO releases (as_of, title, source, status)
              VALUES (?, 'Test release', 'Test', ?) RETURNING id`,
        args: [asOf, status],
      },
      ...regions.map((region, n) => ({
        sql: `INSERT INTO observations (release_id, indicator, region_code, value)
              VALUES ((SELECT max(id) FROM releases), ?, ?, ?)`,
        args: [indicator, region, 10 + n],
      })),
    ],
    "write",
  );
  return Number(inserted?.rows[0]?.id);
}

beforeAll(async () => {
  store = await seededStore(EVERY_RELEASE);
  engine = createEngine({ facts: store.facts, today: () => TODAY });
  const east = store.reference.regions.filter((r) => r.parentCode === "35").map((r) => r.code);
  // Jawa Timur: half its regions in an old release, a few of them again in a newer one.
  await addRelease("2025-01-31", "published", "ikd", east.slice(0, east.length / 2));
  await addRelease("2025-06-30", "published", "kia", east.slice(0, 3));
  await addRelease("2025-07-31", "draft", "kia", east.slice(-3));
  store.facts.invalidate();
  lexicon = await engine.lexicon();
});

/** The reply built from the regions' values (the read before presenceOnly). */
async function replyFromValues(text: string): Promise<string> {
  const { question, lang, asked } = understand(text, lexicon, { today: TODAY });
  const request = factsRequestFor(question, lexicon, asked);
  expect(request?.presenceOnly).toBe(true);
  const { facts } = await readFacts(store.client, {
    ...(request as FactsRequest),
    presenceOnly: false,
  });
  return render(answer(question, lexicon, facts, asked), lang ?? "id", lexicon);
}

describe("a list of regions", () => {
  it.each([
    "wilayah di Jawa Timur",
    "list of regencies in Jawa Timur",
    "daftar kabupaten dan kota di kaltim",
    "wilayah apa saja",
    "kabupaten apa saja di Jawa Barat",
  ])("says which regions have data as their values do: %s", async (text) => {
    const reply = await engine.ask(text);
    expect(reply.question.kind).toBe("regions");
    expect(reply.html).toBe(await replyFromValues(text));
  });

  it("counts a region whose data is only in an older release, and not one only in a draft", async () => {
    const { facts } = await readFacts(store.client, {
      indicators: "all",
      regions: ["35"],
      childrenOf: ["35"],
      currentOnly: true,
      presenceOnly: true,
    });
    const east = store.reference.regions.filter((r) => r.parentCode === "35").map((r) => r.code);
    expect(facts.observations).toEqual([]);
    expect(facts.regionsWithData).toEqual(east.slice(0, east.length / 2).sort());
  });

  it("reads values again once a question about them joins the request", () => {
    const presence: FactsRequest = {
      indicators: "all",
      regions: ["35"],
      childrenOf: ["35"],
      currentOnly: true,
      presenceOnly: true,
    };
    const values: FactsRequest = { ...presence, indicators: ["ikd"], presenceOnly: undefined };
    expect(mergeRequests([presence])?.presenceOnly).toBe(true);
    expect(mergeRequests([presence, presence])?.presenceOnly).toBe(true);
    expect(mergeRequests([presence, values])?.presenceOnly).toBe(false);
    expect(mergeRequests([values, presence])?.presenceOnly).toBe(false);
  });

  it("asked about a time, reads the values of that time", () => {
    const { question, asked } = understand("wilayah di Jawa Timur tahun 2024", lexicon, {
      today: TODAY,
    });
    const request = factsRequestFor(question, lexicon, asked);
    expect(question.kind).toBe("regions");
    expect(request?.history).toBe(true);
    expect(request?.presenceOnly).toBeUndefined();
  });
});
