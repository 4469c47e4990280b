// Loads the reference data (regions, aliases, indicators) and the release files
// under data/releases/ in one atomic batch. Safe to run again: reference rows
// are updated from the files, and a release already present, identified by
// (source, as of), keeps its rows as they are, corrections included.

import type { Client, InStatement } from "@libsql/client";
import type { Region, RegionAlias } from "../domain/types.ts";
import { loadOfficialRegions } from "./official-regions.ts";
import {
  type IndicatorEntry,
  loadReferenceFiles,
  type ReferenceFiles,
  type ReleaseEntry,
  type ReleaseFileFilter,
} from "./reference-files.ts";

/** Recorded as creator and publisher of seeded releases. */
const SEEDED_BY = "seed";

export interface SeedSummary {
  regions: number;
  aliases: number;
  indicators: number;
  /** Each release file, with its count of observations plus targets. */
  releases: { asOf: string; source: string; values: number }[];
}

export interface SeedOptions {
  /**
   * Which release files to load; every file in data/releases/ unless given.
   * Tests pin the dataset they assert against with it.
   */
  releases?: ReleaseFileFilter;
}

export async function seedDatabase(
  client: Client,
  options: SeedOptions = {},
): Promise<SeedSummary> {
  const [regions, files] = await Promise.all([
    loadOfficialRegions(),
    loadReferenceFiles(options.releases),
  ]);
  checkReferences(regions, files);
  const { aliases } = files;
  await client.batch(
    [
      ...regions.map(upsertRegion),
      ...aliases.map(upsertAlias),
      ...files.indicators.map(upsertIndicator),
      ...files.releases.flatMap(insertRelease),
    ],
    "write",
  );
  return {
    regions: regions.length,
    aliases: aliases.length,
    indicators: files.indicators.length,
    releases: files.releases.map(({ asOf, source, observations, targets }) => ({
      asOf,
      source,
      values: observations.length + targets.length,
    })),
  };
}

/** Fails naming the file and code, rather than with a bare foreign-key error from the batch. */
function checkReferences(regions: Region[], files: ReferenceFiles): void {
  const regionCodes = new Set(regions.map((region) => region.code));
  const slugs = new Set(files.indicators.map((indicator) => indicator.slug));
  const problems: string[] = [];
  for (const { alias, code } of files.aliases) {
    if (!regionCodes.has(code)) problems.push(`aliases.json: "${alias}" → unknown region ${code}`);
  }
  for (const { asOf, observations, targets } of files.releases) {
    for (const { indicator } of [...observations, ...targets]) {
      if (!slugs.has(indicator)) problems.push(`release ${asOf}: unknown indicator ${indicator}`);
    }
    for (const { regionCode } of observations) {
      if (!regionCodes.has(regionCode)) {
        problems.push(`release ${asOf}: unknown region ${regionCode}`);
      }
    }
  }
  if (problems.length > 0) throw new Error(`Inconsistent reference data:\n${problems.join("\n")}`);
}

function upsertRegion({ code, name, level, parentCode }: Region): InStatement {
  return {
    sql: `INSERT INTO regions (code, name, level, parent_code) VALUES (?, ?, ?, ?)
          ON CONFLICT (code) DO UPDATE SET
            name = excluded.name, level = excluded.level, parent_code = excluded.parent_code`,
    args: [code, name, level, parentCode],
  };
}

function upsertAlias({ alias, code, kind, lang }: RegionAlias): InStatement {
  return {
    sql: `INSERT INTO region_aliases (alias, code, kind, lang) VALUES (?, ?, ?, ?)
          ON CONFLICT (alias) DO UPDATE SET
            code = excluded.code, kind = excluded.kind, lang = excluded.lang`,
    args: [alias, code, kind ?? null, lang ?? null],
  };
}

function upsertIndicator(indicator: IndicatorEntry, sortOrder: number): InStatement {
  return {
    sql: `INSERT INTO indicators
            (slug, name_id, name_en, short_id, short_en, unit, description_id, description_en,
             service_id, service_en, sort_order)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
          ON CONFLICT (slug) DO UPDATE SET
            name_id = excluded.name_id, name_en = excluded.name_en,
            short_id = excluded.short_id, short_en = excluded.short_en, unit = excluded.unit,
            description_id = excluded.description_id, description_en = excluded.description_en,
            service_id = excluded.service_id, service_en = excluded.service_en,
            sort_order = excluded.sort_order`,
    args: [
      indicator.slug,
      indicator.nameId,
      indicator.nameEn,
      indicator.shortId,
      indicator.shortEn,
      indicator.unit,
      indicator.descriptionId,
      indicator.descriptionEn,
      indicator.serviceId ?? null,
      indicator.serviceEn ?? null,
      sortOrder,
    ],
  };
}

/**
 * The release row only if no release has the same (source, as of); its
 * observations and targets only where missing. The release id is looked up
 * inside each statement because it is not known before the batch runs.
 */
function insertRelease(release: ReleaseEntry): InStatement[] {
  const { asOf, source } = release;
  const releaseId = "(SELECT id FROM releases WHERE source = ? AND as_of = ? ORDER BY id LIMIT 1)";
  return [
    {
      sql: `INSERT INTO releases
              (as_of, presented_on, title, source, url, status, created_by, published_by,
               published_at, as_of_precision)
            SELECT ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8,
                   CASE ?6 WHEN 'published' THEN strftime('%Y-%m-%dT%H:%M:%fZ', 'now') END, ?9
            WHERE NOT EXISTS (SELECT 1 FROM releases WHERE source = ?4 AND as_of = ?1)`,
      args: [
        asOf,
        release.presentedOn,
        release.title,
        source,
        release.url,
        release.status,
        SEEDED_BY,
        release.status === "published" ? SEEDED_BY : null,
        release.asOfPrecision,
      ],
    },
    ...release.observations.map(
      (observation): InStatement => ({
        sql: `INSERT INTO observations
                (release_id, indicator, region_code, value, source_rank, count, evidence)
              VALUES (${releaseId}, ?, ?, ?, ?, ?, ?)
              ON CONFLICT DO NOTHING`,
        args: [
          source,
          asOf,
          observation.indicator,
          observation.regionCode,
          observation.value,
          observation.sourceRank ?? null,
          observation.count ?? null,
          observation.evidence ?? null,
        ],
      }),
    ),
    ...release.targets.map(
      (target): InStatement => ({
        sql: `INSERT INTO targets (indicator, year, scope, value, source, release_id)
              VALUES (?, ?, ?, ?, ?, ${releaseId})
              ON CONFLICT (indicator, year, scope, release_id) DO NOTHING`,
        args: [target.indicator, target.year, target.scope, target.value, source, source, asOf],
      }),
    ),
  ];
}
