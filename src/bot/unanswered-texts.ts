// What /belumterjawab says, in Indonesian like every admin text. Question
// texts come from users: each is escaped.

import { escapeHtml, count as formatCount } from "../domain/format.ts";
import {
  UNANSWERED_KEPT_DAYS,
  type UnansweredCount,
  type UnansweredReason,
} from "../domain/unanswered.ts";

const REASON: Record<UnansweredReason, string> = {
  "not-understood": "tidak dipahami",
  "no-data": "datanya tidak ada",
};

export const unansweredTexts = {
  notCounted: "Pertanyaan yang belum terjawab tidak dicatat di sini.",
  list(top: UnansweredCount[]): string {
    if (top.length === 0) {
      return `Tidak ada pertanyaan yang belum terjawab dalam ${UNANSWERED_KEPT_DAYS} hari terakhir.`;
    }
    const lines = top.map(
      (q, i) =>
        `${i + 1}. “${escapeHtml(q.text)}” — ${formatCount(q.total, "id")}× (minggu ini ${formatCount(q.thisWeek, "id")}), ${REASON[q.reason]}`,
    );
    return [
      `<b>Pertanyaan yang paling sering belum terjawab</b> (${UNANSWERED_KEPT_DAYS} hari terakhir; hanya teks pertanyaannya yang disimpan, tanpa siapa yang bertanya):`,
      ...lines,
    ].join("\n");
  },
};
