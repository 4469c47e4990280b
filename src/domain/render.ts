// Answer → Telegram HTML in one language. The only place replies are built:
// every stored or user-supplied string passes through escapeHtml here.

import type { Answer, Block } from "./answer.ts";
import { escapeHtml, longDate, percent, points } from "./format.ts";
import type { Lexicon } from "./lexicon.ts";
import { en } from "./messages/en.ts";
import { id } from "./messages/id.ts";
import { EXAMPLES, type Messages } from "./messages/messages.ts";
import type { SeatNamed } from "./question.ts";
import type { Lang, RankedObservation, Release, Target } from "./types.ts";

const MESSAGES: Record<Lang, Messages> = { id, en };

/** `seats`: the regency seats the question named places by, explained at their first mention. */
export function render(
  answer: Answer,
  lang: Lang,
  lexicon: Lexicon,
  seats: SeatNamed[] = [],
): string {
  const r = new Renderer(lang, lexicon, answer.cited, seats);
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

  constructor(
    private readonly lang: Lang,
    private readonly lexicon: Lexicon,
    cited: Release[],
    seats: SeatNamed[],
  ) {
    this.m = MESSAGES[lang];
    this.releases = new Map(cited.map((r) => [r.id, r]));
    this.unexplainedSeats = new Map(seats.map((s) => [s.code, s.seat]));
  }

  block(block: Block): string {
    const { m } = this;
    switch (block.type) {
      case "value": {
        const line = this.valueLine(block.observation, block.previous);
        if (!block.target) return line;
        const { year, value } = block.target;
        return `${line} ${m.nationalTarget(year, percent(value, this.lang))} — ${this.verdict(block.observation, block.target)}.`;
      }
      case "missing": {
        const date = block.release ? this.date(block.release.asOf) : null;
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
          return `${m.extremeShort(block.direction)}: ${rows}${source ? ` (${m.namedShort})` : ""}`;
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
        return `${head} ${rows}${note}`;
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
        return `${line} ${m.target(target.year, percent(target.value, this.lang))} — ${this.verdict(o, target)}.`;
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
        return block.release ? m.updated(this.date(block.release.asOf)) : m.noReleases;
      case "help":
        return m.help(EXAMPLES[this.lang].map((e) => `• ${escapeHtml(e)}`));
      case "not-understood":
        return m.notUnderstood;
      case "clarify-region":
        return m.clarifyRegion(escapeHtml(block.term));
      case "clarify-indicator":
        return m.clarifyIndicator;
      case "new-release":
        return m.newRelease(escapeHtml(block.release.title), this.date(block.release.asOf));
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
    return `<i>${this.m.source(escapeHtml(release.source), this.date(release.asOf))}${presented}</i>`;
  }

  private valueLine(o: RankedObservation, previous?: RankedObservation | null): string {
    if (previous === undefined)
      return `<b>${this.name(o)}</b>: ${this.value(o)}${this.flags(o, "long")}`;
    const line = `<b>${this.name(o)}</b>: ${this.value(o)}${this.flags(o, "corrected")}`;
    if (previous === null) return `${line}, ${this.m.noPrevious}.`;
    const date = this.date(this.releases.get(previous.releaseId)?.asOf ?? "");
    const delta = o.value - previous.value;
    const change = this.m.changed(
      Math.sign(delta),
      points(delta, this.lang),
      this.value(previous),
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
    return notes.length > 0 ? ` (${notes.join("; ")})` : "";
  }

  private releaseLine(release: Release): string {
    const title = escapeHtml(release.title);
    const named = release.url ? `<a href="${escapeHtml(release.url)}">${title}</a>` : title;
    const presented = release.presentedOn ? this.date(release.presentedOn) : null;
    return `${named} — ${this.m.releaseLine(escapeHtml(release.source), this.date(release.asOf), presented)}`;
  }

  private name(o: RankedObservation): string {
    return this.m.indicatorIn(this.indicator(o.indicator), this.region(o.regionCode));
  }

  private value(o: RankedObservation): string {
    return percent(o.value, this.lang);
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
