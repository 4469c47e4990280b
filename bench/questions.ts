// Answering a question end to end (understand + store + render) against the
// embedded file database, counting DB round trips. Two databases side by side,
// asked in turn question by question (interleaved, so a busy moment of the
// machine weighs on both alike): the seed, and the seed plus a synthetic
// history of 20 releases × every regency and city × 4 indicators (bench only,
// never shipped as data). The questions are the test corpus plus questions
// about every province, so the history is read across the country, not only
// in Kalimantan Timur.
//
// A third database holds one synthetic release of the same shape: the seed has
// no values for most provinces, so its answers to their questions are short
// ("no data"), while both synthetic databases answer them in full. Against
// that one release, the 20 releases show what a longer history alone costs.
//
// The facts cache (facts-cache.ts) is off for all three: a repeated question would
// otherwise never reach the facts statement, whose cost on a long history is
// what this measures. A third engine, over the same history with the cache on
// (as `npm start` runs), gives the figure for a question asked before.

import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Client } from "@libsql/client";
import { createEngine, type Engine } from "../src/domain/engine.ts";
import { prepareDatabase } from "../src/store/db.ts";
import { createFactsSource } from "../src/store/facts-repository.ts";
import { countingClient } from "../src/store/round-trips.ts";
import { corpus } from "./corpus.ts";
import { percentile, type Timing, turnEventLoop } from "./stats.ts";

export interface QuestionBench {
  seed: Timing;
  /** The seed plus one synthetic release: the same answers as `history`, with a history of one. */
  oneRelease: Timing;
  history: Timing;
  /** The history database with the facts cache on, every question asked before. */
  cachedHistory: Timing;
  /** Each question's fastest round, for robustness to a busy machine: per database. */
  fastest: { seed: Timing; oneRelease: Timing; history: Timing };
  /** CPU time of this process per question (user + system), mean over every sample: per database. */
  cpuMs: { seed: number; oneRelease: number; history: number };
  /** The questions whose fastest round is among the slowest 1% on the history database. */
  slowestOnHistory: { text: string; ms: number }[];
  roundTripsPerQuestion: number;
  maxRoundTrips: number;
  historyRows: number;
}

/** Enough samples that the p99 is the 20th-largest or beyond, not an outlier. */
const MIN_SAMPLES = 2_000;
const SYNTHETIC_RELEASES = 20;
const SYNTHETIC_INDICATORS = ["ktp_el", "kia", "ikd", "akta_kelahiran"];

export async function benchQuestions(): Promise<QuestionBench> {
  const dir = mkdtempSync(join(tmpdir(), "tanya-bench-"));
  try {
    const seed = await prepareDatabase({ url: `file:${join(dir, "seed.db")}` });
    const one = await prepareDatabase({ url: `file:${join(dir, "one.db")}` });
    await addSyntheticHistory(one.client, 1);
    const history = await prepareDatabase({ url: `file:${join(dir, "history.db")}` });
    const historyRows = await addSyntheticHistory(history.client, SYNTHETIC_RELEASES);
    const questions = await mixedQuestions(seed.client);
    const counter = countingClient(seed.client);
    const uncached = { factsCache: false } as const;
    const seedEngine = createEngine({
      facts: createFactsSource(counter.client, undefined, uncached),
    });
    const oneEngine = createEngine({
      facts: createFactsSource(one.client, undefined, uncached),
    });
    const historyEngine = createEngine({
      facts: createFactsSource(history.client, undefined, uncached),
    });
    const cachedEngine = createEngine({ facts: createFactsSource(history.client) });

    // Warm-up: reference caches, statement caches, JIT (and the facts cache).
    for (const text of questions) {
      await seedEngine.ask(text);
      await oneEngine.ask(text);
      await historyEngine.ask(text);
      await cachedEngine.ask(text);
    }
    counter.reset();
    let maxRoundTrips = 0;
    for (const text of questions) {
      const before = counter.count();
      await seedEngine.ask(text);
      maxRoundTrips = Math.max(maxRoundTrips, counter.count() - before);
    }
    const roundTripsPerQuestion = counter.count() / questions.length;

    const samples = {
      seed: new Samples(questions.length),
      one: new Samples(questions.length),
      history: new Samples(questions.length),
      cached: new Samples(questions.length),
    };
    const rounds = Math.ceil(MIN_SAMPLES / questions.length);
    for (let round = 0; round < rounds; round++) {
      for (const [index, text] of questions.entries()) {
        await samples.seed.add(index, seedEngine, text);
        await samples.one.add(index, oneEngine, text);
        await samples.history.add(index, historyEngine, text);
        await samples.cached.add(index, cachedEngine, text);
      }
    }
    const slowest = samples.history.fastest
      .map((ms, index) => ({ text: questions[index] as string, ms }))
      .sort((a, b) => b.ms - a.ms)
      .slice(0, Math.ceil(questions.length / 100));
    seed.client.close();
    one.client.close();
    history.client.close();
    return {
      seed: summary(samples.seed.all),
      oneRelease: summary(samples.one.all),
      history: summary(samples.history.all),
      cachedHistory: summary(samples.cached.all),
      fastest: {
        seed: summary(samples.seed.fastest),
        oneRelease: summary(samples.one.fastest),
        history: summary(samples.history.fastest),
      },
      cpuMs: {
        seed: samples.seed.cpuMsPerSample(),
        oneRelease: samples.one.cpuMsPerSample(),
        history: samples.history.cpuMsPerSample(),
      },
      slowestOnHistory: slowest,
      roundTripsPerQuestion,
      maxRoundTrips,
      historyRows,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * One database's samples: every wall time, each question's fastest, and the
 * CPU time spent. A busy machine (other processes on the same cores) lengthens
 * some samples at random; a question's fastest round and the CPU time it took
 * mostly leave that out, so they compare databases across runs and loads.
 */
class Samples {
  readonly all: number[] = [];
  readonly fastest: number[];
  #cpuMicros = 0;

  constructor(questions: number) {
    this.fastest = new Array<number>(questions).fill(Number.POSITIVE_INFINITY);
  }

  async add(index: number, engine: Engine, text: string): Promise<void> {
    const cpu = process.cpuUsage();
    const start = performance.now();
    await engine.ask(text);
    const elapsed = performance.now() - start;
    const used = process.cpuUsage(cpu);
    this.#cpuMicros += used.user + used.system;
    this.all.push(elapsed);
    this.fastest[index] = Math.min(this.fastest[index] as number, elapsed);
    await turnEventLoop();
  }

  cpuMsPerSample(): number {
    return this.#cpuMicros / 1000 / this.all.length;
  }
}

function summary(samples: number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  return { count: sorted.length, medianMs: percentile(sorted, 50), p99Ms: percentile(sorted, 99) };
}

/** The corpus, and for every province: its value, a ranking of its regencies, a change. */
async function mixedQuestions(client: Client): Promise<string[]> {
  const { rows } = await client.execute("SELECT name FROM regions WHERE level = 'province'");
  const perProvince = rows.flatMap((row) => {
    const name = String(row.name);
    return [`IKD ${name}`, `kabupaten mana KIA terendah di ${name}?`, `perubahan KTP-el ${name}`];
  });
  return [...corpus, ...perProvince];
}

/**
 * `releases` newer published releases, each with a value for every regency
 * and city in SYNTHETIC_INDICATORS; the rows added.
 */
async function addSyntheticHistory(client: Client, releases: number): Promise<number> {
  const statements = [];
  for (let n = 1; n <= releases; n++) {
    const id = 900_000 + n;
    const asOf = `${2090 + Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, "0")}-28`;
    statements.push(
      {
        sql: `INSERT INTO releases (id, as_of, title, source, status, created_at)
              VALUES (?, ?, 'Synthetic (bench only)', 'bench', 'published', ?)`,
        args: [id, asOf, `${asOf}T00:00:00Z`],
      },
      {
        sql: `INSERT INTO observations (release_id, indicator, region_code, value)
              SELECT ?, i.slug, r.code, ROUND(ABS(RANDOM() % 10000) / 100.0, 2)
              FROM indicators i CROSS JOIN regions r
              WHERE r.level IN ('regency', 'city') AND i.slug IN (SELECT value FROM json_each(?))`,
        args: [id, JSON.stringify(SYNTHETIC_INDICATORS)],
      },
    );
  }
  await client.batch(statements, "write");
  const { rows } = await client.execute(
    "SELECT count(*) AS n FROM observations WHERE release_id > 900000",
  );
  return Number(rows[0]?.n ?? 0);
}
