// The open-data API's shapes, written once as valibot schemas: the query
// validator, the TypeScript types and the OpenAPI document all come from them.

import * as v from "valibot";
import type {
  ApiIndicator,
  ApiObservation,
  ApiRegion,
  ApiRelease,
} from "../../domain/open-data/ports.ts";
import { DATE_PRECISIONS, REGION_LEVELS } from "../../domain/types.ts";

const isoDate = v.pipe(v.string(), v.isoDate());

export const indicatorSchema = v.object({
  slug: v.string(),
  nameId: v.string(),
  nameEn: v.string(),
  shortId: v.string(),
  shortEn: v.string(),
  unit: v.string(),
  descriptionId: v.string(),
  descriptionEn: v.string(),
});

export const regionSchema = v.object({
  code: v.string(),
  name: v.string(),
  level: v.picklist(REGION_LEVELS),
  parentCode: v.nullable(v.string()),
});

export const releaseSchema = v.object({
  id: v.pipe(v.number(), v.integer()),
  title: v.string(),
  source: v.string(),
  sourceUrl: v.nullable(v.string()),
  /** The last day of the period when the source gave only a month, semester or year. */
  asOf: isoDate,
  asOfPrecision: v.picklist(DATE_PRECISIONS),
  presentedOn: v.nullable(isoDate),
});

/** One published value with everything a reader needs to cite it. */
export const observationSchema = v.object({
  indicator: v.string(),
  regionCode: v.string(),
  regionName: v.string(),
  value: v.number(),
  unit: v.string(),
  /** People counted, when the source stated it. */
  count: v.nullable(v.pipe(v.number(), v.integer())),
  /** The source itself named this value the highest or lowest. */
  sourceRank: v.nullable(v.picklist(["highest", "lowest"])),
  corrected: v.boolean(),
  releaseId: v.pipe(v.number(), v.integer()),
  releaseTitle: v.string(),
  source: v.string(),
  sourceUrl: v.nullable(v.string()),
  asOf: isoDate,
  asOfPrecision: v.picklist(DATE_PRECISIONS),
});

/** Every list answer says which data version it is, the same number as its ETag. */
const listOf = <T extends v.GenericSchema>(key: string, item: T) =>
  v.object({ dataVersion: v.pipe(v.number(), v.integer()), [key]: v.array(item) });

export const indicatorsResponse = listOf("indicators", indicatorSchema);
export const regionsResponse = listOf("regions", regionSchema);
export const releasesResponse = listOf("releases", releaseSchema);
export const observationsResponse = listOf("observations", observationSchema);

export const errorResponse = v.object({ ok: v.literal(false), error: v.string() });

export const observationsQuery = v.object({
  indicator: v.optional(
    v.pipe(v.string(), v.regex(/^[a-z][a-z0-9_]{0,39}$/, "indicator: expected a slug such as ikd")),
  ),
  region: v.optional(
    v.pipe(
      v.string(),
      v.regex(/^(ID|\d{2}(\.\d{2}){0,3})$/, "region: expected a code such as 64 or 64.71, or ID"),
    ),
  ),
  release: v.optional(
    v.pipe(
      v.string(),
      v.regex(/^(\d{1,9}|all)$/, "release: expected a release id (see /releases) or all"),
    ),
  ),
});

// The store fills the port's row types (domain/open-data/ports.ts); these fail
// to compile the moment a schema and its row type describe different shapes.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const SCHEMAS_MATCH_PORTS: [
  Same<v.InferOutput<typeof indicatorSchema>, ApiIndicator>,
  Same<v.InferOutput<typeof regionSchema>, ApiRegion>,
  Same<v.InferOutput<typeof releaseSchema>, ApiRelease>,
  Same<v.InferOutput<typeof observationSchema>, ApiObservation>,
] = [true, true, true, true];
export type ObservationsQuery = v.InferOutput<typeof observationsQuery>;
