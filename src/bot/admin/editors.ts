// /editor, /editor_tambah and /editor_hapus: owners (ADMIN_USER_IDS) list,
// add and remove editors. Editors may do everything else.

import type { Composer } from "grammy";
import { ADMIN_COMMANDS, OWNER_COMMAND_NAMES } from "../../domain/admin/commands.ts";
import { adminTexts as t } from "../../domain/messages/id/admin.ts";
import type { AdminContext } from "../context.ts";
import { LeanComposer } from "../lean-composer.ts";
import { sendHtml } from "../reply.ts";
import { labelsOf, replyRefusal } from "./replies.ts";

export function editorCommands(ownerIds: readonly number[]): Composer<AdminContext> {
  const editors = new LeanComposer<AdminContext>();

  editors.command(OWNER_COMMAND_NAMES, async (ctx, next) =>
    ctx.admin.isOwner ? next() : sendHtml(ctx, t.ownersOnly),
  );

  editors.command(ADMIN_COMMANDS.editors, async (ctx) => {
    const list = await ctx.admin.store.editors.list();
    await sendHtml(ctx, t.editors(ownerIds, list, await labelsOf(ctx)));
  });

  editors.command(ADMIN_COMMANDS.editorAdd, async (ctx) => {
    const userId = await userIdIn(ctx, ctx.match);
    if (userId === undefined) return;
    const added = await ctx.admin.store.editors.add(userId, ctx.admin.actor);
    if ("refused" in added) return replyRefusal(ctx, added.refused);
    await sendHtml(ctx, t.editorAdded(added.ok));
  });

  editors.command(ADMIN_COMMANDS.editorRemove, async (ctx) => {
    const userId = await userIdIn(ctx, ctx.match);
    if (userId === undefined) return;
    const removed = await ctx.admin.store.editors.remove(userId, ctx.admin.actor);
    if ("refused" in removed) return replyRefusal(ctx, removed.refused);
    await sendHtml(ctx, t.editorRemoved(removed.ok.userId));
  });

  return editors;
}

/** The numeric user id after the command, or undefined once the admin has been told why not. */
async function userIdIn(ctx: AdminContext, args: string): Promise<number | undefined> {
  const text = args.trim();
  if (/^\d{1,15}$/.test(text)) return Number(text);
  await sendHtml(ctx, t.badUserId(text, await labelsOf(ctx)));
  return undefined;
}
