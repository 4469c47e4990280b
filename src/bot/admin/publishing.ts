// /terbitkan and /buang ask first, with a button; the button (or the one under
// a preview) acts. Each button names the draft it was made for, so a button
// left over from an earlier draft refuses instead of acting on the new one, and
// the revision of the draft it showed, so a draft changed since is refused too.
// Publishing also tells the subscribers (src/broadcast delivers).

import { InlineKeyboard } from "grammy";
import {
  adminButtonData,
  adminButtonTrigger,
  draftButtonData,
  pressedDraft,
} from "../../domain/admin/callback-data.ts";
import { ADMIN_COMMANDS } from "../../domain/admin/commands.ts";
import { adminTexts as t } from "../../domain/messages/id/admin.ts";
import type { AdminContext } from "../context.ts";
import { LeanComposer } from "../lean-composer.ts";
import { sendHtml } from "../reply.ts";
import { labelsOf, pressed, replyRefusal } from "./replies.ts";

export const publishing = new LeanComposer<AdminContext>();

publishing.command(ADMIN_COMMANDS.publish, async (ctx) => {
  const draft = await ctx.admin.store.drafts.open();
  if (!draft) return replyRefusal(ctx, { reason: "no-draft" });
  const keyboard = new InlineKeyboard()
    .text(t.buttons.confirmPublish, draftButtonData("publish", draft))
    .text(t.buttons.cancel, adminButtonData("cancel"));
  await sendHtml(ctx, t.confirmPublish(draft, await labelsOf(ctx)), keyboard);
});

publishing.command(ADMIN_COMMANDS.discard, async (ctx) => {
  const draft = await ctx.admin.store.drafts.open();
  if (!draft) return replyRefusal(ctx, { reason: "no-draft" });
  const keyboard = new InlineKeyboard()
    .text(t.buttons.confirmDiscard, draftButtonData("discard", draft))
    .text(t.buttons.cancel, adminButtonData("cancel"));
  await sendHtml(ctx, t.confirmDiscard(draft, await labelsOf(ctx)), keyboard);
});

publishing.callbackQuery(adminButtonTrigger("publish"), async (ctx) => {
  await pressed(ctx);
  const { admin } = ctx;
  // The news to subscribers is enqueued in the publication's own batch: both or neither.
  const published = await admin.store.drafts.publish(pressedDraft(ctx.match), admin.actor, (id) =>
    admin.store.broadcasts.forRelease(id, admin.userId),
  );
  if ("refused" in published) return replyRefusal(ctx, published.refused);
  admin.deliverNow?.();
  await sendHtml(ctx, t.published(published.ok, await labelsOf(ctx)));
});

publishing.callbackQuery(adminButtonTrigger("discard"), async (ctx) => {
  await pressed(ctx);
  const discarded = await ctx.admin.store.drafts.discard(pressedDraft(ctx.match), ctx.admin.actor);
  if ("refused" in discarded) return replyRefusal(ctx, discarded.refused);
  await sendHtml(ctx, t.discarded(discarded.ok, await labelsOf(ctx)));
});

publishing.callbackQuery(adminButtonTrigger("cancel"), async (ctx) => {
  await pressed(ctx);
  await sendHtml(ctx, t.cancelled);
});
