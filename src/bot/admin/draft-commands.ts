// /admin: the admin commands. /draf: the open draft, or a new one.
// /draf_ubah: one field of the open draft.

import { parseDraftEdit, parseDraftMeta } from "../../domain/admin/arguments.ts";
import { ADMIN_COMMANDS } from "../../domain/admin/commands.ts";
import { html } from "../../domain/html.ts";
import { adminTexts as t } from "../../domain/messages/id/admin.ts";
import type { AdminContext } from "../context.ts";
import { LeanComposer } from "../lean-composer.ts";
import { sendHtml } from "../reply.ts";
import { labelsOf, replyProblems, replyRefusal } from "./replies.ts";

export const draftCommands = new LeanComposer<AdminContext>();

draftCommands.command(ADMIN_COMMANDS.help, (ctx) => sendHtml(ctx, t.help(ctx.admin.isOwner)));

draftCommands.command(ADMIN_COMMANDS.draft, async (ctx) => {
  const labels = await labelsOf(ctx);
  if (!ctx.match.trim()) {
    const draft = await ctx.admin.store.drafts.open();
    const shown = draft ? t.draft(draft, labels) : t.noDraft;
    return sendHtml(ctx, html`${shown}\n\n${t.usage("draft")}`);
  }
  const meta = parseDraftMeta(ctx.match);
  if ("problems" in meta) return replyProblems(ctx, meta.problems, "draft");
  const created = await ctx.admin.store.drafts.create(meta.ok, ctx.admin.actor);
  if ("refused" in created) return replyRefusal(ctx, created.refused);
  await sendHtml(ctx, t.draftCreated(created.ok, labels));
});

draftCommands.command(ADMIN_COMMANDS.draftEdit, async (ctx) => {
  const edit = parseDraftEdit(ctx.match);
  if ("problems" in edit) return replyProblems(ctx, edit.problems, "draftEdit");
  const { field, value } = edit.ok;
  const edited = await ctx.admin.store.drafts.edit(field, value, ctx.admin.actor);
  if ("refused" in edited) return replyRefusal(ctx, edited.refused);
  await sendHtml(ctx, t.draftEdited(field, edited.ok.old, value, await labelsOf(ctx)));
});
