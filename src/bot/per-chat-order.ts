// Each chat's updates one at a time, in order, while different chats' run
// concurrently (polling with grammY's runner). The runner ships the same
// middleware (sequentialize), but its package imports Node's worker_threads,
// which the Worker bundle cannot hold; this is the small part needed.

import type { MiddlewareFn } from "grammy";
import type { BotContext } from "./context.ts";

export function perChatOrder(): MiddlewareFn<BotContext> {
  /** The last update taken on per chat, until it is done. */
  const tails = new Map<number, Promise<void>>();
  return async (ctx, next) => {
    const key = (ctx.chat ?? ctx.from)?.id;
    if (key === undefined) return next();
    const before = tails.get(key);
    let done = () => {};
    const tail = new Promise<void>((resolve) => {
      done = resolve;
    });
    tails.set(key, tail);
    try {
      if (before !== undefined) await before;
      await next();
    } finally {
      done();
      if (tails.get(key) === tail) tails.delete(key);
    }
  };
}
