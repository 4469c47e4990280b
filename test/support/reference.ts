// A fresh store for tests: an in-memory libSQL database with the real
// migrations and the real seed. Each call gets its own database.
//
// Most tests assert exact numbers of one known dataset, the first release the
// project shipped (DKP3A Kalimantan Timur, 13 June 2024), so by default only
// that release is seeded: the history releases beside it in data/releases/
// change which values are current. Tests of the data `npm start` serves ask
// for EVERY_RELEASE.

import type { Client } from "@libsql/client";
import type { ReferenceData } from "../../src/domain/types.ts";
import {
  type Database,
  type DatabaseConfig,
  migrateDatabase,
  openDatabase,
  prepareDatabase,
} from "../../src/store/db.ts";
import { createFactsSource, type StoreFactsSource } from "../../src/store/facts-repository.ts";
import type { ReleaseFileFilter } from "../../src/store/reference-files.ts";
import { seedDatabase } from "../../src/store/seed.ts";

/** The DKP3A release of 13 June 2024 alone: the dataset most tests assert against. */
export const JUNE_2024_RELEASE: ReleaseFileFilter = (name) => name.startsWith("2024-06-13-");

/** Every release file, as `npm start` and `db:seed` load them. */
export const EVERY_RELEASE: ReleaseFileFilter = () => true;

export interface SeededStore {
  client: Client;
  db: Database["db"];
  facts: StoreFactsSource;
  reference: ReferenceData;
}

export async function seededStore(
  releases: ReleaseFileFilter = JUNE_2024_RELEASE,
): Promise<SeededStore> {
  // `:memory:` clients keep a single connection, so migrations, seed and reads share one database.
  const { client, db } = openDatabase({ url: ":memory:" });
  await migrateDatabase({ client, db });
  await seedDatabase(client, { releases });
  const facts = createFactsSource(client);
  return { client, db, facts, reference: await facts.reference() };
}

/**
 * A database file as `npm start` prepares it, seeded with the chosen releases
 * first (prepareDatabase then finds it seeded and leaves the data as it is).
 */
export async function preparedFile(
  config: DatabaseConfig,
  releases: ReleaseFileFilter = JUNE_2024_RELEASE,
): Promise<Database> {
  const opened = openDatabase(config);
  await migrateDatabase(opened);
  await seedDatabase(opened.client, { releases });
  opened.client.close();
  return prepareDatabase(config);
}
