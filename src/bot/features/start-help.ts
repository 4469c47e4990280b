// /start: a greeting with example questions as buttons, or, from a deep link
// (t.me/<bot>?start=ikd_berau), the answer to the question in the link.

import { Composer } from "grammy";
import { EXAMPLES } from "../../domain/messages/messages.ts";
import { understand } from "../../domain/understand.ts";
import { isEncodable } from "../callback-data.ts";
import type { BotContext } from "../context.ts";
import { textsFor } from "../i18n.ts";
import { questionKeyboard } from "../keyboards.ts";
import { userLang } from "../language.ts";
import { askAndReply, quoteInGroups } from "../reply.ts";

export const startHelp = new Composer<BotContext>();

startHelp.command("start", async (ctx) => {
  // Deep-link payloads allow only A-Z, a-z, 0-9, _ and -: words are joined by _ or -.
  const question = ctx.match.replace(/[_-]+/g, " ").trim();
  if (question) return askAndReply(ctx, question);
  await greet(ctx);
});

async function greet(ctx: BotContext): Promise<void> {
  const lang = userLang(ctx);
  // Understanding is pure and local: the example buttons cost no database round trip.
  const lexicon = await ctx.engine.lexicon();
  const examples = EXAMPLES[lang].flatMap((label) => {
    const { question } = understand(label, lexicon);
    return isEncodable(question) ? [[{ label, question }]] : [];
  });
  const keyboard = questionKeyboard(examples, lang);
  await ctx.reply(textsFor(lang).welcome, {
    ...quoteInGroups(ctx),
    ...(keyboard ? { reply_markup: keyboard } : {}),
  });
}
