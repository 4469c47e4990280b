// The vocabulary shared by every layer. Pure data: no I/O, no framework types.

export type Lang = "id" | "en";

export const REGION_LEVELS = ["nation", "province", "regency", "city"] as const;
export type RegionLevel = (typeof REGION_LEVELS)[number];

/** Indonesia as a whole: the one region of level "nation", parent of every province. */
export const NATION_CODE = "ID";

/** How much of a data date the source stated: "13 Juni 2024", "Mei 2024", "semester I 2024", "2023". */
export const DATE_PRECISIONS = ["day", "month", "semester", "year"] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

export interface Region {
  /** Official Kemendagri code, dotted: "64" (province), "64.71" (regency/city); NATION_CODE for Indonesia. */
  code: string;
  /** Display name people use: "Kalimantan Timur", "Kota Balikpapan", "Kabupaten Berau". */
  name: string;
  level: RegionLevel;
  /** Province code for regencies and cities; NATION_CODE for provinces; null for the nation. */
  parentCode: string | null;
}

/** Why an alias maps where it does, when a reply should say so: "seat" (Tanjung Redeb → Berau). */
export const ALIAS_KINDS = ["seat"] as const;
export type AliasKind = (typeof ALIAS_KINDS)[number];

export interface RegionAlias {
  /** Normalised (see normalise()) alias, e.g. "kukar". */
  alias: string;
  code: string;
  /** Set for a regency's seat: replies name the seat and the regency it stands for. */
  kind?: AliasKind | null;
  /** The alias's language ("east kalimantan": en), which counts when a reply's language is chosen. */
  lang?: Lang | null;
}

export interface Indicator {
  slug: string;
  nameId: string;
  nameEn: string;
  shortId: string;
  shortEn: string;
  /** "percent" for all current indicators. */
  unit: string;
  descriptionId: string;
  descriptionEn: string;
  /** The official service it concerns ("Dinas Dukcapil kabupaten/kota"), when recorded. */
  serviceId: string | null;
  serviceEn: string | null;
}

/** Reference data: changes only on admin writes, so it is cached in memory. */
export interface ReferenceData {
  regions: Region[];
  aliases: RegionAlias[];
  indicators: Indicator[];
}

export type ReleaseStatus = "draft" | "published";

export interface Release {
  id: number;
  /** Data as of, ISO date "2024-06-13": the last day of the period when only a month, semester or year is known. */
  asOf: string;
  asOfPrecision: DatePrecision;
  /** Presented/published date, ISO date, or null when unknown. */
  presentedOn: string | null;
  title: string;
  source: string;
  url: string | null;
  status: ReleaseStatus;
}

/** What the source itself said about a value: it named it the highest or lowest. */
export type SourceRank = "highest" | "lowest";

export interface Observation {
  releaseId: number;
  indicator: string;
  regionCode: string;
  value: number;
  sourceRank: SourceRank | null;
  /** True when the value was corrected after publication. */
  corrected: boolean;
  /** People counted, when the source states it beside the percentage. */
  count: number | null;
}

export interface Target {
  indicator: string;
  year: number;
  /** "national", or the code of the region whose own target it is. */
  scope: string;
  value: number;
  source: string | null;
  releaseId: number | null;
}

/**
 * An observation with its recency: 1 = current (newest published release that
 * has it), 2 = previous, 3 and more = older (only when history is requested).
 */
export interface RankedObservation extends Observation {
  recency: number;
}

/**
 * What an answer needs from the store. Built by the domain from a question,
 * fetched by the store in one round trip.
 */
export interface FactsRequest {
  /** Indicator slugs, or "all". */
  indicators: string[] | "all";
  /** Region codes whose observations are needed (any level). */
  regions: string[];
  /** Province codes whose child regions' observations are needed (for rankings and extremes). */
  childrenOf: string[];
  /** A draft release to treat as published: an admin's preview of what users will see. */
  includeDraft?: number;
  /**
   * Read the data as it stood when this published release was the newest:
   * releases newer than it are left out (the news of a release, sent later).
   */
  asOfRelease?: number;
  /** Every release's observation per (indicator, region), not only the newest two: time questions. */
  history?: boolean;
  /**
   * Only the newest observation per (indicator, region), without the one before:
   * for answers that show no change (a ranking reads one value per region).
   * Ignored with `history`.
   */
  currentOnly?: boolean;
  /**
   * Only which of the wanted regions have a value (of a wanted indicator, in a
   * readable release), not the values: Facts.observations stays empty and
   * Facts.regionsWithData lists them. For answers that list regions.
   * Ignored with `history`.
   */
  presenceOnly?: boolean;
  /**
   * A region whose own values make the children of `childrenOf` unneeded:
   * they are read only when it lacks a readable value of some wanted
   * indicator (an answer about it then says what is known around it).
   * Ignored with `history`.
   */
  childrenUnlessValued?: string;
}

/** The facts fetched for one question: published data (and the draft a preview includes). */
export interface Facts {
  /** Current and previous observation per (indicator, region) matching the request. */
  observations: RankedObservation[];
  /** Targets for the requested indicators (all years). */
  targets: Target[];
  /** Every published release, newest first. */
  releases: Release[];
  /** With FactsRequest.presenceOnly: the wanted regions that have a value, by code. */
  regionsWithData?: string[];
}

/** Port: the read side of the store, as the question engine sees it. */
export interface FactsSource {
  /** Reference data, cached by the implementation. */
  reference(): Promise<ReferenceData>;
  /** One database round trip. */
  facts(request: FactsRequest): Promise<Facts>;
}
