// What the open-data API reads from the store: published data only, each list
// with the data version it was read at (the ETag is made from it).

import type { ApiIndicator, ApiObservation, ApiRegion, ApiRelease } from "./schemas.ts";

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
