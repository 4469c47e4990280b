// `npm run bench`: every measured figure of the project, written to
// BENCHMARKS.md at the repository root and printed. `npm run bench -- load fuzz`
// runs only those sections and prints them, leaving BENCHMARKS.md as it was
// (a partial report must not replace the whole one).
// Never part of `npm test`; targets are reported, not asserted.

import { writeFileSync } from "node:fs";
import os from "node:os";
import { renderReport, thisMachine } from "./report.ts";
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
const sections = [];
for (const section of chosen) {
  // Progress on stderr: stdout is the report.
  console.error(`bench: ${section.id}…`);
  sections.push(await section.run());
  // Written as each section ends: a later section that fails or is stopped
  // leaves the figures measured so far (with the load as they ended).
  machine.loadAverageEnd = os.loadavg()[0] ?? 0;
  if (asked.length === 0) writeFileSync(REPORT, renderReport(machine, new Date(), sections));
}

console.log(renderReport(machine, new Date(), sections));
