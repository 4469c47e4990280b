// The news of a published release, as a subscriber gets it: per indicator, the
// subscriber's region (when they chose a regency or city), the province's value
// with its change since the previous release and against the national target,
// and the highest and lowest regencies and cities (only when they can be known,
// exactly as answers decide it). Only values of this release are news: an
// older value appears only as what a new one changed from. Numbers are read as
// they stood when the release came out, so news sent late stays true.

import { answer, type Block, citedReleases } from "../answer.ts";
import { provinceCode } from "../facts-request.ts";
import type { Html } from "../html.ts";
import type { Lexicon } from "../lexicon.ts";
import { render } from "../render.ts";
import type { Facts, FactsRequest, Lang, RankedObservation, Release } from "../types.ts";
import type { SubscriptionFilter } from "./subscription.ts";

type ValueBlock = Extract<Block, { type: "value" }>;

/** The facts the news needs, fetched in one round trip. */
export function newsRequest(
  release: Release,
  filter: SubscriptionFilter,
  lexicon: Lexicon,
): FactsRequest {
  const province = provinceOf(filter, lexicon);
  return {
    indicators: filter.indicator ? [filter.indicator] : "all",
    regions: [...new Set([province, filter.region ?? province])],
    childrenOf: [province],
    asOfRelease: release.id,
  };
}

/** Telegram HTML: a head naming the release, a section per indicator, the sources. */
export function releaseNews(
  release: Release,
  facts: Facts,
  filter: SubscriptionFilter,
  lexicon: Lexicon,
  lang: Lang,
): Html {
  const province = provinceOf(filter, lexicon);
  const slugs = filter.indicator
    ? [filter.indicator]
    : lexicon.reference.indicators.map((i) => i.slug);
  const blocks: Block[] = [
    { type: "new-release", release },
    ...slugs.flatMap((slug) =>
      indicatorNews(slug, filter.region, province, release, facts, lexicon),
    ),
  ];
  return render(
    { blocks, cited: citedReleases(blocks, facts.releases), choices: [] },
    lang,
    lexicon,
  );
}

/** What the release says of one indicator; nothing when it has no value of it in view. */
function indicatorNews(
  slug: string,
  region: string | null,
  province: string,
  release: Release,
  facts: Facts,
  lexicon: Lexicon,
): Block[] {
  const isNew = (o: RankedObservation) => o.releaseId === release.id;
  const withChange = (observation: RankedObservation): ValueBlock[] =>
    isNew(observation)
      ? [{ type: "value", observation, previous: previousOf(observation, facts) }]
      : [];
  const regional = region && region !== province ? current(slug, region, facts) : undefined;
  // The overview answer ("IKD"): the province's value (against the target
  // when there is one) and the extremes that can be known.
  const overview = answer({ kind: "overview", indicator: slug, province }, lexicon, facts).blocks;
  const provinceNews = overview.flatMap((block): Block[] => {
    switch (block.type) {
      case "target":
        return withChange(block.observation).map((news) => ({ ...news, target: block.target }));
      case "value":
        return withChange(block.observation);
      case "extreme":
        return block.observations.every(isNew) ? [block] : [];
      default:
        // The province has no value: the subscriber's region says what is new.
        return [];
    }
  });
  return [...(regional ? withChange(regional) : []), ...provinceNews];
}

function provinceOf(filter: SubscriptionFilter, lexicon: Lexicon): string {
  return filter.region ? provinceCode(filter.region, lexicon) : lexicon.defaultProvince;
}

function current(slug: string, region: string, facts: Facts): RankedObservation | undefined {
  return facts.observations.find(
    (o) => o.indicator === slug && o.regionCode === region && o.recency === 1,
  );
}

function previousOf(observation: RankedObservation, facts: Facts): RankedObservation | null {
  return (
    facts.observations.find(
      (o) =>
        o.indicator === observation.indicator &&
        o.regionCode === observation.regionCode &&
        o.recency === 2,
    ) ?? null
  );
}
