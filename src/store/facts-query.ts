// The facts one question needs, read in one batch: current and previous
// observations, targets, published releases and the data version.

import type { Client, InValue, ResultSet } from "@libsql/client";
import type {
  Facts,
  FactsRequest,
  RankedObservation,
  SourceRank,
  Target,
} from "../domain/types.ts";
import { dataVersionOf, selectDataVersion } from "./data-version.ts";
import {
  nullableNumeric,
  nullableText,
  numeric,
  RELEASE_COLUMNS,
  releaseOf,
  text,
} from "./rows.ts";

export interface VersionedFacts {
  facts: Facts;
  dataVersion: number;
}

// Lists are bound as one JSON array each and unpacked with json_each, so the SQL
// text never changes with the request and values are never spliced into it.
// ?1 is NULL when every indicator is wanted. The draft a preview includes is
// bound as its id, else NULL (which matches no release). So is the release
// whose time the data is read at; NULL leaves no release out.

/** True for a release (alias r) no newer than release ?N, in the order answers use. */
const noNewerThan = (n: number) =>
  `(?${n} IS NULL OR (r.as_of, r.id) <= (SELECT as_of, id FROM releases WHERE id = ?${n}))`;

/**
 * The regions and indicators asked for, as rows to join on, so that both
 * columns of observations_region_indicator_idx are used (an `?1 IS NULL OR …`
 * filter would read every indicator of each region).
 */
const WANTED = `
  wanted(code) AS (
    SELECT value FROM json_each(?2)
    UNION
    SELECT code FROM regions WHERE parent_code IN (SELECT value FROM json_each(?3))
  ),
  wanted_indicators(slug) AS (
    SELECT value FROM json_each(?1) WHERE ?1 IS NOT NULL
    UNION ALL
    SELECT slug FROM indicators WHERE ?1 IS NULL
  )`;

/** The releases answers may read, newest first, as the answers order them. */
const ELIGIBLE = `
  eligible(id, as_of) AS (
    SELECT r.id, r.as_of FROM releases r
    WHERE (r.status = 'published' OR r.id = ?4) AND ${noNewerThan(5)}
  )`;

/**
 * Per (indicator, region): 1 = from the newest published release that has it,
 * 2 = the one before; with ?6 = 1 (history) every older one too. The wanted
 * (region, indicator) pairs are looked up through observations_region_indicator_idx
 * whole, so only the indicators asked for are read.
 */
const OBSERVATIONS = `
  WITH ${WANTED}, ${ELIGIBLE}
  SELECT release_id, indicator, region_code, value, source_rank, corrected, count, recency
  FROM (
    SELECT o.release_id, o.indicator, o.region_code, o.value, o.source_rank, o.corrected, o.count,
           ROW_NUMBER() OVER (
             PARTITION BY o.indicator, o.region_code ORDER BY e.as_of DESC, e.id DESC
           ) AS recency
    FROM wanted w
    CROSS JOIN observations o
    JOIN eligible e ON e.id = o.release_id
    WHERE o.region_code = w.code AND o.indicator IN (SELECT slug FROM wanted_indicators)
  )
  WHERE recency <= 2 OR ?6 = 1
  ORDER BY indicator, region_code, recency`;

/**
 * Per (indicator, year, scope): the target of the newest published release that
 * states one; with ?4 = 1 (history) every release's, so that a question about
 * an earlier time reads the targets as they stood then (see atRelease). A draft's targets stay out of answers until it is published;
 * a target without a release counts as published.
 */
const TARGETS = `
  SELECT indicator, year, scope, value, source, release_id
  FROM (
    SELECT t.indicator, t.year, t.scope, t.value, t.source, t.release_id,
           ROW_NUMBER() OVER (
             PARTITION BY t.indicator, t.year, t.scope
             ORDER BY r.id IS NULL, r.as_of DESC, r.id DESC
           ) AS newest
    FROM targets t
    LEFT JOIN releases r ON r.id = t.release_id
    WHERE (t.release_id IS NULL OR r.status = 'published' OR r.id = ?2)
      AND (?1 IS NULL OR t.indicator IN (SELECT value FROM json_each(?1)))
      AND (t.release_id IS NULL OR ${noNewerThan(3)})
  )
  WHERE newest = 1 OR ?4 = 1
  ORDER BY indicator, year, scope`;

const PUBLISHED_RELEASES = `
  SELECT ${RELEASE_COLUMNS}
  FROM releases r
  WHERE (status = 'published' OR id = ?1) AND ${noNewerThan(2)}
  ORDER BY as_of DESC, id DESC`;

export async function readFacts(client: Client, request: FactsRequest): Promise<VersionedFacts> {
  const indicators: InValue =
    request.indicators === "all" ? null : JSON.stringify(request.indicators);
  const draft: InValue = request.includeDraft ?? null;
  const asOf: InValue = request.asOfRelease ?? null;
  // batch() returns exactly one result per statement, in order.
  const [observations, targets, releases, version] = (await client.batch(
    [
      {
        sql: OBSERVATIONS,
        args: [
          indicators,
          JSON.stringify(request.regions),
          JSON.stringify(request.childrenOf),
          draft,
          asOf,
          request.history ? 1 : 0,
        ],
      },
      { sql: TARGETS, args: [indicators, draft, asOf, request.history ? 1 : 0] },
      { sql: PUBLISHED_RELEASES, args: [draft, asOf] },
      selectDataVersion,
    ],
    "read",
  )) as [ResultSet, ResultSet, ResultSet, ResultSet];
  return {
    facts: {
      observations: observations.rows.map(
        (row): RankedObservation => ({
          releaseId: numeric(row, "release_id"),
          indicator: text(row, "indicator"),
          regionCode: text(row, "region_code"),
          value: numeric(row, "value"),
          // A CHECK constraint holds source_rank to the domain's values.
          sourceRank: nullableText(row, "source_rank") as SourceRank | null,
          corrected: numeric(row, "corrected") === 1,
          count: nullableNumeric(row, "count"),
          recency: numeric(row, "recency"),
        }),
      ),
      targets: targets.rows.map(
        (row): Target => ({
          indicator: text(row, "indicator"),
          year: numeric(row, "year"),
          scope: text(row, "scope"),
          value: numeric(row, "value"),
          source: nullableText(row, "source"),
          releaseId: nullableNumeric(row, "release_id"),
        }),
      ),
      releases: releases.rows.map(releaseOf),
    },
    dataVersion: dataVersionOf(version),
  };
}
