import type { Client } from "@libsql/client";
import { describe, expect, it } from "vitest";
import type { FactsRequest, RankedObservation, ReleaseStatus } from "../../src/domain/types.ts";
import { createFactsSource, createReferenceCache } from "../../src/store/facts-repository.ts";
import { countingClient } from "../../src/store/round-trips.ts";
import { seededStore } from "../support/reference.ts";

interface TestRelease {
  asOf: string;
  status: ReleaseStatus;
  /** [indicator, region code, value] */
  values: [string, string, number][];
}

/** Adds a release the way an admin would: rows and data-version bump in one batch. */
async function addRelease(client: Client, { asOf, status, values }: TestRelease): Promise<number> {
  const [inserted] = await client.batch(
    [
      {
        sql: `INSERT INTO releases (as_of, title, source, status) VALUES (?, ?, ?, ?) RETURNING id`,
        args: [asOf, `Test release ${asOf}`, "Test source", status],
      },
      ...values.map(([indicator, regionCode, value]) => ({
        sql: `INSERT INTO observations (release_id, indicator, region_code, value)
              VALUES ((SELECT max(id) FROM releases), ?, ?, ?)`,
        args: [indicator, regionCode, value],
      })),
    ],
    "write",
  );
  return Number(inserted?.rows[0]?.id);
}

function request(overrides: Partial<FactsRequest>): FactsRequest {
  return { indicators: "all", regions: [], childrenOf: [], ...overrides };
}

/** "indicator/region@recency" → value, for compact assertions. */
function valuesOf(observations: RankedObservation[]): Record<string, number> {
  return Object.fromEntries(
    observations.map((o) => [`${o.indicator}/${o.regionCode}@${o.recency}`, o.value]),
  );
}

describe("facts: current and previous values", () => {
  it("takes the newest published release as current and the one before as previous", async () => {
    const { client, facts } = await seededStore();
    const newer = await addRelease(client, {
      asOf: "2024-12-31",
      status: "published",
      values: [
        ["ktp_el", "64", 99.1],
        ["ikd", "64", 12.5],
      ],
    });

    const result = await facts.facts(request({ indicators: ["ktp_el", "ikd"], regions: ["64"] }));

    expect(valuesOf(result.observations)).toEqual({
      "ikd/64@1": 12.5,
      "ikd/64@2": 4.48,
      "ktp_el/64@1": 99.1,
      "ktp_el/64@2": 98.75,
    });
    expect(result.observations.find((o) => o.recency === 1)?.releaseId).toBe(newer);
    expect(result.releases.map((release) => release.asOf)).toEqual(["2024-12-31", "2024-06-13"]);
  });

  it("keeps a value current until a newer release has that region", async () => {
    const { client, facts } = await seededStore();
    await addRelease(client, {
      asOf: "2024-12-31",
      status: "published",
      values: [["kia", "64", 80]],
    });

    const result = await facts.facts(request({ indicators: ["kia"], regions: ["64.71"] }));

    expect(valuesOf(result.observations)).toEqual({ "kia/64.71@1": 96.9 });
  });

  it("returns at most two per region, ordering releases of the same date by id", async () => {
    const { client, facts } = await seededStore();
    for (const value of [75, 76, 77]) {
      await addRelease(client, {
        asOf: "2024-12-31",
        status: "published",
        values: [["kia", "64", value]],
      });
    }

    const result = await facts.facts(request({ indicators: ["kia"], regions: ["64"] }));

    expect(valuesOf(result.observations)).toEqual({ "kia/64@1": 77, "kia/64@2": 76 });
  });

  it("never shows a draft release or its values", async () => {
    const { client, facts } = await seededStore();
    await addRelease(client, {
      asOf: "2025-01-31",
      status: "draft",
      values: [["ktp_el", "64", 50]],
    });

    const result = await facts.facts(request({ indicators: ["ktp_el"], regions: ["64"] }));

    expect(valuesOf(result.observations)).toEqual({ "ktp_el/64@1": 98.75 });
    expect(result.releases.map((release) => release.status)).toEqual(["published"]);
  });

  it("reports a corrected value as corrected", async () => {
    const { client, facts } = await seededStore();
    await client.execute(
      "UPDATE observations SET value = 98.7, corrected = 1 WHERE indicator = 'ktp_el' AND region_code = '64'",
    );

    const [observation] = (await facts.facts(request({ indicators: ["ktp_el"], regions: ["64"] })))
      .observations;

    expect(observation).toMatchObject({ value: 98.7, corrected: true });
  });
});

describe("facts: history for questions that name a time", () => {
  it("returns every published release's value, oldest with the highest recency, in one round trip", async () => {
    const { client } = await seededStore();
    for (const asOf of ["2022-12-31", "2023-12-31", "2024-12-31"]) {
      await addRelease(client, {
        asOf,
        status: "published",
        values: [["ikd", "64", Number(asOf.slice(2, 4))]],
      });
    }
    await addRelease(client, { asOf: "2025-06-30", status: "draft", values: [["ikd", "64", 99]] });
    const counter = countingClient(client);
    // As on a remote database, where facts are not cached: one statement.
    const source = createFactsSource(counter.client, undefined, { factsCache: false });

    const result = await source.facts(
      request({ indicators: ["ikd"], regions: ["64"], history: true }),
    );

    expect(counter.count()).toBe(1);
    expect(valuesOf(result.observations)).toEqual({
      "ikd/64@1": 24,
      "ikd/64@2": 4.48,
      "ikd/64@3": 23,
      "ikd/64@4": 22,
    });
    const recent = await source.facts(request({ indicators: ["ikd"], regions: ["64"] }));
    expect(recent.observations.map((o) => o.recency)).toEqual([1, 2]);
  });
});

describe("facts: request filters", () => {
  it("childrenOf selects the regencies and cities of a province, not the province", async () => {
    const { facts } = await seededStore();

    const result = await facts.facts(request({ indicators: ["kia"], childrenOf: ["64"] }));

    expect(valuesOf(result.observations)).toEqual({ "kia/64.07@1": 54.67, "kia/64.71@1": 96.9 });
  });

  it("regions and childrenOf combine", async () => {
    const { facts } = await seededStore();

    const result = await facts.facts(
      request({ indicators: ["ikd"], regions: ["64"], childrenOf: ["64"] }),
    );

    expect(valuesOf(result.observations)).toEqual({
      "ikd/64.03@1": 1.74,
      "ikd/64.09@1": 10.46,
      "ikd/64@1": 4.48,
    });
  });

  it("a province without data yields no observations", async () => {
    const { facts } = await seededStore();

    const result = await facts.facts(request({ regions: ["32"], childrenOf: ["32"] }));

    expect(result.observations).toEqual([]);
  });

  it("indicators limit observations and targets; 'all' returns every indicator", async () => {
    const { facts } = await seededStore();

    const ikd = await facts.facts(request({ indicators: ["ikd"], regions: ["64"] }));
    const all = await facts.facts(request({ indicators: "all", regions: ["64"] }));

    expect(ikd.observations.map((o) => o.indicator)).toEqual(["ikd"]);
    expect(ikd.targets.map((t) => t.indicator)).toEqual(["ikd"]);
    expect(new Set(all.observations.map((o) => o.indicator))).toEqual(
      new Set(["ktp_el", "ktp_el_pemula", "kia", "ikd"]),
    );
    expect(all.targets).toHaveLength(2);
  });
});

describe("facts source: round trips and reference cache", () => {
  it("answers facts() in one round trip and reference() from memory after the first load", async () => {
    const { client } = await seededStore();
    const counter = countingClient(client);
    // As on a remote database (the Worker's), where facts are not cached.
    const source = createFactsSource(counter.client, undefined, { factsCache: false });

    await source.reference();
    expect(counter.count()).toBe(1);
    await source.reference();
    expect(counter.count()).toBe(1);

    counter.reset();
    await source.facts(
      request({ indicators: ["kia", "ikd"], regions: ["64"], childrenOf: ["64"] }),
    );
    expect(counter.count()).toBe(1);
  });

  it("reloads reference data after facts() sees a new data version", async () => {
    const { client, facts } = await seededStore();
    await client.batch(
      ["INSERT INTO region_aliases (alias, code) VALUES ('benua etam', '64')"],
      "write",
    );
    const hasNewAlias = async () =>
      (await facts.reference()).aliases.some((alias) => alias.alias === "benua etam");

    expect(await hasNewAlias()).toBe(false);
    await facts.facts(request({ regions: ["64"] }));
    expect(await hasNewAlias()).toBe(true);
  });

  it("reloads reference data after an explicit invalidate()", async () => {
    const { client, facts } = await seededStore();
    await client.execute("INSERT INTO region_aliases (alias, code) VALUES ('benua etam', '64')");

    facts.invalidate();

    expect((await facts.reference()).aliases.map((alias) => alias.alias)).toContain("benua etam");
  });

  it("shares one reference read between sources made per request over one cache", async () => {
    const { client } = await seededStore();
    const counter = countingClient(client);
    const cache = createReferenceCache();

    const first = await createFactsSource(counter.client, cache).reference();
    const second = await createFactsSource(counter.client, cache).reference();

    expect(second).toBe(first);
    expect(counter.count()).toBe(1);
  });
});
