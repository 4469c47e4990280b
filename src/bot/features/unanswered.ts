// /belumterjawab (/unanswered), for data admins: the questions the bot most
// often could not answer over the kept 90 days, with how often they were
// asked, so that the data or the vocabulary can follow what people ask.

import { ADMIN_COMMANDS } from "../../domain/admin/commands.ts";
import { unansweredTexts } from "../../domain/messages/id/unanswered.ts";
import type { AdminContext } from "../context.ts";
import { LeanComposer } from "../lean-composer.ts";
import { sendHtml } from "../reply.ts";
import { today } from "../unanswered-recording.ts";

/** Enough to see what is missing, short enough for one message on a phone. */
const SHOWN_QUESTIONS = 20;

export const unansweredCommand = new LeanComposer<AdminContext>();

unansweredCommand.command(ADMIN_COMMANDS.unanswered, async (ctx) => {
  if (ctx.unanswered === undefined) return sendHtml(ctx, unansweredTexts.notCounted);
  const top = await ctx.unanswered.top(SHOWN_QUESTIONS, today());
  await sendHtml(ctx, unansweredTexts.list(top));
});
