// A per-user limit on messages and button presses (@grammyjs/ratelimiter).
// The first update over the limit gets one polite notice (a button press gets
// it as a toast), the rest of the flood is dropped; groups get no notice at
// all, so a flood there adds no noise. Inline queries are not limited: Telegram
// sends one per keystroke and caches the answers itself.

import { limit } from "@grammyjs/ratelimiter";
import type { MiddlewareFn } from "grammy";
import { textsFor } from "../domain/messages/bot-texts.ts";
import type { BotContext } from "./context.ts";
import { userLang } from "./language.ts";

export interface FloodLimit {
  /** Updates a user may send per window... */
  updates: number;
  /** ...of this many milliseconds. */
  windowMs: number;
}

export const DEFAULT_FLOOD_LIMIT: FloodLimit = { updates: 3, windowMs: 2000 };

/**
 * `counter` holds the hits: a Worker makes its bot per request, so it passes
 * one counter kept for the isolate's life, or the limit would forget each update.
 */
export function floodLimit(
  { updates, windowMs }: FloodLimit,
  counter = new FloodCounter(),
): MiddlewareFn<BotContext> {
  return limit<BotContext, FloodCounter>({
    limit: updates,
    timeFrame: windowMs,
    storageClient: counter,
    keyGenerator: (ctx) => (ctx.message || ctx.callbackQuery ? ctx.from?.id.toString() : undefined),
    onLimitExceeded: slowDownNotice,
  });
}

async function slowDownNotice(ctx: BotContext): Promise<void> {
  const text = textsFor(userLang(ctx)).slowDown;
  if (ctx.callbackQuery) await ctx.answerCallbackQuery({ text });
  else if (ctx.chat?.type === "private") await ctx.reply(text);
}

/**
 * Hit counts that expire by the clock instead of a timer. The plugin's own
 * memory store clears itself with a Node-only unref'd interval, which breaks
 * on Workers; this store speaks the plugin's Redis interface (incr, pexpire)
 * and forgets expired keys as hits arrive, so it holds only the users of the
 * current window.
 */
export class FloodCounter {
  private readonly counts = new Map<string, Count>();
  /**
   * The counts in the order their windows started, oldest at `head`. Every
   * window is as long, so they expire in about that order: the sweep stops at
   * the first count still running instead of walking every user of the window
   * on every update. (Walking the map itself from its start would step over
   * every slot its deletions left, until the map is rebuilt.)
   */
  private queue: Count[] = [];
  private head = 0;

  async incr(key: string): Promise<number> {
    const now = Date.now();
    this.forgetExpired(now);
    let count = this.counts.get(key);
    if (count === undefined || count.expiresAt <= now) {
      // No expiry until pexpire, which the plugin calls right after a key's first hit.
      count = { key, hits: 0, expiresAt: Infinity };
      this.counts.set(key, count);
      this.queue.push(count);
    }
    count.hits += 1;
    return count.hits;
  }

  async pexpire(key: string, milliseconds: number): Promise<number> {
    const count = this.counts.get(key);
    if (count) count.expiresAt = Date.now() + milliseconds;
    return count ? 1 : 0;
  }

  /** A count whose pexpire is still to come stops the sweep too: the next hit sweeps on. */
  private forgetExpired(now: number): void {
    const { queue, counts } = this;
    while (this.head < queue.length) {
      const oldest = queue[this.head] as Count;
      if (oldest.expiresAt > now) break;
      // A key that started again has a newer count, further back in the queue.
      if (counts.get(oldest.key) === oldest) counts.delete(oldest.key);
      this.head += 1;
    }
    // Dropping the swept part now and then keeps the queue as short as the window.
    if (this.head > 64 && this.head * 2 > queue.length) {
      this.queue = queue.slice(this.head);
      this.head = 0;
    }
  }
}

interface Count {
  key: string;
  hits: number;
  /** Infinity until the plugin's pexpire. */
  expiresAt: number;
}
