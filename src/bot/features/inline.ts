// Inline mode: answers offered as articles in any chat. Results are the same
// for everyone asking the same words, so Telegram may cache and share them.

import type { BotContext } from "../context.ts";
import { inlineResults } from "../inline-results.ts";
import { userLang } from "../language.ts";
import { LeanComposer } from "../lean-composer.ts";
import type { Feature } from "../update-kinds.ts";

/** Seconds Telegram may reuse results: data changes with releases, days apart. */
const CACHE_SECONDS = 300;

const inline = new LeanComposer<BotContext>();

inline.on("inline_query", async (ctx) => {
  const results = await inlineResults(ctx.engine, ctx.inlineQuery.query.trim(), userLang(ctx));
  await ctx.answerInlineQuery(results, { cache_time: CACHE_SECONDS, is_personal: false });
});

export const inlineFeature: Feature<BotContext> = { kinds: ["inline"], middleware: inline };
