// What admins are told about broadcasts, in Indonesian like every admin text:
// the summary once one is delivered, and /siaran. Names, numbers and dates come
// escaped from Labels; stored titles are escaped here.

import type { BroadcastState, DeliveryCounts } from "../../broadcast/ports.ts";
import { type Html, html, joinHtml } from "../../html.ts";
import type { Labels } from "../labels.ts";

export const broadcastTexts = {
  summary: (broadcast: BroadcastState, labels: Labels) =>
    html`<b>Siaran #${broadcast.id} selesai</b>: ${subject(broadcast, labels)}.\n${counts(broadcast.counts)}.`,

  /** Telegram refused the bot's token: delivery waits; the reason is Telegram's, escaped. */
  paused: (id: number, reason: string, until: string, labels: Labels): Html =>
    html`<b>Siaran #${id} dijeda</b>: Telegram menolak token bot (${labels.text(reason)}). Pengiriman yang tersisa menunggu dan dicoba lagi mulai ${labels.time(until)}.`,

  retryButton: (broadcast: BroadcastState) =>
    `Kirim ulang ${broadcast.counts.failed} yang gagal di #${broadcast.id}`,

  /** After the retry button: how many went back (null: no such broadcast). */
  retried: (id: number, retried: number | null) =>
    retried === null
      ? html`Siaran #${id} tidak ada.`
      : retried === 0
        ? html`Siaran #${id} tidak punya pengiriman yang gagal.`
        : html`Siaran #${id}: ${retried} pengiriman yang gagal dikirim ulang. Ringkasan menyusul setelah selesai.`,

  recent: (broadcasts: BroadcastState[], labels: Labels) =>
    broadcasts.length === 0
      ? html`Belum ada siaran. Siaran dibuat saat rilis diterbitkan atau data dikoreksi.`
      : joinHtml(
          [
            html`<b>Siaran terbaru</b>`,
            ...broadcasts.map(
              (b) =>
                html`• #${b.id}, ${labels.time(b.createdAt)}: ${subject(b, labels)}\n  ${counts(b.counts)}`,
            ),
          ],
          "\n",
        ),
};

function subject(broadcast: BroadcastState, labels: Labels): Html {
  const release = html`rilis #${broadcast.release.id} “${labels.text(broadcast.release.title)}”`;
  const c = broadcast.correction;
  if (c === null) return release;
  return html`koreksi ${labels.subject(c.indicator, c.region)} ${labels.value(c.old)} → ${labels.value(c.new)} di ${release}`;
}

function counts({ sent, pending, failed, inactive }: DeliveryCounts): Html {
  return html`${sent} terkirim, ${pending} menunggu, ${failed} gagal, ${inactive} tidak aktif`;
}
