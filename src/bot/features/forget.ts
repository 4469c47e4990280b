// /hapusdata (/deletedata): a user sees what the bot stores about them and
// deletes it with one press. Private chats only: a group's subscription
// belongs to the group and is stopped by its admins with /berhenti.

import { InlineKeyboard } from "grammy";
import { textsFor } from "../../domain/messages/bot-texts.ts";
import type { PersonalData } from "../../domain/privacy.ts";
import type { Lang } from "../../domain/types.ts";
import { COMMANDS } from "../commands.ts";
import type { BotContext } from "../context.ts";
import { LeanComposer } from "../lean-composer.ts";
import type { Feature } from "../update-kinds.ts";

const CONFIRM = /^forget:(id|en)$/;

export function forgetFeature(data: PersonalData): Feature<BotContext> {
  const feature = new LeanComposer<BotContext>();
  for (const lang of Object.keys(COMMANDS) as Lang[]) {
    for (const { command, action } of COMMANDS[lang]) {
      if (action !== "forget") continue;
      feature.command(command, async (ctx) => {
        const t = textsFor(lang).forget;
        if (ctx.chat.type !== "private") return void (await ctx.reply(t.privateOnly));
        const confirm = new InlineKeyboard().text(t.button, `forget:${lang}`);
        await ctx.reply(t.prompt, { reply_markup: confirm });
      });
    }
  }
  // The press deletes the presser's own data: a button only its chat's user can press.
  feature.callbackQuery(CONFIRM, async (ctx) => {
    const lang = ctx.match[1] as Lang;
    if (ctx.chat?.type !== "private") return void (await ctx.answerCallbackQuery());
    const forgotten = await data.forgetUser(ctx.from.id);
    await ctx.editMessageText(textsFor(lang).forget.done(forgotten));
    await ctx.answerCallbackQuery();
  });
  // The /hapusdata commands and their confirmation button.
  return { kinds: ["command", "button"], middleware: feature };
}
