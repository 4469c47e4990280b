// What happens when handling an update fails: the error is logged (with the
// bot token blanked out: grammY's network errors can carry request URLs), and
// whoever was talking to the bot gets a short apology in their language,
// without internals. Nothing is rethrown, so polling keeps going and a webhook
// still answers 200 instead of making Telegram resend a poisonous update.

import type { BotError } from "grammy";
import type { BotContext } from "./context.ts";
import { textsFor } from "./i18n.ts";
import { userLang } from "./language.ts";
import { quoteInGroups } from "./reply.ts";

export interface Logger {
  error(message: string, meta?: unknown): void;
}

export function reportFailure(logger: Logger, token: string) {
  const redact = (text: string) => text.replaceAll(token, "<token>");
  const log = (message: string, ctx: BotContext, error: unknown) =>
    logger.error(message, {
      updateId: ctx.update.update_id,
      error:
        error instanceof Error
          ? { name: error.name, message: redact(error.message), stack: redact(error.stack ?? "") }
          : redact(String(error)),
    });

  return async ({ error, ctx }: BotError<BotContext>): Promise<void> => {
    log("update failed", ctx, error);
    try {
      await apologize(ctx);
    } catch (apologyError) {
      log("apology failed", ctx, apologyError);
    }
  };
}

async function apologize(ctx: BotContext): Promise<void> {
  const text = textsFor(userLang(ctx)).apology;
  if (ctx.callbackQuery) await ctx.answerCallbackQuery({ text });
  else if (ctx.message) await ctx.reply(text, quoteInGroups(ctx));
}
