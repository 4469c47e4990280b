// /urung: undoes the newest change to the open draft and says what it was.

import { ADMIN_COMMANDS } from "../../domain/admin/commands.ts";
import { adminTexts as t } from "../../domain/messages/id/admin.ts";
import type { AdminContext } from "../context.ts";
import { LeanComposer } from "../lean-composer.ts";
import { sendHtml } from "../reply.ts";
import { labelsOf, replyRefusal } from "./replies.ts";

export const undo = new LeanComposer<AdminContext>();

undo.command(ADMIN_COMMANDS.undo, async (ctx) => {
  const undone = await ctx.admin.store.drafts.undo(ctx.admin.actor);
  if ("refused" in undone) return replyRefusal(ctx, undone.refused);
  await sendHtml(ctx, t.undone(undone.ok, await labelsOf(ctx)));
});
