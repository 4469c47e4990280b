// /koreksi: corrects a published value. The correction is recorded and
// answers show the value as corrected; the recorded correction is what a
// correction notice to subscribers is made from.

import { Composer } from "grammy";
import { parseCorrection } from "../../domain/admin/arguments.ts";
import { adminTexts as t } from "../admin-texts.ts";
import type { AdminContext } from "../context.ts";
import { sendHtml } from "../reply.ts";
import { ADMIN_COMMANDS } from "./commands.ts";
import { labelsOf, replyProblems, replyRefusal } from "./replies.ts";

export const correction = new Composer<AdminContext>();

correction.command(ADMIN_COMMANDS.correct, async (ctx) => {
  const parsed = parseCorrection(ctx.match, await ctx.engine.lexicon());
  if ("problems" in parsed) return replyProblems(ctx, parsed.problems, "correct");
  const { reason, ...value } = parsed.ok;
  const corrected = await ctx.admin.store.corrections.correct(value, reason, ctx.admin.actor);
  if ("refused" in corrected) return replyRefusal(ctx, corrected.refused);
  await sendHtml(ctx, t.corrected(corrected.ok, await labelsOf(ctx)));
});
