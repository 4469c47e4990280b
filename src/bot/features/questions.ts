// Questions in their own words: /tanya <question> (or /ask) in any chat, and
// in a private chat any text at all.

import { Composer } from "grammy";
import { commandNames } from "../commands.ts";
import type { BotContext } from "../context.ts";
import { askAndReply } from "../reply.ts";

export const questions = new Composer<BotContext>();

questions.command(commandNames("ask"), (ctx) => askAndReply(ctx, ctx.match));

questions.chatType("private").on("message:text", (ctx) => askAndReply(ctx, ctx.message.text));
