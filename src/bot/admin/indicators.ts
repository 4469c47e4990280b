// /indikator_baru and /indikator_ubah: admins add indicators and describe
// them (names, definition, the official service). Checked in full before
// anything is written; once written, every cached lexicon reloads (the write
// bumps the data version), so questions, /indikator, subscriptions and
// imports know the indicator at once.

import { ADMIN_COMMANDS } from "../../domain/admin/commands.ts";
import { readIndicatorArguments } from "../../domain/admin/indicator-arguments.ts";
import {
  checkIndicatorChange,
  checkNewIndicator,
  type IndicatorCheck,
} from "../../domain/admin/indicator-entry.ts";
import { adminTexts as t } from "../../domain/messages/id/admin.ts";
import type { AdminContext } from "../context.ts";
import { LeanComposer } from "../lean-composer.ts";
import { sendHtml } from "../reply.ts";
import { labelsOf, replyProblems } from "./replies.ts";

export const indicatorCommands = new LeanComposer<AdminContext>();

indicatorCommands.command(ADMIN_COMMANDS.indicatorAdd, (ctx) => save(ctx, "indicatorAdd"));
indicatorCommands.command(ADMIN_COMMANDS.indicatorEdit, (ctx) => save(ctx, "indicatorEdit"));

async function save(
  ctx: AdminContext & { match: string },
  action: "indicatorAdd" | "indicatorEdit",
) {
  const catalog = ctx.admin.store.indicators;
  // Indicators read now, not from a cache another process may have outdated;
  // places (for names that must stay theirs) from the lexicon.
  const existing = await catalog.list();
  const reference = { ...(await ctx.engine.lexicon()).reference, indicators: existing };
  if (ctx.match.trim() === "") {
    if (action === "indicatorEdit")
      return sendHtml(ctx, t.indicatorList(existing, await labelsOf(ctx)));
    return sendHtml(ctx, t.usage(action));
  }
  const typed = readIndicatorArguments(ctx.match);
  if (typed === "too-long") return replyProblems(ctx, [t.indicatorTooLong], action);
  const check: IndicatorCheck =
    action === "indicatorAdd"
      ? checkNewIndicator(typed.slug, typed.changes, reference)
      : checkIndicatorChange(typed.slug, typed.changes, reference);
  const problems = [
    ...typed.unread.map(t.indicatorUnread),
    ...("problems" in check ? check.problems.map(t.indicatorProblem) : []),
  ];
  if (problems.length > 0 || !("ok" in check)) return replyProblems(ctx, problems, action);
  if (action === "indicatorAdd") await catalog.add(check.ok, ctx.admin.actor);
  else await catalog.update(check.ok, ctx.admin.actor);
  ctx.admin.referenceChanged?.();
  await sendHtml(ctx, t.indicatorSaved(check.ok, action === "indicatorAdd", await labelsOf(ctx)));
}
