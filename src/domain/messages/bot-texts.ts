// The bot's own words, one set per language (id/bot.ts, en/bot.ts). Answers
// come from the domain's messages; these are only what the chat around an
// answer needs. Written without <, > and &: they go out with the HTML parse
// mode like every reply. Arguments (names, typed text) arrive already escaped.

import type { Html } from "../html.ts";
import type { Forgotten } from "../privacy.ts";
import type { Lang } from "../types.ts";
import { enBot } from "./en/bot.ts";
import { idBot } from "./id/bot.ts";

/** Replies about subscriptions; `about` describes a filter: " about IKD in Kota Bontang". */
export interface SubscriptionTexts {
  /** A filter, from escaped names: "" when there is none. */
  about(indicator: Html | null, region: Html | null): Html;
  subscribed(about: Html): Html;
  current(about: Html): Html;
  unsubscribed: Html;
  notSubscribed: Html;
  groupAdminsOnly: Html;
  unknownFilter(typed: Html): Html;
  channelUsage: Html;
  channelNotFound(channel: Html): Html;
  channelAdminsOnly(channel: Html): Html;
  channelCannotPost(channel: Html): Html;
  channelSubscribed(channel: Html, about: Html): Html;
}

/** /hapusdata: what is stored, a button to delete it, and what was deleted. */
export interface ForgetTexts {
  prompt: Html;
  button: string;
  /** What was deleted, then what was kept and why. */
  done(forgotten: Forgotten): Html;
  privateOnly: Html;
}

export interface BotTexts {
  welcome: Html;
  /** The reply to a photo, sticker, voice message or file in a private chat. */
  textOnly: Html;
  /** The terminal chat's reply to a command that only works on Telegram. */
  telegramOnly(command: Html): Html;
  apology: Html;
  slowDown: Html;
  staleButton: string;
  ranking: string;
  overview: string;
  allIndicators: string;
  allRegions: string;
  /** Under every broadcast message, except in channels. */
  stopNews: Html;
  subscription: SubscriptionTexts;
  forget: ForgetTexts;
}

const TEXTS: Record<Lang, BotTexts> = { id: idBot, en: enBot };

export function textsFor(lang: Lang): BotTexts {
  return TEXTS[lang];
}
