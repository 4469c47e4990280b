// The question corpus of the tests (test/fixtures/questions.json), as plain texts:
// what the benchmarks ask, in Indonesian and English, typos and all.

import { readFileSync } from "node:fs";

export const corpus: string[] = JSON.parse(
  readFileSync(new URL("../test/fixtures/questions.json", import.meta.url), "utf8"),
).map((entry: { text: string }) => entry.text);
