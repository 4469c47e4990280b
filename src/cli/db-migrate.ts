import { migrateDatabase, openDatabase, startupProblem } from "../store/db.ts";
import type { Command } from "./command.ts";

/** Says which migrations it applied, or that there was nothing to apply. */
export const dbMigrate: Command = async ({ database, log }) => {
  const opened = openDatabase(database, log);
  try {
    const { applied, latest } = await migrateDatabase(opened).catch((error: unknown) => {
      throw startupProblem(error, database) ?? error;
    });
    if (applied.length === 0) return `nothing to apply: the schema is already at ${latest}`;
    const count = applied.length === 1 ? "1 migration" : `${applied.length} migrations`;
    return `applied ${count} (${applied.join(", ")}): the schema is now at ${latest}`;
  } finally {
    opened.client.close();
  }
};
