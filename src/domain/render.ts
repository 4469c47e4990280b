// Answer → Telegram HTML in one language. The only place replies are built:
// every stored or user-supplied string passes through escapeHtml here.

import { type Answer, type Block, shownReleaseIds } from "./answer.ts";
import { count, escapeHtml, longDate, monthYear, percent, points } from "./format.ts";
import type { Lexicon } from "./lexicon.ts";
import { en } from "./messages/en.ts";
import { id } from "./messages/id.ts";
import { EXAMPLES, type Messages } from "./messages/messages.ts";
import type { Direction, SeatNamed, When } from "./question.ts";
import type { Lang, RankedObservation, Release, Target } from "./types.ts";

const MESSAGES: Record<Lang, Messages> = { id, en };

/** `seats`: the regency seats the question named places by, explained at their first mention. */
export function render(
  answer: Answer,
  lang: Lang,
  lexicon: Lexicon,
  seats: SeatNamed[] = [],
): string {
  const shown = shownReleaseIds(answer.blocks);
  const r = new Renderer(lang, lexicon, answer.cited, shown, seats);
  const body = answer.blocks.map((block) => r.block(block)).join("\n\n");
  const footer = answer.cited.map((release) => r.source(release)).join("\n");
  return footer ? `${body}\n\n${footer}` : body;
}

/** Plain-text label for a region or indicator choice (buttons escape nothing: no HTML there). */
export function choiceLabel(
  choice: Answer["choices"][number],
  lang: Lang,
  lexicon: Lexicon,
): string {
  if (choice.kind === "region") return lexicon.regionByCode.get(choice.code)?.name ?? choice.code;
  const indicator = lexicon.indicatorBySlug.get(choice.slug);
  return (lang === "id" ? indicator?.shortId : indicator?.shortEn) ?? choice.slug;
}

class Renderer {
  private readonly m: Messages;
  private readonly releases: Map<number, Release>;
  /** Region code → the seat it was asked by, until its first mention says so. */
  private readonly unexplainedSeats: Map<string, string>;
  /** A reply drawing on several releases dates each number. */
  private readonly dated: boolean;

  constructor(
    private readonly lang: Lang,
    private readonly lexicon: Lexicon,
    cited: Release[],
    /** Releases of the values shown as they stand (see shownReleaseIds). */
    private readonly shown: Set<number>,
    seats: SeatNamed[],
  ) {
    this.m = MESSAGES[lang];
    this.releases = new Map(cited.map((r) => [r.id, r]));
    this.dated = shown.size > 1;
    this.unexplainedSeats = new Map(seats.map((s) => [s.code, s.seat]));
  }

  block(block: Block): string {
    const { m } = this;
    switch (block.type) {
      case "value": {
        const line = this.valueLine(block.observation, block.previous);
        if (!block.target) return line;
        return `${line} ${this.targetLine(block.target)}${this.targetSource(block.observation, block.target)} — ${this.verdict(block.observation, block.target)}.`;
      }
      case "missing": {
        const date = block.release ? this.releaseDate(block.release) : null;
        const indicator = block.indicator ? this.indicator(block.indicator) : null;
        return m.missing(indicator, this.region(block.region), date);
      }
      case "known":
        return [m.known, ...block.observations.map((o) => `• ${this.valueLine(o)}`)].join("\n");
      case "extreme": {
        const rows = block.observations
          .map(
            (o) =>
              `<b>${this.region(o.regionCode)}</b> — ${this.value(o)}${this.flags(o, "corrected")}`,
          )
          .join(", ");
        const source = block.basis === "source";
        if (block.compact) {
          // The extreme's own date is shown beside it (a stale one always sits among two releases).
          const stale = block.stale ? ` — ${m.staleExtreme}` : "";
          return `${m.extremeShort(block.direction)}: ${rows}${source ? ` (${m.namedShort})` : ""}${stale}`;
        }
        const head = m.extreme(
          block.direction,
          block.level,
          this.indicator(block.indicator),
          this.region(block.province),
        );
        const note = source
          ? `\n${m.namedBySource(block.direction, block.covered, block.total)}`
          : "";
        const stale = block.stale
          ? `\n${m.staleExtremeLong(this.releaseDateOf(block.observations))}`
          : "";
        return `${head} ${rows}${note}${stale}`;
      }
      case "extreme-unknown":
        return m.extremeUnknown(
          block.direction,
          block.level,
          this.indicator(block.indicator),
          this.region(block.province),
          block.covered,
          block.total,
        );
      case "ranking": {
        if (block.top) return this.top(block, block.top);
        const head = m.ranking(
          this.indicator(block.indicator),
          block.level,
          this.region(block.province),
        );
        const rows = block.observations.map(
          (o, i) =>
            `${i + 1}. ${this.region(o.regionCode)}: <b>${this.value(o)}</b>${this.flags(o, "short")}`,
        );
        const covered = block.observations.length;
        const note = covered < block.total ? [m.coverage(covered, block.total, block.level)] : [];
        return [head, ...rows, ...note].join("\n");
      }
      case "target": {
        const { observation: o, target } = block;
        const line = `<b>${this.name(o)}</b>: ${this.value(o)}`;
        return `${line} ${m.target(this.scope(target), target.year, percent(target.value, this.lang))}${this.targetSource(o, target)} — ${this.verdict(o, target)}.`;
      }
      case "no-target":
        return m.noTarget(this.indicator(block.indicator));
      case "compare": {
        const [a, b] = block.values;
        const side = (o: RankedObservation | null, code: string) =>
          `${this.region(code)} ${o ? `<b>${this.value(o)}</b>${this.flags(o, "short")}` : `(${m.noValue})`}`;
        const head = `${this.indicator(block.indicator)}: ${side(a, block.regions[0])} vs ${side(b, block.regions[1])}`;
        if (!a || !b) return head;
        if (a.value === b.value) return `${head} (${m.equal})`;
        const leader = a.value > b.value ? a : b;
        return `${head} (${m.difference(points(a.value - b.value, this.lang), this.region(leader.regionCode))})`;
      }
      case "change":
        return this.valueLine(block.current, block.previous);
      case "profile":
        return [
          `<b>${this.region(block.region)}</b>`,
          ...block.rows.map(({ indicator, observation: o }) =>
            o
              ? `• ${this.indicator(indicator)}: <b>${this.value(o)}</b>${this.flags(o, "long")}`
              : `• ${this.indicator(indicator)}: ${m.noValue}`,
          ),
        ].join("\n");
      case "indicators":
        return [
          m.indicatorsTitle,
          ...this.lexicon.reference.indicators.map((i) => {
            const [short, name] =
              this.lang === "id" ? [i.shortId, i.nameId] : [i.shortEn, i.nameEn];
            return `• <b>${escapeHtml(short)}</b>: ${escapeHtml(name)}`;
          }),
        ].join("\n");
      case "regions":
        return [
          m.regionsTitle(this.region(block.province), block.regions.length),
          ...block.regions.map(
            (r) =>
              `• ${escapeHtml(r.name)}${block.withData.includes(r.code) ? ` (${m.hasData})` : ""}`,
          ),
        ].join("\n");
      case "sources":
        if (block.releases.length === 0) return m.noReleases;
        return [m.sourcesTitle, ...block.releases.map((rel) => `• ${this.releaseLine(rel)}`)].join(
          "\n",
        );
      case "updated":
        return block.release ? m.updated(this.releaseDate(block.release)) : m.noReleases;
      case "help":
        return m.help(EXAMPLES[this.lang].map((e) => `• ${escapeHtml(e)}`));
      case "not-understood":
        return m.notUnderstood;
      case "clarify-region":
        return m.clarifyRegion(escapeHtml(block.term));
      case "clarify-indicator":
        return m.clarifyIndicator;
      case "choices-newest":
        return m.choicesNewest(this.period(block.when));
      case "new-release":
        return m.newRelease(escapeHtml(block.release.title), this.releaseDate(block.release));
      case "rank": {
        const head = m.rank(
          block.direction,
          block.k,
          block.level,
          this.indicator(block.indicator),
          this.region(block.province),
        );
        const rows = block.observations
          .map((o) => `<b>${this.region(o.regionCode)}</b> — ${this.value(o)}`)
          .join(", ");
        return `${head} ${rows}`;
      }
      case "rank-unknown":
        return m.rankUnknown(
          block.direction,
          block.k,
          block.level,
          this.indicator(block.indicator),
          this.region(block.province),
          block.covered,
          block.total,
        );
      case "position": {
        const o = block.observation;
        const province = this.region(this.lexicon.regionByCode.get(o.regionCode)?.parentCode ?? "");
        const line = `<b>${this.name(o)}</b>: ${this.value(o)}${this.flags(o, "long")}`;
        const where =
          block.position === null
            ? m.positionUnknown(
                this.region(o.regionCode),
                this.indicator(o.indicator),
                province,
                block.covered,
                block.total,
              )
            : m.position(
                this.region(o.regionCode),
                this.indicator(o.indicator),
                block.position,
                block.total,
                province,
                block.basis === "source",
              );
        return `${where}\n${line}`;
      }
      case "versus-target": {
        const row = (o: RankedObservation) =>
          `• ${this.region(o.regionCode)}: <b>${this.value(o)}</b>`;
        const lines = [
          m.versusTargetHead(
            this.indicator(block.indicator),
            block.level,
            this.region(block.province),
            this.targetLine(block.target),
          ),
        ];
        if (block.side !== "above") {
          lines.push(m.belowTarget(block.below.length), ...block.below.map(row));
          if (block.below.length === 0) lines.push(`• ${m.noneOfKnown}`);
        }
        if (block.side !== "below") {
          lines.push(m.aboveTarget(block.above.length), ...block.above.map(row));
          if (block.above.length === 0) lines.push(`• ${m.noneOfKnown}`);
        }
        if (block.decided) {
          const by = `${this.region(block.decided.by.regionCode)} (${this.value(block.decided.by)})`;
          lines.push(m.decided(block.decided.all, by, block.total, block.level));
        } else if (block.unknown > 0) lines.push(m.unknownCount(block.unknown, block.level));
        return lines.join("\n");
      }
      case "spread": {
        const side = (o: RankedObservation) => `${this.region(o.regionCode)} ${this.value(o)}`;
        return m.spread(
          this.indicator(block.indicator),
          this.region(block.province),
          points(block.highest.value - block.lowest.value, this.lang),
          side(block.highest),
          side(block.lowest),
        );
      }
      case "series": {
        const rows = block.observations.map((o) => {
          const release = this.releases.get(o.releaseId);
          const date = release ? this.releaseDate(release) : "";
          return `• ${date}: <b>${percent(o.value, this.lang)}</b>${this.flags(o, "corrected")}`;
        });
        const single = block.observations.length === 1 ? [m.seriesSingle] : [];
        return [
          m.seriesHead(this.indicator(block.indicator), this.region(block.region)),
          ...rows,
          ...single,
        ].join("\n");
      }
      case "define": {
        const indicator = this.lexicon.indicatorBySlug.get(block.indicator);
        if (!indicator) return m.clarifyIndicator;
        const [short, name, description] =
          this.lang === "id"
            ? [indicator.shortId, indicator.nameId, indicator.descriptionId]
            : [indicator.shortEn, indicator.nameEn, indicator.descriptionEn];
        return m.define(escapeHtml(short), escapeHtml(name), escapeHtml(description));
      }
      case "howto": {
        const indicator = this.lexicon.indicatorBySlug.get(block.indicator);
        const service = this.lang === "id" ? indicator?.serviceId : indicator?.serviceEn;
        return m.howto(this.indicator(block.indicator), service ? escapeHtml(service) : null);
      }
      case "unmet": {
        const indicator = block.indicator ? this.indicator(block.indicator) : null;
        const labels = [
          ...(block.when
            ? [m.unmetTime(indicator, this.period(block.when), block.when.series)]
            : []),
          ...block.qualifiers.map((q) => m.unmetQualifier(q, escapeHtml(q.words), indicator)),
        ];
        // The date of the data shown instead, when it is all from one release.
        const only =
          this.shown.size === 1 ? this.releases.get([...this.shown][0] as number) : undefined;
        return m.unmet(labels, only ? this.releaseDate(only) : null);
      }
      case "unrecognised":
        return m.unrecognised(block.words.map(escapeHtml));
      case "correction": {
        const name = m.indicatorIn(this.indicator(block.indicator), this.region(block.region));
        const change = `<b>${name}</b>: ${percent(block.old, this.lang)} → <b>${percent(block.new, this.lang)}</b>`;
        const reason = block.reason ? `\n${m.correctionReason(escapeHtml(block.reason))}` : "";
        return `${m.correctionTitle}\n${change}${reason}`;
      }
    }
  }

  source(release: Release): string {
    const presented = release.presentedOn
      ? ` (${this.m.presented(this.date(release.presentedOn))})`
      : "";
    return `<i>${this.m.source(escapeHtml(release.source), this.releaseDate(release))}${presented}</i>`;
  }

  /** "Target nasional 2024: 30,00%", or the region's own target, named. */
  private targetLine(target: Target): string {
    return this.m.nationalTarget(this.scope(target), target.year, percent(target.value, this.lang));
  }

  /** The data date of the release the first of these observations comes from. */
  private releaseDateOf(observations: RankedObservation[]): string {
    const release = observations[0] ? this.releases.get(observations[0].releaseId) : undefined;
    return release ? this.releaseDate(release) : "";
  }

  /** A target stated by another release than the value's says which: each number has its source. */
  private targetSource(o: RankedObservation, target: Target): string {
    const release = target.releaseId === null ? undefined : this.releases.get(target.releaseId);
    if (!release || target.releaseId === o.releaseId) return "";
    return ` (${this.m.targetFrom(this.releaseDate(release))})`;
  }

  /** null for a national target, else the name of the region whose own target it is. */
  private scope(target: Target): string | null {
    return target.scope === "national" ? null : this.region(target.scope);
  }

  /** A release's data date with its precision: "13 Juni 2024", "Mei 2024", "semester I 2024", "2023". */
  private releaseDate(release: Release): string {
    const [year] = release.asOf.split("-") as [string];
    switch (release.asOfPrecision) {
      case "day":
        return this.date(release.asOf);
      case "month":
        return monthYear(release.asOf, this.lang);
      case "semester":
        return this.m.semester(Number(release.asOf.slice(5, 7)) <= 6 ? 1 : 2, year);
      case "year":
        return year;
    }
  }

  /** "top 3": numbered when every region is known, else what is known, said to be partial. */
  private top(
    block: Extract<Block, { type: "ranking" }>,
    top: { n: number; direction: Direction; complete: boolean },
  ): string {
    const m = this.m;
    const indicator = this.indicator(block.indicator);
    const province = this.region(block.province);
    const covered = block.observations.length;
    const { complete } = top;
    const head = complete
      ? m.top(top.n, top.direction, block.level, indicator, province)
      : m.topUnknown(top.n, top.direction, block.level, indicator, province, covered, block.total);
    const rows = block.observations.map(
      (o, i) =>
        `${complete ? `${i + 1}.` : "•"} ${this.region(o.regionCode)}: <b>${this.value(o)}</b>${this.flags(o, "short")}`,
    );
    return [head, ...rows].join("\n");
  }

  /** The period a question named, as it would be written. */
  private period(when: When): string {
    const fromYear = when.from.slice(0, 4);
    const toYear = when.to.slice(0, 4);
    switch (when.precision) {
      case "day":
        return this.date(when.from);
      case "month":
        return monthYear(when.from, this.lang);
      case "semester":
        return this.m.semester(when.from.slice(5, 7) === "01" ? 1 : 2, fromYear);
      case "part":
        // As typed, with roman numerals as written: "triwulan III 2024".
        return escapeHtml(when.words.replace(/\b(iv|i{1,3})\b/g, (r) => r.toUpperCase()));
      case "year":
        if (!when.series) return fromYear;
        // "sejak 2021", "dari tahun ke tahun": as asked.
        if (when.words) return escapeHtml(when.words);
        return fromYear === toYear ? fromYear : `${fromYear}–${toYear}`;
    }
  }

  private valueLine(o: RankedObservation, previous?: RankedObservation | null): string {
    if (previous === undefined)
      return `<b>${this.name(o)}</b>: ${this.value(o)}${this.flags(o, "long")}`;
    const line = `<b>${this.name(o)}</b>: ${this.value(o)}${this.flags(o, "corrected")}`;
    if (previous === null) return `${line}, ${this.m.noPrevious}.`;
    const release = this.releases.get(previous.releaseId);
    const date = release ? this.releaseDate(release) : "";
    const delta = o.value - previous.value;
    const change = this.m.changed(
      Math.sign(delta),
      points(delta, this.lang),
      percent(previous.value, this.lang),
      date,
    );
    return `${line}, ${change}.`;
  }

  /** Whether a value reaches its target, and by how much it is above or short of it. */
  private verdict(o: RankedObservation, target: Target): string {
    const gap = o.value - target.value;
    const size = points(gap, this.lang);
    return gap >= 0 ? this.m.targetMet(size) : this.m.targetMissed(size);
  }

  /**
   * Notes after a value: the source named it an extreme (a full phrase, one
   * word, or left out), and whether it was corrected after publication.
   */
  private flags(o: RankedObservation, rank: "long" | "short" | "corrected"): string {
    const notes: string[] = [];
    if (o.sourceRank && rank === "long") {
      const province = this.lexicon.regionByCode.get(o.regionCode)?.parentCode ?? "";
      notes.push(this.m.sourceRank(o.sourceRank, this.region(province)));
    }
    if (o.sourceRank && rank === "short")
      notes.push(this.m.extremeShort(o.sourceRank).toLowerCase());
    if (o.corrected) notes.push(this.m.corrected);
    if (o.value > 100 && rank === "long") notes.push(this.m.over100);
    return notes.length > 0 ? ` (${notes.join("; ")})` : "";
  }

  private releaseLine(release: Release): string {
    const title = escapeHtml(release.title);
    const named = release.url ? `<a href="${escapeHtml(release.url)}">${title}</a>` : title;
    const presented = release.presentedOn ? this.date(release.presentedOn) : null;
    return `${named} — ${this.m.releaseLine(escapeHtml(release.source), this.releaseDate(release), presented)}`;
  }

  private name(o: RankedObservation): string {
    return this.m.indicatorIn(this.indicator(o.indicator), this.region(o.regionCode));
  }

  /** The value, the people it counts when stated, and its date when the reply mixes releases. */
  private value(o: RankedObservation): string {
    const notes: string[] = [];
    if (o.count !== null) notes.push(this.m.people(count(o.count, this.lang)));
    const release = this.releases.get(o.releaseId);
    if (this.dated && release) notes.push(this.m.asOf(this.releaseDate(release)));
    return `${percent(o.value, this.lang)}${notes.length > 0 ? ` (${notes.join(", ")})` : ""}`;
  }

  private indicator(slug: string): string {
    const indicator = this.lexicon.indicatorBySlug.get(slug);
    return escapeHtml((this.lang === "id" ? indicator?.shortId : indicator?.shortEn) ?? slug);
  }

  /** "Tanjung Redeb (ibu kota Kabupaten Berau)" the first time a region asked by its seat is named. */
  private region(code: string): string {
    const name = escapeHtml(this.lexicon.regionByCode.get(code)?.name ?? code);
    const seat = this.unexplainedSeats.get(code);
    if (seat === undefined) return name;
    this.unexplainedSeats.delete(code);
    return `${escapeHtml(placeCase(seat))} (${this.m.seatOf(name)})`;
  }

  private date(iso: string): string {
    return iso ? longDate(iso, this.lang) : "";
  }
}

/** "tanjung redeb" → "Tanjung Redeb": aliases are stored normalised, seats are proper names. */
function placeCase(alias: string): string {
  return alias.replace(/\b\p{L}/gu, (letter) => letter.toUpperCase());
}
