// The open-data API's latency per endpoint (the Hono app in process, over the
// embedded file database with every release), unconditional and answered 304
// by ETag; and the CPU time of drawing each kind of chart to PNG, first in a
// fresh renderer and then steady, which is what a Worker's first render costs.

import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { nodeRendererAssets } from "../src/charts/node-assets.ts";
import { createPngRenderer } from "../src/charts/png.ts";
import type { ChartRequest } from "../src/domain/charts/chart-request.ts";
import { chartSvg } from "../src/domain/charts/svg.ts";
import { createEngine } from "../src/domain/engine.ts";
import { openDataApi } from "../src/server/api/open-data-api.ts";
import { prepareDatabase } from "../src/store/db.ts";
import { createFactsSource } from "../src/store/facts-repository.ts";
import { createOpenData } from "../src/store/open-data.ts";
import { type Timing, time } from "./stats.ts";

export const API_PATHS = [
  "/indicators",
  "/regions",
  "/releases",
  "/observations",
  "/observations?indicator=ikd&release=all",
  "/observations.csv?release=all",
  "/openapi.json",
];

export interface ApiTiming extends Timing {
  path: string;
  /** The same request with the current ETag: answered 304 after reading the data version. */
  notModified: Timing | null;
}

export async function benchApi(repeats = 200): Promise<ApiTiming[]> {
  return withDatabase(async (client) => {
    const api = openDataApi({ source: createOpenData(client), logger: console });
    const results: ApiTiming[] = [];
    for (const path of API_PATHS) {
      const runs = Array.from({ length: repeats }, () => path);
      const timing = await time(runs, async (p) => (await api.request(p)).arrayBuffer());
      const etag = (await api.request(path)).headers.get("etag");
      const notModified =
        etag === null
          ? null
          : await time(runs, async (p) => api.request(p, { headers: { "if-none-match": etag } }));
      results.push({ path, ...timing, notModified });
    }
    return results;
  });
}

export interface ChartCost {
  kind: string;
  width: number;
  height: number;
  pngKiB: number;
  /** CPU of the first render in a new renderer (wasm started, fonts parsed). */
  firstCpuMs: number;
  /** Median CPU of later renders of the same chart. */
  steadyCpuMs: number;
}

const CHART_QUESTIONS: [string, string][] = [
  ["ranking", "peringkat KIA"],
  ["comparison", "KIA Balikpapan vs Kutai Barat"],
  ["profile", "Berau"],
  ["history", "KTP-el Kaltim dari tahun ke tahun"],
];

export async function benchCharts(repeats = 15): Promise<ChartCost[]> {
  return withDatabase(async (client) => {
    const engine = createEngine({ facts: createFactsSource(client), defaultProvince: "64" });
    const costs: ChartCost[] = [];
    for (const [kind, question] of CHART_QUESTIONS) {
      const reply = await engine.ask(question);
      const chart = await engine.chart(reply.chart?.request as ChartRequest, "id");
      if (!chart) throw new Error(`no ${kind} chart for "${question}"`);
      const svg = chartSvg(chart);
      const render = createPngRenderer(nodeRendererAssets);
      const first = await cpu(() => render(svg));
      const steady: number[] = [];
      for (let i = 0; i < repeats; i++) steady.push((await cpu(() => render(svg))).ms);
      steady.sort((a, b) => a - b);
      const { png } = first;
      costs.push({
        kind,
        width: png.width,
        height: png.height,
        pngKiB: png.bytes.length / 1024,
        firstCpuMs: first.ms,
        steadyCpuMs: steady[Math.floor(steady.length / 2)] as number,
      });
    }
    return costs;
  });
}

/** CPU time (user + system) of one call: wall-clock would count other processes' turns. */
async function cpu<T>(task: () => Promise<T>) {
  const start = process.cpuUsage();
  const png = await task();
  const used = process.cpuUsage(start);
  return { png, ms: (used.user + used.system) / 1000 };
}

async function withDatabase<T>(
  run: (client: Awaited<ReturnType<typeof prepareDatabase>>["client"]) => Promise<T>,
): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), "tanya-bench-"));
  try {
    const { client } = await prepareDatabase({ url: `file:${join(dir, "bench.db")}` });
    try {
      return await run(client);
    } finally {
      client.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
