// The facts statement reads only the rows it needs (the newest one or two per
// region and indicator, probed in the newest releases, else read among the
// pair's own rows; for a list of regions, only whether each has any), and
// leaves out the releases its caller already holds. Whatever the store holds,
// its answer must equal the plain definition computed here over every row:
// random releases (dates that tie, drafts, corrections, values that are no
// short decimals), random targets and random requests.

import type { Client, InValue } from "@libsql/client";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import type {
  Facts,
  FactsRequest,
  RankedObservation,
  Release,
  Target,
} from "../../src/domain/types.ts";
import { dataVersionOf, selectDataVersion } from "../../src/store/data-version.ts";
import { readFacts } from "../../src/store/facts-query.ts";
import { releaseOf } from "../../src/store/rows.ts";
import { seededStore } from "../support/reference.ts";

/** Kalimantan Timur and Kalimantan Selatan with their regencies, and the nation. */
const PROVINCES = ["64", "63"];
const INDICATORS = ["ktp_el", "ktp_el_pemula", "kia", "ikd", "akta_kelahiran"];

interface GeneratedRelease {
  /** Few distinct dates, so that releases of the same date are ordered by id. */
  asOf: string;
  draft: boolean;
  observations: {
    indicator: string;
    region: number;
    value: number;
    corrected: boolean;
    count: number | null;
    sourceRank: "highest" | "lowest" | null;
  }[];
  targets: { indicator: string; year: number; scoped: boolean; value: number }[];
}

const value = fc.oneof(
  fc.double({ min: 0, max: 100, noNaN: true }),
  fc.integer({ min: 0, max: 10_000 }).map((n) => n / 100),
);

const generatedRelease = fc.record<GeneratedRelease>({
  asOf: fc.constantFrom("2023-12-31", "2024-06-30", "2024-06-30", "2025-01-31", "2099-01-01"),
  draft: fc.boolean(),
  observations: fc.uniqueArray(
    fc.record({
      indicator: fc.constantFrom(...INDICATORS),
      region: fc.nat(),
      value,
      corrected: fc.boolean(),
      count: fc.option(fc.nat({ max: 5_000_000 })),
      sourceRank: fc.constantFrom("highest" as const, "lowest" as const, null),
    }),
    { selector: (o) => `${o.indicator}|${o.region % regionCodes.length}`, maxLength: 30 },
  ),
  targets: fc.uniqueArray(
    fc.record({
      indicator: fc.constantFrom(...INDICATORS),
      year: fc.constantFrom(2024, 2025),
      scoped: fc.boolean(),
      value,
    }),
    { selector: (t) => `${t.indicator}|${t.year}|${t.scoped}`, maxLength: 4 },
  ),
});

interface GeneratedRequest {
  indicators: string[] | "all";
  regions: number[];
  childrenOf: number[];
  preview: boolean;
  /** Index into the published releases, newest first, or null for now. */
  asOfRelease: number | null;
  history: boolean;
  currentOnly: boolean;
  presenceOnly: boolean;
  /** Index into the regions, or null. */
  childrenUnlessValued: number | null;
}

const generatedRequest = fc.record<GeneratedRequest>({
  indicators: fc.oneof(
    fc.constant("all" as const),
    fc.uniqueArray(fc.constantFrom(...INDICATORS), { maxLength: 3 }),
  ),
  regions: fc.array(fc.nat(), { maxLength: 5 }),
  childrenOf: fc.uniqueArray(fc.nat({ max: PROVINCES.length - 1 }), { maxLength: 2 }),
  preview: fc.boolean(),
  asOfRelease: fc.option(fc.nat({ max: 8 })),
  history: fc.boolean(),
  currentOnly: fc.boolean(),
  presenceOnly: fc.boolean(),
  childrenUnlessValued: fc.option(fc.nat()),
});

let client: Client;
let regionCodes: string[];
let seedMaxRelease: number;

beforeAll(async () => {
  ({ client } = await seededStore());
  const { rows } = await client.execute({
    sql: "SELECT code FROM regions WHERE code = 'ID' OR code IN (SELECT value FROM json_each(?)) OR parent_code IN (SELECT value FROM json_each(?)) ORDER BY code",
    args: [JSON.stringify(PROVINCES), JSON.stringify(PROVINCES)],
  });
  regionCodes = rows.map((row) => String(row.code));
  const { rows: max } = await client.execute("SELECT max(id) AS id FROM releases");
  seedMaxRelease = Number(max[0]?.id);
});

/** Adds the releases (at most one draft: the store holds one open draft at most); their ids. */
async function addReleases(releases: GeneratedRelease[]): Promise<number[]> {
  const ids: number[] = [];
  let draftTaken = false;
  for (const [n, release] of releases.entries()) {
    const isDraft: boolean = release.draft && !draftTaken;
    draftTaken ||= isDraft;
    const [inserted] = await client.batch(
      [
        {
          sql: `INSERT INTO releases (as_of, title, source, status)
                VALUES (?, ?, 'Generated', ?) RETURNING id`,
          args: [release.asOf, `Generated ${n}`, isDraft ? "draft" : "published"],
        },
        ...release.observations.map((o) => ({
          sql: `INSERT INTO observations
                  (release_id, indicator, region_code, value, corrected, count, source_rank)
                VALUES ((SELECT max(id) FROM releases), ?, ?, ?, ?, ?, ?)`,
          args: [
            o.indicator,
            regionCodes[o.region % regionCodes.length] as string,
            o.value,
            o.corrected ? 1 : 0,
            o.count,
            o.sourceRank,
          ] as InValue[],
        })),
        ...release.targets.map((t) => ({
          sql: `INSERT INTO targets (indicator, year, scope, value, source, release_id)
                VALUES (?, ?, ?, ?, 'Generated', (SELECT max(id) FROM releases))`,
          args: [t.indicator, t.year, t.scoped ? "64" : "national", t.value],
        })),
      ],
      "write",
    );
    ids.push(Number(inserted?.rows[0]?.id));
  }
  return ids;
}

async function removeGenerated(): Promise<void> {
  await client.batch(
    [
      { sql: "DELETE FROM observations WHERE release_id > ?", args: [seedMaxRelease] },
      { sql: "DELETE FROM targets WHERE release_id > ?", args: [seedMaxRelease] },
      { sql: "DELETE FROM releases WHERE id > ?", args: [seedMaxRelease] },
    ],
    "write",
  );
}

/** The facts by their definition, from every row of the store. */
async function expectedFacts(request: FactsRequest): Promise<Facts & { dataVersion: number }> {
  const [releaseRows, observationRows, targetRows, regionRows, indicatorRows, version] =
    await client.batch(
      [
        "SELECT id, as_of, as_of_precision, presented_on, title, source, url, status FROM releases",
        "SELECT * FROM observations",
        "SELECT * FROM targets",
        "SELECT code, parent_code FROM regions",
        "SELECT slug FROM indicators",
        selectDataVersion,
      ],
      "read",
    );
  const all = releaseRows?.rows.map(releaseOf) ?? [];
  const cut = all.find((r) => r.id === request.asOfRelease);
  const newer = (a: Release, b: Release) => (a.asOf === b.asOf ? a.id > b.id : a.asOf > b.asOf);
  const readable = all
    .filter((r) => r.status === "published" || r.id === request.includeDraft)
    .filter((r) => request.asOfRelease === undefined || (cut !== undefined && !newer(r, cut)))
    .sort((a, b) => (newer(a, b) ? -1 : 1));
  const position = new Map(readable.map((r, i) => [r.id, i]));

  const indicators = new Set(
    request.indicators === "all"
      ? (indicatorRows?.rows.map((row) => String(row.slug)) ?? [])
      : request.indicators,
  );
  // Children are wanted unless the region named has a readable value of every wanted indicator.
  const valued = request.history ? undefined : request.childrenUnlessValued;
  const valuedIndicators = new Set(
    (observationRows?.rows ?? [])
      .filter((row) => String(row.region_code) === valued && position.has(Number(row.release_id)))
      .map((row) => String(row.indicator)),
  );
  const childrenWanted =
    valued === undefined || [...indicators].some((i) => !valuedIndicators.has(i));
  const regions = new Set(request.regions);
  for (const row of regionRows?.rows ?? []) {
    if (childrenWanted && request.childrenOf.includes(String(row.parent_code))) {
      regions.add(String(row.code));
    }
  }

  const byPair = new Map<string, RankedObservation[]>();
  for (const row of observationRows?.rows ?? []) {
    const releaseId = Number(row.release_id);
    const indicator = String(row.indicator);
    const regionCode = String(row.region_code);
    if (!position.has(releaseId) || !indicators.has(indicator) || !regions.has(regionCode)) {
      continue;
    }
    const key = `${indicator}|${regionCode}`;
    byPair.set(key, [
      ...(byPair.get(key) ?? []),
      {
        releaseId,
        indicator,
        regionCode,
        value: Number(row.value),
        sourceRank: row.source_rank === null ? null : (String(row.source_rank) as "highest"),
        corrected: Number(row.corrected) === 1,
        count: row.count === null ? null : Number(row.count),
        recency: 0,
      },
    ]);
  }
  const observations = [...byPair.values()]
    .flatMap((list) =>
      list
        .sort((a, b) => (position.get(a.releaseId) ?? 0) - (position.get(b.releaseId) ?? 0))
        .map((o, i) => ({ ...o, recency: i + 1 }))
        .filter((o) => request.history || o.recency <= (request.currentOnly ? 1 : 2)),
    )
    .sort(
      (a, b) =>
        compare(a.indicator, b.indicator) ||
        compare(a.regionCode, b.regionCode) ||
        a.recency - b.recency,
    );

  // Per (indicator, year, scope): newest readable release first, a target of no release last.
  const rank = (t: Target) =>
    t.releaseId === null ? readable.length : (position.get(t.releaseId) ?? -1);
  const candidates = (targetRows?.rows ?? [])
    .map(
      (row): Target => ({
        indicator: String(row.indicator),
        year: Number(row.year),
        scope: String(row.scope),
        value: Number(row.value),
        source: row.source === null ? null : String(row.source),
        releaseId: row.release_id === null ? null : Number(row.release_id),
      }),
    )
    .filter((t) => indicators.has(t.indicator))
    .filter((t) => rank(t) >= 0)
    .sort((a, b) => rank(a) - rank(b));
  const seen = new Set<string>();
  const targets = candidates.filter((t) => {
    const key = `${t.indicator}|${t.year}|${t.scope}`;
    if (seen.has(key) && !request.history) return false;
    seen.add(key);
    return true;
  });

  // Presence only: which regions any kept value belongs to, instead of the values.
  const presence = request.presenceOnly === true && request.history !== true;
  return {
    observations: presence ? [] : observations,
    targets: sortedTargets(targets),
    releases: readable,
    ...(presence
      ? { regionsWithData: [...new Set(observations.map((o) => o.regionCode))].sort(compare) }
      : {}),
    dataVersion: version ? dataVersionOf(version) : Number.NaN,
  };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Targets in a full order: the statement orders them by indicator, year and scope only. */
function sortedTargets(targets: Target[]): Target[] {
  return [...targets].sort(
    (a, b) =>
      compare(a.indicator, b.indicator) ||
      a.year - b.year ||
      compare(a.scope, b.scope) ||
      (a.releaseId ?? 0) - (b.releaseId ?? 0),
  );
}

describe("facts statement", () => {
  it("answers as the definition over every row does, on random stores and requests", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(generatedRelease, { minLength: 1, maxLength: 8 }),
        fc.array(generatedRequest, { minLength: 1, maxLength: 4 }),
        async (releases, requests) => {
          const ids = await addReleases(releases);
          try {
            const { rows } = await client.execute(
              "SELECT id FROM releases WHERE status = 'published' ORDER BY as_of DESC, id DESC",
            );
            const published = rows.map((row) => Number(row.id));
            const draft = await client.execute("SELECT id FROM releases WHERE status = 'draft'");
            for (const generated of requests) {
              const request: FactsRequest = {
                indicators: generated.indicators,
                regions: generated.regions.map(
                  (n) => regionCodes[n % regionCodes.length] as string,
                ),
                childrenOf: generated.childrenOf.map((n) => PROVINCES[n] as string),
                history: generated.history,
                currentOnly: generated.currentOnly,
                presenceOnly: generated.presenceOnly,
              };
              if (generated.childrenUnlessValued !== null) {
                request.childrenUnlessValued = regionCodes[
                  generated.childrenUnlessValued % regionCodes.length
                ] as string;
              }
              const draftId = draft.rows[0]?.id;
              if (generated.preview && draftId !== undefined)
                request.includeDraft = Number(draftId);
              if (generated.asOfRelease !== null) {
                const cut = published[generated.asOfRelease % published.length];
                if (cut !== undefined) request.asOfRelease = cut;
              }
              const { facts, dataVersion } = await readFacts(client, request);
              const expected = await expectedFacts(request);
              expect(facts.observations).toEqual(expected.observations);
              expect(sortedTargets(facts.targets)).toEqual(expected.targets);
              expect(facts.releases).toEqual(expected.releases);
              expect(facts.regionsWithData).toEqual(expected.regionsWithData);
              expect(dataVersion).toBe(expected.dataVersion);
            }
            expect(ids.length).toBe(releases.length);
          } finally {
            await removeGenerated();
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it("finds the newest two values whichever releases hold a pair, among the newest or only older ones", async () => {
    // Six releases newest last; pair k is held by the releases whose bit is set
    // in k, so every pattern of hits among the three newest (probed) and the
    // older ones (read from the pair's own rows) is asked once.
    const RELEASES = 6;
    const pairs = Array.from({ length: 2 ** RELEASES }, (_, k) => ({
      indicator: INDICATORS[k % INDICATORS.length] as string,
      region: Math.floor(k / INDICATORS.length),
    }));
    expect(Math.max(...pairs.map((p) => p.region))).toBeLessThan(regionCodes.length);
    await addReleases(
      Array.from({ length: RELEASES }, (_, n) => ({
        asOf: `2098-0${n + 1}-01`,
        draft: false,
        observations: pairs.flatMap((pair, k) =>
          (k >> n) & 1
            ? [{ ...pair, value: k + n / 10, corrected: false, count: null, sourceRank: null }]
            : [],
        ),
        targets: [],
      })),
    );
    try {
      for (const reach of [{}, { currentOnly: true }]) {
        const request: FactsRequest = {
          indicators: "all",
          regions: regionCodes,
          childrenOf: [],
          ...reach,
        };
        const { facts } = await readFacts(client, request);
        expect(facts.observations).toEqual((await expectedFacts(request)).observations);
      }
    } finally {
      await removeGenerated();
    }
  });

  it("reads a province's regions for a region's value only when it has none readable", async () => {
    const city = regionCodes.indexOf("64.72");
    const sibling = regionCodes.indexOf("64.71");
    const observation = (region: number) => ({
      indicator: "ikd",
      region,
      value: 1,
      corrected: false,
      count: null,
      sourceRank: null,
    });
    const [published, draft] = await addReleases([
      { asOf: "2098-01-01", draft: false, observations: [observation(sibling)], targets: [] },
      { asOf: "2098-02-01", draft: true, observations: [observation(city)], targets: [] },
    ]);
    try {
      const request: FactsRequest = {
        indicators: ["ikd"],
        regions: ["64.72", "64"],
        childrenOf: ["64"],
        currentOnly: true,
        childrenUnlessValued: "64.72",
      };
      const regionsRead = async (extra: Partial<FactsRequest>) => {
        const { facts } = await readFacts(client, { ...request, ...extra });
        const expected = await expectedFacts({ ...request, ...extra });
        expect(facts.observations).toEqual(expected.observations);
        return new Set(facts.observations.map((o) => o.regionCode));
      };
      // The city's value is in a draft only: its siblings are read, as for any city without one.
      expect((await regionsRead({})).has("64.71")).toBe(true);
      // Previewing the draft, the city has a value: its siblings are not read.
      const previewed = await regionsRead({ includeDraft: draft });
      expect(previewed.has("64.72") && !previewed.has("64.71")).toBe(true);
      // Read as of the published release, before the draft: siblings again.
      expect(
        (await regionsRead({ includeDraft: draft, asOfRelease: published })).has("64.71"),
      ).toBe(true);
    } finally {
      await removeGenerated();
    }
  });

  it("sends the releases again after a write to them, not before", async () => {
    const request: FactsRequest = { indicators: ["ikd"], regions: ["64"], childrenOf: [] };
    const titleOf = async () =>
      (await readFacts(client, request)).facts.releases.find((r) => r.id === seedMaxRelease)?.title;
    const { rows } = await client.execute({
      sql: "SELECT title FROM releases WHERE id = ?",
      args: [seedMaxRelease],
    });
    const before = String(rows[0]?.title);
    expect(await titleOf()).toBe(before);
    // Read twice at the same version: the second is the releases held from the first.
    const first = await readFacts(client, request);
    const second = await readFacts(client, request);
    expect(second.dataVersion).toBe(first.dataVersion);
    expect(second.facts.releases).toBe(first.facts.releases);
    await client.execute({
      sql: "UPDATE releases SET title = 'Retitled' WHERE id = ?",
      args: [seedMaxRelease],
    });
    try {
      expect(await titleOf()).toBe("Retitled");
      expect((await expectedFacts(request)).releases).toEqual(
        (await readFacts(client, request)).facts.releases,
      );
    } finally {
      await client.execute({
        sql: "UPDATE releases SET title = ? WHERE id = ?",
        args: [before, seedMaxRelease],
      });
    }
    expect(await titleOf()).toBe(before);
  });

  it("gives every value back as the same double it stored", async () => {
    const awkward = [0.1 + 0.2, 1 / 3, Math.PI, 99.99, 1e-7, 46271588962.928154];
    await addReleases([
      {
        asOf: "2099-01-01",
        draft: false,
        observations: awkward.map((value, region) => ({
          indicator: "ikd",
          region,
          value,
          corrected: false,
          count: null,
          sourceRank: null,
        })),
        targets: [{ indicator: "ikd", year: 2099, scoped: false, value: 2 / 3 }],
      },
    ]);
    try {
      const { facts } = await readFacts(client, {
        indicators: ["ikd"],
        regions: regionCodes.slice(0, awkward.length),
        childrenOf: [],
      });
      const newest = facts.observations.filter((o) => o.recency === 1);
      expect(newest.map((o) => o.value).sort()).toEqual([...awkward].sort());
      expect(facts.targets.find((t) => t.year === 2099)?.value).toBe(2 / 3);
    } finally {
      await removeGenerated();
    }
  });
});
