// What the open-data API reads from the store: published data only, each list
// with the data version it was read at (the ETag is made from it).

import type { DatePrecision, RegionLevel, SourceRank } from "../types.ts";

// The rows the API answers with (type aliases: CSV output indexes them by key). src/server/api/schemas.ts checks at compile
// time that its valibot schemas describe exactly these shapes.

export type ApiIndicator = {
  slug: string;
  nameId: string;
  nameEn: string;
  shortId: string;
  shortEn: string;
  unit: string;
  descriptionId: string;
  descriptionEn: string;
};

export type ApiRegion = {
  code: string;
  name: string;
  level: RegionLevel;
  parentCode: string | null;
};

export type ApiRelease = {
  id: number;
  title: string;
  source: string;
  sourceUrl: string | null;
  /** The last day of the period when the source gave only a month, semester or year. */
  asOf: string;
  asOfPrecision: DatePrecision;
  presentedOn: string | null;
};

/** One published value with everything a reader needs to cite it. */
export type ApiObservation = {
  indicator: string;
  regionCode: string;
  regionName: string;
  value: number;
  unit: string;
  /** People counted, when the source stated it. */
  count: number | null;
  /** The source itself named this value the highest or lowest. */
  sourceRank: SourceRank | null;
  corrected: boolean;
  releaseId: number;
  releaseTitle: string;
  source: string;
  sourceUrl: string | null;
  asOf: string;
  asOfPrecision: DatePrecision;
};

export interface Versioned<Row> {
  dataVersion: number;
  rows: Row[];
}

export interface ObservationFilter {
  indicator?: string;
  region?: string;
  /** A published release's id, "all" for every published release, or undefined for the current values. */
  release?: number | "all";
}

/** A filter naming something the store does not have: said back, never answered with an empty list. */
export interface UnknownFilter {
  unknown: "indicator" | "region" | "release";
}

export interface OpenDataSource {
  /** One cheap read: answers a conditional request without reading the data. */
  dataVersion(): Promise<number>;
  indicators(): Promise<Versioned<ApiIndicator>>;
  regions(): Promise<Versioned<ApiRegion>>;
  /** Published releases, newest data first. */
  releases(): Promise<Versioned<ApiRelease>>;
  observations(filter: ObservationFilter): Promise<Versioned<ApiObservation> | UnknownFilter>;
}
