// A watching pass as plain lines, for the CLI's `sources check` and the logs.

import { wordReason } from "../domain/import/import-reason.ts";
import { enImport } from "../domain/messages/en/import.ts";
import type { WatchReport } from "./watch-pass.ts";

/** One line per source for the CLI's `sources check`, in plain text. */
export function passSummary(report: WatchReport): string[] {
  return [
    ...report.sources.map(
      (o) =>
        `source #${o.source.id} ${o.source.url}: ${o.result === "failed" ? `FAILED (${o.failures} in a row): ${o.reason ? wordReason(enImport, o.reason) : o.error}` : o.result === "unchanged" ? "not modified" : `listed; ${o.alreadySeen} already seen, ${o.notMatching} without a keyword`}`,
    ),
    ...report.candidates.map(
      (c) =>
        `candidate #${c.id} ${c.url}: ${c.read.pending.data.observations.length} values, ${c.read.pending.data.targets.length} targets, data date ${c.read.pending.data.asOf ?? "not read"}`,
    ),
    ...report.passed.map((p) => `passed ${p.url}: ${wordReason(enImport, p.reason)}`),
    ...(report.stoppedEarly ? ["stopped early: the budget ran out; the next pass goes on"] : []),
  ];
}
