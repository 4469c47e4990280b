// Chart buttons carry the chart and the language to caption it in:
// "g:id:q.r.ikd.a.64". Within Telegram's 64 bytes for every chart a reply offers.

import {
  type ChartRequest,
  decodeChartRequest,
  encodeChartRequest,
} from "../domain/charts/chart-request.ts";
import type { Lang } from "../domain/types.ts";
import { CALLBACK_DATA_LIMIT } from "./callback-data.ts";

export const CHART_PREFIX = "g:";
const bytes = new TextEncoder();

export function chartData(request: ChartRequest, lang: Lang): string {
  const data = `${CHART_PREFIX}${lang}:${encodeChartRequest(request)}`;
  if (bytes.encode(data).length > CALLBACK_DATA_LIMIT) {
    throw new Error(`callback data over ${CALLBACK_DATA_LIMIT} bytes: ${data}`);
  }
  return data;
}

/** The chart and language of a pressed chart button, or null for stale or forged data. */
export function parseChartData(data: string): { request: ChartRequest; lang: Lang } | null {
  const [prefix, lang, encoded, ...rest] = data.split(":");
  if (`${prefix}:` !== CHART_PREFIX || (lang !== "id" && lang !== "en") || !encoded) return null;
  if (rest.length > 0) return null;
  const request = decodeChartRequest(encoded);
  return request ? { request, lang } : null;
}
