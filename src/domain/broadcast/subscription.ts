// Who is told about new data, and about what. A subscription belongs to a chat
// (someone's private chat with the bot, a group, a channel) and may narrow the
// news to one region and/or one indicator.

import type { Lang } from "../types.ts";

export const CHAT_KINDS = ["private", "group", "supergroup", "channel"] as const;

export type ChatKind = (typeof CHAT_KINDS)[number];

export interface SubscriptionFilter {
  /** A region code: news with values for it (for a province, also for its regencies and cities). */
  region: string | null;
  /** An indicator slug: news with values of it. */
  indicator: string | null;
}

export const NO_FILTER: SubscriptionFilter = { region: null, indicator: null };

/**
 * Why a chat no longer gets news: someone stopped it, the bot was blocked or
 * removed, may no longer post there (a channel), or the group moved to a new id.
 */
export type InactiveReason = "unsubscribed" | "blocked" | "removed" | "cannot-post" | "migrated";

export interface Subscription {
  chatId: number;
  chatKind: ChatKind;
  /** A group's or channel's title; nothing is kept about a person. */
  title: string | null;
  lang: Lang;
  filter: SubscriptionFilter;
  active: boolean;
  inactiveReason: InactiveReason | null;
}

export interface NewSubscription extends Omit<Subscription, "active" | "inactiveReason"> {
  /** The Telegram user who subscribed the chat. */
  createdBy: number;
}

/** Telegram's ids: groups, supergroups and channels are negative, people positive. */
export function isGroupOrChannel(chatId: number): boolean {
  return chatId < 0;
}
