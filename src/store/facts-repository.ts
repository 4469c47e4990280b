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

/**
 * Reference data and the data version it was read at. Shareable between facts
 * sources: a Worker creates its client per request but keeps one cache per
 * isolate, so reference data is read once, not once per update.
 */
export interface ReferenceCache {
  /** The promise is cached, not its value, so concurrent first calls share one read. */
  pending: Promise<ReferenceData> | undefined;
  /** Known once the cached read has completed. */
  version: number | undefined;
}

export function createReferenceCache(): ReferenceCache {
  return { pending: undefined, version: undefined };
}

export function createFactsSource(
  client: Client,
  cache: ReferenceCache = createReferenceCache(),
): StoreFactsSource {
  function invalidate(): void {
    cache.pending = undefined;
    cache.version = undefined;
  }

  function reference(): Promise<ReferenceData> {
    if (cache.pending === undefined) {
      const loading = readReference(client).then(
        ({ reference, dataVersion }) => {
          if (cache.pending === loading) cache.version = dataVersion;
          return reference;
        },
        (error: unknown) => {
          if (cache.pending === loading) invalidate();
          throw error;
        },
      );
      cache.pending = loading;
    }
    return cache.pending;
  }

  return {
    reference,
    invalidate,
    async facts(request) {
      const { facts, dataVersion } = await readFacts(client, request);
      if (cache.version !== undefined && cache.version !== dataVersion) invalidate();
      return facts;
    },
  };
}
