// What /belumterjawab says, in Indonesian like every admin text. Question
// texts come from users: each is escaped.

import { count } from "../../format.ts";
import { escapeHtml, type Html, html, joinHtml } from "../../html.ts";
import {
  UNANSWERED_KEPT_DAYS,
  type UnansweredCount,
  type UnansweredReason,
} from "../../unanswered.ts";

const REASON: Record<UnansweredReason, Html> = {
  "not-understood": html`tidak dipahami`,
  "no-data": html`datanya tidak ada`,
};

export const unansweredTexts = {
  notCounted: html`Pertanyaan yang belum terjawab tidak dicatat di sini.`,
  list(top: UnansweredCount[]): Html {
    if (top.length === 0) {
      return html`Tidak ada pertanyaan yang belum terjawab dalam ${UNANSWERED_KEPT_DAYS} hari terakhir.`;
    }
    const lines = top.map(
      (q, i) =>
        html`${i + 1}. “${escapeHtml(q.text)}” — ${escapeHtml(count(q.total, "id"))}× (minggu ini ${escapeHtml(count(q.thisWeek, "id"))}), ${REASON[q.reason]}`,
    );
    return joinHtml(
      [
        html`<b>Pertanyaan yang paling sering belum terjawab</b> (${UNANSWERED_KEPT_DAYS} hari terakhir; hanya teks pertanyaannya yang disimpan, tanpa siapa yang bertanya):`,
        ...lines,
      ],
      "\n",
    );
  },
};
