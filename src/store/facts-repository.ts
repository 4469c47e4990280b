// The FactsSource port over libSQL. Reference data is cached in memory; each
// facts() call also reads the data version, so a write made by another process
// or isolate is noticed and the next reference() call reloads.

import type { Client } from "@libsql/client";
import type { FactsSource, ReferenceData } from "../domain/types.ts";
import { readFacts } from "./facts-query.ts";
import { readReference } from "./reference-query.ts";

export interface StoreFactsSource extends FactsSource {
  /** Drops cached reference data now, e.g. right after an admin write in this process. */
  invalidate(): void;
}

export function createFactsSource(client: Client): StoreFactsSource {
  // The promise is cached, not its value, so concurrent first calls share one read.
  let cached: Promise<ReferenceData> | undefined;
  // Known once the cached read has completed.
  let cachedVersion: number | undefined;

  function invalidate(): void {
    cached = undefined;
    cachedVersion = undefined;
  }

  function reference(): Promise<ReferenceData> {
    if (cached === undefined) {
      const loading = readReference(client).then(
        ({ reference, dataVersion }) => {
          if (cached === loading) cachedVersion = dataVersion;
          return reference;
        },
        (error: unknown) => {
          if (cached === loading) invalidate();
          throw error;
        },
      );
      cached = loading;
    }
    return cached;
  }

  return {
    reference,
    invalidate,
    async facts(request) {
      const { facts, dataVersion } = await readFacts(client, request);
      if (cachedVersion !== undefined && cachedVersion !== dataVersion) invalidate();
      return facts;
    },
  };
}
