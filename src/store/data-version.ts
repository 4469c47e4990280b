// meta.data_version: an integer that changes with every change to the data
// answers read (regions, aliases, indicators, releases, observations, targets).
// SQLite's triggers change it in the writing transaction itself
// (drizzle/0012_data_version_triggers.sql), so no writer can forget it; it
// counts rows, so only "changed or not" means anything. Readers that cache
// (reference data, facts, charts) compare it to notice changes. A table rebuilt
// by a future migration loses its triggers: the data-version test catches that.

import type { Client, InStatement, ResultSet } from "@libsql/client";
import { eq, sql } from "drizzle-orm";
import { meta } from "./schema.ts";
import { oneRow, type TypedDatabase } from "./typed.ts";

const DATA_VERSION = "data_version";

/** Counts meta.data_version up, for a write to a table without triggers (admins). */
export function dataVersionBump(db: TypedDatabase) {
  return db
    .insert(meta)
    .values({ key: DATA_VERSION, value: "1" })
    .onConflictDoUpdate({
      target: meta.key,
      set: { value: sql`CAST(${meta.value} AS INTEGER) + 1` },
    });
}

/** The data version as an integer expression (0 before the first write), for a select. */
export function dataVersionValue(db: TypedDatabase) {
  return sql<number>`COALESCE((${db
    .select({ version: sql`CAST(${meta.value} AS INTEGER)` })
    .from(meta)
    .where(eq(meta.key, DATA_VERSION))}), 0)`;
}

/**
 * A one-row source holding the data version, for a read that joins what
 * belongs to that version in the same statement.
 */
export function currentDataVersion(db: TypedDatabase) {
  return db
    .select({ version: dataVersionValue(db).as("version") })
    .from(oneRow)
    .as("current_version");
}

/** Reads the data version (0 before the first write), alone or in a read batch. */
export function selectTypedDataVersion(db: TypedDatabase) {
  return db.select({ version: dataVersionValue(db) }).from(oneRow);
}

// The untyped statement below is what the reference query batches with, the
// facts cache reads and the facts statement embeds as a subquery (SQL, sent
// without drizzle on the hot path).
export const DATA_VERSION_SQL =
  "SELECT CAST(value AS INTEGER) AS version FROM meta WHERE key = 'data_version'";
export const selectDataVersion: InStatement = DATA_VERSION_SQL;

/** 0 for a database that has never been written by the application. */
export function dataVersionOf(result: ResultSet): number {
  return Number(result.rows[0]?.version ?? 0);
}

/** A client that reads one value without building a result set (embedded-client.ts). */
interface FirstValueReader {
  firstValue(sql: string): unknown;
}

function readsFirstValue(client: Client): client is Client & FirstValueReader {
  return typeof (client as Partial<FirstValueReader>).firstValue === "function";
}

/**
 * Reads the data version alone: a cached question's one statement, so sent
 * straight to the client (a third of the cost of the same read through drizzle).
 * An embedded client reads the value itself, a fraction of a result set's
 * cost; the wrappers around it (the deleted-file check, failures said as the
 * store being unavailable) are skipped, so a failed read is made again
 * through them, to fail as any other statement would. A read needs no
 * deleted-file check: the file's last data is still what it was.
 */
export async function readDataVersion(client: Client): Promise<number> {
  if (readsFirstValue(client)) {
    try {
      return Number(client.firstValue(DATA_VERSION_SQL) ?? 0);
    } catch {
      // Reported by the wrapped read below.
    }
  }
  return dataVersionOf(await client.execute(selectDataVersion));
}
