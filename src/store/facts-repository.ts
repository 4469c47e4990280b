// The FactsSource port over libSQL. Reference data is cached in memory; each
// facts() call also reads the data version, so a write made by another process
// or isolate is noticed and the next reference() call reloads.
//
// On an embedded database, facts are cached too (facts-cache.ts): a question
// then costs one read of the data version (one value read straight from its
// statement: data-version.ts) instead of the facts statement. The version is read from the database each time, never
// kept in memory, so a CLI import into the same file is seen at once. A remote
// database (Turso, the Worker) keeps its single statement: there the version
// read would be a round trip of its own.

import type { Client } from "@libsql/client";
import type { FactsRequest, FactsSource, ReferenceData } from "../domain/types.ts";
import { readDataVersion } from "./data-version.ts";
import { cacheable, createFactsCache, type FactsCache } from "./facts-cache.ts";
import { readFacts, type VersionedFacts } from "./facts-query.ts";
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

export interface FactsSourceOptions {
  /**
   * Facts cached against the data version; by default on an embedded database
   * only (a file or :memory:), where reading the version costs no round trip.
   * The questions bench turns it off to measure the facts statement itself.
   */
  factsCache?: FactsCache | false;
}

export function createFactsSource(
  client: Client,
  cache: ReferenceCache = createReferenceCache(),
  options: FactsSourceOptions = {},
): StoreFactsSource {
  const factsCache =
    options.factsCache ?? (client.protocol === "file" ? createFactsCache() : false);

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
      if (factsCache === false || !cacheable(request)) return (await read(request)).facts;
      const version = await readDataVersion(client);
      noticeVersion(version);
      const cached = factsCache.get(request, version);
      if (cached !== undefined) return cached;
      const { facts, dataVersion } = await read(request);
      factsCache.set(request, dataVersion, facts);
      return facts;
    },
  };

  /** The facts statement, its data version noticed. */
  async function read(request: FactsRequest): Promise<VersionedFacts> {
    const read = await readFacts(client, request);
    noticeVersion(read.dataVersion);
    return read;
  }

  /** Reference data read at another version is dropped, to be read again when next asked. */
  function noticeVersion(version: number): void {
    if (cache.version !== undefined && cache.version !== version) invalidate();
  }
}
