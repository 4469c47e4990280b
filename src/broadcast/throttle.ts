// Telegram's per-group limit, as one worker keeps it: at most `groupPerMinute`
// to any one group or channel in a sliding minute. The group windows start
// from what the outbox says was sent (by any worker) and add this worker's
// sends since. (The overall rate is the outbox's shared send slots.)

import { isGroupOrChannel } from "../domain/broadcast/subscription.ts";
import type { Clock } from "./clock.ts";

/** The sliding window the per-group limit is counted over. */
export const GROUP_WINDOW_MS = 60_000;

export interface RateLimits {
  groupPerMinute: number;
}

export class Throttle {
  /** Send times per group or channel, oldest first, within the last minute. */
  private groupSends = new Map<number, number[]>();

  constructor(
    private readonly limits: RateLimits,
    private readonly clock: Clock,
  ) {}

  /** When the chat may get its next message: now, or later for a group that had its share. */
  readyAt(chatId: number): number {
    const now = this.clock.now();
    const sends = this.windowOf(chatId, now);
    const limit = this.limits.groupPerMinute;
    const oldestCounted = sends[sends.length - limit];
    return oldestCounted === undefined ? now : oldestCounted + GROUP_WINDOW_MS;
  }

  /** Counted when the send starts: a window of sends may have several to one group in flight. */
  sent(chatId: number): void {
    if (!isGroupOrChannel(chatId)) return;
    const now = this.clock.now();
    this.groupSends.set(chatId, [...this.windowOf(chatId, now), now]);
  }

  /** Starts the group windows again from the outbox's record of the last minute. */
  recall(sends: { chatId: number; sentAt: number }[]): void {
    this.groupSends = new Map();
    for (const { chatId, sentAt } of [...sends].sort((a, b) => a.sentAt - b.sentAt)) {
      this.groupSends.set(chatId, [...(this.groupSends.get(chatId) ?? []), sentAt]);
    }
  }

  private windowOf(chatId: number, now: number): number[] {
    return (this.groupSends.get(chatId) ?? []).filter((at) => at > now - GROUP_WINDOW_MS);
  }
}
