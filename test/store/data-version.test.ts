// SQLite itself changes the data version with every change to the tables
// answers are read from (drizzle/0012_data_version_triggers.sql): a writer
// cannot forget it, and a migration that rebuilds one of these tables (and
// so drops its triggers) fails here.

import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Client } from "@libsql/client";
import { describe, expect, it } from "vitest";
import { isStoreUnavailable } from "../../src/domain/store-unavailable.ts";
import { readDataVersion } from "../../src/store/data-version.ts";
import { preparedFile, seededStore } from "../support/reference.ts";

async function version(client: Client): Promise<number> {
  const { rows } = await client.execute(
    "SELECT CAST(value AS INTEGER) AS v FROM meta WHERE key = 'data_version'",
  );
  return Number(rows[0]?.v);
}

/** Per table: an insert, an update and a delete of a row made for the test. */
const WRITES: Record<string, [string, string, string]> = {
  regions: [
    "INSERT INTO regions (code, name, level, parent_code) VALUES ('99', 'Uji', 'province', 'ID')",
    "UPDATE regions SET name = 'Uji lagi' WHERE code = '99'",
    "DELETE FROM regions WHERE code = '99'",
  ],
  region_aliases: [
    "INSERT INTO region_aliases (alias, code) VALUES ('benua etam', '64')",
    "UPDATE region_aliases SET alias = 'bumi etam' WHERE alias = 'benua etam'",
    "DELETE FROM region_aliases WHERE alias = 'bumi etam'",
  ],
  indicators: [
    `INSERT INTO indicators (slug, name_id, name_en, short_id, short_en, unit, description_id, description_en, sort_order)
     VALUES ('uji', 'Uji', 'Test', 'Uji', 'Test', 'percent', 'Uji', 'Test', 99)`,
    "UPDATE indicators SET name_id = 'Uji lagi' WHERE slug = 'uji'",
    "DELETE FROM indicators WHERE slug = 'uji'",
  ],
  releases: [
    "INSERT INTO releases (id, as_of, title, source, status) VALUES (900, '2030-01-31', 'Uji', 'Uji', 'draft')",
    "UPDATE releases SET title = 'Uji lagi' WHERE id = 900",
    "DELETE FROM releases WHERE id = 900",
  ],
  observations: [
    "INSERT INTO observations (release_id, indicator, region_code, value) VALUES (1, 'ikd', '32', 1.5)",
    "UPDATE observations SET value = 2.5 WHERE release_id = 1 AND indicator = 'ikd' AND region_code = '32'",
    "DELETE FROM observations WHERE release_id = 1 AND indicator = 'ikd' AND region_code = '32'",
  ],
  targets: [
    "INSERT INTO targets (indicator, year, scope, value, source) VALUES ('ikd', 2031, 'national', 50, 'Uji')",
    "UPDATE targets SET value = 60 WHERE indicator = 'ikd' AND year = 2031",
    "DELETE FROM targets WHERE indicator = 'ikd' AND year = 2031",
  ],
};

describe("the data version", () => {
  for (const [table, writes] of Object.entries(WRITES)) {
    it(`changes with every insert, update and delete on ${table}`, async () => {
      const { client } = await seededStore();
      for (const write of writes) {
        const before = await version(client);
        const { rowsAffected } = await client.execute(write);
        expect(rowsAffected).toBe(1);
        expect(await version(client)).toBeGreaterThan(before);
      }
    });
  }

  it("stays as it is when other tables are written (an update's claim)", async () => {
    const { client } = await seededStore();
    const before = await version(client);
    await client.execute("INSERT INTO processed_updates (update_id) VALUES (1)");
    expect(await version(client)).toBe(before);
  });
});

describe("reading the data version on an embedded file", () => {
  it("fails as any statement would once the store is unusable: as the store being unavailable", async () => {
    const dir = mkdtempSync(join(tmpdir(), "tanya-version-"));
    const { client } = await preparedFile({ url: `file:${join(dir, "v.db")}` });
    try {
      expect(await readDataVersion(client)).toBeGreaterThan(0);
      client.close();
      const failure = await readDataVersion(client).catch((error: unknown) => error);
      expect(isStoreUnavailable(failure)).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
