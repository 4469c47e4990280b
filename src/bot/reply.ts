// Putting engine replies into a chat: split to Telegram's size with the
// keyboard under the last part, in groups as a reply to the message that
// asked, and after a button press in place of the message that had the button.

import { GrammyError, type InlineKeyboard } from "grammy";
import type { Reply } from "../domain/engine.ts";
import type { Html } from "../domain/html.ts";
import { splitMessage } from "../domain/split-message.ts";
import { htmlWithBars } from "./chart-text.ts";
import type { BotContext } from "./context.ts";
import { replyKeyboard } from "./keyboards.ts";
import { userLang } from "./language.ts";
import { recordUnanswered } from "./unanswered-recording.ts";

export async function askAndReply(ctx: BotContext, text: string): Promise<void> {
  const reply = await ctx.engine.ask(text, userLang(ctx));
  await sendReply(ctx, reply);
  // After the reply, so that counting it never keeps the asker waiting.
  await recordUnanswered(ctx, text, reply);
}

export async function sendReply(ctx: BotContext, reply: Reply): Promise<void> {
  const keyboard = replyKeyboard(reply, await ctx.engine.lexicon(), ctx.chartsOffered);
  await sendHtml(ctx, htmlWithBars(reply), keyboard);
}

/** HTML in as many messages as it takes, with the keyboard under the last. */
export async function sendHtml(
  ctx: BotContext,
  html: Html,
  keyboard?: InlineKeyboard,
): Promise<void> {
  const parts = splitMessage(html);
  for (const [index, part] of parts.entries()) {
    const last = index === parts.length - 1;
    await ctx.reply(part, {
      ...(index === 0 ? quoteInGroups(ctx) : {}),
      ...(last && keyboard ? { reply_markup: keyboard } : {}),
    });
  }
}

/** After a button press: the answer replaces the message the button was on. */
export async function showInPlace(ctx: BotContext, reply: Reply): Promise<void> {
  const html = htmlWithBars(reply);
  const parts = splitMessage(html);
  // A message too old to reach (date 0) cannot be edited, and one message cannot hold several parts.
  if (parts.length > 1 || ctx.callbackQuery?.message?.date === 0) return sendReply(ctx, reply);
  const keyboard = replyKeyboard(reply, await ctx.engine.lexicon(), ctx.chartsOffered);
  await unlessUnchanged(ctx.editMessageText(html, keyboard ? { reply_markup: keyboard } : {}));
}

/** After a button press that acted: its buttons go, so it cannot act twice. */
export async function removeButtons(ctx: BotContext): Promise<void> {
  await unlessUnchanged(ctx.editMessageReplyMarkup());
}

/** An edit that changes nothing (a double tap on a button) is not a failure. */
async function unlessUnchanged(edit: Promise<unknown>): Promise<void> {
  try {
    await edit;
  } catch (error) {
    if (!(error instanceof GrammyError && error.description.includes("message is not modified"))) {
      throw error;
    }
  }
}

/** In groups a reply quotes the message that asked, so the conversation stays readable. */
export function quoteInGroups(ctx: BotContext) {
  const asked = ctx.message;
  if (!asked || ctx.chat?.type === "private") return {};
  return { reply_parameters: { message_id: asked.message_id, allow_sending_without_reply: true } };
}
