// From an answer to the chart of it. A reply offers a chart only when the chart
// shows what the reply answers: the current ranking, comparison or profile
// (never when the question named a time or asked something the data does not
// hold), or the history of one value. The chart is built from the answer's own
// blocks, so it holds exactly the reply's numbers, with their releases.

import type { Answer, Block } from "../answer.ts";
import { percent } from "../format.ts";
import type { Lexicon } from "../lexicon.ts";
import type { Asked, Question } from "../question.ts";
import { newestTargets } from "../release-time.ts";
import type { Facts, Lang, RankedObservation, Release, Target } from "../types.ts";
import type { Chart, ChartBar, ChartTarget } from "./chart.ts";
import type { ChartRequest } from "./chart-request.ts";
import { chartTexts } from "./chart-texts.ts";
import { releaseDate } from "./release-date.ts";

/** A history chart reads every published release: the whole of time, as a series. */
export const EVERY_RELEASE: Asked = {
  when: { from: "0001-01-01", to: "9999-12-31", precision: "year", series: true, words: "" },
  qualifiers: [],
  unknownWords: [],
};

/** The chart a reply can offer, or null. */
export function chartRequestOf(
  question: Question,
  result: Answer,
  asked: Asked,
): ChartRequest | null {
  if (asked.qualifiers.length > 0) return null;
  if (asked.when !== null) {
    if (!asked.when.series || question.kind !== "value") return null;
    const series = blocksOf(result, "series");
    const only = series[0];
    return series.length === 1 && only?.type === "series" && only.observations.length >= 2
      ? { kind: "history", question }
      : null;
  }
  switch (question.kind) {
    case "ranking":
      return blocksOf(result, "ranking").length > 0 ? { kind: "ranking", question } : null;
    case "profile":
      return blocksOf(result, "profile").length > 0 ? { kind: "profile", question } : null;
    case "compare": {
      const { indicator } = question;
      const shown = blocksOf(result, "compare").some(
        (b) => b.type === "compare" && b.values.some(Boolean),
      );
      return indicator !== null && shown
        ? { kind: "compare", question: { ...question, indicator } }
        : null;
    }
    default:
      return null;
  }
}

function blocksOf(result: Answer, type: Block["type"]): Block[] {
  return result.blocks.filter((b) => b.type === type);
}

/** The chart of an answer to the request's question; null when the answer has nothing to draw. */
export function describeChart(
  request: ChartRequest,
  result: Answer,
  facts: Facts,
  lexicon: Lexicon,
  lang: Lang,
): Chart | null {
  const d = new Describer(result, facts, lexicon, lang);
  switch (request.kind) {
    case "ranking":
      return d.ranking(request.question.indicator);
    case "compare":
      return d.compare(request.question.indicator, request.question.regions);
    case "profile":
      return d.profile(request.question.region);
    case "history":
      return d.history(request.question.indicator, request.question.region);
  }
}

class Describer {
  private readonly t;
  private readonly targets: Target[];

  constructor(
    private readonly result: Answer,
    private readonly facts: Facts,
    private readonly lexicon: Lexicon,
    private readonly lang: Lang,
  ) {
    this.t = chartTexts(lang);
    // As answers read them: per year and scope, the target of the newest release stating it.
    this.targets = newestTargets(facts.targets, facts.releases);
  }

  ranking(indicator: string): Chart | null {
    const block = this.result.blocks.find((b) => b.type === "ranking");
    if (block?.type !== "ranking" || block.observations.length === 0) return null;
    const observations = [...block.observations].sort((a, b) => b.value - a.value);
    const notes =
      observations.length < block.total
        ? [this.t.partial(observations.length, block.total, block.level)]
        : [];
    return this.chart(
      "ranking",
      this.t.ranking(this.indicator(indicator), block.level, this.region(block.province)),
      observations,
      (o) => this.region(o.regionCode),
      notes,
      this.target(indicator, observations, block.province),
    );
  }

  compare(indicator: string, regions: [string, string]): Chart | null {
    const block = this.result.blocks.find((b) => b.type === "compare" && b.indicator === indicator);
    if (block?.type !== "compare") return null;
    const observations = block.values.filter((o): o is RankedObservation => o !== null);
    if (observations.length === 0) return null;
    const missing = regions.filter((_, i) => block.values[i] === null).map((r) => this.region(r));
    return this.chart(
      "compare",
      this.t.compare(this.indicator(indicator), this.region(regions[0]), this.region(regions[1])),
      observations,
      (o) => this.region(o.regionCode),
      missing.length > 0 ? [this.t.noData(missing)] : [],
      this.target(indicator, observations),
    );
  }

  profile(region: string): Chart | null {
    const block = this.result.blocks.find((b) => b.type === "profile");
    if (block?.type !== "profile") return null;
    const rows = block.rows.filter((row) => row.observation !== null);
    const observations = rows.map((row) => row.observation as RankedObservation);
    if (observations.length === 0) return null;
    const missing = block.rows.filter((row) => row.observation === null);
    const chart = this.chart(
      "profile",
      this.t.profile(this.region(region)),
      observations,
      (o) => this.indicator(o.indicator),
      missing.length > 0
        ? [this.t.noData(missing.map((row) => this.indicator(row.indicator)))]
        : [],
      null,
    );
    // Each indicator has its own target: marked on its bar and named under its label.
    for (const [i, bar] of chart.bars.entries()) {
      const o = observations[i] as RankedObservation;
      const target = this.target(o.indicator, [o], region);
      if (target) {
        bar.target = target;
        bar.sublabel = `${target.label} (${o.value >= target.value ? this.t.reached : this.t.notReached})`;
      }
    }
    return chart;
  }

  history(indicator: string, region: string): Chart | null {
    const block = this.result.blocks.find(
      (b) => b.type === "series" && b.indicator === indicator && b.region === region,
    );
    if (block?.type !== "series" || block.observations.length === 0) return null;
    const chart = this.chart(
      "history",
      this.t.history(this.indicator(indicator), this.region(region)),
      block.observations,
      (o) => this.date(o),
      [],
      this.target(indicator, block.observations, region),
    );
    // The label is the date already.
    for (const bar of chart.bars) bar.dateLabel = null;
    return chart;
  }

  private chart(
    kind: Chart["kind"],
    title: string,
    observations: RankedObservation[],
    label: (o: RankedObservation) => string,
    notes: string[],
    targetLine: ChartTarget | null,
  ): Chart {
    const releases = this.releasesOf(observations);
    const dated = releases.length > 1;
    const bars = observations.map(
      (o): ChartBar => ({
        label: label(o),
        sublabel: null,
        value: o.value,
        valueLabel: `${percent(o.value, this.lang)}${o.corrected ? ` (${this.t.corrected})` : ""}`,
        dateLabel: dated ? this.date(o) : null,
        target: null,
      }),
    );
    return {
      kind,
      lang: this.lang,
      title,
      notes,
      bars,
      targetLine,
      sources: releases.map((r) => this.t.source(r.source, releaseDate(r, this.lang))),
    };
  }

  /** The releases the values come from, newest first. */
  private releasesOf(observations: RankedObservation[]): Release[] {
    const ids = new Set(observations.map((o) => o.releaseId));
    return this.facts.releases.filter((r) => ids.has(r.id));
  }

  /**
   * The target the values are read against, as answers choose it: of the
   * newest value's year, else the newest; a region's own wins over the national one.
   */
  private target(
    indicator: string,
    observations: RankedObservation[],
    region?: string,
  ): ChartTarget | null {
    const newest = this.releasesOf(observations)[0];
    if (!newest) return null;
    const year = Number(newest.asOf.slice(0, 4));
    const targets = this.targets
      .filter((t) => t.indicator === indicator && (t.scope === "national" || t.scope === region))
      .sort((a, b) => b.year - a.year || Number(b.scope === region) - Number(a.scope === region));
    const target = targets.find((t) => t.year === year) ?? targets[0];
    if (!target) return null;
    const scope = target.scope === "national" ? null : this.region(target.scope);
    return {
      value: target.value,
      label: this.t.target(scope, target.year, percent(target.value, this.lang)),
    };
  }

  private date(o: RankedObservation): string {
    const release = this.facts.releases.find((r) => r.id === o.releaseId);
    return release ? releaseDate(release, this.lang) : "";
  }

  private indicator(slug: string): string {
    const indicator = this.lexicon.indicatorBySlug.get(slug);
    if (!indicator) return slug;
    return this.lang === "id" ? indicator.shortId : indicator.shortEn;
  }

  private region(code: string): string {
    return this.lexicon.regionByCode.get(code)?.name ?? code;
  }
}
