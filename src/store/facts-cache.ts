// Facts already read, per request, kept while the data version they were read
// at is still the database's. Facts are a pure function of the request and the
// published data, and SQLite changes meta.data_version with every change to
// the tables they come from (drizzle/0012_data_version_triggers.sql), so an
// entry read at the current version is exactly what the facts statement would
// return now. Previews (a draft included) are never cached: their draft is
// being edited, and they are rare.

import type { Facts, FactsRequest } from "../domain/types.ts";

export interface FactsCacheLimits {
  /** Requests kept at most. */
  entries: number;
  /** Observations, targets and releases held at most, over all entries. */
  values: number;
}

/**
 * Questions repeat (the same few provinces and indicators), so a few hundred
 * entries serve nearly all; the value cap bounds memory on a big dataset
 * (a province's history over 20 releases is a few thousand values, and
 * 100,000 values are roughly 15 MB of objects).
 */
export const DEFAULT_FACTS_CACHE_LIMITS: FactsCacheLimits = { entries: 512, values: 100_000 };

export interface FactsCache {
  /** The facts cached for `request` at `version`, or undefined. */
  get(request: FactsRequest, version: number): Facts | undefined;
  /** Keeps `facts`, read by one statement at `version`. */
  set(request: FactsRequest, version: number, facts: Facts): void;
}

/** Whether a request may be cached at all: a preview never is. */
export function cacheable(request: FactsRequest): boolean {
  return request.includeDraft === undefined;
}

export function createFactsCache(
  limits: FactsCacheLimits = DEFAULT_FACTS_CACHE_LIMITS,
): FactsCache {
  /** The version every entry was read at; entries of another version are gone. */
  let heldVersion: number | undefined;
  /** Insertion order is recency order: a hit is moved to the end. */
  const entries = new Map<string, { facts: Facts; size: number }>();
  let heldValues = 0;

  function atVersion(version: number): void {
    if (heldVersion === version) return;
    entries.clear();
    heldValues = 0;
    heldVersion = version;
  }

  return {
    get(request, version) {
      atVersion(version);
      const key = keyOf(request);
      const entry = entries.get(key);
      if (entry === undefined) return undefined;
      entries.delete(key);
      entries.set(key, entry);
      return entry.facts;
    },
    set(request, version, facts) {
      if (!cacheable(request)) return;
      // Read at an older version than entries already held: stale, not kept.
      if (heldVersion !== undefined && version < heldVersion) return;
      atVersion(version);
      const size = facts.observations.length + facts.targets.length + facts.releases.length;
      if (size > limits.values) return;
      const key = keyOf(request);
      const replaced = entries.get(key);
      if (replaced !== undefined) {
        entries.delete(key);
        heldValues -= replaced.size;
      }
      entries.set(key, { facts: frozen(facts), size });
      heldValues += size;
      for (const [oldest, entry] of entries) {
        if (entries.size <= limits.entries && heldValues <= limits.values) break;
        entries.delete(oldest);
        heldValues -= entry.size;
      }
    },
  };
}

/** Every field that changes what the facts statement returns; includeDraft is never cached. */
function keyOf(request: FactsRequest): string {
  const history = request.history === true;
  return JSON.stringify([
    request.indicators,
    request.regions,
    request.childrenOf,
    request.asOfRelease ?? null,
    history,
    // Ignored with history (facts-query.ts), so not part of the key then.
    !history && request.currentOnly === true,
    !history && request.presenceOnly === true,
    history ? null : (request.childrenUnlessValued ?? null),
  ]);
}

/**
 * One Facts value is handed to every question that hits its entry: frozen, so
 * that code changing what it was given fails loudly instead of changing the
 * answers of later questions.
 */
function frozen(facts: Facts): Facts {
  for (const list of [facts.observations, facts.targets, facts.releases]) {
    for (const item of list) Object.freeze(item);
    Object.freeze(list);
  }
  if (facts.regionsWithData) Object.freeze(facts.regionsWithData);
  return Object.freeze(facts);
}
