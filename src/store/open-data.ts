// The open-data API's OpenDataSource over libSQL: published data only, each
// read in one batch together with the data version it belongs to.

import type { Client, InStatement, ResultSet, Row } from "@libsql/client";
import type {
  ApiObservation,
  ApiRelease,
  ObservationFilter,
  OpenDataSource,
  Versioned,
} from "../domain/open-data/ports.ts";
import type { DatePrecision, RegionLevel, SourceRank } from "../domain/types.ts";
import { dataVersionOf, selectDataVersion } from "./data-version.ts";
import { indicatorOf, nullableNumeric, nullableText, numeric, text } from "./rows.ts";

const PUBLISHED_RELEASES = `
  SELECT id, title, source, url, as_of, as_of_precision, presented_on
  FROM releases WHERE status = 'published'
  ORDER BY as_of DESC, id DESC`;

/**
 * ?1 indicator, ?2 region (NULL: all); ?3 a release id, or NULL with ?4 = 1 for
 * every published release, or NULL with ?4 = 0 for the current value per
 * (indicator, region): the newest published release that has it, as the bot answers.
 */
const OBSERVATIONS = `
  SELECT * FROM (
    SELECT o.indicator, o.region_code, g.name AS region_name, o.value, i.unit, o.count,
           o.source_rank, o.corrected, r.id AS release_id, r.title, r.source, r.url,
           r.as_of, r.as_of_precision, g.code, i.sort_order,
           ROW_NUMBER() OVER (
             PARTITION BY o.indicator, o.region_code ORDER BY r.as_of DESC, r.id DESC
           ) AS recency
    FROM observations o
    JOIN releases r ON r.id = o.release_id AND r.status = 'published'
    JOIN regions g ON g.code = o.region_code
    JOIN indicators i ON i.slug = o.indicator
    WHERE (?1 IS NULL OR o.indicator = ?1) AND (?2 IS NULL OR o.region_code = ?2)
      AND (?3 IS NULL OR r.id = ?3)
  )
  WHERE ?3 IS NOT NULL OR ?4 = 1 OR recency = 1
  ORDER BY sort_order, code, as_of DESC, release_id DESC`;

export function createOpenData(client: Client): OpenDataSource {
  /** The statements' results and the data version, read in one round trip. */
  async function read(statements: InStatement[]): Promise<[number, ...ResultSet[]]> {
    const results = await client.batch([selectDataVersion, ...statements], "read");
    const [version, ...rest] = results as [ResultSet, ...ResultSet[]];
    return [dataVersionOf(version), ...rest];
  }

  async function list<T>(sql: string, rowOf: (row: Row) => T): Promise<Versioned<T>> {
    const [dataVersion, result] = await read([sql]);
    return { dataVersion, rows: (result as ResultSet).rows.map(rowOf) };
  }

  return {
    async dataVersion() {
      return dataVersionOf(await client.execute(selectDataVersion));
    },

    indicators: () =>
      list("SELECT * FROM indicators ORDER BY sort_order", (row) => {
        const { serviceId: _id, serviceEn: _en, ...indicator } = indicatorOf(row);
        return indicator;
      }),

    regions: () =>
      list("SELECT code, name, level, parent_code FROM regions ORDER BY code", (row) => ({
        code: text(row, "code"),
        name: text(row, "name"),
        // A CHECK constraint holds level to these values.
        level: text(row, "level") as RegionLevel,
        parentCode: nullableText(row, "parent_code"),
      })),

    releases: () => list(PUBLISHED_RELEASES, releaseOf),

    async observations(filter: ObservationFilter) {
      const release = typeof filter.release === "number" ? filter.release : null;
      const [dataVersion, rows, indicator, region, published] = (await read([
        {
          sql: OBSERVATIONS,
          args: [
            filter.indicator ?? null,
            filter.region ?? null,
            release,
            filter.release === "all" ? 1 : 0,
          ],
        },
        { sql: "SELECT 1 FROM indicators WHERE slug = ?", args: [filter.indicator ?? null] },
        { sql: "SELECT 1 FROM regions WHERE code = ?", args: [filter.region ?? null] },
        { sql: "SELECT 1 FROM releases WHERE id = ? AND status = 'published'", args: [release] },
      ])) as [number, ResultSet, ResultSet, ResultSet, ResultSet];
      // A name that does not exist is said back, not answered with an empty list.
      if (filter.indicator !== undefined && indicator.rows.length === 0)
        return { unknown: "indicator" };
      if (filter.region !== undefined && region.rows.length === 0) return { unknown: "region" };
      if (release !== null && published.rows.length === 0) return { unknown: "release" };
      return { dataVersion, rows: rows.rows.map(observationOf) };
    },
  };
}

function releaseOf(row: Row): ApiRelease {
  return {
    id: numeric(row, "id"),
    title: text(row, "title"),
    source: text(row, "source"),
    sourceUrl: nullableText(row, "url"),
    asOf: text(row, "as_of"),
    // Written only from DATE_PRECISIONS (validated release files and imports).
    asOfPrecision: text(row, "as_of_precision") as DatePrecision,
    presentedOn: nullableText(row, "presented_on"),
  };
}

function observationOf(row: Row): ApiObservation {
  return {
    indicator: text(row, "indicator"),
    regionCode: text(row, "region_code"),
    regionName: text(row, "region_name"),
    value: numeric(row, "value"),
    unit: text(row, "unit"),
    count: nullableNumeric(row, "count"),
    // A CHECK constraint holds source_rank to these values.
    sourceRank: nullableText(row, "source_rank") as SourceRank | null,
    corrected: Boolean(numeric(row, "corrected")),
    releaseId: numeric(row, "release_id"),
    releaseTitle: text(row, "title"),
    source: text(row, "source"),
    sourceUrl: nullableText(row, "url"),
    asOf: text(row, "as_of"),
    asOfPrecision: text(row, "as_of_precision") as DatePrecision,
  };
}
