// The Node webhook ratios, project against baseline, in one run on the same
// fake Bot API: update latency (one request at a time, POST to answer, which
// includes the sendMessage) and saturated throughput (autocannon). The two
// sides are interleaved, A, B, A, B …, in batches, so a busy moment of the
// machine weighs on both alike.

import autocannon from "autocannon";
import { cpuMs } from "./process-cpu.ts";
import { question, type Side, type SideBySide, webhookHeaders } from "./side-by-side.ts";
import { percentile } from "./stats.ts";

export interface LatencyRatio {
  samples: number;
  warmUp: Record<Side["name"], LatencyWarmUp>;
  failures: Record<Side["name"], number>;
  p50: Record<Side["name"], number>;
  p99: Record<Side["name"], number>;
}

/** Update ids: each request a fresh one, so the project's claim is taken every time. */
let nextUpdateId = 1;

async function postOnce(side: Side): Promise<{ ms: number; ok: boolean }> {
  const body = JSON.stringify(question(nextUpdateId++));
  const start = performance.now();
  const response = await fetch(side.webhook, { method: "POST", headers: webhookHeaders, body });
  await response.arrayBuffer();
  return { ms: performance.now() - start, ok: response.status === 200 };
}

export async function latencyRatio(
  sides: SideBySide,
  options: { samples: number; batch: number; warmUp: number },
): Promise<LatencyRatio> {
  const order = [sides.project, sides.baseline];
  const warmUp = {} as Record<Side["name"], LatencyWarmUp>;
  for (const side of order) warmUp[side.name] = await warmUpdatesUntilSteady(side, options.warmUp);
  const times = { project: [] as number[], baseline: [] as number[] };
  const failures = { project: 0, baseline: 0 };
  while (times.project.length < options.samples) {
    for (const side of order) {
      for (let i = 0; i < options.batch; i++) {
        const { ms, ok } = await postOnce(side);
        times[side.name].push(ms);
        if (!ok) failures[side.name]++;
      }
    }
    sides.telegram.calls.length = 0;
  }
  for (const list of Object.values(times)) list.sort((a, b) => a - b);
  return {
    samples: times.project.length,
    warmUp,
    failures,
    p50: { project: percentile(times.project, 50), baseline: percentile(times.baseline, 50) },
    p99: { project: percentile(times.project, 99), baseline: percentile(times.baseline, 99) },
  };
}

/** The latency warm-up's floor: a fresh server's code is still being optimised by V8 well past 1,000 updates. */
const MIN_WARM_UP_UPDATES = 6_000;
/** A round "improves" when its median beats the best so far by more than this … */
const IMPROVES_BY = 0.05;
/** … and the warm-up ends after this many rounds in a row without improving … */
const ROUNDS_WITHOUT_IMPROVING = 5;
/** … or after this many updates, steady or not. */
const MAX_WARM_UP_UPDATES = 15_000;

export interface LatencyWarmUp {
  updates: number;
  /** Median of the first and of the last warm-up round, in ms. */
  firstMedianMs: number;
  lastMedianMs: number;
}

/**
 * Posts updates in rounds of `perRound`, one at a time, until the medians stop
 * improving: at least MIN_WARM_UP_UPDATES, then until ROUNDS_WITHOUT_IMPROVING
 * rounds in a row come no lower than the best round by IMPROVES_BY. A single
 * noisy round on a shared machine can no longer end it early.
 */
async function warmUpdatesUntilSteady(side: Side, perRound: number): Promise<LatencyWarmUp> {
  let best = Number.POSITIVE_INFINITY;
  let roundsWithoutImproving = 0;
  let updates = 0;
  let firstMedianMs: number | undefined;
  let lastMedianMs = 0;
  while (updates < MAX_WARM_UP_UPDATES) {
    const times: number[] = [];
    for (let i = 0; i < perRound; i++) times.push((await postOnce(side)).ms);
    updates += perRound;
    lastMedianMs = percentile(
      times.sort((a, b) => a - b),
      50,
    );
    firstMedianMs ??= lastMedianMs;
    if (lastMedianMs < best * (1 - IMPROVES_BY)) roundsWithoutImproving = 0;
    else roundsWithoutImproving++;
    best = Math.min(best, lastMedianMs);
    if (updates >= MIN_WARM_UP_UPDATES && roundsWithoutImproving >= ROUNDS_WITHOUT_IMPROVING) break;
  }
  return { updates, firstMedianMs: firstMedianMs ?? lastMedianMs, lastMedianMs };
}

export interface ThroughputRatio {
  connections: number;
  secondsPerSide: number;
  /** 2xx answers per second, over every measured round. */
  perSecond: Record<Side["name"], number>;
  /** Non-2xx answers, connection errors and timeouts. */
  failures: Record<Side["name"], number>;
  /** How long each server was saturated before the measured rounds, and its CPU per answer then. */
  warmUp: Record<Side["name"], WarmUp>;
  /**
   * The server process's CPU time per 2xx answer over the measured rounds:
   * what an answer costs, less swayed by the rest of a shared machine than
   * the rates. Undefined without /proc.
   */
  cpuMsPerAnswer: Record<Side["name"], number> | undefined;
}

const TIMEOUT_SECONDS = 10;

export async function throughputRatio(
  sides: SideBySide,
  options: { connections: number; rounds: number; secondsPerRound: number; warmUpSeconds: number },
): Promise<ThroughputRatio> {
  const order = [sides.project, sides.baseline];
  const warmUp = {} as Record<Side["name"], WarmUp>;
  for (const side of order) warmUp[side.name] = await warmUntilSteady(sides, side, options);
  const ok = { project: 0, baseline: 0 };
  const failures = { project: 0, baseline: 0 };
  const cpu = { project: 0, baseline: 0 };
  let cpuKnown = true;
  for (let round = 0; round < options.rounds; round++) {
    for (const side of order) {
      const before = cpuMs(side.pid);
      const result = await saturate(sides, side, options.connections, options.secondsPerRound);
      const after = cpuMs(side.pid);
      if (before === undefined || after === undefined) cpuKnown = false;
      else cpu[side.name] += after - before;
      ok[side.name] += result["2xx"];
      // autocannon counts timeouts among its errors.
      failures[side.name] += result.non2xx + result.errors;
    }
  }
  const seconds = options.rounds * options.secondsPerRound;
  return {
    connections: options.connections,
    secondsPerSide: seconds,
    perSecond: { project: ok.project / seconds, baseline: ok.baseline / seconds },
    failures,
    warmUp,
    cpuMsPerAnswer: cpuKnown
      ? { project: cpu.project / ok.project, baseline: cpu.baseline / ok.baseline }
      : undefined,
  };
}

/** Warm-up rounds stop once a round's CPU per answer is within this of the round before … */
const STEADY_WITHIN = 0.1;
/** … and the server has been saturated this long (short rounds on a shared machine are noisy) … */
const MIN_WARM_UP_SECONDS = 20;
/** … or after this many rounds, steady or not. */
const MAX_WARM_UP_ROUNDS = 12;

export interface WarmUp {
  seconds: number;
  /** CPU per 2xx answer in the first and the last warm-up round, when /proc tells. */
  firstCpuMsPerAnswer: number | undefined;
  lastCpuMsPerAnswer: number | undefined;
}

/**
 * Saturates one server in rounds of warmUpSeconds until its CPU per answer
 * stops falling. A fresh Node process runs its code unoptimised at first and
 * V8 optimises what is hot as it goes: the project's server, with far more
 * code on its path than the baseline, costs about twice its settled CPU per
 * answer for its first 10 to 30 s under load (longer when the machine is busy).
 * One short fixed warm-up would measure that start for the project and the
 * settled state for the baseline; the first round's figure is kept to show it.
 */
async function warmUntilSteady(
  sides: SideBySide,
  side: Side,
  options: { connections: number; warmUpSeconds: number },
): Promise<WarmUp> {
  let first: number | undefined;
  let previous: number | undefined;
  for (let round = 1; ; round++) {
    const before = cpuMs(side.pid);
    const result = await saturate(sides, side, options.connections, options.warmUpSeconds);
    const after = cpuMs(side.pid);
    const seconds = round * options.warmUpSeconds;
    const perAnswer =
      before === undefined || after === undefined
        ? undefined
        : (after - before) / Math.max(1, result["2xx"]);
    first ??= perAnswer;
    const settled =
      perAnswer === undefined ||
      (seconds >= MIN_WARM_UP_SECONDS &&
        previous !== undefined &&
        perAnswer >= previous * (1 - STEADY_WITHIN));
    if (settled || round === MAX_WARM_UP_ROUNDS) {
      return { seconds, firstCpuMsPerAnswer: first, lastCpuMsPerAnswer: perAnswer };
    }
    previous = perAnswer;
  }
}

function saturate(
  sides: SideBySide,
  side: Side,
  connections: number,
  seconds: number,
): Promise<autocannon.Result> {
  // The fake records every call; forgotten each second so this process stays small.
  const forget = setInterval(() => {
    sides.telegram.calls.length = 0;
  }, 1000);
  return new Promise<autocannon.Result>((resolve, reject) => {
    autocannon(
      {
        url: side.webhook,
        connections,
        duration: seconds,
        timeout: TIMEOUT_SECONDS,
        method: "POST",
        headers: webhookHeaders,
        requests: [
          {
            setupRequest: (request) => ({
              ...request,
              body: JSON.stringify(question(nextUpdateId++)),
            }),
          },
        ],
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
  }).finally(() => clearInterval(forget));
}
