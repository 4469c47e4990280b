// The caption under a chart photo: a complete answer by itself (the numbers,
// the target, the sources and data dates), in Telegram HTML with every text
// escaped, within Telegram's 1024 characters for a caption.

import { escapeHtml, type Html, html, joinHtml } from "../html.ts";
import { splitMessage } from "../split-message.ts";
import type { Chart, ChartBar } from "./chart.ts";

export const CAPTION_LIMIT = 1024;

export function chartCaption(chart: Chart): Html {
  // A ranking is numbered only when every region is in it.
  const numbered = chart.kind === "ranking" && chart.notes.length === 0;
  const bars = chart.bars.map(
    (bar, i) => html`${numbered ? html`${i + 1}.` : html`•`} ${barLine(bar)}`,
  );
  const head = [html`<b>${escapeHtml(chart.title)}</b>`, ...chart.notes.map(escapeHtml)];
  const tail = [
    ...(chart.targetLine ? [escapeHtml(chart.targetLine.label)] : []),
    ...chart.sources.map((s) => html`<i>${escapeHtml(s)}</i>`),
  ];
  // Too long: the last bars give way to a count of them, never the sources.
  for (let shown = bars.length; shown >= 0; shown--) {
    const left = bars.length - shown;
    const more =
      left > 0
        ? [chart.lang === "id" ? html`… dan ${left} lainnya` : html`… and ${left} more`]
        : [];
    const caption = joinHtml([...head, ...bars.slice(0, shown), ...more, ...tail], "\n");
    if (caption.length <= CAPTION_LIMIT) return caption;
  }
  // Even without bars too long: cut where splitMessage cuts, never inside a tag or an entity.
  const whole = joinHtml([...head, ...tail], "\n");
  return splitMessage(whole, CAPTION_LIMIT)[0] ?? whole;
}

function barLine(bar: ChartBar): Html {
  const parts: Html[] = [html`${escapeHtml(bar.label)}: <b>${escapeHtml(bar.valueLabel)}</b>`];
  if (bar.dateLabel) parts.push(html` (${escapeHtml(bar.dateLabel)})`);
  if (bar.sublabel) parts.push(html` — ${escapeHtml(bar.sublabel)}`);
  return joinHtml(parts, "");
}
