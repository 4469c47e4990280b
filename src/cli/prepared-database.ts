// The database as every CLI command that reads or writes data opens it: migrated,
// and seeded when empty, exactly as `npm start` prepares it. A brand-new
// database file (or a Turso database nobody has migrated) then just works,
// whatever the first command run against it.

import { type Database, type DatabaseConfig, prepareDatabase } from "../store/db.ts";

export async function withPreparedDatabase<T>(
  config: DatabaseConfig,
  use: (database: Database) => Promise<T>,
): Promise<T> {
  const database = await prepareDatabase(config);
  try {
    return await use(database);
  } finally {
    database.client.close();
  }
}

/** For commands that manage the client's lifetime themselves. */
export function openPreparedDatabase(config: DatabaseConfig): Promise<Database> {
  return prepareDatabase(config);
}
