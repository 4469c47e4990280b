// Inline mode results (`@bot ikd berau` in any chat). A question gives its
// answer as an article, followed by related answers: the overview of the same
// indicator, the profile of the same place. A question that asks back
// ("ikd kutai": which Kutai?) gives one article per candidate instead, and an
// empty or not understood query gives the popular questions.

import { InlineQueryResultBuilder } from "grammy";
import type { InlineQueryResultArticle } from "grammy/types";
import type { Engine, Reply } from "../domain/engine.ts";
import { provinceCode } from "../domain/facts-request.ts";
import type { Lexicon } from "../domain/lexicon.ts";
import { EXAMPLES } from "../domain/messages/messages.ts";
import type { Question } from "../domain/question.ts";
import { encodeQuestion } from "../domain/question-codec.ts";
import { splitMessage } from "../domain/split-message.ts";
import type { Lang } from "../domain/types.ts";
import { type EncodableQuestion, isEncodable } from "./callback-data.ts";
import { htmlWithBars } from "./chart-text.ts";
import { htmlToPlainText } from "./plain-text.ts";

export async function inlineResults(
  engine: Engine,
  query: string,
  lang: Lang,
): Promise<InlineQueryResultArticle[]> {
  const reply = query ? await engine.ask(query, lang) : undefined;
  if (!reply || reply.question.kind === "unknown") return examples(engine, lang);
  const lexicon = await engine.lexicon();
  const asksBack = reply.choices.length > 0;
  const next = asksBack
    ? reply.choices.map((choice) => choice.question)
    : relatedQuestions(reply.question, lexicon);
  const replies = await Promise.all(next.map((q) => engine.answer(q, reply.lang)));
  return (asksBack ? replies : [reply, ...replies]).filter(isSendable).map((r) => article(r));
}

/** The popular questions, each with its answer ready to send. */
async function examples(engine: Engine, lang: Lang): Promise<InlineQueryResultArticle[]> {
  const asked = EXAMPLES[lang].map(async (text) => ({ text, reply: await engine.ask(text, lang) }));
  return (await Promise.all(asked)).flatMap(({ text, reply }) =>
    isSendable(reply) ? [article(reply, text)] : [],
  );
}

type SendableReply = Reply & { question: EncodableQuestion };

/**
 * A reply that asks back or did not understand is no use pasted into a chat.
 * Every other one has a short form, which makes its result id: at most 64
 * bytes, as Telegram requires, and different for every different answer.
 */
function isSendable(reply: Reply): reply is SendableReply {
  return isEncodable(reply.question);
}

function relatedQuestions(question: Question, lexicon: Lexicon): Question[] {
  switch (question.kind) {
    case "value":
    case "target": {
      const { indicator, region } = question;
      const province = provinceCode(region, lexicon);
      return [
        { kind: "overview", indicator, province },
        { kind: "profile", region },
      ];
    }
    case "extreme":
    case "ranking":
      return [{ kind: "overview", indicator: question.indicator, province: question.province }];
    case "overview":
      return [{ ...question, kind: "ranking", level: null }];
    case "compare":
      return question.regions.map((region) => ({ kind: "profile", region }));
    default:
      return [];
  }
}

/**
 * An answer as an article: the title sums it up (the question asked, or the
 * answer's first line), the description is what follows. Telegram shortens
 * both to fit; the message itself is the answer, or its first part if long.
 */
function article(reply: SendableReply, title?: string): InlineQueryResultArticle {
  const lines = htmlToPlainText(reply.html)
    .split("\n")
    .filter((line) => line.trim() !== "");
  const [heading = "", ...rest] = title ? [title, ...lines] : lines;
  const html = htmlWithBars(reply);
  const message = splitMessage(html)[0] ?? html;
  return InlineQueryResultBuilder.article(encodeQuestion(reply.question), heading, {
    description: rest.join(" "),
  }).text(message, { parse_mode: "HTML", link_preview_options: { is_disabled: true } });
}
