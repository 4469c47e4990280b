// The notice subscribers get when a published value is corrected: which value,
// before and after, why, and the release it belongs to.

import { citedReleases } from "../answer.ts";
import type { Html } from "../html.ts";
import type { Lexicon } from "../lexicon.ts";
import { render } from "../render.ts";
import type { Lang, Release } from "../types.ts";
import type { CorrectionDetail } from "./ports.ts";

/** Telegram HTML. */
export function correctionNotice(
  release: Release,
  correction: CorrectionDetail,
  lexicon: Lexicon,
  lang: Lang,
): Html {
  const blocks = [{ type: "correction" as const, release, ...correction }];
  return render({ blocks, cited: citedReleases(blocks, [release]), choices: [] }, lang, lexicon);
}
