// The caption under a chart photo: a complete answer by itself (the numbers,
// the target, the sources and data dates), in Telegram HTML with every text
// escaped, within Telegram's 1024 characters for a caption.

import { escapeHtml } from "../format.ts";
import type { Chart, ChartBar } from "./chart.ts";

export const CAPTION_LIMIT = 1024;

export function chartCaption(chart: Chart): string {
  // A ranking is numbered only when every region is in it.
  const numbered = chart.kind === "ranking" && chart.notes.length === 0;
  const bars = chart.bars.map((bar, i) => `${numbered ? `${i + 1}.` : "•"} ${barLine(bar)}`);
  const head = [`<b>${escapeHtml(chart.title)}</b>`, ...chart.notes.map(escapeHtml)];
  const tail = [
    ...(chart.targetLine ? [escapeHtml(chart.targetLine.label)] : []),
    ...chart.sources.map((s) => `<i>${escapeHtml(s)}</i>`),
  ];
  // Too long: the last bars give way to a count of them, never the sources.
  for (let shown = bars.length; shown >= 0; shown--) {
    const left = bars.length - shown;
    const more =
      left > 0 ? [chart.lang === "id" ? `… dan ${left} lainnya` : `… and ${left} more`] : [];
    const caption = [...head, ...bars.slice(0, shown), ...more, ...tail].join("\n");
    if (caption.length <= CAPTION_LIMIT) return caption;
  }
  return [...head, ...tail].join("\n").slice(0, CAPTION_LIMIT);
}

function barLine(bar: ChartBar): string {
  const parts = [`${escapeHtml(bar.label)}: <b>${escapeHtml(bar.valueLabel)}</b>`];
  if (bar.dateLabel) parts.push(` (${escapeHtml(bar.dateLabel)})`);
  if (bar.sublabel) parts.push(` — ${escapeHtml(bar.sublabel)}`);
  return parts.join("");
}
