// Question + facts → Answer: what to say, as data. Every number in an answer is
// an observation or target from the store, or a difference of two of them.
// Rendering into a language and into Telegram HTML happens in render.ts.

import type { CorrectionRecorded } from "./admin/ports.ts";
import { provinceCode } from "./facts-request.ts";
import type { Lexicon } from "./lexicon.ts";
import {
  type Asked,
  type Direction,
  type LevelFilter,
  NOTHING_ELSE,
  type Qualifier,
  type Question,
  type TargetSide,
  type When,
} from "./question.ts";
import { atRelease, fits, nearestRelease, newestTargets, releasePlaces } from "./release-time.ts";
import type { Facts, RankedObservation, Region, Release, Target } from "./types.ts";

export type Block =
  /**
   * One value; `previous` is set when the change since the previous release is
   * asked, `target` when the value is read against it (news of a release).
   */
  | {
      type: "value";
      observation: RankedObservation;
      previous?: RankedObservation | null;
      target?: Target;
    }
  /**
   * A value that is not in the store. `release` is the newest one looked in
   * (null: no data at all). With `among`, what is missing is the values of the
   * region's regencies and cities (of that level), not the region's own.
   */
  | {
      type: "missing";
      indicator: string | null;
      region: string;
      release: Release | null;
      among?: { level: LevelFilter };
    }
  /** What is known instead of a missing value. */
  | { type: "known"; observations: RankedObservation[] }
  | {
      type: "extreme";
      indicator: string;
      direction: Direction;
      level: LevelFilter;
      province: string;
      observations: RankedObservation[];
      /** "complete": every region has data; "source": the release itself named it. */
      basis: "complete" | "source";
      /** Regencies and cities of the province with data, and how many there are. */
      covered: number;
      total: number;
      /** One line, as part of an overview. */
      compact?: boolean;
      /** A newer release has data for the indicator but did not name an extreme: this one may no longer hold. */
      stale?: boolean;
    }
  /** The extreme cannot be known from partial data; `known` is what there is. */
  | {
      type: "extreme-unknown";
      indicator: string;
      direction: Direction;
      level: LevelFilter;
      province: string;
      covered: number;
      total: number;
    }
  | {
      type: "ranking";
      indicator: string;
      level: LevelFilter;
      province: string;
      observations: RankedObservation[];
      total: number;
      /**
       * Only the first n from one end were asked; `observations` are then in that order:
       * those n when every region is known (`complete`), else every value known.
       */
      top?: { n: number; direction: Direction; complete: boolean };
    }
  | { type: "target"; observation: RankedObservation; target: Target }
  | { type: "no-target"; indicator: string }
  | {
      type: "compare";
      indicator: string;
      regions: [string, string];
      values: [RankedObservation | null, RankedObservation | null];
    }
  | { type: "change"; current: RankedObservation; previous: RankedObservation | null }
  /** Every indicator for one region; null where the region has no value. */
  | {
      type: "profile";
      region: string;
      rows: { indicator: string; observation: RankedObservation | null }[];
    }
  /** The k-th highest or lowest (k ≥ 2), known because every region has data. */
  | {
      type: "rank";
      indicator: string;
      direction: Direction;
      k: number;
      level: LevelFilter;
      province: string;
      observations: RankedObservation[];
    }
  | {
      type: "rank-unknown";
      indicator: string;
      direction: Direction;
      k: number;
      level: LevelFilter;
      province: string;
      covered: number;
      total: number;
    }
  /** A region's place among the regencies and cities of its province. */
  | {
      type: "position";
      observation: RankedObservation;
      /** 1 = highest; null when it cannot be known from the data. */
      position: number | null;
      basis: "complete" | "source" | "unknown";
      covered: number;
      total: number;
    }
  /** Regions of a province on each side of a target, and what the known extremes decide. */
  | {
      type: "versus-target";
      indicator: string;
      side: TargetSide;
      level: LevelFilter;
      province: string;
      target: Target;
      below: RankedObservation[];
      above: RankedObservation[];
      /** Regions without data. */
      unknown: number;
      total: number;
      /** Set when a known extreme decides every region: the highest is below, or the lowest above. */
      decided: { all: "below" | "above"; by: RankedObservation } | null;
    }
  | {
      type: "spread";
      indicator: string;
      level: LevelFilter;
      province: string;
      highest: RankedObservation;
      lowest: RankedObservation;
    }
  /** Every value of one indicator for one region over a period, oldest first. */
  | { type: "series"; indicator: string; region: string; observations: RankedObservation[] }
  | { type: "define"; indicator: string }
  | { type: "howto"; indicator: string }
  /**
   * What the question asked that the answer cannot give, said first: a time
   * without a release, a sub-indicator, an average, people counted, ...
   */
  | { type: "unmet"; indicator: string | null; when: When | null; qualifiers: Qualifier[] }
  /** A question asked back: its choices carry no time, so they answer the newest data. */
  | { type: "choices-newest"; when: When }
  /** Words not understood, named after the answer. */
  | { type: "unrecognised"; words: string[] }
  | { type: "indicators" }
  | { type: "regions"; province: string; regions: Region[]; withData: string[] }
  | { type: "sources"; releases: Release[] }
  | { type: "updated"; release: Release | null }
  | { type: "help" }
  | { type: "not-understood" }
  | { type: "clarify-region"; term: string }
  | { type: "clarify-indicator" }
  /** The head of the news of a newly published release. */
  | { type: "new-release"; release: Release }
  /** A published value corrected: what a correction notice says. */
  | ({ type: "correction" } & CorrectionRecorded);

/** A button-like choice offered with an answer: picking it asks `question`. */
export type Choice =
  | { kind: "region"; code: string; question: Question }
  | { kind: "indicator"; slug: string; question: Question };

export interface Answer {
  blocks: Block[];
  /** Releases the numbers come from, newest first: each answer names its source and date. */
  cited: Release[];
  choices: Choice[];
}

const NO_FACTS: Facts = { observations: [], targets: [], releases: [] };

export function answer(
  question: Question,
  lexicon: Lexicon,
  facts: Facts = NO_FACTS,
  asked: Asked = NOTHING_ELSE,
): Answer {
  const { when } = asked;
  const indicator = indicatorOf(question);
  let timeMet = true;
  let blocks: Block[] | undefined;
  // History facts carry every release's targets: as things stand now, the newest count.
  let ctx = new AnswerContext(lexicon, {
    ...facts,
    targets: newestTargets(facts.targets, facts.releases),
  });
  if (when && facts.observations.length > 0 && answersWithNumbers(question)) {
    const relevant = facts.observations.filter((o) => isRelevant(o, question));
    if (when.series && !SERIES_KINDS.has(question.kind)) {
      // A series of extremes or rankings is not kept: said, then today's answer.
      timeMet = false;
    } else if (when.series) {
      blocks = seriesBlocks(question, when, relevant, ctx);
      timeMet = blocks.length > 0;
      if (!timeMet) blocks = undefined;
    } else {
      // A region no release covers: its absence is said by the body, and the time can
      // still be met by what the data held then ("Yang tersedia" at the asked date).
      const pool =
        relevant.length > 0
          ? relevant
          : facts.observations.filter((o) => indicator === null || o.indicator === indicator);
      const pooled = new Set(pool.map((o) => o.releaseId));
      const releases = facts.releases.filter((r) => pooled.has(r.id));
      const fitting = releases.find((r) => fits(r, when));
      const chosen = fitting ?? nearestRelease(releases, when);
      timeMet = fitting !== undefined;
      if (chosen) ctx = new AnswerContext(lexicon, atRelease(facts, chosen));
    }
  }
  blocks ??= blocksFor(question, ctx);
  const qualifiers = asked.qualifiers.filter((q) => !met(q, question, blocks));
  const unmetWhen = timeMet ? null : when;
  const head: Block[] =
    (unmetWhen || qualifiers.length > 0) && !ASKS_BACK.has(question.kind)
      ? [{ type: "unmet", indicator, when: unmetWhen, qualifiers }]
      : [];
  // Short stray words are typing noise; a stray number may be a count or a code: named.
  const words = asked.unknownWords.filter((w) => w.length >= 4 || /^\d+$/.test(w));
  const tail: Block[] =
    words.length > 0 && !(question.kind === "unknown" && !question.region)
      ? [{ type: "unrecognised", words }]
      : [];
  // A button holds only the question, not its time: say so rather than answer another time.
  const timeLost: Block[] =
    when && (question.kind === "clarify-region" || question.kind === "clarify-indicator")
      ? [{ type: "choices-newest", when }]
      : [];
  const all = [...head, ...blocks, ...timeLost, ...tail];
  return { blocks: all, cited: ctx.cited(all), choices: choicesFor(question, lexicon) };
}

/**
 * Whether the answer itself meets a qualifier understanding could not settle:
 * "berapa orang" is answered when every value shown has its people counted.
 */
function met(q: Qualifier, question: Question, blocks: Block[]): boolean {
  // "the national target" / "target daerah": unmet only when a target of the
  // other kind is shown instead. With no target shown, the answer itself says
  // there is none.
  const national = q.what === "national-target";
  if (q.kind === "scope" && (national || q.what === "regional-target")) {
    const shown = blocks.flatMap((b) =>
      b.type === "target" || b.type === "versus-target"
        ? [b.target]
        : b.type === "value" && b.target
          ? [b.target]
          : [],
    );
    return shown.every((t) => (t.scope === "national") === national);
  }
  if (q.kind !== "quantity" || question.kind === "unknown") return false;
  const shown = blocks.flatMap((b) =>
    b.type === "value" || b.type === "target" ? [b.observation] : [],
  );
  return shown.length > 0 && shown.every((o) => o.count !== null);
}

/** Replies that answer nothing yet: nothing to say is unavailable. */
const ASKS_BACK = new Set<Question["kind"]>(["help", "clarify-region", "clarify-indicator"]);

/** Questions about one region's value, which a series of releases can answer. */
const SERIES_KINDS = new Set<Question["kind"]>([
  "value",
  "target",
  "overview",
  "change",
  "position",
]);

function indicatorOf(question: Question): string | null {
  return "indicator" in question && question.indicator && question.indicator !== "?"
    ? question.indicator
    : null;
}

function answersWithNumbers(question: Question): boolean {
  return !["indicators", "sources", "updated", "help", "define", "howto"].includes(question.kind);
}

/** Observations that can answer the question: its indicator, and its region when it names one. */
function isRelevant(o: RankedObservation, question: Question): boolean {
  const indicator = indicatorOf(question);
  if (indicator && o.indicator !== indicator) return false;
  switch (question.kind) {
    case "value":
    case "target":
    case "position":
    case "change":
    case "profile":
      return o.regionCode === question.region;
    case "compare":
      return question.regions.includes(o.regionCode);
    case "unknown":
      return question.region === null || o.regionCode === question.region;
    default:
      return true;
  }
}

/** "IKD Berau sejak 2021": each value of the period with its date, oldest first. */
function seriesBlocks(
  question: Question,
  when: When,
  relevant: RankedObservation[],
  ctx: AnswerContext,
): Block[] {
  const region =
    "region" in question && question.region
      ? question.region
      : "province" in question
        ? question.province
        : null;
  if (!region) return [];
  const inPeriod = relevant.filter((o) => {
    const release = ctx.release(o.releaseId);
    return o.regionCode === region && release !== undefined && fits(release, when);
  });
  const slugs = [...new Set(inPeriod.map((o) => o.indicator))];
  return slugs.map((indicator): Block => {
    const observations = inPeriod
      .filter((o) => o.indicator === indicator)
      .sort((a, b) => b.recency - a.recency);
    const oldest = observations[0];
    const newest = observations[observations.length - 1];
    // "naik berapa dari Juni ke November": the change across the period, both dates named.
    if (question.kind === "change" && oldest && newest && observations.length > 1) {
      return { type: "change", current: newest, previous: oldest };
    }
    return { type: "series", indicator, region, observations };
  });
}

class AnswerContext {
  /** Indicator → region → value: two lookups, no key string made per value looked up. */
  private readonly current = new Map<string, Map<string, RankedObservation>>();
  private readonly previous = new Map<string, Map<string, RankedObservation>>();
  /** Each release's place in facts.releases (newest first), looked up per value shown. */
  private readonly releaseIndex: ReadonlyMap<number, number>;

  constructor(
    readonly lexicon: Lexicon,
    readonly facts: Facts,
  ) {
    for (const o of facts.observations) {
      const byIndicator = o.recency === 1 ? this.current : this.previous;
      let byRegion = byIndicator.get(o.indicator);
      if (!byRegion) {
        byRegion = new Map();
        byIndicator.set(o.indicator, byRegion);
      }
      byRegion.set(o.regionCode, o);
    }
    this.releaseIndex = releasePlaces(facts.releases);
  }

  now(indicator: string, region: string): RankedObservation | undefined {
    return this.current.get(indicator)?.get(region);
  }

  before(indicator: string, region: string): RankedObservation | null {
    return this.previous.get(indicator)?.get(region) ?? null;
  }

  latestRelease(): Release | null {
    return this.facts.releases[0] ?? null;
  }

  /** Regencies and cities of a province, optionally of one level. */
  children(province: string, level: LevelFilter): Region[] {
    const all = this.lexicon.childrenByParent.get(province) ?? [];
    return all.filter((r) => level === null || r.level === level);
  }

  /** Current values of an indicator for the given regions, highest first. */
  values(indicator: string, regions: Region[]): RankedObservation[] {
    return regions
      .map((r) => this.now(indicator, r.code))
      .filter((o): o is RankedObservation => o !== undefined)
      .sort((a, b) => b.value - a.value || a.regionCode.localeCompare(b.regionCode));
  }

  /**
   * A target for the indicator: the one of the value's year, else the newest;
   * the region's own target wins over the national one for that region.
   */
  targetFor(indicator: string, year: number, region?: string): Target | undefined {
    const targets = this.facts.targets
      .filter((t) => t.indicator === indicator && (t.scope === "national" || t.scope === region))
      .sort((a, b) => b.year - a.year || Number(b.scope === region) - Number(a.scope === region));
    return targets.find((t) => t.year === year) ?? targets[0];
  }

  release(id: number): Release | undefined {
    const index = this.releaseIndex.get(id);
    return index === undefined ? undefined : this.facts.releases[index];
  }

  /** The release's place among the releases, newest first; undefined for one not among them. */
  releasePlace(id: number): number | undefined {
    return this.releaseIndex.get(id);
  }

  cited(blocks: Block[]): Release[] {
    return citedReleases(blocks, this.facts.releases);
  }
}

/** The releases, of those given, that the blocks' numbers come from, in the order given. */
export function citedReleases(blocks: Block[], releases: Release[]): Release[] {
  const ids = new Set<number>();
  for (const block of blocks) addReleaseIds(block, ids);
  return releases.filter((r) => ids.has(r.id));
}

/**
 * The releases of the values a reply shows as they stand: when there are
 * several, each number is dated. A previous value in a change line names its
 * own release already, and a target is not a measurement.
 */
export function shownReleaseIds(blocks: Block[]): Set<number> {
  const ids = new Set<number>();
  for (const block of blocks) {
    if (block.type === "value") ids.add(block.observation.releaseId);
    else if (block.type === "change") ids.add(block.current.releaseId);
    else if (block.type === "target") ids.add(block.observation.releaseId);
    // "Not in the release of <date>": values shown beside it from another release need their own dates.
    else if (block.type === "missing") {
      if (block.release) ids.add(block.release.id);
    } else if (block.type !== "series" && block.type !== "updated") {
      addReleaseIds(block, ids);
    }
  }
  return ids;
}

/** Adds the releases a block's numbers come from to `ids`. */
function addReleaseIds(block: Block, ids: Set<number>): void {
  switch (block.type) {
    case "value":
      ids.add(block.observation.releaseId);
      if (block.previous) ids.add(block.previous.releaseId);
      if (block.target?.releaseId) ids.add(block.target.releaseId);
      return;
    case "change":
      ids.add(block.current.releaseId);
      if (block.previous) ids.add(block.previous.releaseId);
      return;
    case "profile":
      for (const row of block.rows) if (row.observation) ids.add(row.observation.releaseId);
      return;
    case "known":
    case "extreme":
    case "ranking":
    case "rank":
    case "series":
      for (const o of block.observations) ids.add(o.releaseId);
      return;
    case "target":
      ids.add(block.observation.releaseId);
      if (block.target.releaseId) ids.add(block.target.releaseId);
      return;
    case "position":
      ids.add(block.observation.releaseId);
      return;
    case "versus-target":
      for (const o of block.below) ids.add(o.releaseId);
      for (const o of block.above) ids.add(o.releaseId);
      return;
    case "spread":
      ids.add(block.highest.releaseId);
      ids.add(block.lowest.releaseId);
      return;
    case "compare":
      for (const o of block.values) if (o) ids.add(o.releaseId);
      return;
    case "missing":
    case "updated":
      if (block.release) ids.add(block.release.id);
      return;
    case "new-release":
    case "correction":
      ids.add(block.release.id);
      return;
    default:
      return;
  }
}

function blocksFor(question: Question, ctx: AnswerContext): Block[] {
  switch (question.kind) {
    case "value":
      return valueBlocks(question.indicator, question.region, ctx);
    case "overview":
      return overviewBlocks(question.indicator, question.province, ctx);
    case "extreme":
      return extremeBlocks(question, ctx);
    case "ranking":
      return rankingBlocks(question, ctx);
    case "target":
      return targetBlocks(question.indicator, question.region, ctx);
    case "compare":
      return compareBlocks(question.indicator, question.regions, ctx);
    case "profile":
      return profileBlocks(question.region, ctx);
    case "change":
      return changeBlocks(question.indicator, question.region, ctx);
    case "rank":
      return rankBlocks(question, ctx);
    case "position":
      return positionBlocks(question.indicator, question.region, ctx);
    case "versus-target":
      return versusTargetBlocks(question, ctx);
    case "spread":
      return spreadBlocks(question, ctx);
    case "define":
      return [{ type: "define", indicator: question.indicator }];
    case "howto":
      return [{ type: "howto", indicator: question.indicator }];
    case "indicators":
      return [{ type: "indicators" }];
    case "regions":
      return regionsBlocks(question.province, ctx);
    case "sources":
      return [{ type: "sources", releases: ctx.facts.releases }];
    case "updated":
      return [{ type: "updated", release: ctx.latestRelease() }];
    case "help":
      return [{ type: "help" }];
    case "clarify-region":
      return [{ type: "clarify-region", term: question.term }];
    case "clarify-indicator":
      return [{ type: "clarify-indicator" }];
    case "unknown":
      // A place was recognised: answer about it; the words not understood are named after.
      return question.region
        ? profileBlocks(question.region, ctx)
        : [{ type: "not-understood" }, { type: "help" }];
  }
}

function valueBlocks(indicator: string, region: string, ctx: AnswerContext): Block[] {
  const observation = ctx.now(indicator, region);
  if (observation) {
    // A province's value is read against the national target whenever there is one.
    const target = isProvince(region, ctx)
      ? ctx.targetFor(indicator, yearOf(observation, ctx), region)
      : undefined;
    return [target ? { type: "target", observation, target } : { type: "value", observation }];
  }
  return [missing(indicator, region, ctx), ...knownInstead(indicator, region, ctx)];
}

function missing(indicator: string | null, region: string, ctx: AnswerContext): Block {
  return { type: "missing", indicator, region, release: ctx.latestRelease() };
}

/** No value for any of the province's regions of `level`: its own value may still exist. */
function missingAmong(
  indicator: string,
  province: string,
  level: LevelFilter,
  ctx: AnswerContext,
): Block {
  return {
    type: "missing",
    indicator,
    region: province,
    release: ctx.latestRelease(),
    among: { level },
  };
}

/** That, and what is known in the province instead, its own value included. */
function missingAmongBlocks(
  indicator: string,
  province: string,
  level: LevelFilter,
  ctx: AnswerContext,
): Block[] {
  return [
    missingAmong(indicator, province, level, ctx),
    ...knownInstead(indicator, province, ctx, "children"),
  ];
}

/**
 * For a missing value: the province's value and the extremes the source named,
 * or, for a province without any data, the default province's value.
 */
function knownInstead(
  indicator: string,
  region: string,
  ctx: AnswerContext,
  missing: "own" | "children" = "own",
): Block[] {
  const province = provinceCode(region, ctx.lexicon);
  const inProvince = [
    ctx.now(indicator, province),
    ...ctx.values(indicator, ctx.children(province, null)).filter((o) => o.sourceRank),
  ].filter(
    (o): o is RankedObservation =>
      o !== undefined && (missing === "children" || o.regionCode !== region),
  );
  if (inProvince.length > 0) return [{ type: "known", observations: inProvince }];
  const fallback = ctx.now(indicator, ctx.lexicon.defaultProvince);
  return fallback ? [{ type: "known", observations: [fallback] }] : [];
}

function overviewBlocks(indicator: string, province: string, ctx: AnswerContext): Block[] {
  const blocks: Block[] = valueBlocks(indicator, province, ctx);
  if (blocks[0]?.type === "missing") return blocks;
  for (const direction of ["highest", "lowest"] as const) {
    const extreme = extremeOf(indicator, direction, null, province, ctx);
    if (extreme.type === "extreme") blocks.push(Object.assign({}, extreme, { compact: true }));
  }
  return blocks;
}

/**
 * A newer release has the indicator for the province (say, its value alone)
 * but did not name the extremes again: one named earlier may no longer hold.
 */
function isStale(
  observations: RankedObservation[],
  indicator: string,
  province: string,
  ctx: AnswerContext,
): boolean {
  const newest = Math.max(
    ...[ctx.now(indicator, province), ...ctx.values(indicator, ctx.children(province, null))]
      .filter((o): o is RankedObservation => o !== undefined)
      .map((o) => releaseOrder(o, ctx)),
  );
  return observations.some((o) => releaseOrder(o, ctx) < newest);
}

function extremeBlocks(
  q: { indicator: string; direction: Direction; level: LevelFilter; province: string },
  ctx: AnswerContext,
): Block[] {
  const block = extremeOf(q.indicator, q.direction, q.level, q.province, ctx);
  if (block.type !== "extreme-unknown") return [block];
  const known = ctx.values(q.indicator, ctx.children(q.province, null));
  const provinceValue = ctx.now(q.indicator, q.province);
  return [
    block,
    { type: "known", observations: provinceValue ? [provinceValue, ...known] : known },
  ];
}

/**
 * The highest or lowest region, only when it can be known: all regions have
 * data, or the source itself named the extreme and it lies within the level
 * asked about. Otherwise say so rather than crown the best of a partial list.
 */
function extremeOf(
  indicator: string,
  direction: Direction,
  level: LevelFilter,
  province: string,
  ctx: AnswerContext,
): Block {
  const regions = ctx.children(province, level);
  const values = ctx.values(indicator, regions);
  const all = ctx.values(indicator, ctx.children(province, null));
  if (all.length === 0) return missingAmong(indicator, province, null, ctx);
  const total = ctx.children(province, null).length;
  const base = {
    type: "extreme",
    indicator,
    direction,
    level,
    province,
    covered: all.length,
    total,
  } as const;
  // Object.assign rather than `{ ...base, more }`: V8 (Node 20) is slow to add fields to a spread copy.
  if (values.length > 0 && values.length === regions.length) {
    const edge = direction === "highest" ? values[0] : values[values.length - 1];
    const observations = values.filter((o) => o.value === edge?.value);
    const stale = isStale(observations, indicator, province, ctx) ? { stale: true } : {};
    return Object.assign({}, base, { observations, basis: "complete" as const }, stale);
  }
  const newestRelease = Math.max(...all.map((o) => releaseOrder(o, ctx)));
  const named = values.filter(
    (o) => o.sourceRank === direction && releaseOrder(o, ctx) === newestRelease,
  );
  if (named.length > 0) {
    const stale = isStale(named, indicator, province, ctx) ? { stale: true } : {};
    return Object.assign({}, base, { observations: named, basis: "source" as const }, stale);
  }
  return {
    type: "extreme-unknown",
    indicator,
    direction,
    level,
    province,
    covered: values.length,
    total: regions.length,
  };
}

/** Releases ordered by data date, so "newest" means the same everywhere. */
function releaseOrder(o: RankedObservation, ctx: AnswerContext): number {
  const index = ctx.releasePlace(o.releaseId);
  return index === undefined ? -Infinity : -index;
}

function rankBlocks(
  q: { indicator: string; direction: Direction; k: number; level: LevelFilter; province: string },
  ctx: AnswerContext,
): Block[] {
  const regions = ctx.children(q.province, q.level);
  const values = ctx.values(q.indicator, regions);
  if (ctx.values(q.indicator, ctx.children(q.province, null)).length === 0) {
    return missingAmongBlocks(q.indicator, q.province, null, ctx);
  }
  const ordered = q.direction === "highest" ? values : [...values].reverse();
  const kth = ordered[q.k - 1];
  if (values.length === regions.length && kth) {
    const observations = values.filter((o) => o.value === kth.value);
    return [{ type: "rank", ...q, observations }];
  }
  const unknown: Block = {
    type: "rank-unknown",
    ...q,
    covered: values.length,
    total: regions.length,
  };
  const provinceValue = ctx.now(q.indicator, q.province);
  return [
    unknown,
    { type: "known", observations: provinceValue ? [provinceValue, ...values] : values },
  ];
}

/** Where a region stands: known when every region has data, or the source named it first or last. */
function positionBlocks(indicator: string, region: string, ctx: AnswerContext): Block[] {
  const observation = ctx.now(indicator, region);
  if (!observation)
    return [missing(indicator, region, ctx), ...knownInstead(indicator, region, ctx)];
  const province = provinceCode(region, ctx.lexicon);
  const regions = ctx.children(province, null);
  const values = ctx.values(indicator, regions);
  const base = {
    type: "position",
    observation,
    covered: values.length,
    total: regions.length,
  } as const;
  if (values.length === regions.length) {
    const position = values.filter((o) => o.value > observation.value).length + 1;
    return [Object.assign({}, base, { position, basis: "complete" as const })];
  }
  if (observation.sourceRank) {
    const position = observation.sourceRank === "highest" ? 1 : regions.length;
    return [Object.assign({}, base, { position, basis: "source" as const })];
  }
  return [
    Object.assign({}, base, { position: null, basis: "unknown" as const }),
    { type: "known", observations: values },
  ];
}

/**
 * Regions against the target: the known ones listed on each side, the rest
 * counted; when the source-named highest is below the target, every region
 * is, and when the lowest is at or above it, every region is.
 */
function versusTargetBlocks(
  q: { indicator: string; side: TargetSide; level: LevelFilter; province: string },
  ctx: AnswerContext,
): Block[] {
  const regions = ctx.children(q.province, q.level);
  const values = ctx.values(q.indicator, regions);
  if (ctx.values(q.indicator, ctx.children(q.province, null)).length === 0) {
    return missingAmongBlocks(q.indicator, q.province, null, ctx);
  }
  const newest = values[0] ?? ctx.values(q.indicator, ctx.children(q.province, null))[0];
  const target = newest ? ctx.targetFor(q.indicator, yearOf(newest, ctx), q.province) : undefined;
  if (!target) return [{ type: "no-target", indicator: q.indicator }];
  const highest = extremeOf(q.indicator, "highest", q.level, q.province, ctx);
  const lowest = extremeOf(q.indicator, "lowest", q.level, q.province, ctx);
  const top = highest.type === "extreme" ? highest.observations[0] : undefined;
  const bottom = lowest.type === "extreme" ? lowest.observations[0] : undefined;
  const decided =
    top && top.value < target.value
      ? ({ all: "below", by: top } as const)
      : bottom && bottom.value >= target.value
        ? ({ all: "above", by: bottom } as const)
        : null;
  return [
    {
      type: "versus-target",
      ...q,
      target,
      below: values.filter((o) => o.value < target.value),
      above: values.filter((o) => o.value >= target.value),
      unknown: regions.length - values.length,
      total: regions.length,
      decided,
    },
  ];
}

/** The gap between the highest and the lowest: only when both are known. */
function spreadBlocks(
  q: { indicator: string; level: LevelFilter; province: string },
  ctx: AnswerContext,
): Block[] {
  const highest = extremeOf(q.indicator, "highest", q.level, q.province, ctx);
  const lowest = extremeOf(q.indicator, "lowest", q.level, q.province, ctx);
  const [top, bottom] = [highest, lowest].map((b) =>
    b.type === "extreme" ? b.observations[0] : undefined,
  );
  if (top && bottom) return [{ type: "spread", ...q, highest: top, lowest: bottom }];
  if (highest.type === "missing") {
    return [highest, ...knownInstead(q.indicator, q.province, ctx, "children")];
  }
  const unknown = [highest, lowest].filter((b) => b.type === "extreme-unknown");
  return [
    ...unknown,
    ...extremeBlocks(Object.assign({}, q, { direction: "highest" as const }), ctx).slice(1),
  ];
}

function rankingBlocks(
  q: {
    indicator: string;
    level: LevelFilter;
    province: string;
    top?: { n: number; direction: Direction };
  },
  ctx: AnswerContext,
): Block[] {
  const regions = ctx.children(q.province, q.level);
  const values = ctx.values(q.indicator, regions);
  if (values.length === 0) {
    return missingAmongBlocks(q.indicator, q.province, q.level, ctx);
  }
  const { top, ...plain } = q;
  if (!top) return [{ type: "ranking", ...plain, observations: values, total: regions.length }];
  // The first n from one end are known only when every region has a value.
  const ordered = top.direction === "lowest" ? [...values].reverse() : values;
  const complete = values.length === regions.length;
  const observations = complete ? ordered.slice(0, top.n) : ordered;
  return [
    {
      type: "ranking",
      ...plain,
      top: Object.assign({}, top, { complete }),
      observations,
      total: regions.length,
    },
  ];
}

function targetBlocks(indicator: string, region: string, ctx: AnswerContext): Block[] {
  const observation = ctx.now(indicator, region);
  if (!observation)
    return [missing(indicator, region, ctx), ...knownInstead(indicator, region, ctx)];
  const target = ctx.targetFor(indicator, yearOf(observation, ctx), region);
  if (!target)
    return [
      { type: "value", observation },
      { type: "no-target", indicator },
    ];
  return [{ type: "target", observation, target }];
}

function compareBlocks(
  indicator: string | null,
  regions: [string, string],
  ctx: AnswerContext,
): Block[] {
  const slugs = indicator ? [indicator] : ctx.lexicon.reference.indicators.map((i) => i.slug);
  const blocks: Block[] = slugs
    .map(
      (slug): Block => ({
        type: "compare",
        indicator: slug,
        regions,
        values: [ctx.now(slug, regions[0]) ?? null, ctx.now(slug, regions[1]) ?? null],
      }),
    )
    .filter((b) => indicator !== null || (b.type === "compare" && b.values.some(Boolean)));
  if (blocks.length > 0) return blocks;
  return [missing(null, regions[0], ctx), missing(null, regions[1], ctx)];
}

function profileBlocks(region: string, ctx: AnswerContext): Block[] {
  const rows = ctx.lexicon.reference.indicators.map(({ slug }) => ({
    indicator: slug,
    observation: ctx.now(slug, region) ?? null,
  }));
  if (rows.some((row) => row.observation)) return [{ type: "profile", region, rows }];
  const fallback = ctx.lexicon.reference.indicators
    .map(({ slug }) => ctx.now(slug, ctx.lexicon.defaultProvince))
    .filter((o): o is RankedObservation => o !== undefined && o.regionCode !== region);
  const known: Block[] = fallback.length > 0 ? [{ type: "known", observations: fallback }] : [];
  return [missing(null, region, ctx), ...known];
}

function changeBlocks(indicator: string | null, region: string, ctx: AnswerContext): Block[] {
  const slugs = indicator ? [indicator] : ctx.lexicon.reference.indicators.map((i) => i.slug);
  const blocks: Block[] = [];
  for (const slug of slugs) {
    const current = ctx.now(slug, region);
    if (current) blocks.push({ type: "change", current, previous: ctx.before(slug, region) });
  }
  if (blocks.length > 0) return blocks;
  return indicator ? valueBlocks(indicator, region, ctx) : profileBlocks(region, ctx);
}

function regionsBlocks(province: string, ctx: AnswerContext): Block[] {
  const regions = ctx.children(province, null);
  const observed = new Set(
    ctx.facts.regionsWithData ?? ctx.facts.observations.map((o) => o.regionCode),
  );
  const withData = regions.filter((r) => observed.has(r.code)).map((r) => r.code);
  return [{ type: "regions", province, regions, withData }];
}

function choicesFor(question: Question, lexicon: Lexicon): Choice[] {
  if (question.kind === "clarify-region") {
    return question.candidates.map((code) => ({
      kind: "region",
      code,
      question: fillRegion(question.pending, code),
    }));
  }
  if (question.kind === "clarify-indicator") {
    return lexicon.reference.indicators.map(({ slug }) => ({
      kind: "indicator",
      slug,
      question: { ...question.pending, indicator: slug } as Question,
    }));
  }
  return [];
}

/** Put a chosen region where the placeholder was. */
export function fillRegion(pending: Question, code: string): Question {
  const swap = (c: string) => (c === "?" ? code : c);
  switch (pending.kind) {
    case "value":
    case "target":
    case "profile":
    case "change":
    case "position":
      return { ...pending, region: swap(pending.region) };
    case "compare":
      return { ...pending, regions: [swap(pending.regions[0]), swap(pending.regions[1])] };
    case "overview":
    case "extreme":
    case "ranking":
    case "regions":
    case "rank":
    case "versus-target":
    case "spread":
      return { ...pending, province: swap(pending.province) };
    default:
      return pending;
  }
}

function isProvince(code: string, ctx: AnswerContext): boolean {
  return ctx.lexicon.regionByCode.get(code)?.level === "province";
}

function yearOf(o: RankedObservation, ctx: AnswerContext): number {
  return Number(ctx.release(o.releaseId)?.asOf.slice(0, 4) ?? 0);
}
