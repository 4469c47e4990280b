// Every reply is Telegram HTML (the domain renders it so), so sendMessage and
// editMessageText default to parse_mode HTML; link previews are off, since the
// only links are sources under the numbers.

import type { Context, MiddlewareFn, Transformer } from "grammy";

const FORMATTED_METHODS = new Set(["sendMessage", "editMessageText"]);

const htmlByDefault: Transformer = (prev, method, payload, signal) => {
  if (!FORMATTED_METHODS.has(method) || "parse_mode" in payload) {
    return prev(method, payload, signal);
  }
  const html = { parse_mode: "HTML", link_preview_options: { is_disabled: true }, ...payload };
  return prev(method, html as typeof payload, signal);
};

/**
 * Installs the default on each update's API rather than on bot.api: a
 * transformer installed there after the bot is built (the console's offline
 * API, tests) runs before earlier ones, and would otherwise see payloads
 * without the parse mode Telegram gets.
 */
export function useHtmlByDefault(): MiddlewareFn<Context> {
  return (ctx, next) => {
    ctx.api.config.use(htmlByDefault);
    return next();
  };
}
