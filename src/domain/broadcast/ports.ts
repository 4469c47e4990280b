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

// Port: the outbox as the delivery worker uses it. A worker claims due
// deliveries under a lease (a token of its own and a time it holds them
// until); every later call names the lease, and a delivery whose lease was
// lost to another worker is left alone. Times are epoch milliseconds.
export interface BroadcastToSend {
  id: number;
  kind: BroadcastKind;
  release: Release;
  correction: CorrectionDetail | null;
  /** The admin told how it went; null when nobody is (the CLI). */
  notify: number | null;
}

export interface ClaimedDelivery {
  id: number;
  chatId: number;
  /** Attempts so far, this one included. */
  attempts: number;
  broadcast: BroadcastToSend;
  /** As it is now; null when the chat has none any more. */
  subscription: Pick<Subscription, "chatKind" | "lang" | "filter" | "active"> | null;
}

/** A broadcast with nothing left to deliver, whose summary this worker now owes. */
export interface FinishedBroadcast extends BroadcastState {
  /** The admin to tell; null when nobody is to be told. */
  notify: number | null;
}

export interface ClaimRequest {
  lease: string;
  now: number;
  leaseUntil: number;
  /** At most this many deliveries... */
  limit: number;
  /** ...and the summaries of at most this many finished broadcasts. */
  summaries: number;
  /** Messages sent to groups and channels since then come back, for their per-minute limit. */
  groupSendsSince: number;
  /**
   * The overall rate, shared by every worker and process on the database: each
   * delivery claimed takes the next send slot, this far after the one before.
   */
  slotMs: number;
}

export interface Claim {
  /** Oldest first. */
  deliveries: ClaimedDelivery[];
  groupSends: { chatId: number; sentAt: number }[];
  finished: FinishedBroadcast[];
  /** When the first delivery claimed may be sent; the nth, (n - 1) × slotMs later. */
  firstSlot: number;
}

export interface DeliveryState {
  status: "pending" | "sending" | "sent" | "failed" | "inactive";
  /** When a waiting delivery may go: its retry time, or the end of a pause if later. */
  nextAttemptAt: number;
}

export interface Outbox {
  /**
   * Read only, so a look that finds nothing writes nothing: whether a claim now
   * would find a due delivery or an owed summary (false while delivery is
   * paused), and when the next waiting delivery comes due (null: none waits).
   */
  due(now: number): Promise<{ now: boolean; next: number | null }>;
  /** One round trip: due deliveries (waiting, or leased by a worker whose lease ran out). */
  claim(request: ClaimRequest): Promise<Claim>;
  sent(id: number, lease: string, messageId: number, at: number): Promise<void>;
  /** Tried and failed for now: again at `at`. */
  retry(id: number, lease: string, at: number, error: string): Promise<void>;
  /** Not tried (Telegram or a rate limit said not yet): again at `at`, the attempt not counted. */
  defer(id: number, lease: string, at: number, reason: string): Promise<void>;
  /** Failed for good. */
  fail(id: number, lease: string, error: string): Promise<void>;
  /** Not sent: the chat no longer takes news. With `reason`, its subscription stops too. */
  drop(id: number, lease: string, chatId: number, reason?: InactiveReason): Promise<void>;
  /** The group became a supergroup: its subscription moves, and this delivery is due there at once. */
  move(id: number, lease: string, from: number, to: number): Promise<void>;
  /** Deliveries still leased and not tried go back to waiting, their attempt not counted. */
  release(lease: string): Promise<void>;
  /**
   * A queue consumer's claim: only the deliveries named, if they are still
   * handed to the queue or waiting and due; one sent already or taken by
   * another consumer is left out.
   */
  claimNamed(request: ClaimRequest, ids: number[]): Promise<Claim>;
  /** Where the named deliveries stand: a queue consumer acks or delays its messages by it. */
  states(ids: number[]): Promise<Map<number, DeliveryState>>;
  /** A queue gave up on these (its dead-letter queue): failed, unless sent or settled meanwhile. */
  failUnsettled(ids: number[], error: string): Promise<void>;
  /** Telegram refused the bot itself (401, 404): no delivery is claimed until then. */
  pause(until: number): Promise<void>;
}
