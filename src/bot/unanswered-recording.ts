// Counting the questions the bot could not answer, after their reply: only
// the normalised text (see keptQuestionText), and never a text that looks
// like personal data. Counting is a by-product: when it fails, the failure is
// logged and the user, who already has the reply, notices nothing.

import type { Reply } from "../domain/engine.ts";
import { keptQuestionText, type UnansweredQuestions } from "../domain/unanswered.ts";
import type { Logger } from "../redacting-logger.ts";
import type { BotContext } from "./context.ts";

export async function recordUnanswered(
  ctx: BotContext,
  asked: string,
  reply: Reply,
): Promise<void> {
  if (ctx.unanswered === undefined || reply.unanswered === null) return;
  const text = keptQuestionText(asked);
  if (text === null) return;
  await ctx.unanswered.record({ text, reason: reply.unanswered }, today());
}

/** Today's date (UTC), the week a question is counted in. */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** The store's record, with a failure logged instead of thrown. */
export function loggingFailures(store: UnansweredQuestions, logger: Logger): UnansweredQuestions {
  return {
    top: (limit, day) => store.top(limit, day),
    async record(question, day) {
      try {
        await store.record(question, day);
      } catch (error) {
        logger.error("counting an unanswered question failed", error);
      }
    },
  };
}
