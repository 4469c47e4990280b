import { migrateDatabase, openDatabase } from "../store/db.ts";
import type { Command } from "./command.ts";

export const dbMigrate: Command = async ({ database }) => {
  const { client, db } = openDatabase(database);
  try {
    await migrateDatabase(db);
    return "migrated: schema is up to date";
  } finally {
    client.close();
  }
};
