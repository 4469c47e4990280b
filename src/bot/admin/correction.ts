// /koreksi: corrects a published value. The correction is recorded, answers
// show the value as corrected, and subscribers whose filters it concerns get
// a correction notice.

import { parseCorrection } from "../../domain/admin/arguments.ts";
import { ADMIN_COMMANDS } from "../../domain/admin/commands.ts";
import { adminTexts as t } from "../../domain/messages/id/admin.ts";
import type { AdminContext } from "../context.ts";
import { LeanComposer } from "../lean-composer.ts";
import { sendHtml } from "../reply.ts";
import { labelsOf, replyProblems, replyRefusal } from "./replies.ts";

export const correction = new LeanComposer<AdminContext>();

correction.command(ADMIN_COMMANDS.correct, async (ctx) => {
  const parsed = parseCorrection(ctx.match, await ctx.engine.lexicon());
  if ("problems" in parsed) return replyProblems(ctx, parsed.problems, "correct");
  const { reason, ...value } = parsed.ok;
  const { admin } = ctx;
  // The notice to subscribers is enqueued in the correction's own batch: both or neither.
  const corrected = await admin.store.corrections.correct(value, reason, admin.actor, (c) =>
    admin.store.broadcasts.forCorrection(c, admin.userId),
  );
  if ("refused" in corrected) return replyRefusal(ctx, corrected.refused);
  admin.deliverNow?.();
  await sendHtml(ctx, t.corrected(corrected.ok, await labelsOf(ctx)));
});
