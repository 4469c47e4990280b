// Which language to reply in. The text decides first: Engine.ask detects the
// language of the question and uses the hint below only when the text gives no
// clue ("IKD Berau"). Messages with no text to read (/start, a pressed button
// whose language is unknown, an apology) use the hint alone.

import type { Context } from "grammy";
import { langFromLocale } from "../config.ts";
import type { Lang } from "../domain/types.ts";

/** The user's Telegram language: "en", "en-GB" → English; anything else → Indonesian. */
export function userLang(ctx: Context): Lang {
  return langFromLocale(ctx.from?.language_code);
}
