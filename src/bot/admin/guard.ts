// Who may use the admin features, checked before any of them runs. Admin
// commands and buttons are refused in groups, even to admins; in private
// chats, to anyone who is not an owner (ADMIN_USER_IDS) or an editor (in the
// database). A forwarded command counts as the forwarder's, a button as its
// presser's. A pasted press release and a document are admin features only for
// admins; from anyone else a press release is a question like any other text,
// and a document gets the reply every non-text message gets.

import { Context, type MiddlewareFn } from "grammy";
import { ADMIN_BUTTON } from "../../domain/admin/callback-data.ts";
import { ADMIN_COMMAND_NAMES } from "../../domain/admin/commands.ts";
import type { Html } from "../../domain/html.ts";
import { looksLikePressRelease } from "../../domain/import/press-release.ts";
import { adminTexts as t } from "../../domain/messages/id/admin.ts";
import { isWebAddress } from "../../domain/watch/source-arguments.ts";
import type { AdminContext, AdminDeps, BotContext } from "../context.ts";
import { quoteInGroups } from "../reply.ts";

// Built once: ctx.hasCommand(names) would build the same checks again on every update.
const isAdminCommand = Context.has.command(ADMIN_COMMAND_NAMES);
const isAdminButton = Context.has.callbackQuery(ADMIN_BUTTON);

export function isAdminRequest(ctx: BotContext): boolean {
  return isAdminCommand(ctx) || isAdminButton(ctx);
}

/** A file sent in a private chat: an import from an admin; from anyone else, not something the bot reads. */
export function isPrivateDocument(ctx: BotContext): boolean {
  return ctx.chat?.type === "private" && ctx.message?.document !== undefined;
}

/** A private message that is only a web address: an admin's is a page to read as an import. */
export function isPrivateLink(ctx: BotContext): boolean {
  const text = ctx.message?.text;
  return ctx.chat?.type === "private" && text !== undefined && isWebAddress(text.trim());
}

export function isPressReleaseText(ctx: BotContext): boolean {
  const text = ctx.message?.text;
  return ctx.chat?.type === "private" && text !== undefined && looksLikePressRelease(text);
}

/** A percentage, as press releases write them: "4,48%", "60 persen". */
const FIGURE = /\d(?:[.,]\d+)?\s*(?:%|persen\b|percent\b)/i;

/**
 * Private text with a percentage that is not a command: when an admin sends
 * it and it does not read as a press release, the answer to it as a question
 * comes with a hint that /impor reads whatever it is given.
 */
export function mentionsFigures(ctx: BotContext): boolean {
  const text = ctx.message?.text;
  return (
    ctx.chat?.type === "private" && text !== undefined && !text.startsWith("/") && FIGURE.test(text)
  );
}

export function isAdmin(ctx: BotContext): ctx is AdminContext {
  return ctx.admin !== undefined;
}

/** Marks the update as an admin's when its sender is an owner or an editor. */
export function identifyAdmin(
  deps: AdminDeps,
  ownerIds: readonly number[],
): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    const userId = ctx.from?.id;
    if (userId !== undefined && ctx.admin === undefined) {
      const isOwner = ownerIds.includes(userId);
      if (isOwner || (await deps.store.editors.isEditor(userId))) {
        ctx.admin = { ...deps, userId, actor: `tg:${userId}`, isOwner };
      }
    }
    await next();
  };
}

/** Admin work is private: in a group, even an admin's command is only refused. */
export const refuseOutsidePrivateChats: MiddlewareFn<BotContext> = async (ctx, next) => {
  if (ctx.chat?.type === "private") return next();
  await refuse(ctx, t.privateOnly);
};

export const refuseNonAdmins: MiddlewareFn<BotContext> = async (ctx, next) => {
  if (isAdmin(ctx)) return next();
  await refuse(ctx, t.notAdmin);
};

async function refuse(ctx: BotContext, text: Html): Promise<void> {
  if (ctx.callbackQuery) await ctx.answerCallbackQuery({ text, show_alert: true });
  else await ctx.reply(text, quoteInGroups(ctx));
}
