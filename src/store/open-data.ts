// The open-data API's OpenDataSource over libSQL: published data only, each
// read in one batch together with the data version it belongs to.

import type { Client } from "@libsql/client";
import { and, asc, desc, eq, exists, type SQL, sql } from "drizzle-orm";
import type {
  ApiObservation,
  ObservationFilter,
  OpenDataSource,
} from "../domain/open-data/ports.ts";
import { selectTypedDataVersion } from "./data-version.ts";
import { indicators, observations, regions, releases } from "./schema.ts";
import { indicatorColumns } from "./selections.ts";
import { oneRow, sent, type TypedDatabase, typed } from "./typed.ts";

const isPublished = eq(releases.status, "published");

const releaseFields = {
  id: releases.id,
  title: releases.title,
  source: releases.source,
  sourceUrl: releases.url,
  asOf: releases.asOf,
  asOfPrecision: releases.asOfPrecision,
  presentedOn: releases.presentedOn,
};

// The API describes indicators without the official service they concern.
const { serviceId: _id, serviceEn: _en, ...apiIndicatorFields } = indicatorColumns;

/**
 * The published observations the filter asks for: of one release, of every
 * release ("all"), or (no release) the current value per (indicator, region),
 * the newest published release that has it, as the bot answers.
 */
function observationsOf(db: TypedDatabase, filter: ObservationFilter) {
  const ranked = db
    .select({
      indicator: observations.indicator,
      regionCode: observations.regionCode,
      regionName: regions.name,
      value: observations.value,
      unit: indicators.unit,
      count: observations.count,
      sourceRank: observations.sourceRank,
      corrected: observations.corrected,
      releaseId: releases.id,
      releaseTitle: releases.title,
      source: releases.source,
      sourceUrl: releases.url,
      asOf: releases.asOf,
      asOfPrecision: releases.asOfPrecision,
      code: regions.code,
      sortOrder: indicators.sortOrder,
      recency: sql<number>`ROW_NUMBER() OVER (
        PARTITION BY ${observations.indicator}, ${observations.regionCode}
        ORDER BY ${releases.asOf} DESC, ${releases.id} DESC)`.as("recency"),
    })
    .from(observations)
    .innerJoin(releases, and(eq(releases.id, observations.releaseId), isPublished))
    .innerJoin(regions, eq(regions.code, observations.regionCode))
    .innerJoin(indicators, eq(indicators.slug, observations.indicator))
    .where(
      and(
        filter.indicator === undefined ? undefined : eq(observations.indicator, filter.indicator),
        filter.region === undefined ? undefined : eq(observations.regionCode, filter.region),
        typeof filter.release === "number" ? eq(releases.id, filter.release) : undefined,
      ),
    )
    .as("ranked");
  return db
    .select({
      indicator: ranked.indicator,
      regionCode: ranked.regionCode,
      regionName: ranked.regionName,
      value: ranked.value,
      unit: ranked.unit,
      count: ranked.count,
      sourceRank: ranked.sourceRank,
      corrected: ranked.corrected,
      releaseId: ranked.releaseId,
      releaseTitle: ranked.releaseTitle,
      source: ranked.source,
      sourceUrl: ranked.sourceUrl,
      asOf: ranked.asOf,
      asOfPrecision: ranked.asOfPrecision,
    })
    .from(ranked)
    .where(filter.release === undefined ? eq(ranked.recency, 1) : undefined)
    .orderBy(asc(ranked.sortOrder), asc(ranked.code), desc(ranked.asOf), desc(ranked.releaseId));
}

/** 1 when the filter names something that exists (or names nothing), else 0. */
function known(db: TypedDatabase, filter: ObservationFilter) {
  const existsWhere = (
    condition: SQL | undefined,
    table: typeof indicators | typeof regions | typeof releases,
  ) =>
    sql<number>`${exists(db.select({ one: sql`1` }).from(table).where(condition))}`.mapWith(Number);
  return db
    .select({
      indicator:
        filter.indicator === undefined
          ? sql<number>`1`
          : existsWhere(eq(indicators.slug, filter.indicator), indicators),
      region:
        filter.region === undefined
          ? sql<number>`1`
          : existsWhere(eq(regions.code, filter.region), regions),
      release:
        typeof filter.release === "number"
          ? existsWhere(and(eq(releases.id, filter.release), isPublished), releases)
          : sql<number>`1`,
    })
    .from(oneRow);
}

export function createOpenData(client: Client): OpenDataSource {
  const { db, reader } = typed(client);
  // Built once: the lists take no arguments, and the version alone answers
  // every conditional request (304), the API's most frequent read.
  const dataVersion = selectTypedDataVersion(db).prepare();
  const version = selectTypedDataVersion(reader);
  const indicatorList = reader
    .select(apiIndicatorFields)
    .from(indicators)
    .orderBy(asc(indicators.sortOrder));
  const regionList = reader
    .select({
      code: regions.code,
      name: regions.name,
      level: regions.level,
      parentCode: regions.parentCode,
    })
    .from(regions)
    .orderBy(asc(regions.code));
  const releaseList = reader
    .select(releaseFields)
    .from(releases)
    .where(isPublished)
    .orderBy(desc(releases.asOf), desc(releases.id));

  return {
    async dataVersion() {
      const row = await sent(dataVersion.get());
      return row?.version ?? 0;
    },

    async indicators() {
      const [[read], rows] = await sent(reader.batch([version, indicatorList]));
      return { dataVersion: read?.version ?? 0, rows };
    },

    async regions() {
      const [[read], rows] = await sent(reader.batch([version, regionList]));
      return { dataVersion: read?.version ?? 0, rows };
    },

    async releases() {
      const [[read], rows] = await sent(reader.batch([version, releaseList]));
      return { dataVersion: read?.version ?? 0, rows };
    },

    async observations(filter) {
      const [[read], rows, found] = await sent(
        reader.batch([version, observationsOf(reader, filter), known(reader, filter)]),
      );
      // A name that does not exist is said back, not answered with an empty list.
      const named = found[0];
      if (named?.indicator === 0) return { unknown: "indicator" };
      if (named?.region === 0) return { unknown: "region" };
      if (named?.release === 0) return { unknown: "release" };
      const observed: ApiObservation[] = rows;
      return { dataVersion: read?.version ?? 0, rows: observed };
    },
  };
}
