// The admins hear of what a pass found: one message per candidate to every
// owner (ADMIN_USER_IDS), with the values, their evidence, the figures
// skipped and why, the source and the data date, and the buttons Buat draf and
// Abaikan; and one message per source that failed. A message that cannot be
// sent is logged: the candidate stays waiting in the store either way.

import { type Api, InlineKeyboard } from "grammy";
import { adminButtonData } from "../domain/admin/callback-data.ts";
import { importPlan } from "../domain/admin/imported-meta.ts";
import type { Html } from "../domain/html.ts";
import type { Lexicon } from "../domain/lexicon.ts";
import { adminTexts } from "../domain/messages/id/admin.ts";
import { sourcesTexts } from "../domain/messages/id/sources.ts";
import { labelsFor } from "../domain/messages/labels.ts";
import { splitMessage } from "../domain/split-message.ts";
import type { Release } from "../domain/types.ts";
import type { Logger } from "../redacting-logger.ts";
import type { WatchReport } from "./watch-pass.ts";

export interface Notice {
  api: Api;
  adminUserIds: readonly number[];
  lexicon: Lexicon;
  /** The open draft, which decides what the confirming button does. */
  openDraft: Release | null;
  logger: Logger;
}

export async function notifyAdmins(report: WatchReport, notice: Notice): Promise<void> {
  const labels = labelsFor(notice.lexicon);
  for (const candidate of report.candidates) {
    const plan = importPlan(notice.openDraft, candidate.read.pending);
    const keyboard = new InlineKeyboard()
      .text(
        plan.kind === "into-draft"
          ? adminTexts.buttons.importIntoDraft
          : adminTexts.buttons.createDraft,
        adminButtonData("candidateDraft", candidate.id),
      )
      .text("Abaikan", adminButtonData("candidateIgnore", candidate.id));
    await toEveryAdmin(
      notice,
      sourcesTexts.candidate(candidate, candidate.read, plan, labels),
      keyboard,
    );
  }
  for (const failed of report.sources.filter((o) => o.result === "failed")) {
    await toEveryAdmin(notice, sourcesTexts.sourceFailed(failed, labels));
  }
}

async function toEveryAdmin(notice: Notice, html: Html, keyboard?: InlineKeyboard): Promise<void> {
  const parts = splitMessage(html);
  for (const chatId of notice.adminUserIds) {
    try {
      for (const [index, part] of parts.entries()) {
        const last = index === parts.length - 1;
        await notice.api.sendMessage(chatId, part, {
          parse_mode: "HTML",
          link_preview_options: { is_disabled: true },
          ...(last && keyboard ? { reply_markup: keyboard } : {}),
        });
      }
    } catch (error) {
      notice.logger.error(`a watch notice to admin ${chatId} was not sent`, error);
    }
  }
}
