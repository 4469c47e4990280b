// What a question was understood to ask. Region fields hold official codes,
// indicator fields hold slugs, so a question can be answered, compared in tests
// and encoded into a short string (callback data, deep links).

export type Direction = "highest" | "lowest";

/** "below": not yet at the target; "above": at or above it; "all": both groups. */
export type TargetSide = "below" | "above" | "all";

/**
 * Restricts extremes and rankings to kabupaten ("regency") or kota ("city");
 * "province" compares the provinces, the children of the nation (NATION_CODE).
 */
export type LevelFilter = "regency" | "city" | "province" | null;

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
  | {
      kind: "ranking";
      indicator: string;
      level: LevelFilter;
      province: string;
      /** "top 3", "5 kabupaten terendah": only the first n from that end. */
      top?: { n: number; direction: Direction };
    }
  /** A region's value against the national target: "IKD Kaltim vs target". */
  | { kind: "target"; indicator: string; region: string }
  /** Two regions side by side, for one indicator or (null) all of them. */
  | { kind: "compare"; indicator: string | null; regions: [string, string] }
  /** Every indicator for a region: "Balikpapan", "data Berau". */
  | { kind: "profile"; region: string }
  /** Change since the previous release, for one indicator or (null) all of them. */
  | { kind: "change"; indicator: string | null; region: string }
  /** The k-th highest or lowest region: "kabupaten dengan IKD tertinggi kedua". */
  | {
      kind: "rank";
      indicator: string;
      direction: Direction;
      k: number;
      level: LevelFilter;
      province: string;
    }
  /** Where one region stands among its province's: "Balikpapan peringkat berapa untuk IKD?". */
  | { kind: "position"; indicator: string; region: string }
  /** The regions of a province on one side of the target: "kabupaten mana saja di bawah target". */
  | {
      kind: "versus-target";
      indicator: string;
      side: TargetSide;
      level: LevelFilter;
      province: string;
    }
  /** The gap between the highest and the lowest region: "selisih KIA tertinggi dan terendah". */
  | { kind: "spread"; indicator: string; level: LevelFilter; province: string }
  /** What an indicator is: "apa itu IKD", "what does IKD stand for". */
  | { kind: "define"; indicator: string }
  /** How to obtain what an indicator counts: "cara aktivasi IKD" (answered with the service, no steps). */
  | { kind: "howto"; indicator: string }
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

/** A period named in a question, as inclusive ISO dates, and whether a series over it is asked. */
export interface When {
  from: string;
  to: string;
  /**
   * How the period was named: "Mei 2024" (month), "semester I 2024", "2023" (year), a day,
   * or a part of a year ("akhir 2024", "early 2023"), written back as asked.
   */
  precision: "day" | "month" | "semester" | "year" | "part";
  /** "sejak 2021", "2021–2024", "dari tahun ke tahun": every value in the period, with its date. */
  series: boolean;
  /** The words that named it, as typed (normalised): named back when it cannot be answered. */
  words: string;
}

/**
 * Something the question asked that its Question does not carry, so the answer
 * either meets it or says first that it cannot: "pencetakan", "rata-rata",
 * "berapa orang", "yang belum", "di atas 5%".
 */
export interface Qualifier {
  kind: "scope" | "subIndicator" | "quantity" | "ordinal" | "comparison" | "complement";
  /** What was asked, as a key messages know ("print", "average", "people", ...). */
  what: string;
  words: string;
}

/** Everything besides the Question that the answer must honour or name. */
export interface Asked {
  when: When | null;
  qualifiers: Qualifier[];
  /** Words the engine did not recognise at all: named after the answer, never silently dropped. */
  unknownWords: string[];
}

export const NOTHING_ELSE: Asked = { when: null, qualifiers: [], unknownWords: [] };

export interface Understood {
  question: Question;
  /** Time, qualifiers and unknown words the answer must honour or name. */
  asked: Asked;
  /** The language the text was written in, or null when it gives no clue ("IKD Berau"). */
  lang: "id" | "en" | null;
  /** Regency seats the text named its places by, so the reply can say what they stand for. */
  seats?: SeatNamed[];
  /** Further indicators named ("IKD dan KIA tertinggi"): the same question is answered for each. */
  alsoIndicators?: string[];
}

/** "tanjung redeb" named Kabupaten Berau (64.03), whose seat it is. */
export interface SeatNamed {
  seat: string;
  code: string;
}
