import { migrateDatabase, openDatabase } from "../store/db.ts";
import { seedDatabase } from "../store/seed.ts";
import type { Command } from "./command.ts";

/** Migrates first, so seeding a brand-new database file just works. */
export const dbSeed: Command = async ({ database }) => {
  const { client, db } = openDatabase(database);
  try {
    await migrateDatabase(db);
    const summary = await seedDatabase(client);
    const releases = summary.releases.map(
      ({ asOf, values }) => `release ${asOf} (${values} values)`,
    );
    return [
      `seeded: ${summary.regions} regions`,
      `${summary.aliases} aliases`,
      `${summary.indicators} indicators`,
      ...releases,
    ].join(", ");
  } finally {
    client.close();
  }
};
