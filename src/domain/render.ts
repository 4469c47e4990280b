// Answer → Telegram HTML in one language. The only place replies are built:
// every stored or user-supplied string passes through escapeHtml here.

import { type Answer, type Block, shownReleaseIds } from "./answer.ts";
import { count, longDate, monthYear, percent, points } from "./format.ts";
import { escapeHtml, type Html, html, joinHtml } from "./html.ts";
import type { Lexicon } from "./lexicon.ts";
import { en } from "./messages/en/answers.ts";
import { id } from "./messages/id/answers.ts";
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
): Html {
  const shown = shownReleaseIds(answer.blocks);
  const r = new Renderer(lang, lexicon, answer.cited, shown, seats);
  const body = joinHtml(
    answer.blocks.map((block) => r.block(block)),
    "\n\n",
  );
  const footer = joinHtml(
    answer.cited.map((release) => r.source(release)),
    "\n",
  );
  return footer ? html`${body}\n\n${footer}` : body;
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

  block(block: Block): Html {
    const { m } = this;
    switch (block.type) {
      case "value": {
        const line = this.valueLine(block.observation, block.previous);
        if (!block.target) return line;
        return html`${line} ${this.targetLine(block.target)}${this.targetSource(block.observation, block.target)} — ${this.verdict(block.observation, block.target)}.`;
      }
      case "missing": {
        const date = block.release ? this.releaseDate(block.release) : null;
        const indicator = block.indicator ? this.indicator(block.indicator) : null;
        if (block.among && indicator) {
          return m.missingAmong(indicator, block.among.level, this.region(block.region), date);
        }
        return m.missing(indicator, this.region(block.region), date);
      }
      case "known":
        return joinHtml(
          [m.known, ...block.observations.map((o) => html`• ${this.valueLine(o)}`)],
          "\n",
        );
      case "extreme": {
        const rows = joinHtml(
          block.observations.map(
            (o) =>
              html`<b>${this.region(o.regionCode)}</b> — ${this.value(o)}${this.flags(o, "corrected")}`,
          ),
          ", ",
        );
        const source = block.basis === "source";
        if (block.compact) {
          // The extreme's own date is shown beside it (a stale one always sits among two releases).
          const stale = block.stale ? html` — ${m.staleExtreme}` : "";
          return html`${m.extremeShort(block.direction)}: ${rows}${source ? html` (${m.namedShort})` : ""}${stale}`;
        }
        const head = m.extreme(
          block.direction,
          block.level,
          this.indicator(block.indicator),
          this.region(block.province),
        );
        const note = source
          ? html`\n${m.namedBySource(block.direction, block.covered, block.total)}`
          : "";
        const stale = block.stale
          ? html`\n${m.staleExtremeLong(this.releaseDateOf(block.observations))}`
          : "";
        return html`${head} ${rows}${note}${stale}`;
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
            html`${i + 1}. ${this.region(o.regionCode)}: <b>${this.value(o)}</b>${this.flags(o, "short")}`,
        );
        const covered = block.observations.length;
        const note = covered < block.total ? [m.coverage(covered, block.total, block.level)] : [];
        return joinHtml([head, ...rows, ...note], "\n");
      }
      case "target": {
        const { observation: o, target } = block;
        const line = html`<b>${this.name(o)}</b>: ${this.value(o)}`;
        return html`${line} ${m.target(this.scope(target), target.year, this.percent(target.value))}${this.targetSource(o, target)} — ${this.verdict(o, target)}.`;
      }
      case "no-target":
        return m.noTarget(this.indicator(block.indicator));
      case "compare": {
        const [a, b] = block.values;
        const side = (o: RankedObservation | null, code: string) =>
          html`${this.region(code)} ${o ? html`<b>${this.value(o)}</b>${this.flags(o, "short")}` : html`(${m.noValue})`}`;
        const head = html`${this.indicator(block.indicator)}: ${side(a, block.regions[0])} vs ${side(b, block.regions[1])}`;
        if (!a || !b) return head;
        if (a.value === b.value) return html`${head} (${m.equal})`;
        const leader = a.value > b.value ? a : b;
        return html`${head} (${m.difference(this.points(a.value - b.value), this.region(leader.regionCode))})`;
      }
      case "change":
        return this.valueLine(block.current, block.previous);
      case "profile":
        return joinHtml(
          [
            html`<b>${this.region(block.region)}</b>`,
            ...block.rows.map(({ indicator, observation: o }) =>
              o
                ? html`• ${this.indicator(indicator)}: <b>${this.value(o)}</b>${this.flags(o, "long")}`
                : html`• ${this.indicator(indicator)}: ${m.noValue}`,
            ),
          ],
          "\n",
        );
      case "indicators":
        return joinHtml(
          [
            m.indicatorsTitle,
            ...this.lexicon.reference.indicators.map((i) => {
              const [short, name] =
                this.lang === "id" ? [i.shortId, i.nameId] : [i.shortEn, i.nameEn];
              return html`• <b>${escapeHtml(short)}</b>: ${escapeHtml(name)}`;
            }),
          ],
          "\n",
        );
      case "regions":
        return joinHtml(
          [
            m.regionsTitle(this.region(block.province), block.regions.length),
            ...block.regions.map(
              (r) =>
                html`• ${escapeHtml(r.name)}${block.withData.includes(r.code) ? html` (${m.hasData})` : ""}`,
            ),
          ],
          "\n",
        );
      case "sources":
        if (block.releases.length === 0) return m.noReleases;
        return joinHtml(
          [m.sourcesTitle, ...block.releases.map((rel) => html`• ${this.releaseLine(rel)}`)],
          "\n",
        );
      case "updated":
        return block.release ? m.updated(this.releaseDate(block.release)) : m.noReleases;
      case "help":
        return m.help(EXAMPLES[this.lang].map((e) => html`• ${escapeHtml(e)}`));
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
        const rows = joinHtml(
          block.observations.map(
            (o) => html`<b>${this.region(o.regionCode)}</b> — ${this.value(o)}`,
          ),
          ", ",
        );
        return html`${head} ${rows}`;
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
        const line = html`<b>${this.name(o)}</b>: ${this.value(o)}${this.flags(o, "long")}`;
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
        return html`${where}\n${line}`;
      }
      case "versus-target": {
        const row = (o: RankedObservation) =>
          html`• ${this.region(o.regionCode)}: <b>${this.value(o)}</b>`;
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
          if (block.below.length === 0) lines.push(html`• ${m.noneOfKnown}`);
        }
        if (block.side !== "below") {
          lines.push(m.aboveTarget(block.above.length), ...block.above.map(row));
          if (block.above.length === 0) lines.push(html`• ${m.noneOfKnown}`);
        }
        if (block.decided) {
          const by = html`${this.region(block.decided.by.regionCode)} (${this.value(block.decided.by)})`;
          lines.push(m.decided(block.decided.all, by, block.total, block.level));
        } else if (block.unknown > 0) lines.push(m.unknownCount(block.unknown, block.level));
        return joinHtml(lines, "\n");
      }
      case "spread": {
        const side = (o: RankedObservation) => html`${this.region(o.regionCode)} ${this.value(o)}`;
        return m.spread(
          this.indicator(block.indicator),
          this.region(block.province),
          this.points(block.highest.value - block.lowest.value),
          side(block.highest),
          side(block.lowest),
        );
      }
      case "series": {
        const rows = block.observations.map((o) => {
          const release = this.releases.get(o.releaseId);
          const date = release ? this.releaseDate(release) : html``;
          return html`• ${date}: <b>${this.percent(o.value)}</b>${this.flags(o, "corrected")}`;
        });
        const single = block.observations.length === 1 ? [m.seriesSingle] : [];
        return joinHtml(
          [
            m.seriesHead(this.indicator(block.indicator), this.region(block.region)),
            ...rows,
            ...single,
          ],
          "\n",
        );
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
        const change = html`<b>${name}</b>: ${this.percent(block.old)} → <b>${this.percent(block.new)}</b>`;
        const reason = block.reason ? html`\n${m.correctionReason(escapeHtml(block.reason))}` : "";
        return html`${m.correctionTitle}\n${change}${reason}`;
      }
    }
  }

  source(release: Release): Html {
    const presented = release.presentedOn
      ? html` (${this.m.presented(this.date(release.presentedOn))})`
      : "";
    return html`<i>${this.m.source(escapeHtml(release.source), this.releaseDate(release))}${presented}</i>`;
  }

  /** "Target nasional 2024: 30,00%", or the region's own target, named. */
  private targetLine(target: Target): Html {
    return this.m.nationalTarget(this.scope(target), target.year, this.percent(target.value));
  }

  /** The data date of the release the first of these observations comes from. */
  private releaseDateOf(observations: RankedObservation[]): Html {
    const release = observations[0] ? this.releases.get(observations[0].releaseId) : undefined;
    return release ? this.releaseDate(release) : html``;
  }

  /** A target stated by another release than the value's says which: each number has its source. */
  private targetSource(o: RankedObservation, target: Target): Html {
    const release = target.releaseId === null ? undefined : this.releases.get(target.releaseId);
    if (!release || target.releaseId === o.releaseId) return html``;
    return html` (${this.m.targetFrom(this.releaseDate(release))})`;
  }

  /** null for a national target, else the name of the region whose own target it is. */
  private scope(target: Target): Html | null {
    return target.scope === "national" ? null : this.region(target.scope);
  }

  /** A release's data date with its precision: "13 Juni 2024", "Mei 2024", "semester I 2024", "2023". */
  private releaseDate(release: Release): Html {
    switch (release.asOfPrecision) {
      case "day":
        return this.date(release.asOf);
      case "month":
        return escapeHtml(monthYear(release.asOf, this.lang));
      case "semester":
        return this.m.semester(
          Number(release.asOf.slice(5, 7)) <= 6 ? 1 : 2,
          escapeHtml(yearOf(release.asOf)),
        );
      case "year":
        return escapeHtml(yearOf(release.asOf));
    }
  }

  /** "top 3": numbered when every region is known, else what is known, said to be partial. */
  private top(
    block: Extract<Block, { type: "ranking" }>,
    top: { n: number; direction: Direction; complete: boolean },
  ): Html {
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
        html`${complete ? html`${i + 1}.` : html`•`} ${this.region(o.regionCode)}: <b>${this.value(o)}</b>${this.flags(o, "short")}`,
    );
    return joinHtml([head, ...rows], "\n");
  }

  /** The period a question named, as it would be written. */
  private period(when: When): Html {
    const fromYear = when.from.slice(0, 4);
    const toYear = when.to.slice(0, 4);
    switch (when.precision) {
      case "day":
        return this.date(when.from);
      case "month":
        return escapeHtml(monthYear(when.from, this.lang));
      case "semester":
        return this.m.semester(when.from.slice(5, 7) === "01" ? 1 : 2, escapeHtml(fromYear));
      case "part":
        // As typed, with roman numerals as written: "triwulan III 2024".
        return escapeHtml(when.words.replace(/\b(iv|i{1,3})\b/g, (r) => r.toUpperCase()));
      case "year":
        if (!when.series) return escapeHtml(fromYear);
        // "sejak 2021", "dari tahun ke tahun": as asked.
        if (when.words) return escapeHtml(when.words);
        return escapeHtml(fromYear === toYear ? fromYear : `${fromYear}–${toYear}`);
    }
  }

  private valueLine(o: RankedObservation, previous?: RankedObservation | null): Html {
    if (previous === undefined)
      return html`<b>${this.name(o)}</b>: ${this.value(o)}${this.flags(o, "long")}`;
    const line = html`<b>${this.name(o)}</b>: ${this.value(o)}${this.flags(o, "corrected")}`;
    if (previous === null) return html`${line}, ${this.m.noPrevious}.`;
    const release = this.releases.get(previous.releaseId);
    const date = release ? this.releaseDate(release) : html``;
    const delta = o.value - previous.value;
    const change = this.m.changed(
      Math.sign(delta),
      this.points(delta),
      this.percent(previous.value),
      date,
    );
    return html`${line}, ${change}.`;
  }

  /** Whether a value reaches its target, and by how much it is above or short of it. */
  private verdict(o: RankedObservation, target: Target): Html {
    const gap = o.value - target.value;
    const size = this.points(gap);
    return gap >= 0 ? this.m.targetMet(size) : this.m.targetMissed(size);
  }

  /**
   * Notes after a value: the source named it an extreme (a full phrase, one
   * word, or left out), and whether it was corrected after publication.
   */
  private flags(o: RankedObservation, rank: "long" | "short" | "corrected"): Html {
    const notes: Html[] = [];
    if (o.sourceRank && rank === "long") {
      const province = this.lexicon.regionByCode.get(o.regionCode)?.parentCode ?? "";
      notes.push(this.m.sourceRank(o.sourceRank, this.region(province)));
    }
    if (o.sourceRank && rank === "short") notes.push(this.m.extremeWord(o.sourceRank));
    if (o.corrected) notes.push(this.m.corrected);
    if (o.value > 100 && rank === "long") notes.push(this.m.over100);
    return notes.length > 0 ? html` (${joinHtml(notes, "; ")})` : html``;
  }

  private releaseLine(release: Release): Html {
    const title = escapeHtml(release.title);
    const named = release.url ? html`<a href="${escapeHtml(release.url)}">${title}</a>` : title;
    const presented = release.presentedOn ? this.date(release.presentedOn) : null;
    return html`${named} — ${this.m.releaseLine(escapeHtml(release.source), this.releaseDate(release), presented)}`;
  }

  private name(o: RankedObservation): Html {
    return this.m.indicatorIn(this.indicator(o.indicator), this.region(o.regionCode));
  }

  /** The value, the people it counts when stated, and its date when the reply mixes releases. */
  private value(o: RankedObservation): Html {
    const notes: Html[] = [];
    if (o.count !== null) notes.push(this.m.people(escapeHtml(count(o.count, this.lang))));
    const release = this.releases.get(o.releaseId);
    if (this.dated && release) notes.push(this.m.asOf(this.releaseDate(release)));
    return html`${this.percent(o.value)}${notes.length > 0 ? html` (${joinHtml(notes, ", ")})` : ""}`;
  }

  private indicator(slug: string): Html {
    const indicator = this.lexicon.indicatorBySlug.get(slug);
    return escapeHtml((this.lang === "id" ? indicator?.shortId : indicator?.shortEn) ?? slug);
  }

  /** "Tanjung Redeb (ibu kota Kabupaten Berau)" the first time a region asked by its seat is named. */
  private region(code: string): Html {
    const name = escapeHtml(this.lexicon.regionByCode.get(code)?.name ?? code);
    const seat = this.unexplainedSeats.get(code);
    if (seat === undefined) return name;
    this.unexplainedSeats.delete(code);
    return html`${escapeHtml(placeCase(seat))} (${this.m.seatOf(name)})`;
  }

  private percent(value: number): Html {
    return escapeHtml(percent(value, this.lang));
  }

  private points(value: number): Html {
    return escapeHtml(points(value, this.lang));
  }

  private date(iso: string): Html {
    return escapeHtml(iso ? longDate(iso, this.lang) : "");
  }
}

/** "2024-06-30" → "2024": what precedes the first dash. */
function yearOf(isoDate: string): string {
  const dash = isoDate.indexOf("-");
  return dash === -1 ? isoDate : isoDate.slice(0, dash);
}

/** "tanjung redeb" → "Tanjung Redeb": aliases are stored normalised, seats are proper names. */
function placeCase(alias: string): string {
  return alias.replace(/\b\p{L}/gu, (letter) => letter.toUpperCase());
}
