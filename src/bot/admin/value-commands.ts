// /ubah, /hapus and /target: one value or target of the open draft. Region
// and indicator are read as questions read them, but strictly (see
// domain/admin/arguments.ts): bad input is named, with the fix, and not written.

import { parseSubject, parseSubjectValue, parseTarget } from "../../domain/admin/arguments.ts";
import { ADMIN_COMMANDS } from "../../domain/admin/commands.ts";
import { adminTexts as t } from "../../domain/messages/id/admin.ts";
import type { AdminContext } from "../context.ts";
import { LeanComposer } from "../lean-composer.ts";
import { sendHtml } from "../reply.ts";
import { labelsOf, replyProblems, replyRefusal } from "./replies.ts";

export const valueCommands = new LeanComposer<AdminContext>();

valueCommands.command(ADMIN_COMMANDS.set, async (ctx) => {
  const parsed = parseSubjectValue(ctx.match, await ctx.engine.lexicon());
  if ("problems" in parsed) return replyProblems(ctx, parsed.problems, "set");
  const { indicator, region, value } = parsed.ok;
  const set = await ctx.admin.store.drafts.setValue(parsed.ok, ctx.admin.actor);
  if ("refused" in set) return replyRefusal(ctx, set.refused);
  await sendHtml(ctx, t.valueSet(indicator, region, set.ok.old, value, await labelsOf(ctx)));
});

valueCommands.command(ADMIN_COMMANDS.remove, async (ctx) => {
  const parsed = parseSubject(ctx.match, await ctx.engine.lexicon());
  if ("problems" in parsed) return replyProblems(ctx, parsed.problems, "remove");
  const { indicator, region } = parsed.ok;
  const removed = await ctx.admin.store.drafts.removeValue(parsed.ok, ctx.admin.actor);
  if ("refused" in removed) return replyRefusal(ctx, removed.refused);
  await sendHtml(ctx, t.valueRemoved(indicator, region, removed.ok.old, await labelsOf(ctx)));
});

valueCommands.command(ADMIN_COMMANDS.target, async (ctx) => {
  const parsed = parseTarget(ctx.match, await ctx.engine.lexicon());
  if ("problems" in parsed) return replyProblems(ctx, parsed.problems, "target");
  const { indicator, year, value } = parsed.ok;
  const set = await ctx.admin.store.drafts.setTarget(parsed.ok, ctx.admin.actor);
  if ("refused" in set) return replyRefusal(ctx, set.refused);
  await sendHtml(ctx, t.targetSet(indicator, year, set.ok.old, value, await labelsOf(ctx)));
});
