// A chart as pure data: what to draw (bars with their labels and values, the
// target they are read against) and what to say beside it (the sources and
// data dates). Built from an answer's blocks, so a chart shows exactly the
// numbers the text answer shows; drawn as SVG, captioned, or written as
// Unicode bars by the modules beside this one.

import type { Lang } from "../types.ts";

export type ChartKind = "ranking" | "compare" | "profile" | "history";

export interface ChartTarget {
  value: number;
  /** "Target nasional 2024: 30,00%". */
  label: string;
}

export interface ChartBar {
  /** A region, an indicator or a data date. */
  label: string;
  /** A second, smaller line under the label: a bar's own target in a profile. */
  sublabel: string | null;
  value: number;
  /** The value as written in replies: "98,75%". */
  valueLabel: string;
  /** Set when bars come from several releases: the bar's own data date. */
  dateLabel: string | null;
  /** A bar's own target (a profile's indicators each have theirs), marked on its row. */
  target: ChartTarget | null;
}

export interface Chart {
  kind: ChartKind;
  lang: Lang;
  title: string;
  /** What the bars cover, said so a partial ranking never looks complete. */
  notes: string[];
  bars: ChartBar[];
  /** One target across every bar (rankings, comparisons, histories). */
  targetLine: ChartTarget | null;
  /** "Sumber: DKP3A …, data per 13 Juni 2024", one per release shown. */
  sources: string[];
}
