// Opening, migrating and preparing a libSQL database. Node only (filesystem,
// migration files): a Workers entry creates its own HTTP client and hands it to
// the repositories, which need nothing but a Client.

import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { type Client, createClient } from "@libsql/client";
import { drizzle, type LibSQLDatabase } from "drizzle-orm/libsql";
import { migrate } from "drizzle-orm/libsql/migrator";
import * as schema from "./schema.ts";
import { seedDatabase } from "./seed.ts";
import { reportingUnavailability } from "./unavailable.ts";

export interface DatabaseConfig {
  /** `file:data/tanya.db`, `:memory:`, `libsql://…` or `https://…`. */
  url: string;
  authToken?: string;
}

export interface Database {
  client: Client;
  db: LibSQLDatabase<typeof schema>;
}

/** Resolved from this file, so migrations are found whatever the working directory. */
const MIGRATIONS_FOLDER = fileURLToPath(new URL("../../drizzle", import.meta.url));

export function openDatabase({ url, authToken }: DatabaseConfig): Database {
  const path = localFilePath(url);
  if (path !== undefined) mkdirSync(dirname(path), { recursive: true });
  // An embedded file runs every statement synchronously on this thread, so more
  // connections (the client opens up to 20 under concurrent calls) add memory,
  // cold caches and slower tail latency, never parallelism. One is enough: the
  // project writes with atomic batches, and an interactive transaction would
  // hold the only connection until it ends (other calls then fail at once).
  const options = path === undefined ? { url } : { url, concurrency: 1 };
  // A database that fails (gone, locked, read-only) says so as StoreUnavailable.
  const client = reportingUnavailability(
    createClient(authToken === undefined ? options : { ...options, authToken }),
  );
  return { client, db: drizzle({ client, schema }) };
}

export async function migrateDatabase(db: LibSQLDatabase<typeof schema>): Promise<void> {
  await migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
}

/**
 * What `npm start` needs from an embedded database: the latest schema,
 * reference data once, and a journal fit for a server.
 */
export async function prepareDatabase(config: DatabaseConfig): Promise<Database> {
  const database = openDatabase(config);
  await migrateDatabase(database.db);
  const { rows } = await database.client.execute("SELECT EXISTS (SELECT 1 FROM regions) AS seeded");
  if (rows[0]?.seeded === 0) await seedDatabase(database.client);
  if (localFilePath(config.url) !== undefined) await useWriteAheadLog(database.client);
  return database;
}

/**
 * The embedded file writes synchronously on the event loop, and with SQLite's
 * default rollback journal every write (one per webhook update: its claim)
 * waits for several fsyncs, about 2 ms here: that, not answering, bounded
 * throughput. A write-ahead log with synchronous=NORMAL writes in about 0.05 ms,
 * lets readers go on during a write (a CLI import beside a running bot), and
 * stays consistent after any crash; a power cut may lose the last commits.
 * WAL is kept in the file; synchronous holds for the client's one connection.
 */
async function useWriteAheadLog(client: Client): Promise<void> {
  await client.execute("PRAGMA journal_mode = WAL");
  await client.execute("PRAGMA synchronous = NORMAL");
}

/** The path of a `file:` URL ("file:data/x.db", "file:///srv/x.db"), or undefined for other URLs. */
function localFilePath(url: string): string | undefined {
  if (!url.startsWith("file:")) return undefined;
  const withoutQuery = url.split("?")[0] ?? url;
  return withoutQuery.startsWith("file://")
    ? fileURLToPath(withoutQuery)
    : withoutQuery.slice("file:".length);
}
