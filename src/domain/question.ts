// What a question was understood to ask. Region fields hold official codes,
// indicator fields hold slugs, so a question can be answered, compared in tests
// and encoded into a short string (callback data, deep links).

export type Direction = "highest" | "lowest";

/** Restricts extremes and rankings to kabupaten ("regency") or kota ("city"). */
export type LevelFilter = "regency" | "city" | null;

export type Question =
  /** One indicator for one region: "IKD Berau". */
  | { kind: "value"; indicator: string; region: string }
  /** An indicator without a region: the province value, highest and lowest: "IKD". */
  | { kind: "overview"; indicator: string; province: string }
  /** The highest or lowest region of a province: "kabupaten mana KIA terendah?". */
  | {
      kind: "extreme";
      indicator: string;
      direction: Direction;
      level: LevelFilter;
      province: string;
    }
  /** All regions of a province that have data, ordered: "peringkat IKD". */
  | { kind: "ranking"; indicator: string; level: LevelFilter; province: string }
  /** A region's value against the national target: "IKD Kaltim vs target". */
  | { kind: "target"; indicator: string; region: string }
  /** Two regions side by side, for one indicator or (null) all of them. */
  | { kind: "compare"; indicator: string | null; regions: [string, string] }
  /** Every indicator for a region: "Balikpapan", "data Berau". */
  | { kind: "profile"; region: string }
  /** Change since the previous release, for one indicator or (null) all of them. */
  | { kind: "change"; indicator: string | null; region: string }
  | { kind: "indicators" }
  | { kind: "regions"; province: string }
  | { kind: "sources" }
  | { kind: "updated" }
  | { kind: "help" }
  /** A region name matched several places ("Kutai"): ask back, never guess. */
  | { kind: "clarify-region"; term: string; candidates: string[]; pending: PendingQuestion }
  /** The question needs an indicator and named none: "kabupaten mana terendah?". */
  | { kind: "clarify-indicator"; pending: PendingQuestion }
  /** Not understood. `region` is set when a place was recognised but not what was asked of it. */
  | { kind: "unknown"; region: string | null };

/**
 * A question waiting for one missing piece. Choosing a candidate fills the
 * placeholder: REGION_PLACEHOLDER in a region field, or the indicator.
 */
export type PendingQuestion = Exclude<
  Question,
  { kind: "clarify-region" } | { kind: "clarify-indicator" } | { kind: "unknown" }
>;

export const REGION_PLACEHOLDER = "?";
export const INDICATOR_PLACEHOLDER = "?";

export interface Understood {
  question: Question;
  /** The language the text was written in, or null when it gives no clue ("IKD Berau"). */
  lang: "id" | "en" | null;
  /** Regency seats the text named its places by, so the reply can say what they stand for. */
  seats?: SeatNamed[];
}

/** "tanjung redeb" named Kabupaten Berau (64.03), whose seat it is. */
export interface SeatNamed {
  seat: string;
  code: string;
}
