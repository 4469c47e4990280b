// `npm run bench`: every measured figure of the project, printed as a report.
// Never part of `npm test`; targets are reported, not asserted.

import os from "node:os";
import { benchQuestions } from "./questions.ts";
import { ms } from "./stats.ts";

async function main(): Promise<void> {
  console.log(`# Tanya Adminduk benchmarks`);
  console.log(
    `machine: ${os.cpus()[0]?.model ?? "unknown CPU"} x${os.cpus().length}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}\n`,
  );

  const seed = await benchQuestions({ synthetic: false });
  const full = await benchQuestions({ synthetic: true });
  console.log("## Questions end to end (understand + store + render), embedded file DB");
  console.log(`corpus questions: ${seed.count}`);
  console.log(
    `seed only:        median ${ms(seed.medianMs)}, p99 ${ms(seed.p99Ms)} (target p99 < 2 ms)`,
  );
  console.log(
    `514 regions:      median ${ms(full.medianMs)}, p99 ${ms(full.p99Ms)} (target within 2x: ${(full.p99Ms / seed.p99Ms).toFixed(2)}x)`,
  );
  console.log(
    `DB round trips per question: ${seed.roundTripsPerQuestion.toFixed(2)} average, ${seed.maxRoundTrips} max (target <= 1)`,
  );
}

await main();
