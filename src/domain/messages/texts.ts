// Where every user-facing text lives: one folder per language, one file per
// area (id/answers.ts and en/answers.ts, id/bot.ts and en/bot.ts…). The areas
// spoken in both languages share one type here, so a key missing in one
// language fails the typecheck (and test/domain/texts.test.ts checks none is
// empty). Two areas have one language by design: the admin features,
// broadcast summaries, watched sources and /belumterjawab speak Indonesian,
// the data staff's language (id/admin.ts, id/broadcast.ts, id/sources.ts,
// id/unanswered.ts); the CLI speaks English, an operator's tool (en/cli.ts).
// Import problems are both: the admins read them in Indonesian, the CLI in
// English (id/import.ts, en/import.ts).

import { type ChartTexts, chartTexts } from "../charts/chart-texts.ts";
import type { ImportTexts } from "../import/import-reason.ts";
import type { Lang } from "../types.ts";
import type { BotTexts } from "./bot-texts.ts";
import { en } from "./en/answers.ts";
import { enBot } from "./en/bot.ts";
import { enImport } from "./en/import.ts";
import { id } from "./id/answers.ts";
import { idBot } from "./id/bot.ts";
import { idImport } from "./id/import.ts";
import type { Messages } from "./messages.ts";

/** The texts of one language, by area. */
export interface Texts {
  /** The sentences of answers (render.ts). */
  answers: Messages;
  /** The chat around answers: welcome, subscriptions, /hapusdata. */
  bot: BotTexts;
  /** Chart titles, labels and captions. */
  charts: ChartTexts;
  /**
   * Why an import, a CSV line or a figure was refused or skipped: Indonesian
   * for the admins in Telegram, English for the CLI (import, eval, watch summaries).
   */
  import: ImportTexts;
}

export const TEXTS: Record<Lang, Texts> = {
  id: { answers: id, bot: idBot, charts: chartTexts("id"), import: idImport },
  en: { answers: en, bot: enBot, charts: chartTexts("en"), import: enImport },
};
