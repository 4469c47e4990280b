// A fresh store for tests: an in-memory libSQL database with the real
// migrations and the real seed. Each call gets its own database.

import type { Client } from "@libsql/client";
import type { ReferenceData } from "../../src/domain/types.ts";
import { type Database, migrateDatabase, openDatabase } from "../../src/store/db.ts";
import { createFactsSource, type StoreFactsSource } from "../../src/store/facts-repository.ts";
import { seedDatabase } from "../../src/store/seed.ts";

export interface SeededStore {
  client: Client;
  db: Database["db"];
  facts: StoreFactsSource;
  reference: ReferenceData;
}

export async function seededStore(): Promise<SeededStore> {
  // `:memory:` clients keep a single connection, so migrations, seed and reads share one database.
  const { client, db } = openDatabase({ url: ":memory:" });
  await migrateDatabase({ client, db });
  await seedDatabase(client);
  const facts = createFactsSource(client);
  return { client, db, facts, reference: await facts.reference() };
}
