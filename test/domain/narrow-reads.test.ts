// Some answers read less than every value around them: a list of regions reads
// only which regions have data (FactsRequest.presenceOnly), a region's value
// reads its province's regions only when it has none (childrenUnlessValued).
// Their replies must be the ones the full read gives, on a store where a
// province is partly covered, a region has data only in an older release, a
// value of the source's ranking stands in for a missing one, and a draft
// covers more (not counted unless previewed).

import { beforeAll, describe, expect, it } from "vitest";
import { createEngine, type Engine } from "../../src/domain/engine.ts";
import { factsRequestFor } from "../../src/domain/facts-request.ts";
import type { Lexicon } from "../../src/domain/lexicon.ts";
import { mergeRequests } from "../../src/domain/several-indicators.ts";
import type { FactsRequest } from "../../src/domain/types.ts";
import { understand } from "../../src/domain/understand.ts";
import { readFacts } from "../../src/store/facts-query.ts";
import { EVERY_RELEASE, type SeededStore, seededStore } from "../support/reference.ts";

const TODAY = "2026-11-30";

let store: SeededStore;
/** Asks through the store as it reads. */
let engine: Engine;
/** Asks through the same store with every narrowing dropped from the requests. */
let fullReads: Engine;
let lexicon: Lexicon;
let east: string[];

/** Adds a release holding a value of `indicator` for each of `regions`; its id. */
async function addRelease(
  asOf: string,
  status: "published" | "draft",
  indicator: string,
  regions: string[],
  ranked: "highest" | null = null,
): Promise<number> {
  const [inserted] = await store.client.batch(
    [
      {
        sql: `INSERT INTO releases (as_of, title, source, status)
              VALUES (?, 'Test release', 'Test', ?) RETURNING id`,
        args: [asOf, status],
      },
      ...regions.map((region, n) => ({
        sql: `INSERT INTO observations (release_id, indicator, region_code, value, source_rank)
              VALUES ((SELECT max(id) FROM releases), ?, ?, ?, ?)`,
        args: [indicator, region, 10 + n, n === 0 ? ranked : null],
      })),
    ],
    "write",
  );
  return Number(inserted?.rows[0]?.id);
}

beforeAll(async () => {
  store = await seededStore(EVERY_RELEASE);
  engine = createEngine({ facts: store.facts, today: () => TODAY });
  fullReads = createEngine({
    facts: {
      reference: () => store.facts.reference(),
      facts: (request) =>
        store.facts.facts({
          ...request,
          presenceOnly: undefined,
          childrenUnlessValued: undefined,
        }),
    },
    today: () => TODAY,
  });
  east = store.reference.regions.filter((r) => r.parentCode === "35").map((r) => r.code);
  // Jawa Timur: half its regions in an old release, a few again in a newer one,
  // the first of them named the highest by the source; a draft covers others.
  await addRelease("2025-01-31", "published", "ikd", east.slice(0, east.length / 2));
  await addRelease("2025-06-30", "published", "kia", east.slice(1, 4), "highest");
  await addRelease("2025-07-31", "draft", "kia", east.slice(-3));
  store.facts.invalidate();
  lexicon = await engine.lexicon();
});

describe("a narrow read", () => {
  it.each([
    "wilayah di Jawa Timur",
    "list of regencies in Jawa Timur",
    "daftar kabupaten dan kota di kaltim",
    "wilayah apa saja",
    "kabupaten apa saja di Jawa Barat",
    "IKD Surabaya",
    "KIA Surabaya",
    "IKD dan KIA Surabaya",
    "KIA Jawa Timur",
    "target KIA Surabaya",
    "IKD Berau",
    "KIA Kota Balikpapan",
    "berapa ktp-el di samarinda?",
    "akta kelahiran Mahakam Ulu",
    "IKD Kota Bandung",
  ])("replies as the full read does: %s", async (text) => {
    expect(await engine.ask(text)).toEqual(await fullReads.ask(text));
  });

  it("replies as the full read does about regions with values, and without", async () => {
    const name = (code: string | undefined) =>
      store.reference.regions.find((r) => r.code === code)?.name as string;
    // east[0]: IKD only; east[1]: IKD and KIA, named the highest KIA; east[2]: both; east[30]: none.
    const values = [
      `IKD ${name(east[0])}`,
      `KIA ${name(east[0])}`,
      `KIA ${name(east[1])}`,
      `target KIA ${name(east[2])}`,
      `IKD ${name(east[30])}`,
    ];
    const narrowed = values.filter((text) => {
      const { question, asked } = understand(text, lexicon, { today: TODAY });
      return factsRequestFor(question, lexicon, asked)?.childrenUnlessValued !== undefined;
    });
    expect(narrowed).toEqual(values);
    // Several indicators at once make a profile: read in full.
    const texts = [...values, `IKD dan KIA ${name(east[0])}`, `IKD dan KIA ${name(east[2])}`];
    for (const text of texts) {
      expect(await engine.ask(text), text).toEqual(await fullReads.ask(text));
    }
  });

  it("counts a region whose data is only in an older release, and not one only in a draft", async () => {
    const { facts } = await readFacts(store.client, {
      indicators: "all",
      regions: ["35"],
      childrenOf: ["35"],
      currentOnly: true,
      presenceOnly: true,
    });
    expect(facts.observations).toEqual([]);
    expect(facts.regionsWithData).toEqual(east.slice(0, east.length / 2).sort());
  });

  it("reads a region's province only when the region lacks a value asked for", () => {
    const requestFor = (text: string) => {
      const { question, asked } = understand(text, lexicon, { today: TODAY });
      return factsRequestFor(question, lexicon, asked);
    };
    expect(requestFor("IKD Surabaya")?.childrenUnlessValued).toBe(
      lexicon.regionByCode.get("35.78")?.code,
    );
    expect(requestFor("IKD Surabaya")?.childrenOf).toEqual(["35"]);
    // A ranking needs every region, whatever the province holds itself.
    expect(requestFor("peringkat IKD di Jawa Timur")?.childrenUnlessValued).toBeUndefined();
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
    const city: FactsRequest = { ...values, childrenUnlessValued: "35.78" };
    expect(mergeRequests([city, city])?.childrenUnlessValued).toBe("35.78");
    expect(mergeRequests([city, values])?.childrenUnlessValued).toBeUndefined();
    expect(mergeRequests([values, city])?.childrenUnlessValued).toBeUndefined();
  });

  it("asked about a time, reads the values of that time", () => {
    for (const text of ["wilayah di Jawa Timur tahun 2024", "IKD Surabaya tahun 2024"]) {
      const { question, asked } = understand(text, lexicon, { today: TODAY });
      const request = factsRequestFor(question, lexicon, asked);
      expect(request?.history).toBe(true);
      expect(request?.presenceOnly).toBeUndefined();
      expect(request?.childrenUnlessValued).toBeUndefined();
    }
  });
});
