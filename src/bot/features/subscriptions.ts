// /langganan and /berhenti (/subscribe, /unsubscribe): news of new releases
// for the chat they are sent in, in the language of the alias used.
// "/langganan" alone subscribes (to everything) or, when subscribed, shows
// what; with words it chooses: a region, an indicator or both, read strictly.
// In a private chat anyone decides; in a group only its admins do, though
// anyone may see what it gets. /langganan_kanal @channel registers a channel,
// for its admins, once the bot may post there.

import { type CommandContext, GrammyError } from "grammy";
import { readFilter } from "../../domain/broadcast/filter.ts";
import type { Subscriptions } from "../../domain/broadcast/ports.ts";
import { NO_FILTER, type SubscriptionFilter } from "../../domain/broadcast/subscription.ts";
import { escapeHtml } from "../../domain/format.ts";
import type { Html } from "../../domain/html.ts";
import type { Lexicon } from "../../domain/lexicon.ts";
import { textsFor } from "../../domain/messages/bot-texts.ts";
import type { Lang } from "../../domain/types.ts";
import { canPostIn, isChatAdmin } from "../chat-admin.ts";
import { COMMANDS } from "../commands.ts";
import type { BotContext } from "../context.ts";
import { LeanComposer } from "../lean-composer.ts";
import { quoteInGroups } from "../reply.ts";
import type { Feature } from "../update-kinds.ts";

/** Not in the menu: few users own a channel. */
const CHANNEL_COMMANDS: Record<Lang, string> = { id: "langganan_kanal", en: "subscribe_channel" };

/** @username, or the numeric id of a channel without one. */
const CHANNEL = /^(@\w{4,}|-100\d+)$/;

export function subscriptionCommands(store: Subscriptions): Feature<BotContext> {
  const feature = new LeanComposer<BotContext>();
  for (const lang of Object.keys(COMMANDS) as Lang[]) {
    for (const { command, action } of COMMANDS[lang]) {
      if (action === "subscribe") feature.command(command, (ctx) => subscribe(ctx, store, lang));
      if (action === "unsubscribe")
        feature.command(command, (ctx) => unsubscribe(ctx, store, lang));
    }
    feature.command(CHANNEL_COMMANDS[lang], (ctx) => subscribeChannel(ctx, store, lang));
  }
  // Commands only.
  return { kinds: ["command"], middleware: feature };
}

type Command = CommandContext<BotContext>;

async function subscribe(ctx: Command, store: Subscriptions, lang: Lang): Promise<void> {
  const { chat, from } = ctx;
  if (chat.type === "channel" || !from) return;
  const t = textsFor(lang).subscription;
  const lexicon = await ctx.engine.lexicon();
  const typed = ctx.match.trim();
  let filter = NO_FILTER;
  if (typed === "") {
    const current = await store.find(chat.id);
    if (current?.active) return reply(ctx, t.current(about(current.filter, lexicon, lang)));
  }
  // Whoever may not change the subscription gets no reading of their words.
  if (!(await mayManage(ctx))) return reply(ctx, t.groupAdminsOnly);
  if (typed !== "") {
    const reading = readFilter(typed, lexicon);
    if ("unknown" in reading) return reply(ctx, t.unknownFilter(escapeHtml(reading.unknown)));
    filter = reading.ok;
  }
  await store.subscribe({
    chatId: chat.id,
    chatKind: chat.type,
    title: chat.type === "private" ? null : chat.title,
    lang,
    filter,
    createdBy: from.id,
  });
  await reply(ctx, t.subscribed(about(filter, lexicon, lang)));
}

async function unsubscribe(ctx: Command, store: Subscriptions, lang: Lang): Promise<void> {
  const { chat } = ctx;
  if (chat.type === "channel") return;
  const t = textsFor(lang).subscription;
  if (!(await mayManage(ctx))) return reply(ctx, t.groupAdminsOnly);
  await reply(ctx, (await store.unsubscribe(chat.id)) ? t.unsubscribed : t.notSubscribed);
}

async function subscribeChannel(ctx: Command, store: Subscriptions, lang: Lang): Promise<void> {
  const { from } = ctx;
  if (!from) return;
  const t = textsFor(lang).subscription;
  const [channel = "", ...words] = ctx.match.trim().split(/\s+/);
  if (!CHANNEL.test(channel)) return reply(ctx, t.channelUsage);
  const lexicon = await ctx.engine.lexicon();
  const reading = words.length === 0 ? { ok: NO_FILTER } : readFilter(words.join(" "), lexicon);
  if ("unknown" in reading) return reply(ctx, t.unknownFilter(escapeHtml(reading.unknown)));
  const named = escapeHtml(channel);
  const found = await refusedAsUnknown(ctx.api.getChat(channel));
  if (found === null || found.type !== "channel") return reply(ctx, t.channelNotFound(named));
  if (!(await refusedAsUnknown(canPostIn(ctx.api, found.id, ctx.me.id)))) {
    return reply(ctx, t.channelCannotPost(named));
  }
  if (!(await refusedAsUnknown(isChatAdmin(ctx.api, found.id, from.id)))) {
    return reply(ctx, t.channelAdminsOnly(named));
  }
  await store.subscribe({
    chatId: found.id,
    chatKind: "channel",
    title: found.title,
    lang,
    filter: reading.ok,
    createdBy: from.id,
  });
  await reply(ctx, t.channelSubscribed(escapeHtml(found.title), about(reading.ok, lexicon, lang)));
}

/** Anyone in a private chat; in a group, its admins (an anonymous admin posts as the group). */
async function mayManage(ctx: Command): Promise<boolean> {
  const { chat, from } = ctx;
  if (chat.type === "private") return true;
  if (ctx.message?.sender_chat?.id === chat.id) return true;
  return from !== undefined && isChatAdmin(ctx.api, chat.id, from.id);
}

/**
 * Telegram refuses to say anything about a chat the bot cannot see (400 chat
 * not found, 403): for the user, that chat is as good as unknown.
 */
async function refusedAsUnknown<T>(call: Promise<T>): Promise<T | null> {
  try {
    return await call;
  } catch (error) {
    if (error instanceof GrammyError && (error.error_code === 400 || error.error_code === 403)) {
      return null;
    }
    throw error;
  }
}

function about(filter: SubscriptionFilter, lexicon: Lexicon, lang: Lang): Html {
  const indicator = filter.indicator ? lexicon.indicatorBySlug.get(filter.indicator) : undefined;
  const region = filter.region ? lexicon.regionByCode.get(filter.region) : undefined;
  return textsFor(lang).subscription.about(
    indicator ? escapeHtml(lang === "id" ? indicator.shortId : indicator.shortEn) : null,
    region ? escapeHtml(region.name) : null,
  );
}

async function reply(ctx: BotContext, text: Html): Promise<void> {
  await ctx.reply(text, quoteInGroups(ctx));
}
