// /riwayat: the newest changes, one line each.

import { ADMIN_COMMANDS } from "../../domain/admin/commands.ts";
import { adminTexts as t } from "../../domain/messages/id/admin.ts";
import type { AdminContext } from "../context.ts";
import { LeanComposer } from "../lean-composer.ts";
import { sendHtml } from "../reply.ts";
import { labelsOf } from "./replies.ts";

/** Enough to see what happened today, short enough to read on a phone. */
const SHOWN_CHANGES = 20;

export const history = new LeanComposer<AdminContext>();

history.command(ADMIN_COMMANDS.history, async (ctx) => {
  const entries = await ctx.admin.store.history.recent(SHOWN_CHANGES);
  await sendHtml(ctx, t.history(entries, await labelsOf(ctx)));
});
