// Property-based fuzzing at bench scale: the generators of the property tests
// (test/support/arbitraries.ts), run over many more inputs. The question engine
// answers over a seeded store (understand + store + render); the CSV and
// press-release parsers read what an admin would import. A failure is a throw,
// or (for the engine) a reply that is empty or carries markup the renderer
// would not write. Each run reports its seed, so a failure can be replayed.

import fc from "fast-check";
import { createEngine } from "../src/domain/engine.ts";
import { parseCsvAtOnce } from "../src/domain/import/csv.ts";
import { parsePressRelease } from "../src/domain/import/press-release.ts";
import { buildLexicon } from "../src/domain/lexicon.ts";
import type { Lang } from "../src/domain/types.ts";
import { anyText, csvText, pressReleaseText } from "../test/support/arbitraries.ts";
import { strayMarkup } from "../test/support/html.ts";
import { seededStore } from "../test/support/reference.ts";

export interface FuzzTarget {
  name: string;
  inputs: number;
  /** 0, or 1: a run stops at its first failure, which is then shrunk to the counterexample. */
  failures: number;
  seconds: number;
  seed: number;
  /** The smallest failing input fast-check found, if any. */
  counterexample?: string;
}

export async function benchFuzz(inputs: {
  engine: number;
  csv: number;
  pressRelease: number;
}): Promise<FuzzTarget[]> {
  const store = await seededStore();
  const engine = createEngine({ facts: store.facts, defaultProvince: "64" });
  const lexicon = buildLexicon(store.reference);
  const lang = fc.constantFrom<Lang>("id", "en");
  try {
    return [
      await fuzz(
        "question engine (understand + answer + render)",
        inputs.engine,
        fc.asyncProperty(anyText, lang, async (text, replyLang) => {
          const { html } = await engine.ask(text, replyLang);
          return html.length > 0 && strayMarkup(html).length === 0;
        }),
      ),
      await fuzz(
        "parseCsv",
        inputs.csv,
        fc.property(csvText, (text) => {
          parseCsvAtOnce(text, lexicon);
        }),
      ),
      await fuzz(
        "parsePressRelease",
        inputs.pressRelease,
        fc.property(pressReleaseText, (text) => {
          parsePressRelease(text, lexicon);
        }),
      ),
    ];
  } finally {
    store.client.close();
  }
}

async function fuzz<T>(
  name: string,
  inputs: number,
  property: fc.IProperty<T> | fc.IAsyncProperty<T>,
): Promise<FuzzTarget> {
  const seed = Math.floor(Math.random() * 2 ** 31);
  const start = performance.now();
  const details = await fc.check(property, { numRuns: inputs, seed, endOnFailure: true });
  return {
    name,
    inputs: details.numRuns,
    failures: details.failed ? 1 : 0,
    seconds: (performance.now() - start) / 1000,
    seed,
    ...(details.counterexample ? { counterexample: JSON.stringify(details.counterexample) } : {}),
  };
}
