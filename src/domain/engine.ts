// The question engine: text in, reply out, through the FactsSource port.
// One facts() call (one database round trip) per question at most; the
// lexicon is rebuilt only when the store hands out new reference data.

import { type Answer, answer } from "./answer.ts";
import type { Chart } from "./charts/chart.ts";
import type { ChartRequest } from "./charts/chart-request.ts";
import { chartRequestOf, describeChart, EVERY_RELEASE } from "./charts/describe.ts";
import { factsRequestFor } from "./facts-request.ts";
import type { Html } from "./html.ts";
import { buildLexicon, type Lexicon } from "./lexicon.ts";
import { type Asked, NOTHING_ELSE, type Question, type SeatNamed } from "./question.ts";
import { choiceLabel, render } from "./render.ts";
import { combineAnswers, mergeRequests, withIndicator } from "./several-indicators.ts";
import type { FactsRequest, FactsSource, Lang, ReferenceData } from "./types.ts";
import { type UnansweredReason, unansweredReason } from "./unanswered.ts";
import { understand } from "./understand.ts";

export interface Reply {
  html: Html;
  lang: Lang;
  question: Question;
  /** Follow-up choices (ambiguous place, missing indicator), each a complete question. */
  choices: { label: string; question: Question }[];
  /** Set when the reply could not answer what was asked: admins see such questions. */
  unanswered: UnansweredReason | null;
  /** The chart this reply offers (rankings, comparisons, profiles, histories), and the chart itself. */
  chart: { request: ChartRequest; chart: Chart } | null;
}

export interface EngineOptions {
  facts: FactsSource;
  defaultProvince?: string;
  /** Today's ISO date, for "tahun lalu" and a month named without its year; the clock by default. */
  today?: () => string;
}

export interface Engine {
  /** Understand and answer; `langHint` (e.g. the user's Telegram language) is used when the text gives no clue. */
  ask(text: string, langHint?: Lang): Promise<Reply>;
  /** Answer an already understood question (buttons, deep links). */
  answer(question: Question, lang: Lang): Promise<Reply>;
  /** The chart a chart button asks for, from the data as it is now; null when there is nothing to draw. */
  chart(request: ChartRequest, lang: Lang): Promise<Chart | null>;
  lexicon(): Promise<Lexicon>;
}

/**
 * Lexicons by the reference data they index. The lexicon is a pure function of
 * it, so engines sharing a reference object (one per Worker isolate, made per
 * request) share one lexicon instead of rebuilding it per update.
 */
const lexicons = new WeakMap<ReferenceData, Map<string | undefined, Lexicon>>();

const DAY_MS = 86_400_000;
/** The UTC day of the clock, remembered until it ends (or the clock is set back). */
let today = { iso: "", from: 0, until: 0 };

function isoToday(): string {
  const now = Date.now();
  if (now < today.from || now >= today.until) {
    const from = Math.floor(now / DAY_MS) * DAY_MS;
    today = { iso: new Date(from).toISOString().slice(0, 10), from, until: from + DAY_MS };
  }
  return today.iso;
}

export function createEngine(options: EngineOptions): Engine {
  async function lexicon(): Promise<Lexicon> {
    const reference = await options.facts.reference();
    const byProvince = lexicons.get(reference) ?? new Map<string | undefined, Lexicon>();
    lexicons.set(reference, byProvince);
    let built = byProvince.get(options.defaultProvince);
    if (!built) {
      built = buildLexicon(reference, { defaultProvince: options.defaultProvince });
      byProvince.set(options.defaultProvince, built);
    }
    return built;
  }

  async function reply(
    question: Question,
    lang: Lang,
    lex: Lexicon,
    asked: Asked = NOTHING_ELSE,
    seats: SeatNamed[] = [],
    alsoIndicators: string[] = [],
  ): Promise<Reply> {
    const questions = [question];
    for (const slug of alsoIndicators) {
      const other = withIndicator(question, slug);
      if (other) questions.push(other);
    }
    const requests: FactsRequest[] = [];
    for (const q of questions) {
      const needed = factsRequestFor(q, lex, asked);
      if (needed) requests.push(needed);
    }
    const request = mergeRequests(requests);
    const facts = request ? await options.facts.facts(request) : undefined;
    const result: Answer = combineAnswers(
      questions.map((q) => answer(q, lex, facts, asked)),
      facts,
    );
    // A chart draws one question: a reply about several indicators has none.
    const chartRequest =
      facts && questions.length === 1 ? chartRequestOf(question, result, asked) : null;
    const chart = chartRequest && facts && describeChart(chartRequest, result, facts, lex, lang);
    return {
      html: render(result, lang, lex, seats),
      lang,
      question,
      choices: result.choices.map((c) => ({
        label: choiceLabel(c, lang, lex),
        question: c.question,
      })),
      unanswered: unansweredReason(result),
      chart: chartRequest && chart ? { request: chartRequest, chart } : null,
    };
  }

  return {
    lexicon,
    async ask(text, langHint = "id") {
      const lex = await lexicon();
      const today = options.today?.() ?? isoToday();
      const understood = understand(text, lex, { today });
      const { question, lang, asked, seats, alsoIndicators } = understood;
      return reply(question, lang ?? langHint, lex, asked, seats, alsoIndicators);
    },
    async answer(question, lang) {
      return reply(question, lang, await lexicon());
    },
    async chart(request, lang) {
      const lex = await lexicon();
      const asked = request.kind === "history" ? EVERY_RELEASE : NOTHING_ELSE;
      const factsRequest = factsRequestFor(request.question, lex, asked);
      if (!factsRequest) return null;
      const facts = await options.facts.facts(factsRequest);
      return describeChart(request, answer(request.question, lex, facts, asked), facts, lex, lang);
    },
  };
}
