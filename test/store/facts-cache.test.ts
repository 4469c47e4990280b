// The facts cache of an embedded store: a question asked again is served from
// memory while the data version stands, and every kind of write, by this
// process or another on the same file, makes the next answer the database's.

import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Client } from "@libsql/client";
import { afterEach, describe, expect, it } from "vitest";
import type { Facts, FactsRequest } from "../../src/domain/types.ts";
import { createAdminStore } from "../../src/store/admin-store.ts";
import { openDatabase } from "../../src/store/db.ts";
import { createFactsCache } from "../../src/store/facts-cache.ts";
import { createFactsSource, type StoreFactsSource } from "../../src/store/facts-repository.ts";
import { countingClient } from "../../src/store/round-trips.ts";
import { DECEMBER_DRAFT } from "../support/draft-meta.ts";
import { preparedFile, seededStore } from "../support/reference.ts";

const IKD_KALTIM: FactsRequest = { indicators: ["ikd"], regions: ["64"], childrenOf: ["64"] };

function ok<T>(outcome: { ok: T } | { refused: unknown }): T {
  if (!("ok" in outcome)) throw new Error(`refused: ${JSON.stringify(outcome.refused)}`);
  return outcome.ok;
}

/** The province's own current IKD value. */
function kaltimIkd(facts: Facts): number | undefined {
  return facts.observations.find((o) => o.regionCode === "64" && o.recency === 1)?.value;
}

/** A cached source over a client that counts calls: a hit is one call (the version), a miss two. */
function cachedSource(client: Client) {
  const counter = countingClient(client);
  const source = createFactsSource(counter.client);
  return {
    source,
    /** The calls `ask` made. */
    async calls(ask: () => Promise<unknown>): Promise<number> {
      counter.reset();
      await ask();
      return counter.count();
    },
  };
}

/** What the facts statement itself returns now, read without any cache. */
function uncached(client: Client): StoreFactsSource {
  return createFactsSource(client, undefined, { factsCache: false });
}

describe("the facts cache", () => {
  it("serves a repeated question from memory, with one version read", async () => {
    const { client } = await seededStore();
    const { source, calls } = cachedSource(client);

    const first = await source.facts(IKD_KALTIM);
    expect(await calls(() => source.facts(IKD_KALTIM))).toBe(1);
    expect(await source.facts(IKD_KALTIM)).toBe(first);
    expect(first).toEqual(await uncached(client).facts(IKD_KALTIM));
    // Another request is another entry: read by the statement.
    expect(await calls(() => source.facts({ ...IKD_KALTIM, currentOnly: true }))).toBe(2);
  });

  it("hands out facts that cannot be changed, so no caller alters another's answer", async () => {
    const { client } = await seededStore();
    const { source } = cachedSource(client);
    const facts = await source.facts(IKD_KALTIM);

    expect(() => facts.observations.pop()).toThrow(TypeError);
    const first = facts.observations[0];
    if (first === undefined) throw new Error("no observation");
    expect(() => Object.assign(first, { value: 0 })).toThrow(TypeError);
  });

  it("answers with the new data after a publication", async () => {
    const { client } = await seededStore();
    const { source } = cachedSource(client);
    const admin = createAdminStore(client);
    const before = kaltimIkd(await source.facts(IKD_KALTIM));

    const draft = ok(
      await admin.drafts.create(DECEMBER_DRAFT, "tg:1", {
        asOf: "2024-12-31",
        observations: [{ indicator: "ikd", region: "64", value: 6.5, sourceRank: null }],
        targets: [],
      }),
    );
    // The draft is not the users' yet: the cached answer still holds.
    expect(kaltimIkd(await source.facts(IKD_KALTIM))).toBe(before);
    ok(await admin.drafts.publish(draft.id, "tg:1"));

    const after = await source.facts(IKD_KALTIM);
    expect(kaltimIkd(after)).toBe(6.5);
    expect(after).toEqual(await uncached(client).facts(IKD_KALTIM));
  });

  it("answers with the corrected value after a correction", async () => {
    const { client } = await seededStore();
    const { source } = cachedSource(client);
    const admin = createAdminStore(client);
    expect(kaltimIkd(await source.facts(IKD_KALTIM))).toBe(4.48);

    ok(
      await admin.corrections.correct(
        { indicator: "ikd", region: "64", value: 4.5 },
        "salah ketik",
        "tg:1",
      ),
    );

    const after = await source.facts(IKD_KALTIM);
    expect(kaltimIkd(after)).toBe(4.5);
    expect(after.observations.find((o) => o.regionCode === "64")?.corrected).toBe(true);
  });

  it("reads again after a draft's undo and discard, and never caches a preview", async () => {
    const { client } = await seededStore();
    const { source, calls } = cachedSource(client);
    const admin = createAdminStore(client);
    const draft = ok(await admin.drafts.create(DECEMBER_DRAFT, "tg:1"));
    const preview = { ...IKD_KALTIM, includeDraft: draft.id };
    await source.facts(IKD_KALTIM);

    ok(await admin.drafts.setValue({ indicator: "ikd", region: "64", value: 7 }, "tg:1"));
    expect(kaltimIkd(await source.facts(preview))).toBe(7);
    // A preview is read by the statement every time, and leaves nothing behind.
    expect(await calls(() => source.facts(preview))).toBe(1);
    expect(kaltimIkd(await source.facts(IKD_KALTIM))).toBe(4.48);

    ok(await admin.drafts.undo("tg:1"));
    expect(await calls(() => source.facts(IKD_KALTIM))).toBe(2);
    expect(kaltimIkd(await source.facts(preview))).toBe(4.48);

    ok(await admin.drafts.setValue({ indicator: "ikd", region: "64", value: 8 }, "tg:1"));
    ok(await admin.drafts.discard(draft.id, "tg:1"));
    expect(await calls(() => source.facts(IKD_KALTIM))).toBe(2);
    expect(await source.facts(IKD_KALTIM)).toEqual(await uncached(client).facts(IKD_KALTIM));
  });

  it("reads again, and reloads reference data, after an indicator edit", async () => {
    const { client } = await seededStore();
    const { source, calls } = cachedSource(client);
    const admin = createAdminStore(client);
    await source.facts(IKD_KALTIM);
    const ikd = (await admin.indicators.list()).find((indicator) => indicator.slug === "ikd");
    if (ikd === undefined) throw new Error("no ikd indicator");
    await source.reference();

    await admin.indicators.update(
      { ...ikd, nameId: "Identitas Kependudukan Digital (IKD)" },
      "tg:1",
    );

    expect(await calls(() => source.facts(IKD_KALTIM))).toBe(2);
    const reloaded = (await source.reference()).indicators.find((i) => i.slug === "ikd");
    expect(reloaded?.nameId).toBe("Identitas Kependudukan Digital (IKD)");
  });

  it("keeps no more entries than its cap, dropping the least recently used", async () => {
    const { client } = await seededStore();
    const counter = countingClient(client);
    const source = createFactsSource(counter.client, undefined, {
      factsCache: createFactsCache({ entries: 2, values: 1_000 }),
    });
    const ask = async (request: FactsRequest) => {
      counter.reset();
      await source.facts(request);
      return counter.count();
    };
    const kia = { ...IKD_KALTIM, indicators: ["kia"] };
    const ktp = { ...IKD_KALTIM, indicators: ["ktp_el"] };

    await ask(IKD_KALTIM);
    await ask(kia);
    expect(await ask(IKD_KALTIM)).toBe(1);
    await ask(ktp);
    expect(await ask(IKD_KALTIM)).toBe(1);
    expect(await ask(kia)).toBe(2);
  });

  it("keeps no facts bigger than its value cap", async () => {
    const { client } = await seededStore();
    const counter = countingClient(client);
    const source = createFactsSource(counter.client, undefined, {
      factsCache: createFactsCache({ entries: 10, values: 3 }),
    });

    await source.facts(IKD_KALTIM);
    counter.reset();
    await source.facts(IKD_KALTIM);
    expect(counter.count()).toBe(2);
  });
});

describe("the facts cache on a file another process writes", () => {
  let directory: string | undefined;
  afterEach(() => {
    if (directory !== undefined) rmSync(directory, { recursive: true, force: true });
    directory = undefined;
  });

  it("sees a release added through a second client on the same file", async () => {
    directory = mkdtempSync(join(tmpdir(), "facts-cache-"));
    const url = `file:${join(directory, "tanya.db")}`;
    const bot = await preparedFile({ url });
    const cli = openDatabase({ url });
    try {
      const source = createFactsSource(bot.client);
      expect(kaltimIkd(await source.facts(IKD_KALTIM))).toBe(4.48);

      // As a CLI import would: its own connection, plain SQL, no call into this process.
      await cli.client.batch(
        [
          `INSERT INTO releases (as_of, title, source, status)
           VALUES ('2025-06-30', 'Juni 2025', 'DKP3A Provinsi Kalimantan Timur', 'published')`,
          `INSERT INTO observations (release_id, indicator, region_code, value)
           VALUES ((SELECT max(id) FROM releases), 'ikd', '64', 9.25)`,
        ],
        "write",
      );

      expect(kaltimIkd(await source.facts(IKD_KALTIM))).toBe(9.25);
    } finally {
      cli.client.close();
      bot.client.close();
    }
  });
});
