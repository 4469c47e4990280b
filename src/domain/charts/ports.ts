// Port: the Telegram file_id of each chart already sent, so that a chart is
// drawn once per data version and then only re-sent by reference.

export interface SentChart {
  fileId: string;
  caption: string;
}

export interface CachedChart {
  /** The photo and its caption when this chart was sent for the current data version. */
  sent: SentChart | null;
  /** The data version now: a chart drawn from it is saved under it. */
  dataVersion: number;
}

export interface ChartFiles {
  /** One round trip. */
  find(chartKey: string): Promise<CachedChart>;
  save(chartKey: string, dataVersion: number, sent: SentChart): Promise<void>;
}

/** A chart drawn as a PNG (src/charts/png.ts renders it). */
export interface Png {
  bytes: Uint8Array;
  width: number;
  height: number;
}

/** SVG → PNG, handed to the bot by the entry. */
export type PngRenderer = (svg: string) => Promise<Png>;
