// The facts one question needs, read by one statement: current and previous
// observations (or, for a list of regions, only which regions have any),
// targets, published releases (unless the caller holds them at this data
// version) and the data version.
//
// Why one SQL string and JSON: a single SELECT reads one snapshot, so it needs
// no transaction around it (no BEGIN/COMMIT) and is one round trip on any
// client. Each part comes back as one JSON text instead of a row per value:
// @libsql/client builds a JS object per row (about 12 µs each, measured), so a
// ranking of a big province cost more in row objects than in SQL, while
// JSON.parse of the same values is a fraction of that. A query builder cannot
// express the correlated LIMIT below nor this packing without raw SQL fragments
// throughout, so the statement stays a string with its parameters bound.

import type { Client, InValue } from "@libsql/client";
import type {
  DatePrecision,
  Facts,
  FactsRequest,
  RankedObservation,
  Release,
  ReleaseStatus,
  SourceRank,
  Target,
} from "../domain/types.ts";
import { DATA_VERSION_SQL, dataVersionOf } from "./data-version.ts";
import { text } from "./rows.ts";

export interface VersionedFacts {
  facts: Facts;
  dataVersion: number;
}

// Parameters, the same in every part of the statement:
//   ?1 indicator slugs as a JSON array, NULL when every indicator is wanted;
//   ?2 region codes, ?3 province codes whose children are wanted (JSON arrays);
//   ?4 the draft a preview includes, NULL for none (matches no release);
//   ?5 the release whose time the data is read at, NULL for now;
//   ?6 the data version at which the caller already holds the readable
//      releases, NULL for none: at that version they are not sent again;
//   ?7 the region whose own values make the children of ?3 unneeded, NULL
//      for none (FactsRequest.childrenUnlessValued).
// Lists are bound as JSON and unpacked with json_each, so the SQL text never
// changes with the request and values are never spliced into it.

/** True for a release (alias `r`) answers may read: published or the previewed draft, and not newer than ?5. */
const READABLE = `(r.status = 'published' OR r.id = ?4)
  AND (?5 IS NULL OR (r.as_of, r.id) <= (SELECT as_of, id FROM releases WHERE id = ?5))`;

/** The order answers give releases: newest data first. */
const NEWEST_FIRST = "r.as_of DESC, r.id DESC";

/**
 * A real as text that Number() reads back as the very same double: SQLite's
 * JSON writes reals with 15 significant digits, which can change the last bits.
 */
const exactReal = (column: string) => `printf('%!.17g', ${column})`;

/**
 * The indicators and regions asked for, each once, to pair up. The children
 * are left out when ?7, the region an answer is about, has a readable value of
 * every wanted indicator: the answer then shows those, not what is around it.
 */
const WANTED = `
  wanted_indicators(slug) AS (
    SELECT value FROM json_each(?1) WHERE ?1 IS NOT NULL
    UNION
    SELECT slug FROM indicators WHERE ?1 IS NULL
  ),
  wanted(code) AS (
    SELECT value FROM json_each(?2)
    UNION
    SELECT code FROM regions
    WHERE parent_code IN (SELECT value FROM json_each(?3))
      AND (?7 IS NULL OR EXISTS (
        SELECT 1 FROM wanted_indicators lacking
        WHERE NOT EXISTS (
          SELECT 1 FROM observations own
          JOIN releases r ON r.id = own.release_id
          WHERE own.region_code = ?7 AND own.indicator = lacking.slug AND ${READABLE}
        )
      ))
  )`;

/** The columns of an observation the statement returns, from `o`. */
const OBSERVATION =
  "o.release_id, o.indicator, o.region_code, o.value, o.source_rank, o.corrected, o.count";

/**
 * Per wanted (indicator, region): every readable release's value, newest
 * first (a question about a time picks its release among them). Read through
 * observations_region_indicator_idx: every row of the pair is needed anyway.
 */
const WHOLE_HISTORY = `
  picked AS (
    SELECT ${OBSERVATION},
           ROW_NUMBER() OVER (
             PARTITION BY o.indicator, o.region_code ORDER BY ${NEWEST_FIRST}
           ) AS recency
    FROM wanted_indicators i
    CROSS JOIN wanted w
    CROSS JOIN observations o
    JOIN releases r ON r.id = o.release_id
    WHERE o.region_code = w.code AND o.indicator = i.slug AND ${READABLE}
  )`;

/**
 * The ids of the three newest readable releases, newest first (NULL past the
 * last), found once per statement: every pair is then probed in them by the
 * primary key, with no walk over releases and no sort per pair.
 */
const RECENT = `
  recent(r1, r2, r3) AS MATERIALIZED (
    SELECT ${[0, 1, 2]
      .map(
        (offset) => `(SELECT r.id FROM releases r WHERE ${READABLE}
            ORDER BY ${NEWEST_FIRST} LIMIT 1 OFFSET ${offset})`,
      )
      .join(",\n           ")}
  )`;

/** The pair's row in release `id` (a probe of the primary key), NULL when it has none. */
const rowIn = (id: string) => `(SELECT p.rowid FROM observations p
          WHERE p.release_id = ${id} AND p.indicator = i.slug AND p.region_code = w.code)`;

/** A pair some release has (observations_region_indicator_idx). */
const HELD = `EXISTS (
      SELECT 1 FROM observations held WHERE held.region_code = w.code AND held.indicator = i.slug
    )`;

/**
 * The `offset`-th newest row of the pair (`code`, `slug`) among its own rows in
 * the readable releases (observations_region_indicator_idx): for a pair the
 * newest releases leave out, its cost follows the releases that hold it, not
 * every newer one.
 */
const ownRow = (offset: number, code = "w.code", slug = "i.slug") => `(SELECT pair.rowid
         FROM observations pair
         JOIN releases r ON r.id = pair.release_id
         WHERE pair.region_code = ${code} AND pair.indicator = ${slug} AND ${READABLE}
         ORDER BY ${NEWEST_FIRST}
         LIMIT 1 OFFSET ${offset})`;

/**
 * Per wanted (indicator, region): the newest readable release's value alone,
 * with a constant recency (nothing to rank). The newest release is probed
 * first: in a store with data for the pairs asked about, that one probe finds
 * most. A pair it misses is then looked for only if some release has it (one
 * index probe settles a pair without data): in the next two newest releases,
 * else among its own rows. COALESCE stops at the first hit, and a hit among
 * the newest is the newest of all, so the ways agree.
 */
const NEWEST_ONE = `${RECENT},
  picked AS (
    SELECT ${OBSERVATION}, 1 AS recency
    FROM recent t
    CROSS JOIN wanted_indicators i
    CROSS JOIN wanted w
    CROSS JOIN observations o
    WHERE o.rowid = COALESCE(
        ${rowIn("t.r1")},
        CASE WHEN ${HELD} THEN COALESCE(${rowIn("t.r2")}, ${rowIn("t.r3")}, ${ownRow(0)}) END
      )
  )`;

/**
 * Per wanted (indicator, region) that some release has: its rows in the
 * three newest readable releases, h1 in the newest (most pairs are found
 * there), kept once for the two reads below.
 */
const PROBES = `${RECENT},
  probes AS MATERIALIZED (
    SELECT w.code, i.slug, ${rowIn("t.r1")} AS h1, ${rowIn("t.r2")} AS h2, ${rowIn("t.r3")} AS h3
    FROM recent t
    CROSS JOIN wanted_indicators i
    CROSS JOIN wanted w
    WHERE ${HELD}
  )`;

/**
 * The pair's value before the newest: the second hit among the newest
 * releases, else (fewer than two hits there) its own second newest row.
 */
const PREVIOUS_ROW = `CASE
        WHEN q.h1 IS NOT NULL AND q.h2 IS NOT NULL THEN q.h2
        WHEN COALESCE(q.h1, q.h2) IS NOT NULL AND q.h3 IS NOT NULL THEN q.h3
        ELSE ${ownRow(1, "q.code", "q.slug")}
      END`;

/** The rows of `probes` that `row` names, one per pair at most, with a constant recency. */
const rowsAt = (row: string, recency: number) => `
    SELECT ${OBSERVATION}, ${recency} AS recency
    FROM probes q
    CROSS JOIN observations o
    WHERE o.rowid = ${row}`;

/** Per wanted (indicator, region): recency 1 = the newest readable release that has it, 2 = the one before. */
const NEWEST_TWO = `${PROBES},
  picked AS (${rowsAt(`COALESCE(q.h1, q.h2, q.h3, ${ownRow(0, "q.code", "q.slug")})`, 1)}
    UNION ALL${rowsAt(PREVIOUS_ROW, 2)}
  )`;

/**
 * Per (indicator, year, scope): the target of the newest readable release that
 * states one; in history, every readable release's, so that a question about
 * an earlier time reads the targets as they stood then (see atRelease). A
 * target without a release counts as published.
 */
const targets = (history: boolean) => `
  SELECT indicator, year, scope, value, source, release_id
  FROM (
    SELECT t.indicator, t.year, t.scope, t.value, t.source, t.release_id,
           ROW_NUMBER() OVER (
             PARTITION BY t.indicator, t.year, t.scope
             ORDER BY r.id IS NULL, ${NEWEST_FIRST}
           ) AS newest
    FROM targets t
    LEFT JOIN releases r ON r.id = t.release_id
    WHERE (?1 IS NULL OR t.indicator IN (SELECT value FROM json_each(?1)))
      AND (t.release_id IS NULL OR (${READABLE}))
  )
  ${history ? "" : "WHERE newest = 1"}`;

/** Which values of each pair a statement reads, or (presence) only which regions have any. */
type Reach = "newest" | "newest two" | "history" | "presence";

const PICKED: Record<Exclude<Reach, "presence">, string> = {
  newest: NEWEST_ONE,
  "newest two": NEWEST_TWO,
  history: WHOLE_HISTORY,
};

/** The observations column: the picked values, one JSON array each. */
const OBSERVATIONS = `(SELECT json_group_array(
        json_array(release_id, indicator, region_code, ${exactReal("value")},
                   source_rank, corrected, count, recency))
     FROM picked) AS observations,
    NULL AS regions_with_data`;

/**
 * Instead of values: the wanted regions some readable release has a value
 * for. One probe of observations_region_indicator_idx settles a region
 * without data; for one with data, its first readable row does, so the cost
 * does not follow its indicators or its history.
 */
const PRESENCE = `'[]' AS observations,
    (SELECT json_group_array(w.code)
     FROM wanted w
     WHERE EXISTS (
       SELECT 1 FROM observations o
       JOIN releases r ON r.id = o.release_id
       WHERE o.region_code = w.code
         AND (?1 IS NULL OR o.indicator IN (SELECT value FROM json_each(?1)))
         AND ${READABLE}
     )) AS regions_with_data`;

const factsStatement = (reach: Reach) => `
  WITH ${WANTED}${reach === "presence" ? "" : `, ${PICKED[reach]}`}
  SELECT
    ${reach === "presence" ? PRESENCE : OBSERVATIONS},
    (SELECT json_group_array(
        json_array(indicator, year, scope, ${exactReal("value")}, source, release_id)
        ORDER BY indicator, year, scope)
     FROM (${targets(reach === "history")})) AS targets,
    CASE WHEN ?6 = (${DATA_VERSION_SQL}) THEN NULL ELSE (SELECT json_group_array(
        json_array(r.id, r.as_of, r.as_of_precision, r.presented_on, r.title, r.source, r.url,
                   r.status)
        ORDER BY ${NEWEST_FIRST})
     FROM releases r WHERE ${READABLE}) END AS releases,
    (${DATA_VERSION_SQL}) AS version`;

/** The texts made once: the statements differ only in which values of a pair they read. */
const STATEMENTS: Record<Reach, string> = {
  newest: factsStatement("newest"),
  "newest two": factsStatement("newest two"),
  history: factsStatement("history"),
  presence: factsStatement("presence"),
};

/** The JSON arrays the statement builds, cell by cell in its column order. */
type ObservationCells = [
  number,
  string,
  string,
  string,
  SourceRank | null,
  0 | 1,
  number | null,
  number,
];
type TargetCells = [string, number, string, string, string | null, number | null];
type ReleaseCells = [
  number,
  string,
  DatePrecision,
  string | null,
  string,
  string,
  string | null,
  ReleaseStatus,
];

export async function readFacts(client: Client, request: FactsRequest): Promise<VersionedFacts> {
  const indicators: InValue =
    request.indicators === "all" ? null : JSON.stringify(request.indicators);
  const held = heldReleases(client, request);
  const args: InValue[] = [
    indicators,
    JSON.stringify(request.regions),
    JSON.stringify(request.childrenOf),
    request.includeDraft ?? null,
    request.asOfRelease ?? null,
    held?.version ?? null,
    request.history ? null : (request.childrenUnlessValued ?? null),
  ];
  const reach: Reach = request.history
    ? "history"
    : request.presenceOnly
      ? "presence"
      : request.currentOnly
        ? "newest"
        : "newest two";
  const result = await client.execute({ sql: STATEMENTS[reach], args });
  const row = result.rows[0];
  if (row === undefined) throw new Error("the facts statement returned no row");
  const dataVersion = dataVersionOf(result);
  // The cells are what the statement's json_array calls put there; the CHECK
  // constraints hold source_rank and status, writers hold as_of_precision.
  const observations = inOrder(JSON.parse(text(row, "observations")) as ObservationCells[]);
  const targets = JSON.parse(text(row, "targets")) as TargetCells[];
  // NULL exactly when `held` is of the statement's own data version.
  const releases =
    row.releases === null && held !== undefined
      ? held.releases
      : holdReleases(client, request, dataVersion, releasesOf(text(row, "releases")));
  return {
    facts: {
      observations: observations.map(
        ([
          releaseId,
          indicator,
          regionCode,
          value,
          sourceRank,
          corrected,
          count,
          recency,
        ]): RankedObservation => ({
          releaseId,
          indicator,
          regionCode,
          value: Number(value),
          sourceRank,
          corrected: corrected === 1,
          count,
          recency,
        }),
      ),
      targets: targets.map(
        ([indicator, year, scope, value, source, releaseId]): Target => ({
          indicator,
          year,
          scope,
          value: Number(value),
          source,
          releaseId,
        }),
      ),
      releases,
      ...(reach === "presence"
        ? { regionsWithData: (JSON.parse(text(row, "regions_with_data")) as string[]).sort() }
        : {}),
    },
    dataVersion,
  };
}

/** Order of observations: by indicator, region code (both ASCII), then recency. */
function compareCells(a: ObservationCells, b: ObservationCells): number {
  return a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : a[2] < b[2] ? -1 : a[2] > b[2] ? 1 : a[7] - b[7];
}

/**
 * The observations in a fixed order, sorted here rather than by the
 * statement: an ORDER BY inside json_group_array sorts every row through a
 * temporary B-tree (a fifth of the statement for a big province), while the
 * statement's loops (indicators, then regions, both read from sorted UNIONs)
 * mostly return them in order already, which one pass confirms.
 */
function inOrder(cells: ObservationCells[]): ObservationCells[] {
  for (let i = 1; i < cells.length; i++) {
    if (compareCells(cells[i - 1] as ObservationCells, cells[i] as ObservationCells) > 0)
      return cells.sort(compareCells);
  }
  return cells;
}

function releasesOf(json: string): Release[] {
  return (JSON.parse(json) as ReleaseCells[]).map(
    ([id, asOf, asOfPrecision, presentedOn, title, source, url, status]): Release => ({
      id,
      asOf,
      asOfPrecision,
      presentedOn,
      title,
      source,
      url,
      status,
    }),
  );
}

/**
 * The readable releases last read on a client, at one data version, per time
 * read at (asOfRelease; previews are not kept). Every question sends them,
 * and they change only with a write to releases, which changes the data
 * version: a statement at the same version leaves them out, so their cost no
 * longer grows with the releases held. As for the facts cache
 * (facts-cache.ts), a version is only ever seen committed: an embedded client
 * runs nothing else while a transaction holds its connection. A client made
 * per request (the Worker) simply never finds any.
 */
const releasesHeld = new WeakMap<
  Client,
  { version: number; byTime: Map<number | null, Release[]> }
>();

function heldReleases(
  client: Client,
  request: FactsRequest,
): { version: number; releases: Release[] } | undefined {
  const held = releasesHeld.get(client);
  const releases = held?.byTime.get(request.asOfRelease ?? null);
  if (held === undefined || releases === undefined || request.includeDraft !== undefined) {
    return undefined;
  }
  return { version: held.version, releases };
}

/** Keeps `releases`, read at `version`, for the next statement; returns them. */
function holdReleases(
  client: Client,
  request: FactsRequest,
  version: number,
  releases: Release[],
): Release[] {
  if (request.includeDraft !== undefined) return releases;
  let held = releasesHeld.get(client);
  if (held?.version !== version) {
    held = { version, byTime: new Map() };
    releasesHeld.set(client, held);
  }
  held.byTime.set(request.asOfRelease ?? null, releases);
  return releases;
}
