// A realistic mix of updates for the whole-stack and load benchmarks:
// questions in private chats, button presses, inline queries, /tanya in a group.

import type { Update } from "grammy/types";
import { questionData } from "../src/bot/callback-data.ts";
import { inlineUpdate, pressUpdate, textUpdate, user } from "../test/bot/harness.ts";
import { corpus } from "./corpus.ts";

/**
 * The i-th update of the mix, from one of `users` users (the flood limit
 * counts per user: enough users keep a load run from being mostly throttled).
 */
export function mixedUpdate(i: number, users = 500): Update {
  const text = corpus[i % corpus.length] as string;
  const from = user(i % 3 === 0 ? "en" : "id", 10_000 + (i % users));
  switch (i % 10) {
    case 7:
      return pressUpdate(
        questionData({ kind: "overview", indicator: "ikd", province: "64" }, "id"),
        from,
      );
    case 8:
      return inlineUpdate(text, from);
    case 9:
      return textUpdate(`/tanya ${text}`, { chat: "group", from });
    default:
      return textUpdate(text, { from });
  }
}
