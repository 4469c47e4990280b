// `npm run bench -- worst`: the slowest input found for each parser a user can
// reach, against the budgets of issue 9: 5 ms for a 4,096-character question or
// filter (and admin arguments, which are messages too), 50 ms for a
// 20,000-character press release.

import { buildLexicon } from "../src/domain/lexicon.ts";
import { seededStore } from "../test/support/reference.ts";
import { corpus } from "./corpus.ts";
import type { Figure } from "./report.ts";
import type { BenchSection } from "./sections.ts";
import { ms } from "./stats.ts";
import {
  benchWorstCases,
  corpusQuestionCpuMs,
  INLINE_QUERY_CHARS,
  MESSAGE_CHARS,
  PRESS_RELEASE_CHARS,
  type WorstTiming,
} from "./worst-cases.ts";

const MESSAGE_BUDGET_MS = 5;
const PRESS_RELEASE_BUDGET_MS = 50;

export const worstCasesSection: BenchSection = {
  id: "worst",
  async run() {
    const store = await seededStore();
    const lexicon = buildLexicon(store.reference);
    store.client.close();
    const typical = corpusQuestionCpuMs(lexicon, corpus);
    const figures = benchWorstCases(lexicon).map((t) => figure(t, typical));
    return {
      title: "Worst-case parsing",
      how:
        "Inputs built to make each parser a user can reach work hardest (words one or two typos " +
        "from place names, alone and in runs; random unknown words; level words; unclosed " +
        "markup; long digit runs; one endless word; accents and invisible characters; phrase " +
        `starts; separators): ${MESSAGE_CHARS.toLocaleString("en")} characters for questions, ` +
        `/langganan filters and admin arguments, ${INLINE_QUERY_CHARS} for inline queries, ` +
        `${PRESS_RELEASE_CHARS.toLocaleString("en")} for a press release, a CSV file of the ` +
        "largest size accepted. Each figure is the slowest input's CPU time per call (user + " +
        "system time of this process, the time a Worker's limit counts; median of 5 batches), " +
        `with its multiple of a corpus question's (${ms(typical)} over the ${corpus.length} ` +
        "test questions).",
      command: "npm run bench -- worst",
      figures,
    };
  },
};

function figure(t: WorstTiming, typical: number): Figure {
  const budget = t.parser.startsWith("press release")
    ? PRESS_RELEASE_BUDGET_MS
    : t.parser.startsWith("CSV")
      ? undefined
      : MESSAGE_BUDGET_MS;
  return {
    name: t.parser,
    measured: `${ms(t.cpuMs)} (${(t.cpuMs / typical).toFixed(0)}× a corpus question; worst of ${t.inputs}: ${t.worst})`,
    target: budget === undefined ? "—" : `≤ ${budget} ms`,
    ...(budget === undefined ? {} : { met: t.cpuMs <= budget }),
  };
}
