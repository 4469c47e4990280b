// /siaran: how the newest broadcasts stand: sent, waiting, failed, and not
// sent because the chat no longer takes news. A broadcast with failed
// deliveries gets a button that puts them back to be sent again.

import { InlineKeyboard } from "grammy";
import { adminButtonData, adminButtonTrigger } from "../../domain/admin/callback-data.ts";
import { ADMIN_COMMANDS } from "../../domain/admin/commands.ts";
import { broadcastTexts } from "../../domain/messages/id/broadcast.ts";
import type { AdminContext } from "../context.ts";
import { LeanComposer } from "../lean-composer.ts";
import { sendHtml } from "../reply.ts";
import { labelsOf, pressed } from "./replies.ts";

/** Enough for a week of releases and corrections, short enough to read on a phone. */
const SHOWN_BROADCASTS = 10;

export const broadcasts = new LeanComposer<AdminContext>();

broadcasts.command(ADMIN_COMMANDS.broadcasts, async (ctx) => {
  const recent = await ctx.admin.store.broadcasts.recent(SHOWN_BROADCASTS);
  const withFailures = recent.filter((b) => b.counts.failed > 0);
  const keyboard =
    withFailures.length === 0
      ? undefined
      : InlineKeyboard.from(
          withFailures.map((b) => [
            InlineKeyboard.text(broadcastTexts.retryButton(b), adminButtonData("retry", b.id)),
          ]),
        );
  await sendHtml(ctx, broadcastTexts.recent(recent, await labelsOf(ctx)), keyboard);
});

broadcasts.callbackQuery(adminButtonTrigger("retry"), async (ctx) => {
  await pressed(ctx);
  const id = Number(ctx.match[1]);
  const retried = await ctx.admin.store.broadcasts.retryFailed(id);
  if (retried !== null && retried > 0) ctx.admin.deliverNow?.();
  await sendHtml(ctx, broadcastTexts.retried(id, retried));
});
