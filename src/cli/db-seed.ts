import { migrateDatabase, openDatabase } from "../store/db.ts";
import { seedDatabase } from "../store/seed.ts";
import type { Command } from "./command.ts";

/** Migrates first, so seeding a brand-new database file just works. */
export const dbSeed: Command = async ({ database }) => {
  const opened = openDatabase(database);
  try {
    await migrateDatabase(opened);
    const summary = await seedDatabase(opened.client);
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
    opened.client.close();
  }
};
