import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { isStoreUnavailable, StoreUnavailable } from "../../src/domain/store-unavailable.ts";
import { DatabaseFileGone } from "../../src/store/database-file-gone.ts";
import { migrateDatabase, openDatabase } from "../../src/store/db.ts";
import { freePort } from "../support/free-port.ts";
import { seededStore } from "../support/reference.ts";

describe("a store client", () => {
  it("rejects with StoreUnavailable once closed, keeping libSQL's error as the cause", async () => {
    const { client } = await seededStore();
    client.close();

    const failure = await client.execute("SELECT 1").catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(StoreUnavailable);
    expect((failure as Error).cause).toMatchObject({ code: "CLIENT_CLOSED" });
  });

  it("rejects with StoreUnavailable when the database cannot be reached", async () => {
    const { client } = openDatabase({ url: `http://127.0.0.1:${await freePort()}` });

    await expect(client.batch(["SELECT 1"], "read")).rejects.toBeInstanceOf(StoreUnavailable);
    client.close();
  });

  it("passes statement errors through unchanged: retrying would not fix them", async () => {
    const { client } = await seededStore();

    const duplicate = await client
      .execute("INSERT INTO regions (code, name, level) VALUES ('64', 'again', 'province')")
      .catch((error: unknown) => error);
    const badSql = await client.execute("SELEC 1").catch((error: unknown) => error);

    expect(duplicate).toMatchObject({ name: "LibsqlError", code: "SQLITE_CONSTRAINT" });
    expect(badSql).toMatchObject({ name: "LibsqlError", code: "SQLITE_ERROR" });
    expect(isStoreUnavailable(duplicate)).toBe(false);
  });
});

describe("isStoreUnavailable", () => {
  it("finds the outage anywhere in a cause chain, as ORMs wrap errors", () => {
    const outage = new StoreUnavailable(new Error("SQLITE_BUSY"));
    const wrapped = new Error("Failed query", { cause: new Error("driver", { cause: outage }) });

    expect(isStoreUnavailable(wrapped)).toBe(true);
    expect(isStoreUnavailable(new Error("a bug"))).toBe(false);
    expect(isStoreUnavailable("not even an error")).toBe(false);
  });
});

describe("a store client over a database file", () => {
  it("checks the file on every call: a deleted file refuses reads and writes as StoreUnavailable", async () => {
    const dir = await mkdtemp(join(tmpdir(), "tanya-guard-"));
    const path = join(dir, "x.db");
    try {
      const { client } = openDatabase({ url: `file:${path}` });
      await client.execute("CREATE TABLE t (x)");
      await client.execute("INSERT INTO t VALUES (1)");
      await rm(path);

      const write = await client.execute("INSERT INTO t VALUES (2)").catch((e: unknown) => e);
      const batch = await client.batch(["SELECT * FROM t"], "read").catch((e: unknown) => e);
      client.close();

      expect(write).toBeInstanceOf(StoreUnavailable);
      expect((write as Error).cause).toBeInstanceOf(DatabaseFileGone);
      expect(batch).toBeInstanceOf(StoreUnavailable);
      expect(existsSync(path)).toBe(false);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe("migrating a store that refuses writes", () => {
  it("fails with the store's reason, not drizzle's Failed query: CREATE TABLE …", async () => {
    const database = openDatabase({ url: ":memory:" });
    await database.client.execute("PRAGMA query_only = ON");

    const failure = await migrateDatabase(database).catch((error: unknown) => error);
    database.client.close();

    expect(failure).toBeInstanceOf(StoreUnavailable);
    expect(String(failure)).toContain("SQLITE_READONLY");
    expect(String(failure)).not.toContain("Failed query");
  });
});
