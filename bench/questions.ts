// Answering a question end to end (understand + store + render) over the
// corpus, against the embedded file database, counting DB round trips. Run
// twice: with the seed release only, and with synthetic values for every
// regency and city (bench only, never shipped as data).

import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Client } from "@libsql/client";
import { createEngine } from "../src/domain/engine.ts";
import { prepareDatabase } from "../src/store/db.ts";
import { createFactsSource } from "../src/store/facts-repository.ts";
import { countingClient } from "../src/store/round-trips.ts";
import { corpus } from "./corpus.ts";
import { type Timing, time } from "./stats.ts";

export interface QuestionBench extends Timing {
  roundTripsPerQuestion: number;
  maxRoundTrips: number;
}

export async function benchQuestions(options: { synthetic: boolean }): Promise<QuestionBench> {
  const dir = mkdtempSync(join(tmpdir(), "tanya-bench-"));
  try {
    const { client } = await prepareDatabase({ url: `file:${join(dir, "bench.db")}` });
    if (options.synthetic) await addSyntheticRelease(client);
    const counter = countingClient(client);
    const engine = createEngine({ facts: createFactsSource(counter.client) });
    const timing = await time(corpus, (text) => engine.ask(text));
    // Counted once the reference cache is warm, as it is for every question but the first.
    counter.reset();
    let maxRoundTrips = 0;
    for (const text of corpus) {
      const before = counter.count();
      await engine.ask(text);
      maxRoundTrips = Math.max(maxRoundTrips, counter.count() - before);
    }
    const roundTripsPerQuestion = counter.count() / corpus.length;
    client.close();
    return { ...timing, roundTripsPerQuestion, maxRoundTrips };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A newer published release with a value for every indicator in every regency and city. */
async function addSyntheticRelease(client: Client): Promise<void> {
  await client.batch(
    [
      `INSERT INTO releases (id, as_of, title, source, status, created_at)
       VALUES (999999, '2099-12-31', 'Synthetic (bench only)', 'bench', 'published', '2099-12-31T00:00:00Z')`,
      `INSERT INTO observations (release_id, indicator, region_code, value)
       SELECT 999999, i.slug, r.code, ROUND(ABS(RANDOM() % 10000) / 100.0, 2)
       FROM indicators i CROSS JOIN regions r WHERE r.level != 'province'`,
    ],
    "write",
  );
}
