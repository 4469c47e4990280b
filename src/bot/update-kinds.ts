// Which features an update walks past. Every feature states the kinds of
// update it can act on, in its own file beside its handlers (a handler of a
// new kind means a new kind there, or it never runs); an update is sorted into its kind once, and goes
// through only those features, in the order they were given. A private
// question then passes the admin imports, the questions and the group
// handlers, instead of every command, button and inline handler the bot has.
// An update of a kind not named here goes through every feature, as it would
// without this sorting.

import type { Context, Middleware, MiddlewareFn } from "grammy";
import { LeanComposer } from "./lean-composer.ts";

/**
 * - command: a message that starts with a bot command (grammY's `command`
 *   matches only a bot_command entity at offset 0 of a message's text);
 * - message: any other message (text, files, service messages);
 * - button: a callback query; inline: an inline query;
 * - membership: the bot's own membership of a chat changed.
 */
export type UpdateKind = "command" | "message" | "button" | "inline" | "membership";

export interface Feature<C extends Context> {
  kinds: readonly UpdateKind[];
  middleware: Middleware<C>;
}

export function updateKind(ctx: Context): UpdateKind | undefined {
  const { update } = ctx;
  const message = update.message;
  if (message !== undefined) {
    const startsWithCommand = message.entities?.some(
      (entity) => entity.type === "bot_command" && entity.offset === 0,
    );
    return startsWithCommand ? "command" : "message";
  }
  if (update.callback_query !== undefined) return "button";
  if (update.inline_query !== undefined) return "inline";
  if (update.my_chat_member !== undefined) return "membership";
  return undefined;
}

/**
 * The features as one middleware, each update handed to the features of its
 * kind. Each kind's chain is made when its first update comes: a Worker builds
 * the bot for every request, which is one update of one kind.
 */
export function byKind<C extends Context>(features: readonly Feature<C>[]): MiddlewareFn<C> {
  const routes = new Map<UpdateKind | undefined, MiddlewareFn<C>>();
  return (ctx, next) => {
    const kind = updateKind(ctx);
    let route = routes.get(kind);
    if (route === undefined) {
      const wanted = features.filter((f) => kind === undefined || f.kinds.includes(kind));
      route = new LeanComposer<C>(...wanted.map((f) => f.middleware)).middleware();
      routes.set(kind, route);
    }
    return route(ctx, next);
  };
}
