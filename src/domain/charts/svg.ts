// A chart drawn as SVG: horizontal bars (long region names stay whole on the
// left), the value after each bar, the axis from zero, the target as a dashed
// red line named in a legend, the sources under it. Pure string building;
// every text is XML-escaped. Widths are estimated from character counts with
// a margin, for the one embedded font (DejaVu Sans), so nothing is clipped.

import type { Lang } from "../types.ts";
import type { Chart, ChartBar } from "./chart.ts";

export const CHART_WIDTH = 800;
const PAD = 28;
const INNER = CHART_WIDTH - 2 * PAD;
const FONT = "DejaVu Sans";
/** DejaVu Sans is wide: an average character takes about this much of the font size. */
const CHAR_EM = 0.62;
const BOLD_EM = 0.68;

const SIZE = { title: 28, note: 18, label: 20, sublabel: 15, value: 20, axis: 15, source: 16 };
const COLOR = {
  text: "#1b1b1b",
  muted: "#5b5b5b",
  bar: "#2a7ab8",
  grid: "#e3e3e3",
  target: "#c0392b",
};

export function chartSvg(chart: Chart): string {
  const out: string[] = [];
  let y = PAD;

  for (const line of wrap(chart.title, fits(INNER, SIZE.title, BOLD_EM))) {
    y += SIZE.title * 1.25;
    out.push(text(PAD, y, line, SIZE.title, { bold: true }));
  }
  y += 6;
  for (const note of chart.notes) {
    for (const line of wrap(note, fits(INNER, SIZE.note))) {
      y += SIZE.note * 1.35;
      out.push(text(PAD, y, line, SIZE.note, { color: COLOR.muted }));
    }
  }
  y += 10;

  const targets = [chart.targetLine, ...chart.bars.map((b) => b.target)].filter((t) => t !== null);
  if (chart.targetLine) {
    y += SIZE.note * 1.4;
    out.push(
      `<line x1="${PAD}" y1="${y - 6}" x2="${PAD + 30}" y2="${y - 6}" stroke="${COLOR.target}" stroke-width="3" stroke-dasharray="7 4"/>`,
      text(PAD + 40, y, chart.targetLine.label, SIZE.note, { color: COLOR.target, bold: true }),
    );
  }
  y += 14;

  // Label column: as wide as the longest label needs, up to 42% of the width;
  // longer labels (and the smaller lines under them) wrap rather than being cut.
  const subOf = (bar: ChartBar) => [bar.sublabel, bar.dateLabel].filter((l) => l !== null);
  const needed = Math.max(
    ...chart.bars.map((bar) => bar.label.length * SIZE.label * CHAR_EM),
    ...chart.bars.flatMap(subOf).map((line) => line.length * SIZE.sublabel * CHAR_EM),
    60,
  );
  const labelWidth = Math.min(Math.ceil(needed), Math.floor(INNER * 0.42));
  const valueChars = Math.max(...chart.bars.map((b) => b.valueLabel.length));
  const valueWidth = Math.ceil(valueChars * SIZE.value * BOLD_EM) + 12;
  const x0 = PAD + labelWidth + 14;
  const x1 = CHART_WIDTH - PAD - valueWidth;
  const max = niceMax(Math.max(...chart.bars.map((b) => b.value), ...targets.map((t) => t.value)));
  const xOf = (value: number) => x0 + (Math.max(value, 0) / max) * (x1 - x0);

  const barsTop = y;
  const rows = chart.bars.map((bar) => {
    const lines = wrap(bar.label, fits(labelWidth, SIZE.label));
    const sub = subOf(bar).flatMap((line) => wrap(line, fits(labelWidth, SIZE.sublabel)));
    const height = Math.max(
      46,
      lines.length * SIZE.label * 1.2 + sub.length * SIZE.sublabel * 1.3 + 14,
    );
    const row = { bar, lines, sub, top: y, height };
    y += height;
    return row;
  });
  const barsBottom = y;

  // Grid and axis labels first, so bars and lines draw over them.
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((f) => f * max);
  for (const tick of ticks) {
    const x = xOf(tick);
    out.push(
      `<line x1="${x}" y1="${barsTop}" x2="${x}" y2="${barsBottom}" stroke="${COLOR.grid}" stroke-width="1"/>`,
      text(x, barsBottom + SIZE.axis * 1.4, axisLabel(tick, chart.lang), SIZE.axis, {
        color: COLOR.muted,
        anchor: "middle",
      }),
    );
  }
  if (chart.targetLine) {
    const x = xOf(chart.targetLine.value);
    out.push(
      `<line x1="${x}" y1="${barsTop - 6}" x2="${x}" y2="${barsBottom + 2}" stroke="${COLOR.target}" stroke-width="3" stroke-dasharray="7 4"/>`,
    );
  }
  // Values last, over any target line, each with a white halo.
  const values: string[] = [];
  for (const { bar, lines, sub, top, height } of rows) {
    const barHeight = 26;
    const barY = top + (height - barHeight) / 2;
    const labelBlock = lines.length * SIZE.label * 1.2 + sub.length * SIZE.sublabel * 1.3;
    let ly = top + (height - labelBlock) / 2 - 4;
    for (const line of lines) {
      ly += SIZE.label * 1.2;
      out.push(text(PAD, ly, line, SIZE.label));
    }
    for (const line of sub) {
      ly += SIZE.sublabel * 1.3;
      out.push(text(PAD, ly, line, SIZE.sublabel, { color: COLOR.muted }));
    }
    const end = xOf(bar.value);
    out.push(
      `<rect x="${x0}" y="${barY}" width="${Math.max(end - x0, 1)}" height="${barHeight}" fill="${COLOR.bar}" rx="2"/>`,
    );
    values.push(
      text(end + 8, barY + barHeight / 2 + SIZE.value * 0.36, bar.valueLabel, SIZE.value, {
        bold: true,
        halo: true,
      }),
    );
    if (bar.target) {
      const x = xOf(bar.target.value);
      out.push(
        `<line x1="${x}" y1="${barY - 6}" x2="${x}" y2="${barY + barHeight + 6}" stroke="${COLOR.target}" stroke-width="3"/>`,
      );
    }
  }
  out.push(...values);

  y = barsBottom + SIZE.axis * 1.4 + 16;
  for (const source of chart.sources) {
    for (const line of wrap(source, fits(INNER, SIZE.source))) {
      y += SIZE.source * 1.35;
      out.push(text(PAD, y, line, SIZE.source, { color: COLOR.muted }));
    }
  }
  const height = Math.ceil(y + PAD);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CHART_WIDTH}" height="${height}" viewBox="0 0 ${CHART_WIDTH} ${height}">`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    ...out,
    "</svg>",
  ].join("\n");
}

/** Characters of this size that fit in this width. */
function fits(width: number, size: number, em = CHAR_EM): number {
  return Math.max(8, Math.floor(width / (size * em)));
}

/** Words onto lines of at most `chars` characters; a longer word is split. */
export function wrap(line: string, chars: number): string[] {
  const lines: string[] = [];
  let current = "";
  for (const word of line.split(" ")) {
    let rest = word;
    while (rest.length > chars) {
      if (current) lines.push(current);
      current = "";
      lines.push(rest.slice(0, chars));
      rest = rest.slice(chars);
    }
    if (!current) current = rest;
    else if (current.length + 1 + rest.length <= chars) current += ` ${rest}`;
    else {
      lines.push(current);
      current = rest;
    }
  }
  if (current) lines.push(current);
  return lines;
}

/** The axis end: the smallest of 1, 2, 2.5, 5 × 10^k at or above the largest value. */
export function niceMax(value: number): number {
  if (!(value > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 2.5, 5, 10]) if (step * power >= value) return step * power;
  return 10 * power;
}

/** Built on the first chart, not at module load (a Worker isolate's start-up). */
let axisNumbers: Record<Lang, Intl.NumberFormat> | undefined;

function axisLabel(value: number, lang: Lang): string {
  axisNumbers ??= {
    id: new Intl.NumberFormat("id-ID", { maximumFractionDigits: 2 }),
    en: new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 }),
  };
  return `${axisNumbers[lang].format(value)}%`;
}

interface TextStyle {
  bold?: boolean;
  /** A white outline under the glyphs, so a value stays readable over a target line. */
  halo?: boolean;
  color?: string;
  anchor?: "start" | "middle" | "end";
}

function text(x: number, y: number, content: string, size: number, style: TextStyle = {}): string {
  const weight = style.bold ? ` font-weight="bold"` : "";
  const anchor = style.anchor ? ` text-anchor="${style.anchor}"` : "";
  const halo = style.halo ? ` stroke="#ffffff" stroke-width="5" paint-order="stroke"` : "";
  return `<text x="${round(x)}" y="${round(y)}" font-family="${FONT}" font-size="${size}"${weight}${anchor}${halo} fill="${style.color ?? COLOR.text}">${escapeXml(content)}</text>`;
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

const XML_ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

export function escapeXml(content: string): string {
  return content.replace(/[&<>"']/g, (c) => XML_ESCAPES[c] as string);
}
