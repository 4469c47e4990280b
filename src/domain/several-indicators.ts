// "IKD dan KIA tertinggi", "apa beda KIA dan KTP-el": a question that names several
// indicators is answered for each, from one facts request, in one reply. None of
// the indicators asked is dropped.

import { type Answer, type Block, citedReleases } from "./answer.ts";
import type { Question } from "./question.ts";
import type { Facts, FactsRequest } from "./types.ts";

/** The same question about another indicator; null when the question has no indicator to swap. */
export function withIndicator(question: Question, slug: string): Question | null {
  if (!("indicator" in question) || !question.indicator || question.indicator === "?") return null;
  return { ...question, indicator: slug } as Question;
}

/** One request that holds what each of `requests` needs. */
export function mergeRequests(requests: FactsRequest[]): FactsRequest | null {
  const first = requests[0];
  if (!first) return null;
  if (requests.length === 1) {
    // What the loop below makes of one request, without its sets.
    // Object.assign rather than `{ ...first, more }`: V8 (Node 20) is slow to add fields to a spread copy.
    return Object.assign({}, first, {
      regions: unique(first.regions),
      childrenOf: unique(first.childrenOf),
      currentOnly: first.currentOnly === true,
    });
  }
  let indicators = first.indicators;
  const regions = new Set(first.regions);
  const childrenOf = new Set(first.childrenOf);
  let history = first.history === true;
  let currentOnly = first.currentOnly === true;
  for (let i = 1; i < requests.length; i++) {
    const r = requests[i] as FactsRequest;
    indicators =
      indicators === "all" || r.indicators === "all"
        ? "all"
        : [...new Set([...indicators, ...r.indicators])];
    for (const code of r.regions) regions.add(code);
    for (const code of r.childrenOf) childrenOf.add(code);
    history ||= r.history === true;
    currentOnly &&= r.currentOnly === true;
  }
  return Object.assign(
    {},
    first,
    { indicators, regions: [...regions], childrenOf: [...childrenOf] },
    history ? { history } : {},
    { currentOnly },
    // Values are read when any request needs them.
    { presenceOnly: requests.every((r) => r.presenceOnly === true) },
    // Children are left out only when every request would leave them out for the same region.
    {
      childrenUnlessValued: requests.every(
        (r) => r.childrenUnlessValued === first.childrenUnlessValued,
      )
        ? first.childrenUnlessValued
        : undefined,
    },
  );
}

function unique(codes: string[]): string[] {
  return codes.length < 2 ? [...codes] : [...new Set(codes)];
}

/** Blocks said once for the whole reply, not per indicator. */
const ONCE = new Set<Block["type"]>(["unrecognised", "choices-newest"]);

/** The answers one after the other; words not recognised named once, at the end. */
export function combineAnswers(answers: Answer[], facts: Facts | undefined): Answer {
  const [first] = answers;
  if (!first || answers.length === 1) return first ?? { blocks: [], cited: [], choices: [] };
  const body = answers.flatMap((a) => a.blocks.filter((b) => !ONCE.has(b.type)));
  const once = first.blocks.filter((b) => ONCE.has(b.type));
  const blocks = [...body, ...once];
  const cited = facts
    ? citedReleases(blocks, facts.releases)
    : answers.flatMap((a) => a.cited).filter((r, i, all) => all.indexOf(r) === i);
  return { blocks, cited, choices: first.choices };
}
