// Replies shared by the admin features: labels for the current reference data,
// refusals and input problems (each naming what is wrong and how to fix it),
// and the answer to a pressed button.

import type { AdminAction } from "../../domain/admin/commands.ts";
import type { Refusal } from "../../domain/admin/ports.ts";
import { adminTexts as t } from "../../domain/messages/id/admin.ts";
import { type Labels, labelsFor } from "../../domain/messages/labels.ts";
import type { BotContext } from "../context.ts";
import { removeButtons, sendHtml } from "../reply.ts";

export async function labelsOf(ctx: BotContext): Promise<Labels> {
  return labelsFor(await ctx.engine.lexicon());
}

export async function replyRefusal(ctx: BotContext, refusal: Refusal): Promise<void> {
  await sendHtml(ctx, t.refusal(refusal, await labelsOf(ctx)));
}

export async function replyProblems(
  ctx: BotContext,
  problems: string[],
  action: AdminAction,
): Promise<void> {
  await sendHtml(ctx, t.problems(problems, action, await labelsOf(ctx)));
}

/** A button press that acts: acknowledged at once, its buttons removed so it cannot act twice. */
export async function pressed(ctx: BotContext): Promise<void> {
  await ctx.answerCallbackQuery();
  await removeButtons(ctx);
}
