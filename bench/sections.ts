// What `npm run bench` measures, section by section: each runs its benchmark
// and states the figures against the targets the issues set. Sections run one
// after another, never alongside each other, so none disturbs another's timings.

import { benchApi, benchCharts } from "./api-charts.ts";
import { broadcastSection } from "./broadcast-section.ts";
import { benchFuzz } from "./fuzz.ts";
import { benchLoad } from "./load.ts";
import { benchQuestions } from "./questions.ts";
import {
  moduleRatio,
  throughputRatioSection,
  webhookRatio,
  workerRatio,
} from "./ratio-sections.ts";
import type { Figure, ReportSection } from "./report.ts";
import { ms } from "./stats.ts";
import { benchWholeStack } from "./whole-stack.ts";
import { measureWorkerBundle } from "./worker-bundle.ts";
import { worstCasesSection } from "./worst-cases-section.ts";

export interface BenchSection {
  /** For `npm run bench -- <id>`. */
  id: string;
  run(): Promise<ReportSection>;
}

const command = (id: string) => `npm run bench -- ${id}`;
const mib = (value: number) => `${value.toFixed(1)} MiB`;
const count = (value: number) => value.toLocaleString("en");
/** A question as a Markdown table cell: quoted, on one line, its pipes escaped. */
const tableCell = (text: string) => `“${text.replace(/\s+/g, " ").replaceAll("|", "\\|")}”`;

const questions: BenchSection = {
  id: "questions",
  async run() {
    const {
      seed,
      oneRelease,
      history,
      cachedHistory,
      fastest,
      cpuMs,
      slowestOnHistory,
      roundTripsPerQuestion,
      maxRoundTrips,
      historyRows,
    } = await benchQuestions();
    const ratio = history.p99Ms / seed.p99Ms;
    const historyAlone = history.p99Ms / oneRelease.p99Ms;
    return {
      title: "Questions end to end",
      how:
        "The test corpus plus three questions about every province (its value, a ranking of its " +
        "regencies, a change), understood, answered from the embedded file database and " +
        "rendered, after a warm-up pass. Three databases asked in turn, question by question: the " +
        `seed, the seed plus ${count(historyRows)} synthetic values (20 releases × every ` +
        "regency and city × 4 indicators; bench only), and the seed plus one such release. The " +
        "seed has no values for most provinces, so it answers their questions briefly, while " +
        "both synthetic databases answer them in full: the one-release database shows what the " +
        `longer history alone costs. ${count(seed.count)} samples each. All ` +
        "without the facts cache, so every question runs the facts statement; the cached figure " +
        "asks the 20-release database again with the cache on, as `npm start` runs. Round " +
        "trips are counted on the libSQL client once reference data is cached. A busy machine " +
        "lengthens samples at random; each question's fastest round and the CPU time of this " +
        "process per question mostly leave that out, so they compare the databases across " +
        "loads.",
      command: command("questions"),
      figures: [
        { name: "median per question, seed", measured: ms(seed.medianMs), target: "—" },
        {
          name: "p99 per question, seed",
          measured: ms(seed.p99Ms),
          target: "< 2 ms",
          met: seed.p99Ms < 2,
        },
        { name: "median per question, 20 releases", measured: ms(history.medianMs), target: "—" },
        {
          name: "p99 per question, 20 releases × 514 regions × 4 indicators",
          measured: `${ms(history.p99Ms)} (${ratio.toFixed(2)}× the seed p99)`,
          target: "≤ 1.2× the seed p99",
          met: ratio <= 1.2,
        },
        {
          name: "p99 per question, 20 releases against 1 release of the same shape",
          measured: `${historyAlone.toFixed(2)}× (${ms(history.p99Ms)} vs ${ms(oneRelease.p99Ms)})`,
          target: "—",
        },
        {
          name: "p99 of each question's fastest round: seed, 1 release, 20 releases",
          measured:
            `${ms(fastest.seed.p99Ms)}, ${ms(fastest.oneRelease.p99Ms)}, ` +
            `${ms(fastest.history.p99Ms)} (${(fastest.history.p99Ms / fastest.seed.p99Ms).toFixed(2)}× the seed)`,
          target: "—",
        },
        {
          name: "CPU per question (mean): seed, 1 release, 20 releases",
          measured:
            `${ms(cpuMs.seed)}, ${ms(cpuMs.oneRelease)}, ${ms(cpuMs.history)} ` +
            `(${(cpuMs.history / cpuMs.seed).toFixed(2)}× the seed)`,
          target: "—",
        },
        {
          name: "slowest 1% on 20 releases (fastest round)",
          measured: slowestOnHistory.map((q) => `${tableCell(q.text)} ${ms(q.ms)}`).join("; "),
          target: "—",
        },
        {
          name: "p99 per question asked before, 20 releases, facts cache on",
          measured: ms(cachedHistory.p99Ms),
          target: "—",
        },
        {
          name: "DB round trips per question",
          measured: `${roundTripsPerQuestion.toFixed(2)} average, ${maxRoundTrips} max`,
          target: "≤ 1",
          met: maxRoundTrips <= 1,
        },
      ],
    };
  },
};

const wholeStack: BenchSection = {
  id: "stack",
  async run() {
    const stack = await benchWholeStack({ updates: 1_000, memoryUpdates: 10_000 });
    const settled = typeof globalThis.gc === "function" ? "" : " (unsettled: run with --expose-gc)";
    return {
      title: "Whole stack per update",
      how:
        `${count(stack.count)} mixed updates (private questions, button presses, inline queries, ` +
        "/tanya in a group), each an HTTP request into the Hono app (secret check, update_id " +
        "claim), then grammY, the engine over the embedded file database, and the reply captured " +
        `at the Bot API transformer; one at a time. Then ${count(stack.updatesForMemory)} more, ` +
        "with resident memory of this process read before and after, garbage collected.",
      command: command("stack"),
      figures: [
        { name: "p50 per update", measured: ms(stack.medianMs), target: "—" },
        {
          name: "p99 per update",
          measured: ms(stack.p99Ms),
          target: "< 10 ms (a Worker's CPU time per request, free plan)",
          met: stack.p99Ms < 10,
        },
        {
          name: `resident memory over ${count(stack.updatesForMemory)} updates`,
          measured: `${mib(stack.rssBeforeMiB)} before, ${mib(stack.rssAfterMiB)} after${settled}`,
          target: "no growth",
          met: stack.rssAfterMiB <= stack.rssBeforeMiB * 1.05,
        },
      ],
    };
  },
};

const workerBundle: BenchSection = {
  id: "bundle",
  async run() {
    const bundle = await measureWorkerBundle();
    return {
      title: "Worker bundle",
      how: "The modules `wrangler deploy --dry-run --outdir` builds for Cloudflare, raw and gzipped.",
      command: command("bundle"),
      figures: [
        { name: "raw", measured: `${bundle.totalKiB.toFixed(1)} KiB`, target: "—" },
        {
          name: "gzip",
          measured: `${bundle.gzipKiB.toFixed(1)} KiB`,
          target: "≤ 3 MiB (free plan), since the chart renderer (resvg wasm) is in it",
          met: bundle.gzipKiB <= 3 * 1024,
        },
      ],
    };
  },
};

const load: BenchSection = {
  id: "load",
  async run() {
    const r = await benchLoad({ connections: 200, warmUpSeconds: 15, durationSeconds: 30 });
    const rss = r.rssMiB;
    const memory: Figure[] =
      rss === undefined
        ? [{ name: "server resident memory", measured: "n/a (no /proc)", target: "no growth" }]
        : [
            {
              name: "server resident memory",
              measured:
                `${mib(rss.windowStart)} at the window's start, ${mib(Math.min(...rss.during))}–` +
                `${mib(Math.max(...rss.during))} during it (${rss.during.length} samples), ` +
                `${mib(rss.windowEnd)} at its end, ${mib(rss.idleAfter)} idle after`,
              target: "no growth",
              met: rss.windowEnd <= rss.windowStart * 1.05,
            },
          ];
    return {
      title: "Load on the Node webhook server",
      how:
        "`npm start` with WEBHOOK_URL, an embedded database and BOT_INFO, as a child process on " +
        `127.0.0.1; autocannon posts signed updates with fresh update_ids over ${r.connections} ` +
        "connections (the mix of the whole-stack section, from 100,000 users); the server's Bot " +
        "API calls go to the fake Bot API on loopback. Figures cover the requests sent in the " +
        `${r.durationSeconds} s window after a ${r.warmUpSeconds} s warm-up: a saturated Node ` +
        "server can be seconds late reading the first requests of a burst of new connections (a " +
        "bare Hono server is too), which Telegram, keeping its connections open, does not cause. " +
        `Whole run, ramp-up included: ${count(r.wholeRun.requests)} requests, ` +
        `${r.wholeRun.non2xx} non-2xx, ${r.wholeRun.errors} errors ` +
        `(${r.wholeRun.timeouts} timeouts of 10 s).`,
      command: command("load"),
      figures: [
        {
          name: "requests per second",
          measured: count(Math.round(r.requestsPerSecond)),
          target: "—",
        },
        { name: "p50 latency", measured: `${r.p50Ms.toFixed(0)} ms`, target: "—" },
        {
          name: "p99 latency",
          measured: `${r.p99Ms.toFixed(0)} ms (max ${r.maxMs.toFixed(0)} ms)`,
          target: "< 5 s, well within the webhook's 10 s",
          met: r.p99Ms < 5000,
        },
        { name: "requests answered", measured: count(r.requests), target: "—" },
        { name: "non-2xx answers", measured: String(r.non2xx), target: "0", met: r.non2xx === 0 },
        {
          name: "connection errors and timeouts",
          measured: String(r.errors),
          target: "0",
          met: r.errors === 0,
        },
        {
          name: "failures the server logged",
          measured: String(r.serverLogLines),
          target: "0",
          met: r.serverLogLines === 0,
        },
        { name: "Bot API calls made", measured: count(r.botApiCalls), target: "—" },
        ...memory,
      ],
    };
  },
};

const FUZZ_INPUTS = { engine: 50_000, csv: 30_000, pressRelease: 20_000 };

const fuzz: BenchSection = {
  id: "fuzz",
  async run() {
    const targets = await benchFuzz(FUZZ_INPUTS);
    const total = targets.reduce((sum, t) => sum + t.inputs, 0);
    const failures = targets.reduce((sum, t) => sum + t.failures, 0);
    return {
      title: "Fuzzing (fast-check)",
      how:
        "The property tests' generators (test/support/arbitraries.ts) at bench scale: any text " +
        "through the question engine over a seeded store, CSV files through parseCsv, press " +
        "releases through parsePressRelease. A failure is a throw, or a reply that is empty or " +
        "carries markup the renderer would not write. Seeds are random and reported, so a " +
        "failure can be replayed with fast-check's `seed` option.",
      command: command("fuzz"),
      figures: [
        ...targets.map(
          (t): Figure => ({
            name: t.name,
            measured:
              `${count(t.inputs)} inputs, ${t.failures} failures, ${t.seconds.toFixed(1)} s ` +
              `(seed ${t.seed})${t.counterexample ? `, e.g. ${t.counterexample}` : ""}`,
            target: "0 failures",
            met: t.failures === 0,
          }),
        ),
        {
          name: "all inputs",
          measured: `${count(total)}, ${failures} failures`,
          target: "≥ 100,000, 0 failures",
          met: total >= 100_000 && failures === 0,
        },
      ],
    };
  },
};

const api: BenchSection = {
  id: "api",
  async run() {
    const timings = await benchApi();
    return {
      title: "Open-data API",
      how:
        "Each endpoint through the Hono app in process (`app.request`), over the embedded file " +
        "database with every release, 200 times after a warm-up; then with the current ETag " +
        "in If-None-Match (answered 304 after one read of the data version).",
      command: command("api"),
      figures: timings.flatMap((t) => [
        {
          name: `${t.path} median / p99`,
          measured: `${ms(t.medianMs)} / ${ms(t.p99Ms)}`,
          target: "—",
        },
        ...(t.notModified
          ? [
              {
                name: `${t.path} 304 median / p99`,
                measured: `${ms(t.notModified.medianMs)} / ${ms(t.notModified.p99Ms)}`,
                target: "—",
              },
            ]
          : []),
      ]),
    };
  },
};

const charts: BenchSection = {
  id: "charts",
  async run() {
    const costs = await benchCharts();
    return {
      title: "Chart rendering",
      how:
        "Each kind of chart from the engine's answer, SVG to PNG with resvg-wasm and the embedded " +
        "font: CPU time (user + system) of the first render in a new renderer and the median of 15 " +
        "more. A Worker pays the first figure once per chart and data version; then the file_id is re-sent.",
      command: command("charts"),
      figures: costs.map((c) => ({
        name: `${c.kind} (${c.width}×${c.height}, ${c.pngKiB.toFixed(0)} KiB)`,
        measured: `first ${ms(c.firstCpuMs)}, then ${ms(c.steadyCpuMs)} CPU`,
        target: "drawn once per data version",
      })),
    };
  },
};

export const SECTIONS: BenchSection[] = [
  webhookRatio,
  throughputRatioSection,
  workerRatio,
  moduleRatio,
  questions,
  wholeStack,
  workerBundle,
  load,
  fuzz,
  worstCasesSection,
  broadcastSection,
  api,
  charts,
];
