// The dev Hrana server, spoken to by the clients that will use it: @libsql/client's
// HTTP client (as the Worker does, protocol v2) and the Hrana client itself at v3
// (get_autocommit, is_autocommit conditions, cursors).

import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Client, createClient, LibsqlError } from "@libsql/client";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type HranaServer, startHranaServer } from "../../dev/hrana/server.ts";
import { migrateDatabase, openDatabase } from "../../src/store/db.ts";

let directory: string;
let server: HranaServer;
let client: Client;

beforeAll(async () => {
  directory = mkdtempSync(join(tmpdir(), "hrana-"));
  server = await startHranaServer({ path: join(directory, "test.db") });
  client = createClient({ url: server.url });
});

afterAll(async () => {
  client?.close();
  await server?.close();
  rmSync(directory, { recursive: true, force: true });
});

beforeEach(async () => {
  await client.executeMultiple(`
    DROP TABLE IF EXISTS t;
    CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, score REAL, data BLOB);
  `);
});

describe("execute", () => {
  it("binds positional and named arguments and reads every value type back", async () => {
    const big = 9_007_199_254_740_993n; // beyond a double's exact integers
    const inserted = await client.execute({
      sql: "INSERT INTO t (id, name, score, data) VALUES (?, ?, ?, ?)",
      args: [big, "Kaltim", 2.5, new Uint8Array([1, 2, 255])],
    });
    expect(inserted.rowsAffected).toBe(1);
    expect(inserted.lastInsertRowid).toBe(big);
    await client.execute({
      sql: "INSERT INTO t (id, name, score) VALUES (:id, :name, NULL)",
      args: { id: 7, name: "Jatim" },
    });

    const intClient = createClient({ url: server.url, intMode: "bigint" });
    const { rows, columns, columnTypes } = await intClient.execute(
      "SELECT id, name, score, data FROM t ORDER BY name",
    );
    intClient.close();
    expect(columns).toEqual(["id", "name", "score", "data"]);
    expect(columnTypes).toEqual(["INTEGER", "TEXT", "REAL", "BLOB"]);
    expect(rows.map((row) => [row.id, row.name, row.score])).toEqual([
      [7n, "Jatim", null],
      [big, "Kaltim", 2.5],
    ]);
    expect(new Uint8Array(rows[1]?.data as ArrayBuffer)).toEqual(new Uint8Array([1, 2, 255]));
  });

  it("reports the rows a RETURNING statement changed", async () => {
    const result = await client.execute("INSERT INTO t (name) VALUES ('a'), ('b') RETURNING id");
    expect(result.rows).toHaveLength(2);
    expect(result.rowsAffected).toBe(2);
  });

  it("fails a bad statement with SQLite's code", async () => {
    await client.execute("INSERT INTO t (name) VALUES ('x')");
    const failure = await client.execute("INSERT INTO t (name) VALUES ('x')").catch((e) => e);
    expect(failure).toBeInstanceOf(LibsqlError);
    expect(failure.code).toMatch(/^SQLITE_CONSTRAINT/);
    await expect(client.execute("SELEC 1")).rejects.toThrow(/syntax error/);
  });
});

describe("batch", () => {
  it("commits every statement together", async () => {
    const results = await client.batch(
      [
        "INSERT INTO t (name) VALUES ('a')",
        "INSERT INTO t (name) VALUES ('b')",
        "SELECT count(*) AS n FROM t",
      ],
      "write",
    );
    expect(results[2]?.rows[0]?.n).toBe(2);
  });

  it("rolls back every statement when one fails", async () => {
    await expect(
      client.batch(
        ["INSERT INTO t (name) VALUES ('a')", "INSERT INTO t (name) VALUES ('a')"],
        "write",
      ),
    ).rejects.toThrow(/UNIQUE/);
    const { rows } = await client.execute("SELECT count(*) AS n FROM t");
    expect(rows[0]?.n).toBe(0);
  });

  it("reads in a read-only transaction, which refuses writes", async () => {
    const [read] = await client.batch(["SELECT 1 AS one"], "read");
    expect(read?.rows[0]?.one).toBe(1);
    await expect(client.batch(["INSERT INTO t (name) VALUES ('a')"], "read")).rejects.toThrow();
  });
});

describe("interactive transactions (batons)", () => {
  it("keeps one stream across requests and commits at the end", async () => {
    const tx = await client.transaction("write");
    await tx.execute("INSERT INTO t (name) VALUES ('a')");
    const inside = await tx.execute("SELECT count(*) AS n FROM t");
    expect(inside.rows[0]?.n).toBe(1);
    await tx.commit();
    const { rows } = await client.execute("SELECT count(*) AS n FROM t");
    expect(rows[0]?.n).toBe(1);
  });

  it("discards what a rolled-back transaction wrote", async () => {
    const tx = await client.transaction("write");
    await tx.execute("INSERT INTO t (name) VALUES ('a')");
    await tx.rollback();
    const { rows } = await client.execute("SELECT count(*) AS n FROM t");
    expect(rows[0]?.n).toBe(0);
  });

  it("refuses a baton it did not hand out", async () => {
    const response = await fetch(`${server.url}/v2/pipeline`, {
      method: "POST",
      body: JSON.stringify({ baton: "forged", requests: [{ type: "close" }] }),
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ message: expect.stringMatching(/baton/) });
  });
});

describe("migrations", () => {
  it("runs client.migrate and the project's own migrations over HTTP", async () => {
    await client.migrate(["CREATE TABLE m (x)", "INSERT INTO m VALUES (1)"]);
    const { rows } = await client.execute("SELECT x FROM m");
    expect(rows[0]?.x).toBe(1);

    const database = openDatabase({ url: server.url });
    const report = await migrateDatabase(database);
    expect(report.applied.length).toBeGreaterThan(0);
    expect((await migrateDatabase(database)).applied).toEqual([]);
    database.client.close();
  });
});

describe("protocol version 3 (JSON)", () => {
  // @libsql/client speaks v2 over HTTP, and its Hrana client reaches v3 only in
  // protobuf, so v3 JSON is spoken here by hand, as the spec writes it.
  it("answers GET /v2 and /v3, and 404 for protobuf, which clients then skip", async () => {
    expect((await fetch(`${server.url}/v2`)).status).toBe(200);
    expect((await fetch(`${server.url}/v3`)).status).toBe(200);
    expect((await fetch(`${server.url}/v3-protobuf`)).status).toBe(404);
  });

  it("runs a conditional batch on is_autocommit and reports get_autocommit", async () => {
    const step = (sql: string, condition?: object) => ({ condition, stmt: { sql } });
    const body = await post("/v3/pipeline", {
      baton: null,
      requests: [
        { type: "get_autocommit" },
        {
          type: "batch",
          batch: {
            steps: [
              step("BEGIN"),
              step("INSERT INTO t (name) VALUES ('a')", {
                type: "not",
                cond: { type: "is_autocommit" },
              }),
              step("INSERT INTO t (name) VALUES ('a')", { type: "ok", step: 1 }),
              step("ROLLBACK", { type: "error", step: 2 }),
              step("SELECT 1", { type: "and", conds: [{ type: "ok", step: 2 }] }),
            ],
          },
        },
        { type: "get_autocommit" },
        { type: "close" },
      ],
    });
    expect(body.baton).toBeNull();
    const [before, batch, after, close] = body.results;
    expect(before.response).toEqual({ type: "get_autocommit", is_autocommit: true });
    const { step_results, step_errors } = batch.response.result;
    expect(step_results.map((r: unknown) => r !== null)).toEqual([true, true, false, true, false]);
    expect(step_errors[2].code).toMatch(/^SQLITE_CONSTRAINT/);
    expect(after.response.is_autocommit).toBe(true);
    expect(close.response.type).toBe("close");
    const { rows } = await client.execute("SELECT count(*) AS n FROM t");
    expect(rows[0]?.n).toBe(0);
  });

  it("streams a batch's results through a cursor, one JSON line each", async () => {
    await client.execute("INSERT INTO t (name) VALUES ('a'), ('b')");
    const response = await fetch(`${server.url}/v3/cursor`, {
      method: "POST",
      body: JSON.stringify({
        baton: null,
        batch: { steps: [{ stmt: { sql: "SELECT name FROM t ORDER BY name" } }] },
      }),
    });
    const lines = (await response.text())
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(lines[0]).toMatchObject({ base_url: null });
    expect(lines.slice(1).map((entry) => entry.type)).toEqual([
      "step_begin",
      "row",
      "row",
      "step_end",
    ]);
    expect(lines[2].row).toEqual([{ type: "text", value: "a" }]);
  });
});

// biome-ignore lint/suspicious/noExplicitAny: a protocol reply read field by field in assertions
async function post(path: string, body: object): Promise<any> {
  const response = await fetch(`${server.url}${path}`, {
    method: "POST",
    body: JSON.stringify(body),
  });
  expect(response.status).toBe(200);
  return response.json();
}
