// `npm run bench`: every measured figure of the project, written to
// BENCHMARKS.md at the repository root and printed. `npm run bench -- webhook
// worker` runs only those sections: they replace their own sections in
// BENCHMARKS.md (or are added to it), the others are left as they were.
// Each section is written and printed as soon as it ends, with the load
// average as it began and ended: a later section that fails or is stopped
// leaves the figures measured so far.
// Never part of `npm test`; targets are reported, not asserted.

import { existsSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import { type ReportSection, renderReport, renderSection, thisMachine } from "./report.ts";
import { SECTIONS } from "./sections.ts";

const REPORT = new URL("../BENCHMARKS.md", import.meta.url);

const asked = process.argv.slice(2);
const unknown = asked.filter((id) => !SECTIONS.some((section) => section.id === id));
if (unknown.length > 0) {
  console.error(
    `unknown section ${unknown.join(", ")}; sections: ${SECTIONS.map((s) => s.id).join(", ")}`,
  );
  process.exit(2);
}

const chosen = asked.length === 0 ? SECTIONS : SECTIONS.filter((s) => asked.includes(s.id));
const machine = thisMachine();
/** Sections of the report as it stood, by title: a partial run keeps the others. */
const earlier =
  asked.length === 0 ? [] : sectionsOf(existsSync(REPORT) ? readFileSync(REPORT, "utf8") : "");
const sections: ReportSection[] = [];
const oneMinuteLoad = () => os.loadavg()[0] ?? 0;
for (const section of chosen) {
  // Progress on stderr: stdout is the report.
  console.error(`bench: ${section.id}… (load average ${oneMinuteLoad().toFixed(2)})`);
  const start = oneMinuteLoad();
  const measured = await section.run();
  measured.load = { start, end: oneMinuteLoad() };
  sections.push(measured);
  machine.loadAverageEnd = measured.load.end;
  console.log(renderSection(measured).join("\n"));
  writeFileSync(REPORT, merged(renderReport(machine, new Date(), sections)));
}

/** The new report, with the earlier sections this run did not measure kept in their place. */
function merged(report: string): string {
  if (earlier.length === 0) return report;
  const fresh = sectionsOf(report);
  const [head] = report.split("\n## ");
  const kept = earlier.map((s) => fresh.find((f) => f.title === s.title) ?? s);
  const added = fresh.filter((f) => !earlier.some((s) => s.title === f.title));
  return [head, ...[...kept, ...added].map((s) => s.text)].join("\n## ");
}

function sectionsOf(report: string): { title: string; text: string }[] {
  return report
    .split("\n## ")
    .slice(1)
    .map((text) => ({ title: text.split("\n")[0] ?? "", text }));
}
