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
  private readonly counts = new Map<string, { hits: number; expiresAt: number }>();

  async incr(key: string): Promise<number> {
    const now = Date.now();
    this.forgetExpired(now);
    const held = this.counts.get(key);
    // No expiry until pexpire, which the plugin calls right after a key's first hit.
    const entry =
      held !== undefined && held.expiresAt > now ? held : { hits: 0, expiresAt: Infinity };
    if (entry !== held) {
      // Deleted first, so that a key that starts again goes to the end of the order.
      this.counts.delete(key);
      this.counts.set(key, entry);
    }
    entry.hits += 1;
    return entry.hits;
  }

  /**
   * Keys are kept in the order of their first hit, and every window is as long,
   * so they expire in about that order: the sweep stops at the first key still
   * counting instead of walking every user of the window on every update.
   * (A key whose pexpire is still to come is stepped over.)
   */
  private forgetExpired(now: number): void {
    for (const [key, entry] of this.counts) {
      if (entry.expiresAt <= now) this.counts.delete(key);
      else if (entry.expiresAt !== Infinity) return;
    }
  }

  async pexpire(key: string, milliseconds: number): Promise<number> {
    const entry = this.counts.get(key);
    if (entry) entry.expiresAt = Date.now() + milliseconds;
    return entry ? 1 : 0;
  }
}
