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
  const client = createClient(authToken === undefined ? { url } : { url, authToken });
  return { client, db: drizzle({ client, schema }) };
}

export async function migrateDatabase(db: LibSQLDatabase<typeof schema>): Promise<void> {
  await migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
}

/** What `npm start` needs from an embedded database: the latest schema, and reference data once. */
export async function prepareDatabase(config: DatabaseConfig): Promise<Database> {
  const database = openDatabase(config);
  await migrateDatabase(database.db);
  const { rows } = await database.client.execute("SELECT EXISTS (SELECT 1 FROM regions) AS seeded");
  if (rows[0]?.seeded === 0) await seedDatabase(database.client);
  return database;
}

/** The path of a `file:` URL ("file:data/x.db", "file:///srv/x.db"), or undefined for other URLs. */
function localFilePath(url: string): string | undefined {
  if (!url.startsWith("file:")) return undefined;
  const withoutQuery = url.split("?")[0] ?? url;
  return withoutQuery.startsWith("file://")
    ? fileURLToPath(withoutQuery)
    : withoutQuery.slice("file:".length);
}
