// The database as every CLI command that reads or writes data opens it: migrated,
// and seeded when empty, exactly as `npm start` prepares it. A brand-new
// database file (or a Turso database nobody has migrated) then just works,
// whatever the first command run against it.

import {
  type Database,
  type DatabaseConfig,
  prepareDatabase,
  type StartupLog,
} from "../store/db.ts";

/** The CLI's log lines go to stderr, as cli/main.ts's `log` does, so stdout stays the command's output. */
const toStderr: StartupLog = (line) => console.error(line);

export async function withPreparedDatabase<T>(
  config: DatabaseConfig,
  use: (database: Database) => Promise<T>,
  log: StartupLog = toStderr,
): Promise<T> {
  const database = await prepareDatabase(config, log);
  try {
    return await use(database);
  } finally {
    database.client.close();
  }
}

/** For commands that manage the client's lifetime themselves. */
export function openPreparedDatabase(
  config: DatabaseConfig,
  log: StartupLog = toStderr,
): Promise<Database> {
  return prepareDatabase(config, log);
}
