// `npm run bench`: every measured figure of the project, printed as a report.
// Never part of `npm test`; targets are reported, not asserted.

import os from "node:os";
import { benchQuestions } from "./questions.ts";
import { ms } from "./stats.ts";
import { benchWholeStack } from "./whole-stack.ts";
import { measureWorkerBundle } from "./worker-bundle.ts";

const cpu = `${os.cpus()[0]?.model ?? "unknown CPU"} x${os.cpus().length}`;
const memory = `${Math.round(os.totalmem() / 2 ** 30)} GiB`;
const settled = typeof globalThis.gc === "function" ? "" : " (run with --expose-gc to settle)";

console.log("# Tanya Adminduk benchmarks");
console.log(
  `machine: ${cpu}, ${memory}, Node ${process.version}, ${os.platform()} ${os.release()}\n`,
);

const seed = await benchQuestions({ synthetic: false });
const full = await benchQuestions({ synthetic: true });
console.log("## Questions end to end (understand + store + render), embedded file DB");
console.log(`corpus questions: ${seed.count}`);
console.log(`seed only:   median ${ms(seed.medianMs)}, p99 ${ms(seed.p99Ms)} (target p99 < 2 ms)`);
console.log(
  `514 regions: median ${ms(full.medianMs)}, p99 ${ms(full.p99Ms)} ` +
    `(${(full.p99Ms / seed.p99Ms).toFixed(2)}x the seed-only p99; target within 2x)`,
);
console.log(
  `DB round trips per question: ${seed.roundTripsPerQuestion.toFixed(2)} average, ` +
    `${seed.maxRoundTrips} max (target <= 1)`,
);

const stack = await benchWholeStack({ updates: 1_000, memoryUpdates: 10_000 });
console.log("\n## Whole stack per update (HTTP → Hono → grammY → engine → captured sendMessage)");
console.log(`mixed updates: ${stack.count}, p50 ${ms(stack.medianMs)}, p99 ${ms(stack.p99Ms)}`);
console.log(
  `resident memory: ${stack.rssBeforeMiB.toFixed(1)} MiB before, ` +
    `${stack.rssAfterMiB.toFixed(1)} MiB after ${stack.updatesForMemory} more updates${settled}`,
);

const bundle = await measureWorkerBundle();
console.log("\n## Worker bundle (wrangler deploy --dry-run --outdir)");
console.log(
  `${bundle.totalKiB.toFixed(2)} KiB, gzip ${bundle.gzipKiB.toFixed(2)} KiB (target <= 250 KiB gzip)`,
);
