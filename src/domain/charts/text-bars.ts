// A compact chart in Unicode block characters, for where a photo does not go
// (inline results) or would be too much (a plain reply): one line per bar in a
// <pre> block, the axis from zero, the target as a "┆" in each bar's track.

import { escapeHtml, type Html, html } from "../html.ts";
import type { Chart } from "./chart.ts";
import { niceMax } from "./svg.ts";

/** Cells of a bar's track: narrow enough for a phone in portrait. */
const TRACK = 8;
const LABEL = 17;
const EIGHTHS = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"];

export function textBars(chart: Chart): Html {
  const targets = [chart.targetLine, ...chart.bars.map((b) => b.target)].filter((t) => t !== null);
  const max = niceMax(Math.max(...chart.bars.map((b) => b.value), ...targets.map((t) => t.value)));
  const lines = chart.bars.map((bar) => {
    const target = bar.target ?? chart.targetLine;
    return `${shortLabel(bar.label).padEnd(LABEL)} ${track(bar.value, target?.value ?? null, max)} ${bar.valueLabel}`;
  });
  if (chart.targetLine) lines.push(`┆ ${chart.targetLine.label}`);
  else if (chart.bars.some((b) => b.target)) lines.push("┆ target");
  return html`<pre>${escapeHtml(lines.join("\n"))}</pre>`;
}

/** "Kabupaten Penajam Paser Utara" → "Kab. Penajam P…": a label column of fixed width. */
function shortLabel(label: string): string {
  const short = label.replace(/^Kabupaten /, "Kab. ").replace(/^Provinsi /, "");
  return short.length <= LABEL ? short : `${short.slice(0, LABEL - 1)}…`;
}

function track(value: number, target: number | null, max: number): string {
  const eighths = Math.round((Math.max(value, 0) / max) * TRACK * 8);
  const cells = [..."█".repeat(Math.floor(eighths / 8)), EIGHTHS[eighths % 8] ?? ""].filter(
    (c) => c !== "",
  );
  while (cells.length < TRACK) cells.push(" ");
  if (target !== null) {
    const at = Math.min(TRACK - 1, Math.floor((target / max) * TRACK));
    if (cells[at] === " ") cells[at] = "┆";
  }
  return cells.slice(0, TRACK).join("");
}
