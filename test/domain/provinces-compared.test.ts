// "Provinsi dengan IKD tertinggi" compares the provinces, the nation's
// regions, once a release holds a value for each: over a real store with the
// seed and a release of every province's IKD.

import { beforeAll, describe, expect, it } from "vitest";
import { createEngine, type Engine } from "../../src/domain/engine.ts";
import { seededStore } from "../support/reference.ts";

let engine: Engine;
let provinces: { code: string; name: string }[];

beforeAll(async () => {
  const store = await seededStore();
  provinces = store.reference.regions.filter((region) => region.level === "province");
  // Each province a distinct value: the n-th in code order gets 10 + n.
  await store.client.batch(
    [
      {
        sql: `INSERT INTO releases (as_of, title, source, status)
              VALUES ('2025-06-30', 'IKD per provinsi', 'Test', 'published')`,
        args: [],
      },
      ...provinces.map((province, n) => ({
        sql: `INSERT INTO observations (release_id, indicator, region_code, value)
              VALUES ((SELECT max(id) FROM releases), 'ikd', ?, ?)`,
        args: [province.code, 10 + n],
      })),
    ],
    "write",
  );
  engine = createEngine({ facts: store.facts, today: () => "2026-11-30" });
});

describe("provinces compared", () => {
  it("names the province with the highest and the lowest value", async () => {
    const highest = provinces.at(-1);
    const lowest = provinces[0];
    const top = (await engine.ask("provinsi dengan IKD tertinggi")).html;
    expect(top).toContain(
      `Provinsi dengan IKD tertinggi di Indonesia: <b>${highest?.name}</b> — ${10 + provinces.length - 1},00%`,
    );
    const bottom = (await engine.ask("which province has the lowest IKD?", "en")).html;
    expect(bottom).toContain(`<b>${lowest?.name}</b> — 10.00%`);
  });

  it("ranks every province", async () => {
    const html = (await engine.ask("ranking provinsi IKD")).html;
    expect(html).toContain("Peringkat IKD provinsi di Indonesia");
    expect(html).toContain(`1. ${provinces.at(-1)?.name}: <b>`);
    expect(html).toContain(`${provinces.length}. ${provinces[0]?.name}: <b>10,00%</b>`);
  });
});
