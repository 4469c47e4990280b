import { createClient, LibsqlBatchError, LibsqlError } from "@libsql/client";
import { afterEach, describe, expect, it } from "vitest";
import { EmbeddedClient } from "../../src/store/embedded-client.ts";

let client: EmbeddedClient;
afterEach(() => client?.close());

async function table(): Promise<EmbeddedClient> {
  client = new EmbeddedClient(":memory:");
  await client.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT NOT NULL, data BLOB)");
  return client;
}

describe("the embedded client", () => {
  it("gives rows as @libsql/client does: by name and by index, only names enumerable", async () => {
    const embedded = await table();
    const reference = createClient({ url: ":memory:" });
    const sql = "SELECT 1 AS one, 'a' AS a, 2 AS one, NULL AS empty, 2.5 AS half";
    try {
      for (const query of [sql, "SELECT 7 AS n, 'x' AS s"]) {
        const [mine, theirs] = await Promise.all([
          embedded.execute(query),
          reference.execute(query),
        ]);
        expect(mine.columns).toEqual(theirs.columns);
        const [row, expected] = [mine.rows[0], theirs.rows[0]];
        expect(Object.keys(row ?? {})).toEqual(Object.keys(expected ?? {}));
        expect(Array.prototype.slice.call(row)).toEqual(Array.prototype.slice.call(expected));
        expect({ ...row }).toEqual({ ...expected });
        expect(JSON.stringify(row)).toBe(JSON.stringify(expected));
      }
    } finally {
      reference.close();
    }
  });

  it("runs a statement again with new arguments, positional and named", async () => {
    const c = await table();
    const insert = "INSERT INTO t (id, name) VALUES (?, ?)";
    await c.execute({ sql: insert, args: [1, "satu"] });
    const second = await c.execute({ sql: insert, args: [2, "dua"] });
    const named = await c.execute({ sql: "SELECT name FROM t WHERE id = :id", args: { id: 2 } });

    expect(second.rowsAffected).toBe(1);
    expect(second.lastInsertRowid).toBe(2n);
    expect(named.rows.map((row) => row.name)).toEqual(["dua"]);
  });

  it("rolls a failing batch back whole and names the failing statement and its code", async () => {
    const c = await table();
    await c.execute("INSERT INTO t (id, name) VALUES (1, 'satu')");
    const failure = await c
      .batch(
        [
          "INSERT INTO t (id, name) VALUES (2, 'dua')",
          "INSERT INTO t (id, name) VALUES (1, 'lagi')",
        ],
        "write",
      )
      .catch((error: unknown) => error);
    const { rows } = await c.execute("SELECT count(*) AS n FROM t");

    expect(failure).toBeInstanceOf(LibsqlBatchError);
    expect(failure).toMatchObject({ statementIndex: 1, code: "SQLITE_CONSTRAINT" });
    expect(rows[0]?.n).toBe(1);
  });

  it("sees a column added after a statement was first prepared", async () => {
    const c = await table();
    await c.execute("INSERT INTO t (id, name) VALUES (1, 'satu')");
    await c.execute("SELECT * FROM t");
    await c.execute("ALTER TABLE t ADD COLUMN extra TEXT DEFAULT 'baru'");
    const { columns, rows } = await c.execute("SELECT * FROM t");

    expect(columns).toEqual(["id", "name", "data", "extra"]);
    expect(rows[0]?.extra).toBe("baru");
  });

  it("refuses an integer a number cannot hold, and reads blobs as ArrayBuffers", async () => {
    const c = await table();
    await c.execute({
      sql: "INSERT INTO t VALUES (?, 'x', ?)",
      args: [2n ** 60n, new Uint8Array([1, 2])],
    });

    await expect(c.execute("SELECT id FROM t")).rejects.toThrow(RangeError);
    const { rows } = await c.execute("SELECT data FROM t");
    expect(new Uint8Array(rows[0]?.data as ArrayBuffer)).toEqual(new Uint8Array([1, 2]));
  });

  it("fails as a closed client once closed, with the code unavailable.ts maps", async () => {
    const c = await table();
    c.close();
    const failure = await c.execute("SELECT 1").catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(LibsqlError);
    expect(failure).toMatchObject({ code: "CLIENT_CLOSED" });
  });

  it("does not leave a transaction opened by a lone BEGIN to the next caller", async () => {
    const c = await table();
    await c.execute("BEGIN");
    await c.execute("INSERT INTO t (id, name) VALUES (1, 'satu')");
    const { rows } = await c.execute("SELECT count(*) AS n FROM t");
    expect(rows[0]?.n).toBe(1);
  });

  it("reads one value as execute gives it, leaving no snapshot open for later reads", async () => {
    const c = await table();
    await c.execute("INSERT INTO t (id, name) VALUES (1, 'satu'), (2, 'dua')");
    const sql = "SELECT id, name FROM t ORDER BY id";

    expect(c.firstValue(sql)).toBe((await c.execute(sql)).rows[0]?.id);
    expect(c.firstValue("SELECT name FROM t WHERE id = 9")).toBeUndefined();
    await c.execute("UPDATE t SET id = 0 WHERE id = 2");
    expect(c.firstValue(sql)).toBe(0);
  });

  it("refuses to read a value with a statement that writes, writing nothing", async () => {
    const c = await table();
    expect(() => c.firstValue("INSERT INTO t (id, name) VALUES (1, 'satu')")).toThrow(/reads/);
    expect((await c.execute("SELECT count(*) AS n FROM t")).rows[0]?.n).toBe(0);
  });
});
