// /start: a greeting with example questions as buttons, or, from a deep link
// (t.me/<bot>?start=ikd_berau), the answer to the question in the link. An
// example's answer comes as a new message under the greeting, which keeps all
// its examples: pressing one more is always possible. (Browsing buttons, by
// contrast, answer in place of their message; see browse.ts.)

import { InlineKeyboard } from "grammy";
import { textsFor } from "../../domain/messages/bot-texts.ts";
import { EXAMPLES } from "../../domain/messages/messages.ts";
import type { Lang } from "../../domain/types.ts";
import { understand } from "../../domain/understand.ts";
import { isEncodable, parseQuestionData, questionData } from "../callback-data.ts";
import type { BotContext } from "../context.ts";
import { userLang } from "../language.ts";
import { LeanComposer } from "../lean-composer.ts";
import { askAndReply, quoteInGroups, sendReply } from "../reply.ts";
import type { Feature } from "../update-kinds.ts";

const startHelp = new LeanComposer<BotContext>();

/** An example button: "e:" where a browsing button has "q:", the rest alike (and as short). */
const EXAMPLE = /^e:/;

startHelp.command("start", async (ctx) => {
  // Deep-link payloads allow only A-Z, a-z, 0-9, _ and -: words are joined by _ or -.
  const question = ctx.match.replace(/[_-]+/g, " ").trim();
  if (question) return askAndReply(ctx, question);
  await greet(ctx);
});

startHelp.callbackQuery(EXAMPLE, async (ctx) => {
  const pressed = parseQuestionData(ctx.callbackQuery.data.replace(EXAMPLE, "q:"));
  if (!pressed) {
    await ctx.answerCallbackQuery({ text: textsFor(userLang(ctx)).staleButton });
    return;
  }
  await ctx.answerCallbackQuery();
  await sendReply(ctx, await ctx.engine.answer(pressed.question, pressed.lang));
});

async function greet(ctx: BotContext): Promise<void> {
  const lang = userLang(ctx);
  const keyboard = await examplesKeyboard(ctx, lang);
  await ctx.reply(textsFor(lang).welcome, {
    ...quoteInGroups(ctx),
    ...(keyboard ? { reply_markup: keyboard } : {}),
  });
}

async function examplesKeyboard(ctx: BotContext, lang: Lang): Promise<InlineKeyboard | undefined> {
  // Understanding is pure and local: the example buttons cost no database round trip.
  const lexicon = await ctx.engine.lexicon();
  const rows = EXAMPLES[lang].flatMap((label) => {
    const { question } = understand(label, lexicon);
    if (!isEncodable(question)) return [];
    const data = questionData(question, lang).replace(/^q:/, "e:");
    return [[InlineKeyboard.text(label, data)]];
  });
  return rows.length > 0 ? InlineKeyboard.from(rows) : undefined;
}

export const startHelpFeature: Feature<BotContext> = {
  kinds: ["command", "button"],
  middleware: startHelp,
};
