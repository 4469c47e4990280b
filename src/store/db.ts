// Opening, migrating and preparing a libSQL database. Node only (filesystem,
// migration files): a Workers entry creates its own HTTP client and hands it to
// the repositories, which need nothing but a Client.

import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { type Client, createClient } from "@libsql/client";
import { DrizzleQueryError } from "drizzle-orm/errors";
import { drizzle, type LibSQLDatabase } from "drizzle-orm/libsql";
import { migrate } from "drizzle-orm/libsql/migrator";
import { connectionProblem } from "./connection-problem.ts";
import { EmbeddedClient } from "./embedded-client.ts";
import { guardingFile } from "./file-guard.ts";
import * as schema from "./schema.ts";
import { seedDatabase } from "./seed.ts";
import { reportingUnavailability } from "./unavailable.ts";

export interface DatabaseConfig {
  /** `file:data/tanya.db`, `:memory:`, `libsql://…` or `https://…`. */
  url: string;
  authToken?: string;
}

/** Where start-up says what it did that an operator should know (a new database file). */
export type StartupLog = (line: string) => void;

export interface Database {
  client: Client;
  db: LibSQLDatabase<typeof schema>;
}

/** Resolved from this file, so migrations are found whatever the working directory. */
const MIGRATIONS_FOLDER = fileURLToPath(new URL("../../drizzle", import.meta.url));

/** drizzle's record of the migrations it has applied. */
const MIGRATIONS_TABLE = "__drizzle_migrations";

/**
 * The directory of the default DATABASE_URL (file:data/tanya.db, config.ts):
 * created on first run. Any other missing directory is refused, so that a
 * typo in DATABASE_URL does not quietly start a new, empty database elsewhere.
 */
const DEFAULT_DATA_DIRECTORY = "data";

/** A file: DATABASE_URL whose directory does not exist. */
export class DatabaseLocationError extends Error {}

/** Opens (creating an embedded file if needed, said through `log`) without migrating. */
export function openDatabase({ url, authToken }: DatabaseConfig, log?: StartupLog): Database {
  const path = localFilePath(url);
  // A database file on disk; undefined for :memory: and remote databases.
  const file = path === undefined || path === "" || path.startsWith(":memory:") ? undefined : path;
  if (path !== undefined) ensureDirectory(dirname(path));
  // Said, because a new file where one was expected (a volume not mounted, a
  // typo in the path) means the data the operator relies on is elsewhere.
  if (file !== undefined && !existsSync(file)) {
    log?.(`creating a new database at ${resolve(file)} (DATABASE_URL)`);
  }
  // Embedded (a file or :memory:): one connection that keeps its statements
  // prepared (embedded-client.ts). Remote (Turso, the dev Hrana server): @libsql/client.
  const opened =
    path !== undefined || url === ":memory:"
      ? new EmbeddedClient(file ?? ":memory:")
      : createClient(authToken === undefined ? { url } : { url, authToken });
  // A database that fails (gone, locked, read-only, its file deleted) says so as StoreUnavailable.
  const client = reportingUnavailability(
    file === undefined ? opened : guardingFile(opened, resolve(file)),
  );
  return { client, db: drizzle({ client, schema }) };
}

/** What a migration run did: the migrations it applied, and the one the schema is now at. */
export interface MigrationReport {
  applied: string[];
  latest: string | undefined;
}

export async function migrateDatabase({ client, db }: Database): Promise<MigrationReport> {
  const before = await appliedMigrations(client);
  await migrate(db, { migrationsFolder: MIGRATIONS_FOLDER }).catch((error: unknown) => {
    // drizzle's "Failed query: CREATE TABLE … params:" says which statement, not
    // why; its cause (a read-only store, a refused token) is what to report.
    throw error instanceof DrizzleQueryError && error.cause !== undefined ? error.cause : error;
  });
  const after = await appliedMigrations(client);
  // drizzle applies the journal's migrations in order, so the count says which.
  const journal = migrationTags();
  return { applied: journal.slice(before, after), latest: journal[after - 1] };
}

async function appliedMigrations(client: Client): Promise<number> {
  const { rows } = await client.execute({
    sql: "SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?) AS present",
    args: [MIGRATIONS_TABLE],
  });
  if (rows[0]?.present === 0) return 0;
  const counted = await client.execute(`SELECT count(*) AS n FROM ${MIGRATIONS_TABLE}`);
  return Number(counted.rows[0]?.n ?? 0);
}

/** The names of the migrations in drizzle/, in the order they apply. */
function migrationTags(): string[] {
  const journal = JSON.parse(readFileSync(`${MIGRATIONS_FOLDER}/meta/_journal.json`, "utf8")) as {
    entries: { tag: string }[];
  };
  return journal.entries.map((entry) => entry.tag);
}

function ensureDirectory(directory: string): void {
  if (existsSync(directory)) return;
  if (resolve(directory) !== resolve(DEFAULT_DATA_DIRECTORY)) {
    throw new DatabaseLocationError(
      `DATABASE_URL: the directory ${JSON.stringify(directory)} does not exist. Create it first, or leave DATABASE_URL unset to use data/tanya.db`,
    );
  }
  mkdirSync(directory, { recursive: true });
}

/**
 * What `npm start` needs from an embedded database: the latest schema,
 * reference data once, and a journal fit for a server.
 */
export async function prepareDatabase(config: DatabaseConfig, log?: StartupLog): Promise<Database> {
  const path = localFilePath(config.url);
  const database = openDatabase(config, log);
  try {
    await migrateDatabase(database);
    const { rows } = await database.client.execute(
      "SELECT EXISTS (SELECT 1 FROM regions) AS seeded",
    );
    if (rows[0]?.seeded === 0) await seedDatabase(database.client);
    if (path !== undefined) await useWriteAheadLog(database.client);
  } catch (error) {
    database.client.close();
    throw startupProblem(error, config) ?? error;
  }
  return database;
}

/**
 * A remote database that cannot be reached, said as what to fix rather than
 * "fetch failed"; undefined for other failures, and for embedded files, whose
 * errors (permissions, a full disk) already name their cause.
 */
export function startupProblem(
  error: unknown,
  { url, authToken }: DatabaseConfig,
): Error | undefined {
  if (url === ":memory:" || localFilePath(url) !== undefined) return undefined;
  return connectionProblem(error, url, authToken !== undefined);
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
