// The ratios against the baseline bot (baseline-bot.ts) that issue 11 sets as
// targets, one section each, so each is written to BENCHMARKS.md as it ends.
// `npm run bench -- webhook throughput worker module questions` runs them all.

import { type LatencyWarmUp, latencyRatio, throughputRatio, type WarmUp } from "./node-ratios.ts";
import type { Figure } from "./report.ts";
import type { BenchSection } from "./sections.ts";
import { startSideBySide } from "./side-by-side.ts";
import { moduleEvaluationRatio, workerLatencyRatio } from "./worker-ratios.ts";

const command = (id: string) => `npm run bench -- ${id}`;
const msOf = (value: number) => `${value.toFixed(2)} ms`;
const count = (value: number) => value.toLocaleString("en");

/** A ratio figure: project ÷ baseline, met when at most (or, for throughput, at least) the target. */
function ratioFigure(
  name: string,
  project: number,
  baseline: number,
  target: { atMost?: number; atLeast?: number },
  unit: (value: number) => string,
): Figure {
  const ratio = project / baseline;
  const met = target.atMost !== undefined ? ratio <= target.atMost : ratio >= (target.atLeast ?? 0);
  const figure: Figure = {
    name,
    measured: `**${ratio.toFixed(2)}×** (${unit(project)} vs ${unit(baseline)})`,
    target: target.atMost !== undefined ? `≤ ${target.atMost}×` : `≥ ${target.atLeast}×`,
    met,
  };
  // Progress as each ratio is known, on stderr (stdout is the report).
  console.error(
    `ratio ${name}: ${ratio.toFixed(2)}× (target ${figure.target}) ${met ? "PASS" : "MISS"}`,
  );
  return figure;
}

const SAME_RUN =
  "The project and the baseline bot (bench/baseline-bot.ts: grammY answering every message " +
  "with one constant sendMessage, behind the same Hono webhook with the secret header checked) " +
  "are measured in one run, interleaved A, B, A, B … in batches, on the same fake Bot API on " +
  "loopback. Every update is a corpus question in a private chat from its own user, with a " +
  "fresh update_id; each side answers it with one sendMessage. ";

export const webhookRatio: BenchSection = {
  id: "webhook",
  async run() {
    const sides = await startSideBySide();
    try {
      const r = await latencyRatio(sides, { samples: 2_000, batch: 50, warmUp: 200 });
      return {
        title: "Node webhook update, against the baseline",
        how:
          SAME_RUN +
          "Both as Node webhook servers (`npm start` with WEBHOOK_URL and an embedded database; " +
          "bench/baseline-server.ts), child processes on 127.0.0.1; one request at a time, timed " +
          `from the POST to its answer (the sendMessage included), after warm-up rounds of ${200} ` +
          "updates each, at least 6,000 and until 5 rounds in a row bring no median 5% below the " +
          "best (V8 is still optimising a fresh server's code past 1,000 updates); " +
          `then ${count(r.samples)} samples each, in batches of 50.`,
        command: command("webhook"),
        figures: [
          ratioFigure("update p50", r.p50.project, r.p50.baseline, { atMost: 1.5 }, msOf),
          {
            name: "warm-up before the samples (round median, first → last round)",
            measured: `${latencyWarmUpText(r.warmUp.project)} project, ${latencyWarmUpText(r.warmUp.baseline)} baseline`,
            target: "—",
          },
          {
            name: "update p99",
            measured: `${(r.p99.project / r.p99.baseline).toFixed(2)}× (${msOf(r.p99.project)} vs ${msOf(r.p99.baseline)})`,
            target: "—",
          },
          {
            name: "non-200 answers",
            measured: `${r.failures.project} project, ${r.failures.baseline} baseline`,
            target: "0",
            met: r.failures.project + r.failures.baseline === 0,
          },
        ],
      };
    } finally {
      await sides.stop();
    }
  },
};

function latencyWarmUpText(w: LatencyWarmUp): string {
  return `${count(w.updates)} updates (${msOf(w.firstMedianMs)} → ${msOf(w.lastMedianMs)})`;
}

function warmUpText(w: WarmUp): string {
  const cpu = (ms: number | undefined) => (ms === undefined ? "?" : msOf(ms));
  return `${w.seconds} s (${cpu(w.firstCpuMsPerAnswer)} → ${cpu(w.lastCpuMsPerAnswer)})`;
}

export const throughputRatioSection: BenchSection = {
  id: "throughput",
  async run() {
    const sides = await startSideBySide();
    try {
      const r = await throughputRatio(sides, {
        connections: 100,
        rounds: 3,
        secondsPerRound: 5,
        warmUpSeconds: 5,
      });
      const rate = (value: number) => `${count(Math.round(value))} req/s`;
      return {
        title: "Node webhook saturated throughput, against the baseline",
        how:
          SAME_RUN +
          `autocannon over ${r.connections} connections, a 10 s timeout, against each server in ` +
          `turn: a warm-up each, in 5 s rounds for at least 20 s and until its CPU per answer stops falling, then ${r.secondsPerSide / 5} rounds of 5 s each, interleaved. ` +
          "Throughput counts only 2xx answers; non-2xx answers, connection errors and timeouts " +
          "are failures. Server CPU is each server process's user and system time over the " +
          "measured rounds (/proc), divided by its 2xx answers.",
        command: command("throughput"),
        figures: [
          ratioFigure(
            "2xx answers per second",
            r.perSecond.project,
            r.perSecond.baseline,
            { atLeast: 0.5 },
            rate,
          ),
          {
            name: "warm-up before the measured rounds (CPU per answer, first → last round)",
            measured: `${warmUpText(r.warmUp.project)} project, ${warmUpText(r.warmUp.baseline)} baseline`,
            target: "—",
          },
          {
            name: "server CPU per 2xx answer",
            measured:
              r.cpuMsPerAnswer === undefined
                ? "not measured (no /proc)"
                : `${(r.cpuMsPerAnswer.project / r.cpuMsPerAnswer.baseline).toFixed(2)}× (${msOf(r.cpuMsPerAnswer.project)} vs ${msOf(r.cpuMsPerAnswer.baseline)})`,
            target: "—",
          },
          {
            name: "failures (non-2xx, errors, timeouts)",
            measured: `${r.failures.project} project, ${r.failures.baseline} baseline`,
            target: "0",
            met: r.failures.project + r.failures.baseline === 0,
          },
        ],
      };
    } finally {
      await sides.stop();
    }
  },
};

export const workerRatio: BenchSection = {
  id: "worker",
  async run() {
    const r = await workerLatencyRatio({ samples: 500, batch: 25, warmUp: 30 });
    return {
      title: "Worker update in `wrangler dev`, against the baseline Worker",
      how:
        SAME_RUN +
        "Both Workers in `wrangler dev` (workerd) at once: src/worker.ts over the dev Hrana " +
        "server (dev/hrana) on a migrated, seeded file, and bench/baseline-worker.ts. The first " +
        `update after start timed once; then, after 30 warm-up updates each, ${count(r.samples)} ` +
        "warm updates each, one at a time, in batches of 25.",
      command: command("worker"),
      figures: [
        ratioFigure("warm update p50", r.p50.project, r.p50.baseline, { atMost: 2 }, msOf),
        {
          name: "warm update p99",
          measured: `${(r.p99.project / r.p99.baseline).toFixed(2)}× (${msOf(r.p99.project)} vs ${msOf(r.p99.baseline)})`,
          target: "—",
        },
        {
          name: "first update after start",
          measured: `${msOf(r.firstMs.project)} vs ${msOf(r.firstMs.baseline)}`,
          target: "—",
        },
        {
          name: "non-200 answers",
          measured: `${r.failures.project} project, ${r.failures.baseline} baseline`,
          target: "0",
          met: r.failures.project + r.failures.baseline === 0,
        },
      ],
    };
  },
};

export const moduleRatio: BenchSection = {
  id: "module",
  async run() {
    const r = await moduleEvaluationRatio(15);
    return {
      title: "Worker module evaluation, against the baseline Worker",
      how:
        "Each Worker bundled by wrangler (`wrangler deploy --dry-run --outdir`: src/worker.ts and " +
        "bench/baseline-worker.ts), then imported by a fresh plain Node process (no tsx), " +
        `interleaved, ${r.runs} times each; the median. The clock covers the import of the ` +
        "bundle only: its data modules (resvg's .wasm compiled, the fonts' bytes) are made " +
        "before it and handed over by a module hook, as workerd has them ready when it " +
        "evaluates a Worker. Node's V8, not workerd's: a stand-in for the isolate's start.",
      command: command("module"),
      figures: [
        ratioFigure(
          "module evaluation, median",
          r.medianMs.project,
          r.medianMs.baseline,
          {
            atMost: 2,
          },
          msOf,
        ),
      ],
    };
  },
};
