// The draft lifecycle in the store, on real libSQL with the real migrations:
// previews see the draft and users do not, every write is audited, a failing
// batch writes nothing, and a draft acts only while it is the open one.

import type { Client } from "@libsql/client";
import { sql } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import type { DraftData } from "../../src/domain/import/draft-data.ts";
import type { FactsRequest } from "../../src/domain/types.ts";
import { createAdminStore } from "../../src/store/admin-store.ts";
import { typed } from "../../src/store/typed.ts";
import { DECEMBER_DRAFT } from "../support/draft-meta.ts";
import { type SeededStore, seededStore } from "../support/reference.ts";
import { rowCounts } from "../support/row-counts.ts";

const DATA: DraftData = {
  asOf: "2024-12-31",
  observations: [
    { indicator: "ikd", region: "64", value: 6.5, sourceRank: null },
    { indicator: "ikd", region: "64.03", value: 2.1, sourceRank: "lowest" },
  ],
  targets: [{ indicator: "ikd", year: 2024, value: 35 }],
};

const IKD_KALTIM: FactsRequest = { indicators: ["ikd"], regions: ["64"], childrenOf: [] };

let seeded: SeededStore;
let store: ReturnType<typeof createAdminStore>;
let draftId: number;
beforeEach(async () => {
  seeded = await seededStore();
  store = createAdminStore(seeded.client);
  draftId = ok(await store.drafts.create(DECEMBER_DRAFT, "tg:1", DATA)).id;
});

function ok<T>(outcome: { ok: T } | { refused: unknown }): T {
  if (!("ok" in outcome)) throw new Error(`refused: ${JSON.stringify(outcome.refused)}`);
  return outcome.ok;
}

async function actions(client: Client): Promise<string[]> {
  const { rows } = await client.execute("SELECT action FROM audit_log ORDER BY id");
  return rows.map((row) => String(row.action));
}

describe("the facts users see", () => {
  it("leave a draft out, and a preview takes it in, targets included", async () => {
    const current = (facts: Awaited<ReturnType<typeof seeded.facts.facts>>) => [
      facts.observations.find((o) => o.recency === 1)?.value,
      facts.targets.find((t) => t.year === 2024)?.value,
      facts.releases.map((r) => r.id),
    ];
    expect(current(await seeded.facts.facts(IKD_KALTIM))).toEqual([4.48, 30, [1]]);
    expect(current(await seeded.facts.facts({ ...IKD_KALTIM, includeDraft: draftId }))).toEqual([
      6.5,
      35,
      [draftId, 1],
    ]);
  });

  it("change as soon as the draft is published, in the same process", async () => {
    const published = ok(await store.drafts.publish(draftId, "tg:1"));
    expect(published).toMatchObject({
      observations: 2,
      targets: 1,
      release: { status: "published" },
    });
    const facts = await seeded.facts.facts(IKD_KALTIM);
    expect(facts.observations.map((o) => [o.value, o.recency])).toEqual([
      [6.5, 1],
      [4.48, 2],
    ]);
    expect(facts.targets).toMatchObject([
      { year: 2024, value: 35, releaseId: draftId, source: DECEMBER_DRAFT.source },
    ]);
  });
});

describe("every write", () => {
  it("is audited, one change per command, an import as one change of many rows", async () => {
    ok(await store.drafts.setValue({ indicator: "kia", region: "64", value: 75 }, "tg:1"));
    ok(await store.drafts.removeValue({ indicator: "kia", region: "64" }, "tg:1"));
    ok(await store.drafts.setTarget({ indicator: "kia", year: 2024, value: 65 }, "tg:1"));
    ok(await store.drafts.edit("title", "Akhir 2024", "tg:1"));
    ok(await store.drafts.importData(DATA, "cli"));
    ok(await store.drafts.undo("tg:1"));
    ok(await store.drafts.publish(draftId, "tg:1"));
    ok(
      await store.corrections.correct({ indicator: "ikd", region: "64", value: 6.4 }, null, "tg:1"),
    );
    ok(await store.editors.add(5, "tg:1"));
    ok(await store.editors.remove(5, "tg:1"));
    expect(
      (await store.history.recent(50)).map((e) => [e.action, e.observations, e.targets]),
    ).toEqual([
      ["remove_editor", 0, 0],
      ["add_editor", 0, 0],
      ["correct", 1, 0],
      ["publish", 0, 0],
      ["undo", 0, 0],
      ["import", 2, 1],
      ["update_draft", 0, 0],
      ["set_target", 0, 1],
      ["remove_value", 1, 0],
      ["set_value", 1, 0],
      ["import", 2, 1],
      ["create_draft", 0, 0],
    ]);
  });

  it("changes the data version in its batch", async () => {
    const version = async () =>
      Number(
        (await seeded.client.execute("SELECT value FROM meta WHERE key = 'data_version'")).rows[0]
          ?.value,
      );
    const before = await version();
    ok(await store.drafts.setValue({ indicator: "kia", region: "64", value: 75 }, "tg:1"));
    expect(await version()).toBeGreaterThan(before);
  });

  it("that fails part-way writes nothing at all", async () => {
    const before = await rowCounts(seeded.client);
    const bad: DraftData = {
      asOf: null,
      observations: [
        ...Array.from({ length: 499 }, (_, i) => ({
          indicator: "ikd",
          region: "64.03",
          value: i / 10,
          sourceRank: null,
        })),
        // Not a region: the foreign key fails the batch after 499 good rows.
        { indicator: "ikd", region: "99.99", value: 1, sourceRank: null },
      ],
      targets: [],
    };
    await expect(store.drafts.importData(bad, "cli")).rejects.toThrow(/FOREIGN KEY/);
    expect(await rowCounts(seeded.client)).toEqual(before);
  });
});

describe("undo", () => {
  it("restores the values and ranks an import replaced, and removes the ones it added", async () => {
    ok(
      await store.drafts.importData(
        {
          asOf: null,
          observations: [
            { indicator: "ikd", region: "64.03", value: 3, sourceRank: null },
            { indicator: "kia", region: "64", value: 70, sourceRank: null },
          ],
          targets: [{ indicator: "ikd", year: 2024, value: 40 }],
        },
        "cli",
      ),
    );
    const undone = ok(await store.drafts.undo("tg:1"));
    expect(undone).toMatchObject({ action: "import", observations: 2, targets: 1 });
    const draft = await store.drafts.open();
    expect(
      draft?.observations.map(({ indicator, region, value, sourceRank }) => [
        indicator,
        region,
        value,
        sourceRank,
      ]),
    ).toEqual([
      ["ikd", "64", 6.5, null],
      ["ikd", "64.03", 2.1, "lowest"],
    ]);
    expect(draft?.targets.map((t) => t.value)).toEqual([35]);
  });

  it("keeps a region's own target beside the national one, evidence and counts, and undoes them", async () => {
    ok(
      await store.drafts.importData(
        {
          asOf: null,
          observations: [
            {
              indicator: "kia",
              region: "64",
              value: 70.85,
              sourceRank: null,
              count: 812_400,
              evidence: "KIA Kaltim tercatat 70,85 persen atau 812.400 anak.",
            },
          ],
          targets: [
            { indicator: "ikd", year: 2024, value: 35, scope: "64" },
            { indicator: "ikd", year: 2024, value: 30, scope: "national" },
          ],
        },
        "cli",
      ),
    );
    const stored = async (sql: string) =>
      (await seeded.client.execute(sql)).rows.map((r) => ({ ...r }));
    expect(
      await stored(
        `SELECT count, evidence FROM observations WHERE release_id = ${draftId} AND indicator = 'kia'`,
      ),
    ).toEqual([
      { count: 812_400, evidence: "KIA Kaltim tercatat 70,85 persen atau 812.400 anak." },
    ]);
    const targets = `SELECT scope, value FROM targets WHERE release_id = ${draftId} ORDER BY scope`;
    expect(await stored(targets)).toEqual([
      { scope: "64", value: 35 },
      { scope: "national", value: 30 },
    ]);
    // The national 30 replaced the draft's 35; the region's own 35 was new.
    ok(await store.drafts.undo("tg:1"));
    expect(await stored(targets)).toEqual([{ scope: "national", value: 35 }]);
  });

  it("stops at the creation of the draft", async () => {
    ok(await store.drafts.undo("tg:1"));
    expect(await store.drafts.undo("tg:1")).toEqual({ refused: { reason: "nothing-to-undo" } });
    expect((await store.drafts.open())?.release.id).toBe(draftId);
  });
});

describe("one open draft", () => {
  it("refuses a second draft while one is open", async () => {
    expect(await store.drafts.create(DECEMBER_DRAFT, "tg:2")).toMatchObject({
      refused: { reason: "draft-open", draft: { id: draftId } },
    });
  });

  it("is published once, however many presses race, with its extra statements once", async () => {
    const outbox = (id: number) => [
      typed(seeded.client).db.run(
        sql`INSERT INTO meta (key, value) VALUES ('outbox', ${String(id)}) ON CONFLICT (key) DO UPDATE SET value = value || ',' || excluded.value`,
      ),
    ];
    const results = await Promise.all([
      store.drafts.publish(draftId, "tg:1", outbox),
      store.drafts.publish(draftId, "tg:2", outbox),
    ]);
    expect(results.filter((r) => "ok" in r)).toHaveLength(1);
    expect(results.filter((r) => "refused" in r)).toEqual([{ refused: { reason: "stale-draft" } }]);
    expect((await actions(seeded.client)).filter((a) => a === "publish")).toHaveLength(1);
    const { rows } = await seeded.client.execute("SELECT value FROM meta WHERE key = 'outbox'");
    expect(rows[0]?.value).toBe(String(draftId));
  });

  it("publishes nothing when a statement run with the publication fails", async () => {
    const before = await rowCounts(seeded.client);
    await expect(
      store.drafts.publish(draftId, "tg:1", () => [
        typed(seeded.client).db.run(sql`INSERT INTO no_such_table VALUES (1)`),
      ]),
    ).rejects.toThrow();
    expect(await rowCounts(seeded.client)).toEqual(before);
    expect((await store.drafts.open())?.release.status).toBe("draft");
  });

  it("discarded takes its values and targets with it, and keeps its history", async () => {
    ok(await store.drafts.discard(draftId, "tg:1"));
    expect(await store.drafts.open()).toBeNull();
    const counts = await rowCounts(seeded.client);
    expect([counts.releases, counts.observations, counts.targets]).toEqual([1, 12, 2]);
    expect(await actions(seeded.client)).toEqual([
      "create_draft",
      "import",
      "import",
      "import",
      "discard",
    ]);
    expect(await store.drafts.discard(draftId, "tg:1")).toEqual({
      refused: { reason: "stale-draft" },
    });
  });
});

describe("corrections", () => {
  it("change the value users see, flag it, and return what a notice needs", async () => {
    const correction = ok(
      await store.corrections.correct(
        { indicator: "ikd", region: "64.03", value: 1.84 },
        "salah ketik",
        "tg:1",
      ),
    );
    expect(correction).toMatchObject({
      release: { id: 1 },
      old: 1.74,
      new: 1.84,
      reason: "salah ketik",
    });
    const facts = await seeded.facts.facts({
      indicators: ["ikd"],
      regions: ["64.03"],
      childrenOf: [],
    });
    expect(facts.observations).toMatchObject([{ value: 1.84, corrected: true, releaseId: 1 }]);
  });
});

describe("the release catalog", () => {
  it("lists releases and exports what users see, or one release", async () => {
    ok(await store.drafts.publish(draftId, "tg:1"));
    expect((await store.releases.list()).map((r) => [r.id, r.status, r.observations])).toEqual([
      [draftId, "published", 2],
      [1, "published", 12],
    ]);
    const current = ok(await store.releases.exportRows());
    expect(current.filter((r) => r.indicator === "ikd")).toEqual([
      { regionName: "Kalimantan Timur", indicator: "ikd", value: 6.5 },
      { regionName: "Kabupaten Berau", indicator: "ikd", value: 2.1 },
      { regionName: "Kabupaten Penajam Paser Utara", indicator: "ikd", value: 10.46 },
    ]);
    expect(ok(await store.releases.exportRows(draftId))).toHaveLength(2);
    expect(await store.releases.exportRows(99)).toEqual({
      refused: { reason: "unknown-release", releaseId: 99 },
    });
  });
});

describe("pending imports", () => {
  it("are their owner's, taken once, and expire after a day", async () => {
    const pending = { kind: "csv" as const, data: DATA, presentedOn: null, source: null };
    const id = await store.pendingImports.save(10, pending);
    expect(await store.pendingImports.get(id, 11)).toBeNull();
    expect(await store.pendingImports.take(id, 10)).toEqual(pending);
    expect(await store.pendingImports.take(id, 10)).toBeNull();

    const old = await store.pendingImports.save(10, pending);
    await seeded.client.execute({
      sql: "UPDATE pending_imports SET created_at = '2020-01-01T00:00:00.000Z' WHERE id = ?",
      args: [old],
    });
    expect(await store.pendingImports.get(old, 10)).toBeNull();
    await store.pendingImports.save(10, pending);
    expect((await rowCounts(seeded.client)).pending_imports).toBe(1);
  });
});
