// What subscriptions and broadcasts need from storage. The store implements
// these over libSQL; the bot, the CLI and the delivery worker use them
// without knowing SQL.

import type { Release } from "../types.ts";
import type { InactiveReason, NewSubscription, Subscription } from "./subscription.ts";

export interface Subscriptions {
  find(chatId: number): Promise<Subscription | null>;
  /** Subscribes the chat, or changes its subscription: active, with these filters and language. */
  subscribe(subscription: NewSubscription): Promise<void>;
  /** False when the chat had no active subscription. */
  unsubscribe(chatId: number): Promise<boolean>;
  /** The bot can no longer post there: blocked, removed, or no longer allowed to post. */
  deactivate(chatId: number, reason: InactiveReason): Promise<void>;
  /** A group became a supergroup: its subscription and its waiting deliveries move to the new id. */
  moveChat(from: number, to: number): Promise<void>;
}

export type BroadcastKind = "release" | "correction";

/**
 * pending: waiting (perhaps until a retry time); sending: leased by a worker;
 * sent; failed: for good; inactive: not sent because the chat no longer takes
 * news (blocked, removed, unsubscribed).
 */
export const DELIVERY_STATUSES = ["pending", "sending", "sent", "failed", "inactive"] as const;

/**
 * A correction to published data, as recorded. Made by the admin features
 * (Corrections) and told to subscribers (the correction notice).
 */
export interface CorrectionRecorded {
  release: Release;
  indicator: string;
  region: string;
  old: number;
  new: number;
  reason: string | null;
}

/** What a correction notice says: the corrected value, before and after, and why. */
export type CorrectionDetail = Omit<CorrectionRecorded, "release">;

export interface DeliveryCounts {
  /** Not done yet: waiting or being sent. */
  pending: number;
  sent: number;
  failed: number;
  inactive: number;
}

export interface BroadcastState {
  id: number;
  kind: BroadcastKind;
  release: { id: number; title: string };
  correction: CorrectionDetail | null;
  createdAt: string;
  counts: DeliveryCounts;
}

/**
 * Broadcasts are enqueued by statements that run in the batch of the write they
 * announce (a publication, a correction): both happen, or neither. `notify` is
 * the admin told how delivery went; null when nobody is to be told (the CLI).
 */
export interface Broadcasts<Statement = unknown> {
  forRelease(releaseId: number, notify: number | null): Statement[];
  forCorrection(correction: CorrectionRecorded, notify: number | null): Statement[];
  /** The newest broadcasts first, with how their deliveries stand. */
  recent(limit: number): Promise<BroadcastState[]>;
  /**
   * A broadcast's failed deliveries waiting again (attempts from zero) and its
   * summary owed again; how many. Null when there is no such broadcast.
   */
  retryFailed(broadcastId: number): Promise<number | null>;
}
