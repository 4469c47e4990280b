// Which facts a question needs, so the store fetches exactly those in one round trip.

import type { Lexicon } from "./lexicon.ts";
import type { Asked, Question } from "./question.ts";
import type { FactsRequest } from "./types.ts";

const NOTHING: Pick<FactsRequest, "indicators" | "regions" | "childrenOf"> = {
  indicators: [],
  regions: [],
  childrenOf: [],
};

/**
 * null when the question is answered from reference data alone. A question
 * that names a time reads every release's values (still one round trip), so
 * the answer can pick the release of that time or list the series.
 */
export function factsRequestFor(
  question: Question,
  lexicon: Lexicon,
  asked?: Asked,
): FactsRequest | null {
  const request = baseRequest(question, lexicon);
  if (!request) return null;
  // Field by field rather than `{ ...request, flag }`: V8 (Node 20) is slow to add fields to a spread copy.
  const { indicators, regions, childrenOf } = request;
  if (asked?.when) return { indicators, regions, childrenOf, history: true };
  // Only a change shows the value before the current one (AnswerContext.before).
  if (question.kind === "change") return request;
  // A list of regions says which have data, not what the data is.
  if (question.kind === "regions") {
    return { indicators, regions, childrenOf, currentOnly: true, presenceOnly: true };
  }
  // A region's value, or its target: its province's regions matter only when it has none.
  if (question.kind === "value" || question.kind === "target") {
    return {
      indicators,
      regions,
      childrenOf,
      currentOnly: true,
      childrenUnlessValued: question.region,
    };
  }
  return { indicators, regions, childrenOf, currentOnly: true };
}

/** What every request holds; the flags are added by factsRequestFor. */
type BaseRequest = Pick<FactsRequest, "indicators" | "regions" | "childrenOf">;

function baseRequest(question: Question, lexicon: Lexicon): BaseRequest | null {
  switch (question.kind) {
    case "value":
    case "target":
    case "position":
      return { indicators: [question.indicator], ...around(question.region, lexicon) };
    case "overview":
    case "extreme":
    case "ranking":
    case "rank":
    case "versus-target":
    case "spread":
      return {
        indicators: [question.indicator],
        regions: unique([question.province, lexicon.defaultProvince]),
        childrenOf: [question.province],
      };
    case "compare":
      return {
        indicators: question.indicator ? [question.indicator] : "all",
        regions: unique([...question.regions, lexicon.defaultProvince]),
        childrenOf: [],
      };
    case "profile":
    case "change":
      return {
        indicators: question.kind === "change" && question.indicator ? [question.indicator] : "all",
        regions: unique([question.region, lexicon.defaultProvince]),
        childrenOf: [],
      };
    case "unknown":
      return question.region
        ? {
            indicators: "all",
            regions: unique([question.region, lexicon.defaultProvince]),
            childrenOf: [],
          }
        : null;
    case "regions":
      return { indicators: "all", regions: [question.province], childrenOf: [question.province] };
    case "sources":
    case "updated":
      return NOTHING;
    case "indicators":
    case "define":
    case "howto":
    case "help":
    case "clarify-region":
    case "clarify-indicator":
      return null;
  }
}

/** A region's own facts, its province's, and those of the province's regions. */
function around(region: string, lexicon: Lexicon): Pick<FactsRequest, "regions" | "childrenOf"> {
  const province = provinceCode(region, lexicon);
  return {
    regions: unique([region, province, lexicon.defaultProvince]),
    childrenOf: [province],
  };
}

/** The province a region belongs to ("64.03" → "64"); a province, and the nation, are their own. */
export function provinceCode(region: string, lexicon: Lexicon): string {
  const found = lexicon.regionByCode.get(region);
  if (found?.level === "province" || found?.level === "nation") return region;
  return found?.parentCode ?? region.split(".")[0] ?? region;
}

function unique(codes: string[]): string[] {
  return [...new Set(codes)];
}
