// Inline keyboards under replies. A reply that offers choices ("Kutai": which
// one?) gets one button per choice; browsing replies (the indicator and region
// lists, an overview, a ranking, a profile) get the buttons that lead on and
// back. Every other answer stands alone, without buttons.

import { InlineKeyboard } from "grammy";
import { chartTexts } from "../domain/charts/chart-texts.ts";
import type { Reply } from "../domain/engine.ts";
import { provinceCode } from "../domain/facts-request.ts";
import type { Lexicon } from "../domain/lexicon.ts";
import { textsFor } from "../domain/messages/bot-texts.ts";
import type { Question } from "../domain/question.ts";
import { choiceLabel } from "../domain/render.ts";
import type { Lang } from "../domain/types.ts";
import { type EncodableQuestion, isEncodable, questionData } from "./callback-data.ts";
import { chartData } from "./chart-data.ts";

export interface QuestionButton {
  label: string;
  question: EncodableQuestion;
}

/**
 * The keyboard for a reply, or undefined when it has no buttons. A reply that
 * offers a chart gets its button first, where charts are served.
 */
export function replyKeyboard(
  reply: Reply,
  lexicon: Lexicon,
  withChart = false,
): InlineKeyboard | undefined {
  const rows =
    reply.choices.length > 0
      ? reply.choices.flatMap(({ label, question }) =>
          isEncodable(question) ? [[{ label, question }]] : [],
        )
      : browsingRows(reply.question, reply.lang, lexicon);
  const keyboard = questionKeyboard(rows, reply.lang);
  if (!withChart || !reply.chart) return keyboard;
  const chart = InlineKeyboard.text(
    chartTexts(reply.lang).button,
    chartData(reply.chart.request, reply.lang),
  );
  return InlineKeyboard.from([[chart], ...(keyboard?.inline_keyboard ?? [])]);
}

/** Buttons asking the given questions, answered in `lang`; undefined when there are none. */
export function questionKeyboard(rows: QuestionButton[][], lang: Lang): InlineKeyboard | undefined {
  if (rows.length === 0) return undefined;
  return InlineKeyboard.from(
    rows.map((row) =>
      row.map(({ label, question }) => InlineKeyboard.text(label, questionData(question, lang))),
    ),
  );
}

function browsingRows(question: Question, lang: Lang, lexicon: Lexicon): QuestionButton[][] {
  const t = textsFor(lang);
  const indicators = { kind: "indicators" } as const;
  switch (question.kind) {
    case "indicators":
      return pairs(
        lexicon.reference.indicators.map(({ slug }) => {
          const overview = {
            kind: "overview",
            indicator: slug,
            province: lexicon.defaultProvince,
          } as const;
          const label = choiceLabel({ kind: "indicator", slug, question: overview }, lang, lexicon);
          return { label, question: overview };
        }),
      );
    case "regions":
      return pairs(
        lexicon.reference.regions
          .filter((region) => region.parentCode === question.province)
          .map(({ code }) => {
            const profile = { kind: "profile", region: code } as const;
            const label = choiceLabel({ kind: "region", code, question: profile }, lang, lexicon);
            return { label, question: profile };
          }),
      );
    case "overview":
      return [
        [{ label: t.ranking, question: { ...question, kind: "ranking", level: null } }],
        [{ label: t.allIndicators, question: indicators }],
      ];
    case "ranking": {
      const { indicator, province } = question;
      return [
        [{ label: t.overview, question: { kind: "overview", indicator, province } }],
        [{ label: t.allIndicators, question: indicators }],
      ];
    }
    case "profile": {
      const province = provinceCode(question.region, lexicon);
      return [[{ label: t.allRegions, question: { kind: "regions", province } }]];
    }
    default:
      return [];
  }
}

/** Two buttons a row: region and indicator names fit side by side on a phone. */
function pairs<T>(items: T[]): T[][] {
  const rows: T[][] = [];
  for (let i = 0; i < items.length; i += 2) rows.push(items.slice(i, i + 2));
  return rows;
}
