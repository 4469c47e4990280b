// Questions in their own words: /tanya <question> (or /ask) in any chat, and
// in a private chat any text at all. Anything else sent in a private chat (a
// photo, a sticker, a voice message, a file from someone who is not a data
// admin) gets a short reply saying what the bot reads, rather than silence.

import { textsFor } from "../../domain/messages/bot-texts.ts";
import { commandNames } from "../commands.ts";
import type { BotContext } from "../context.ts";
import { userLang } from "../language.ts";
import { LeanComposer } from "../lean-composer.ts";
import { askAndReply } from "../reply.ts";
import type { Feature } from "../update-kinds.ts";

const questions = new LeanComposer<BotContext>();

questions.command(commandNames("ask"), (ctx) => askAndReply(ctx, ctx.match));

const inPrivate = questions.chatType("private");

inPrivate.on("message:text", (ctx) => askAndReply(ctx, ctx.message.text));

/** What people send that is not text; service messages (a pinned message, say) get no reply. */
const NOT_TEXT = [
  "message:photo",
  "message:sticker",
  "message:voice",
  "message:audio",
  "message:video",
  "message:video_note",
  "message:animation",
  "message:document",
  "message:location",
  "message:contact",
  "message:poll",
  "message:dice",
] as const;

inPrivate.on([...NOT_TEXT], async (ctx) => {
  await ctx.reply(textsFor(userLang(ctx)).textOnly);
});

export const questionsFeature: Feature<BotContext> = {
  kinds: ["command", "message"],
  middleware: questions,
};
