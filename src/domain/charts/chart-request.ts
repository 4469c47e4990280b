// Which chart a reply offers, as a short string for a button's callback data:
// "q.r.ikd.a.64" is the ranking question's chart, "h.v.ikd.64-03" the history
// of IKD in Berau. Decoding accepts only what encoding produces.

import type { Question } from "../question.ts";
import { decodeQuestion, encodeQuestion } from "../question-codec.ts";

type RankingQuestion = Extract<Question, { kind: "ranking" }>;
type CompareQuestion = Extract<Question, { kind: "compare" }> & { indicator: string };
type ProfileQuestion = Extract<Question, { kind: "profile" }>;
type ValueQuestion = Extract<Question, { kind: "value" }>;

export type ChartRequest =
  | { kind: "ranking"; question: RankingQuestion }
  | { kind: "compare"; question: CompareQuestion }
  | { kind: "profile"; question: ProfileQuestion }
  /** Every published value of one indicator for one region, release by release. */
  | { kind: "history"; question: ValueQuestion };

export function encodeChartRequest(request: ChartRequest): string {
  return `${request.kind === "history" ? "h" : "q"}.${encodeQuestion(request.question)}`;
}

export function decodeChartRequest(text: string): ChartRequest | null {
  const question = decodeQuestion(text.slice(2));
  if (question === null) return null;
  if (text.startsWith("h.")) {
    return question.kind === "value" ? { kind: "history", question } : null;
  }
  if (!text.startsWith("q.")) return null;
  switch (question.kind) {
    case "ranking":
      return { kind: "ranking", question };
    case "profile":
      return { kind: "profile", question };
    case "compare":
      return question.indicator === null
        ? null
        : { kind: "compare", question: { ...question, indicator: question.indicator } };
    default:
      return null;
  }
}
