// An import read from a document or a text waits in the store for the admin's
// button: a summary of what was read, then [Masukkan ke draf] or [Buat draf],
// and [Batal]. A blocked import (any bad CSV line) is only reported: nothing
// is kept and nothing written.

import { InlineKeyboard } from "grammy";
import { adminButtonData, adminButtonTrigger } from "../../domain/admin/callback-data.ts";
import { type ImportPlan, importedMeta, importPlan } from "../../domain/admin/imported-meta.ts";
import type { PendingImport } from "../../domain/admin/ports.ts";
import type { ReadImport } from "../../domain/admin/read-import.ts";
import { adminTexts as t } from "../../domain/messages/id/admin.ts";
import type { AdminContext } from "../context.ts";
import { LeanComposer } from "../lean-composer.ts";
import { sendHtml } from "../reply.ts";
import { labelsOf, pressed, replyRefusal } from "./replies.ts";

export async function offerImport(ctx: AdminContext, read: ReadImport): Promise<void> {
  const labels = await labelsOf(ctx);
  if (read.blocking) return sendHtml(ctx, t.importBlocked(read, labels));
  const draft = await ctx.admin.store.drafts.open();
  const plan = importPlan(draft?.release ?? null, read.pending);
  const id = await ctx.admin.store.pendingImports.save(ctx.admin.userId, read.pending);
  const confirm = plan.kind === "new-draft" ? t.buttons.createDraft : t.buttons.importIntoDraft;
  const keyboard = new InlineKeyboard()
    .text(confirm, adminButtonData("import", id))
    .text(t.buttons.cancel, adminButtonData("drop", id));
  await sendHtml(ctx, t.importSummary(read, plan, labels), keyboard);
}

export const pendingImports = new LeanComposer<AdminContext>();

/** The plan is made again at the press: a draft may have been opened or published since. */
pendingImports.callbackQuery(adminButtonTrigger("import"), async (ctx) => {
  const id = Number(ctx.match[1]);
  const { drafts, pendingImports: pending } = ctx.admin.store;
  const waiting = await pending.get(id, ctx.admin.userId);
  if (!waiting) return ctx.answerCallbackQuery({ text: t.staleButton });
  const plan = importPlan((await drafts.open())?.release ?? null, waiting);
  if (plan.kind === "needs-draft") {
    // The import waits, with its button, until there is a draft to take it.
    await ctx.answerCallbackQuery();
    return sendHtml(ctx, t.needsDraft);
  }
  await pressed(ctx);
  // Taken, not read: of two presses of the button only one gets it.
  const taken = await pending.take(id, ctx.admin.userId);
  if (!taken) return;
  await writeImport(ctx, plan, taken);
});

/**
 * Writes a confirmed import where its plan says, and tells the admin; false
 * when the write was refused. A watched source's candidate is written by this too.
 */
export async function writeImport(
  ctx: AdminContext,
  plan: Exclude<ImportPlan, { kind: "needs-draft" }>,
  taken: PendingImport,
): Promise<boolean> {
  const { drafts } = ctx.admin.store;
  const written =
    plan.kind === "new-draft"
      ? await drafts.create(importedMeta(taken, plan.asOf), ctx.admin.actor, taken.data)
      : await drafts.importData(taken.data, ctx.admin.actor);
  if ("refused" in written) {
    await replyRefusal(ctx, written.refused);
    return false;
  }
  await sendHtml(ctx, t.imported(written.ok, taken.data, await labelsOf(ctx)));
  return true;
}

pendingImports.callbackQuery(adminButtonTrigger("drop"), async (ctx) => {
  await pressed(ctx);
  await ctx.admin.store.pendingImports.take(Number(ctx.match[1]), ctx.admin.userId);
  await sendHtml(ctx, t.cancelled);
});
