// /siaran: how the newest broadcasts stand: sent, waiting, failed, and not
// sent because the chat no longer takes news.

import { Composer } from "grammy";
import type { AdminContext } from "../context.ts";
import { sendHtml } from "../reply.ts";
import { broadcastTexts } from "./broadcast-texts.ts";
import { ADMIN_COMMANDS } from "./commands.ts";
import { labelsOf } from "./replies.ts";

/** Enough for a week of releases and corrections, short enough to read on a phone. */
const SHOWN_BROADCASTS = 10;

export const broadcasts = new Composer<AdminContext>();

broadcasts.command(ADMIN_COMMANDS.broadcasts, async (ctx) => {
  const recent = await ctx.admin.store.broadcasts.recent(SHOWN_BROADCASTS);
  await sendHtml(ctx, broadcastTexts.recent(recent, await labelsOf(ctx)));
});
