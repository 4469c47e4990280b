// What happens when handling an update fails: the error is logged, and whoever
// was talking to the bot gets a short apology in their language, without
// internals. Nothing is rethrown, so polling keeps going and a webhook still
// answers 200 instead of making Telegram resend a poisonous update.
//
// Two exceptions. Behind a webhook, a store that is unavailable is rethrown
// unlogged and unapologised: the webhook answers non-2xx, Telegram redelivers,
// and the update is answered properly once the store is back; so is an update
// whose claim found it taken (src/domain/update-taken.ts). (Polling cannot
// get an update again, so there the user hears the apology.) And when Telegram
// itself failed (unreachable, rate limiting us, or erring on its side), no
// apology is attempted: it would go the same way, and add to the load.

import { type BotError, GrammyError, HttpError } from "grammy";
import { textsFor } from "../domain/messages/bot-texts.ts";
import { isStoreUnavailable } from "../domain/store-unavailable.ts";
import { updateTakenIn } from "../domain/update-taken.ts";
import type { Logger } from "../redacting-logger.ts";
import type { BotContext } from "./context.ts";
import { userLang } from "./language.ts";
import { quoteInGroups } from "./reply.ts";

export interface FailureOptions {
  /** Secrets are the logger's business: createBot hands in one that redacts the token. */
  logger: Logger;
  /** Telegram redelivers an update whose webhook call failed. */
  webhookMode: boolean;
}

export function reportFailure({ logger, webhookMode }: FailureOptions) {
  const log = (message: string, ctx: BotContext, error: unknown) =>
    logger.error(message, { updateId: ctx.update.update_id, error });

  return async ({ error, ctx }: BotError<BotContext>): Promise<void> => {
    if (webhookMode && (isStoreUnavailable(error) || updateTakenIn(error))) throw error;
    log("update failed", ctx, error);
    if (telegramFailed(error)) return;
    try {
      await apologize(ctx);
    } catch (apologyError) {
      log("apology failed", ctx, apologyError);
    }
  };
}

function telegramFailed(error: unknown): boolean {
  if (error instanceof HttpError) return true;
  return error instanceof GrammyError && (error.error_code === 429 || error.error_code >= 500);
}

async function apologize(ctx: BotContext): Promise<void> {
  const text = textsFor(userLang(ctx)).apology;
  if (ctx.callbackQuery) await ctx.answerCallbackQuery({ text });
  else if (ctx.message) await ctx.reply(text, quoteInGroups(ctx));
}
